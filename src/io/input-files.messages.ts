/** About the input files as files: what is in place of one that is not a regular file, problems beyond the listed ones. */
import { defineMessages } from "../core/i18n.js";

export const INPUT_FILES = defineMessages("inputFiles", {
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
  moreProblems: (p: { listed: number; more: number; all: number }) => ({
    nb: `… og ${p.more} problemer til i denne filen (${p.all} i alt; bare de ${p.listed} første er listet): er det riktig fil og riktig eksport?`,
    en: `… and ${p.more} more problems in this file (${p.all} in all; only the first ${p.listed} are listed): is it the right file and the right export?`,
  }),
});
