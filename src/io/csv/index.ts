/** Reading the team's CSV exports: see read.ts. */
export { type FileSniff, sniffFile, type TextEncoding } from "./encoding.js";
export { type Delimiter, detectDelimiter } from "./header.js";
export {
  type CsvIssue,
  type CsvOptions,
  type CsvRead,
  type CsvScan,
  type RecordOf,
  readCaseloadCsv,
  readContactsCsv,
  readCsv,
  readUtetidCsv,
  scanCsv,
} from "./read.js";
