/** Problems with a CSV file as a whole, or with reading it. */
import { defineMessages } from "../../core/i18n.js";

export const CSV = defineMessages("csv", {
  notText: { nb: "ikke en tekstfil", en: "not a text file" },
  notCsv: (p: { what: "zip" | "xls" | "pdf" }) => ({
    nb: `ikke en CSV-fil: dette er ${p.what === "zip" ? "en Excel-arbeidsbok eller zip-fil" : p.what === "xls" ? "en gammel Excel-arbeidsbok (.xls)" : "en PDF-fil"} (lagre den som CSV)`,
    en: `not a CSV file: this is ${p.what === "zip" ? "an Excel workbook or zip file" : p.what === "xls" ? "an old Excel (.xls) workbook" : "a PDF file"} (save it as CSV)`,
  }),
  nulBytes: {
    nb: "ikke en tekstfil (den inneholder NUL-byte): eksporter dataene som CSV",
    en: "not a text file (it contains NUL bytes): export the data as CSV",
  },
  empty: {
    nb: "filen er tom (ventet en overskriftslinje og rader med data)",
    en: "file is empty (expected a header line and data rows)",
  },
  headerOnly: { nb: "ingen rader med data (bare en overskrift)", en: "no data rows (only a header)" },
  cutOff: (p: { fields: number; width: number }) => ({
    nb: `den siste raden har ${p.fields} av ${p.width} felt, og filen slutter ikke med et linjeskift: den ser avkuttet ut (eksporter filen på nytt)`,
    en: `the last row has ${p.fields} of ${p.width} fields and the file does not end with a line break: it looks cut off (export the file again)`,
  }),
  badByte: (p: { hex: string }) => ({
    nb: `byte 0x${p.hex} her (kolonne = tegn på linjen) er ikke gyldig UTF-8, mens resten av filen er UTF-8: trolig et tegn limt inn fra et annet program (en tankestrek eller et anførselstegn i Windows-1252?); skriv det på nytt og lagre filen som UTF-8`,
    en: `byte 0x${p.hex} here (column = character on the line) is not valid UTF-8, while the rest of the file is UTF-8: probably a character pasted from another program (a dash or quote in Windows-1252?); retype it and save the file as UTF-8`,
  }),
  extraValueComma: {
    nb: "verdi i en kolonne uten overskrift (desimalkomma i en kommaseparert fil? Lagre filen med ';' som skilletegn, eller sett tallet i anførselstegn)",
    en: "value in a column that has no header (a decimal comma in a comma-separated file? Save the file with ';' as separator, or put the number in quotes)",
  },
  extraValue: { nb: "verdi i en kolonne uten overskrift", en: "value in a column that has no header" },
  quoteNotClosed: {
    nb: 'et felt i anførselstegn som starter i denne raden, blir aldri avsluttet (mangler en ")',
    en: 'a quoted field that starts in this row is never closed (a missing ")',
  },
  recordTooLong: {
    nb: 'denne raden er lengre enn 1 MB: trolig et felt i anførselstegn som aldri avsluttes (mangler en ")',
    en: 'this row is longer than 1 MB: probably a quoted field that is never closed (a missing ")',
  },
  unreadable: (p: { code: string }) => ({
    nb: `CSV-filen kan ikke leses videre herfra (${p.code})`,
    en: `the CSV cannot be read from here on (${p.code})`,
  }),
  cannotRead: (p: { path: string; code: string }) => ({
    nb: `${p.path}: kan ikke lese filen (${p.code})`,
    en: `${p.path}: cannot read the file (${p.code})`,
  }),
});
