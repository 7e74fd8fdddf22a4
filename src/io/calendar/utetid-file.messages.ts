/** Problems with the team's utetid.csv when the calendar import merges rows into it (utetid-file.ts). */
import { defineMessages } from "../../core/i18n.js";

export const UTETID_FILE = defineMessages("utetid-file", {
  notCsv: (p: { file: string }) => ({ nb: `${p.file}: ikke en CSV-fil`, en: `${p.file}: not a CSV file` }),
  notText: { nb: "ikke tekst", en: "not text" },
  notUtetidHeader: (p: { file: string }) => ({
    nb: `${p.file}: overskriftsraden er ikke en utetid-overskrift; ingenting ble skrevet`,
    en: `${p.file}: the header is not a utetid header; nothing was written`,
  }),
  noDatoColumn: (p: { file: string }) => ({
    nb: `${p.file}: ingen dato-kolonne; ingenting ble skrevet`,
    en: `${p.file}: no dato column; nothing was written`,
  }),
  weeklyRows: {
    nb: "filen har ukerader (uke) og ingen dato-kolonne: kalenderimporten skriver én rad per dag – legg til en dato-kolonne, eller importer til en ny utetid.csv",
    en: "the file has weekly rows (uke) and no dato column: the calendar import writes one row per day — add a dato column, or import into a new utetid.csv",
  },
  notWindows1252: (p: { file: string }) => ({
    nb: `${p.file}: kan ikke skrives i Windows-1252`,
    en: `${p.file}: cannot be written in Windows-1252`,
  }),
  characterNotInEncoding: (p: { character: string }) => ({
    nb: `tegnet ${p.character} kan ikke skrives i filens tegnkoding (Windows-1252); ingenting ble skrevet – lagre filen som UTF-8 og kjør igjen`,
    en: `the character ${p.character} cannot be written in this file's encoding (Windows-1252); nothing was written — save the file as UTF-8 and run again`,
  }),
});
