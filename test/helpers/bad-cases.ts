/**
 * The bad-input fixtures (test/fixtures/bad) and the exact problems each must give, as `:line:column: message`
 * after the file path. Used by the reader's tests and by the CLI test that checks exit code 3.
 */
import type { CsvKind } from "../../src/core/row-schemas.js";

const CONTACT_MODES = "(use oppmøte, telefon, video, e-post or sms)";
const ID_MESSAGE =
  "value looks like a Norwegian national identity number (fødselsnummer/D-number); " +
  "participant ids must be pseudonyms: remove it (the value is not shown)";
const ZERO_DROPPED_MESSAGE =
  "value looks like a Norwegian national identity number (fødselsnummer/D-number) whose leading zero Excel " +
  "dropped; participant ids must be pseudonyms: remove it (the value is not shown)";
const SCIENTIFIC_MESSAGE =
  "Excel turned a long number into scientific notation (…E+…), which loses its digits; it may be a national " +
  "identity number: participant ids must be pseudonyms. Remove it, or format the column as text before " +
  "exporting (the value is not shown)";
const NOT_SHOWN = "value not shown: it may be personal data";
const DECIMAL_COMMA_HINT =
  "(a decimal comma in a comma-separated file? Save the file with ';' as separator, or put the number in quotes)";

