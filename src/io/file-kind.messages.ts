/** What is in place of a team file that is not a regular file (team-files.ts). */
import { defineMessages } from "../core/i18n.js";

export const FILE_KIND = defineMessages("fileKind", {
  notRegular: (p: { what: "folder" | "fifo" | "device" | "socket" | "danglingLink" | "missing" | "other" }) => {
    const nb = {
      folder: "en mappe",
      fifo: "en navngitt rørledning (FIFO)",
      device: "en enhet",
      socket: "en socket",
      danglingLink: "en lenke til en fil som ikke finnes",
      missing: "borte",
      other: "ikke en vanlig fil",
    }[p.what];
    const en = {
      folder: "a folder",
      fifo: "a named pipe (FIFO)",
      device: "a device",
      socket: "a socket",
      danglingLink: "a link to a file that does not exist",
      missing: "missing",
      other: "not a regular file",
    }[p.what];
    return {
      nb: `dette er ${nb}, ikke en fil: legg den eksporterte filen her med dette navnet`,
      en: `this is ${en}, not a file: put the exported file here under this name`,
    };
  },
});
