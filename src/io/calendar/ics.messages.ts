/** Problems reading an iCalendar (.ics) export (ics.ts). */
import { defineMessages } from "../../core/i18n.js";

export const ICS = defineMessages("ics", {
  notIcs: (p: { file: string }) => ({
    nb: `${p.file}: ikke en iCalendar-fil`,
    en: `${p.file}: not an iCalendar file`,
  }),
  noVcalendar: {
    nb: "ikke en iCalendar-fil (.ics): mangler BEGIN:VCALENDAR",
    en: "not an iCalendar (.ics) file: no BEGIN:VCALENDAR",
  },
  eventUnreadable: (p: { file: string }) => ({
    nb: `${p.file}: en hendelse kan ikke leses`,
    en: `${p.file}: an event cannot be read`,
  }),
  /** `problem`: what the iCalendar reader (ical.js) said, in its own English; `lineHidden`: its quote was cut. */
  unreadable: (p: { problem: string; lineHidden: boolean }) => ({
    nb: `ikke en iCalendar-fil (.ics) dette verktøyet kan lese: ${p.problem}${p.lineHidden ? " (linjen vises ikke: den kan inneholde privat tekst)" : ""}`,
    en: `not an iCalendar (.ics) file this tool can read: ${p.problem}${p.lineHidden ? " (the line is not shown: it may hold private text)" : ""}`,
  }),
});
