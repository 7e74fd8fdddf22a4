/** Problems reading Outlook's calendar export to CSV (outlook-csv.ts). */
import { defineMessages, type Text } from "../../core/i18n.js";

export const OUTLOOK_CSV = defineMessages("outlookCsv", {
  notCalendar: (p: { file: string }) => ({
    nb: `${p.file}: ikke en kalendereksport`,
    en: `${p.file}: not a calendar export`,
  }),
  empty: {
    nb: "filen er tom (ventet en .ics-fil eller Outlooks kalender som CSV)",
    en: "the file is empty (expected an .ics file or Outlook's calendar CSV)",
  },
  notCsv: (p: { line?: number }) => ({
    nb: `ikke en CSV-fil dette verktøyet kan lese${p.line === undefined ? "" : ` (en feil på linje ${p.line})`}`,
    en: `not a CSV file this tool can read${p.line === undefined ? "" : ` (a problem at line ${p.line})`}`,
  }),
  unknownExport: (p: { file: string }) => ({
    nb: `${p.file}: ikke en kalendereksport dette verktøyet kjenner`,
    en: `${p.file}: not a calendar export this tool knows`,
  }),
  /** `found`: the headers as written (quoted, at most 30), `more`: how many more there are. */
  unknownHeader: (p: {
    found: string;
    more: number;
    english: string;
    norwegian: string;
    required: string;
    missing: string;
  }) => ({
    nb: `ikke en iCalendar-fil, og overskriftene er ikke Outlooks kalender som CSV: fant ${p.found}${p.more > 0 ? ` og ${p.more} til` : ""}; ventet ${p.english} (Outlook på engelsk) eller ${p.norwegian} (norsk); påkrevd: ${p.required}; mangler ${p.missing}`,
    en: `not an iCalendar file, and the header is not Outlook's calendar CSV: found ${p.found}${p.more > 0 ? ` and ${p.more} more` : ""}; expected ${p.english} (Outlook in English) or ${p.norwegian} (Norwegian); required: ${p.required}; missing ${p.missing}`,
  }),
  rowsUnreadable: (p: { file: string }) => ({
    nb: `${p.file}: rader som ikke kan leses; ingenting ble skrevet`,
    en: `${p.file}: rows that cannot be read; nothing was written`,
  }),
  /** A cell that is not a date or time and may hold private text shifted into it. */
  valueNotShown: { nb: "(verdien vises ikke)", en: "(value not shown)" },
  /** `column`: in bokmål the header as the file writes it, in English Outlook's English name. */
  notDate: (p: { column: Text; value: Text }) => ({
    nb: `${p.column.nb}: ${p.value.nb} er ikke en dato (dd.mm.åååå)`,
    en: `${p.column.en}: ${p.value.en} is not a date (dd.mm.yyyy)`,
  }),
  notTime: (p: { column: Text; value: Text }) => ({
    nb: `${p.column.nb}: ${p.value.nb} er ikke et klokkeslett (tt:mm)`,
    en: `${p.column.en}: ${p.value.en} is not a time (hh:mm)`,
  }),
});