export const BAD_CSV_CASES: [name: string, kind: CsvKind, expected: string[]][] = [
  ["empty.csv", "contacts", [": file is empty (expected a header line and data rows)"]],
  ["blank-lines-only.csv", "contacts", [": file is empty (expected a header line and data rows)"]],
  ["header-only.csv", "contacts", [":1: warning: no data rows (only a header)"]],
  [
    "missing-column.csv",
    "utetid",
    [':1: missing required column "timer_ute" (hours_out); found: Jobbspesialist, Dato, Timer totalt'],
  ],
  [
    "missing-date-column.csv",
    "utetid",
    [':1: missing required column "dato" or "uke" (date or week); found: Jobbspesialist, Timer totalt, Timer ute'],
  ],
  [
    "no-header.csv",
    "contacts",
    [
      ":1: no known column names in the header line (is the header missing?); " +
        "expected jobbspesialist, dato, arbeidsgiver, kontaktform",
    ],
  ],
  ["duplicate-header.csv", "contacts", [':1:5: duplicate column "date": column 2 ("Dato") is also dato']],
  [
    "duplicate-unknown-header.csv",
    "utetid",
    [':1:6: duplicate column "kommentar": same as column 5 ("Kommentar") after folding'],
  ],
  ["bad-date.csv", "contacts", [':2:2: dato: "31.02.2026" is not a valid date (use YYYY-MM-DD or DD.MM.YYYY)']],
  ["bad-number.csv", "utetid", [':2:3: timer_totalt: "sju" is not a number of hours']],
  ["negative-hours.csv", "utetid", [':2:4: timer_ute: negative hours ("-2")']],
  ["out-above-total.csv", "utetid", [":2:4: timer_ute (8) is greater than timer_totalt (7,5)"]],
  ["unknown-mode.csv", "contacts", [`:2:4: kontaktform: unknown contact mode "brev" ${CONTACT_MODES}`]],
  ["missing-value.csv", "contacts", [":2:1: jobbspesialist: missing value", ":3:3: arbeidsgiver: missing value"]],
  [
    "bad-week.csv",
    "utetid",
    [
      ':2:2: uke: "2026-W54" is not a valid ISO week (use 2026-W14)',
      ':3:2: uke: "14" has no year: write the week as 2026-W14',
    ],
  ],
  ["bad-fte.csv", "caseload", [':2:4: stillingsprosent: "150 %" is not more than 0 and at most 100 %']],
  ["fte-disagree.csv", "caseload", [":3:4: stillingsprosent: 80 % for Kari disagrees with 50 % on line 2"]],
  ["bad-boolean.csv", "caseload", [':2:7: ordinaer: "kanskje" is not ja/nei (yes/no, true/false, 1/0)']],
  ["end-before-start.csv", "caseload", [":2:5: sluttdato (01.01.2026) is before startdato (01.02.2026)"]],
  ["extra-value.csv", "utetid", [":3:6: value in a column that has no header"]],
  ["unclosed-quote.csv", "contacts", [':3: a quoted field that starts in this row is never closed (a missing ")']],
  ["binary.csv", "contacts", [": not a text file (it contains NUL bytes): export the data as CSV"]],
  ["xlsx.csv", "caseload", [": not a CSV file: this is an Excel workbook or zip file (save it as CSV)"]],
  ["national-id-caseload.csv", "caseload", [`:3:2: ${ID_MESSAGE}`]],
  ["national-id-contacts.csv", "contacts", [`:2:5: ${ID_MESSAGE}`]],
  ["national-id-leading-zero.csv", "caseload", [`:3:2: ${ZERO_DROPPED_MESSAGE}`]],
  ["national-id-leading-zero-contacts.csv", "contacts", [`:2:5: ${ZERO_DROPPED_MESSAGE}`]],
  ["scientific-caseload.csv", "caseload", [`:2:2: ${SCIENTIFIC_MESSAGE}`]],
  ["scientific-contacts.csv", "contacts", [`:2:3: ${SCIENTIFIC_MESSAGE}`]],
  [
    "personal-value-caseload.csv",
    "caseload",
    [
      `:2:3: startdato: the value is not a valid date (use YYYY-MM-DD or DD.MM.YYYY; ${NOT_SHOWN})`,
      `:3:7: ordinaer: the value is not ja/nei (yes/no, true/false, 1/0; ${NOT_SHOWN})`,
    ],
  ],
  [
    "personal-value-contacts.csv",
    "contacts",
    [`:2:4: kontaktform: unknown contact mode (use oppmøte, telefon, video, e-post or sms; ${NOT_SHOWN})`],
  ],
  ["utetid-text-in-hours.csv", "utetid", [':2:3: timer_totalt: "Ola Nordmann" is not a number of hours']],
  [
    "many-problems.csv",
    "contacts",
    [
      ':4:2: dato: "2.13.2026" is not a valid date (use YYYY-MM-DD or DD.MM.YYYY)',
      ":6:1: jobbspesialist: missing value",
      ":6:4: kontaktform: missing value",
      `:7:4: kontaktform: unknown contact mode "fax" ${CONTACT_MODES}`,
    ],
  ],
  ["hours-over-day.csv", "utetid", [":3:3: timer_totalt (75) is more than 24 hours in one day"]],
  [
    "hours-over-week.csv",
    "utetid",
    [
      ":3:3: timer_totalt (375) is more than 168 hours in one week",
      ":3:4: timer_ute (200) is more than 168 hours in one week",
    ],
  ],
  ["decimal-comma.csv", "utetid", [`:3:5: value in a column that has no header ${DECIMAL_COMMA_HINT}`]],
  ["nul-every-other-byte.csv", "utetid", [": not a text file (it contains NUL bytes): export the data as CSV"]],
  // One Windows-1252 en dash in a UTF-8 file: an error at its place, the file is still read as UTF-8.
  [
    "utf8-bad-byte.csv",
    "contacts",
    [
      ":2:32: byte 0x96 here (column = character on the line) is not valid UTF-8, while the rest of the file is UTF-8: probably a character pasted from another program (a dash or quote in Windows-1252?); retype it and save the file as UTF-8",
    ],
  ],
  [
    "short-last-row.csv",
    "contacts",
    [
      ":3:3: arbeidsgiver: missing value",
      ":3:4: kontaktform: missing value",
      ":3: the last row has 2 of 4 fields and the file does not end with a line break: it looks cut off (export the file again)",
    ],
  ],
  [
    "impossible-time.csv",
    "contacts",
    [':2:2: dato: "2026-11-02T25:00" is not a valid date (use YYYY-MM-DD or DD.MM.YYYY)'],
  ],
];
