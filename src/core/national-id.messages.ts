/** What is said when a cell may hold a national identity number (the value itself is never shown). */
import { defineMessages } from "./i18n.js";

export const NATIONAL_ID = defineMessages("national-id", {
  nationalId: {
    nb: "verdien ser ut som et norsk fødselsnummer (eller D-nummer); deltaker-id-er må være pseudonymer: fjern den (verdien vises ikke)",
    en: "value looks like a Norwegian national identity number (fødselsnummer/D-number); participant ids must be pseudonyms: remove it (the value is not shown)",
  },
  zeroDropped: {
    nb: "verdien ser ut som et norsk fødselsnummer (eller D-nummer) der Excel har fjernet nullen foran; deltaker-id-er må være pseudonymer: fjern den (verdien vises ikke)",
    en: "value looks like a Norwegian national identity number (fødselsnummer/D-number) whose leading zero Excel dropped; participant ids must be pseudonyms: remove it (the value is not shown)",
  },
  scientific: {
    nb: "Excel har gjort et langt tall om til vitenskapelig notasjon (…E+…), og da går sifre tapt; det kan være et fødselsnummer: deltaker-id-er må være pseudonymer. Fjern det, eller formater kolonnen som tekst før eksporten (verdien vises ikke)",
    en: "Excel turned a long number into scientific notation (…E+…), which loses its digits; it may be a national identity number: participant ids must be pseudonyms. Remove it, or format the column as text before exporting (the value is not shown)",
  },
});
