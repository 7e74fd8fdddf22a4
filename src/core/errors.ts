/**
 * Typed errors that carry their exit code (docs/design.md §2). Only `cli/main` turns them into an exit.
 */

import { ISSUE } from "./errors.messages.js";
import { inLang, type Lang, type TextOrString } from "./i18n.js";
import { redactNationalIds } from "./national-id.js";

export const EXIT = {
  ok: 0,
  internal: 1,
  usage: 2,
  invalidData: 3,
  io: 4,
  belowThreshold: 5,
  interrupted: 130,
} as const;

/** One problem in an input file, reported as `file:line:column: message`. Line and column are 1-based. */
export interface InputIssue {
  file: string;
  line?: number;
  column?: number;
  /** A catalogue text (`X.text("id", …)`), shown in the user's language; a plain string is not translated yet. */
  message: TextOrString;
  /** Absent means error. A warning is reported but does not make the data invalid. */
  severity?: "warning";
  /** The file could not be read at all (an I/O error): the run ends with exit 4, not 3. */
  unreadable?: true;
}

/** Exit 4 when a file could not be read at all, else 3: for a run whose input problems are `issues`. */
export function inputExitCode(issues: readonly InputIssue[]): number {
  return issues.some((i) => i.unreadable) ? EXIT.io : EXIT.invalidData;
}

/** A JSON path: object keys and array indexes from the document's root ([] = the whole document). */
export type JsonPath = readonly (string | number)[];

/** Where something starts in a file; 1-based. */
export interface Position {
  line: number;
  column: number;
}

/**
 * An issue about one value of a JSON input file, known by its JSON path. Core code finds these without the
 * file's text; the reader (src/io/json.ts), which knows where each value starts, gives them a line and column.
 */
export interface JsonPathIssue extends InputIssue {
  path: JsonPath;
}

/** `issues` as plain InputIssues at `locate(path)` (without a locate function: without line and column). */
export function locateJsonIssues(
  issues: readonly JsonPathIssue[],
  locate?: (path: JsonPath) => Position,
): InputIssue[] {
  return issues.map(({ path, ...issue }) => (locate ? { ...issue, ...locate(path) } : issue));
}

/** True unless the issue is only a warning. */
export function isErrorIssue(issue: InputIssue): boolean {
  return issue.severity !== "warning";
}

/** `file:line:column: message` in `lang` (a warning says so). */
export function formatIssue(issue: InputIssue, lang: Lang): string {
  const where = [issue.file, issue.line, issue.line !== undefined ? issue.column : undefined]
    .filter((p) => p !== undefined)
    .join(":");
  // The last safeguard: no message is printed with an identity number in it, however it got there.
  return `${where}: ${issue.severity === "warning" ? ISSUE.text("warning")[lang] : ""}${redactNationalIds(inLang(issue.message, lang))}`;
}

/** `formatIssue` for one language, for `issues.map(formatIssueIn(lang))`. */
export function formatIssueIn(lang: Lang): (issue: InputIssue) => string {
  return (issue) => formatIssue(issue, lang);
}

export class FidelityError extends Error {
  /** The message to show, in both languages (`message` is its English, for stack traces and logs). */
  readonly text: TextOrString;
  constructor(
    message: TextOrString,
    readonly exitCode: number,
  ) {
    super(inLang(message, "en"));
    this.text = message;
    this.name = new.target.name;
  }

  /** The message in the user's language. */
  in(lang: Lang): string {
    return inLang(this.text, lang);
  }
}

/** The command line itself is wrong: unknown option, missing argument, nothing to do on a non-TTY. */
export class UsageError extends FidelityError {
  constructor(message: TextOrString) {
    super(message, EXIT.usage);
  }
}

/** Input files are wrong. Carries every issue found (the CLI prints a capped list with a count). */
export class InputDataError extends FidelityError {
  constructor(
    message: TextOrString,
    readonly issues: InputIssue[] = [],
  ) {
    super(message, EXIT.invalidData);
  }
}

/** A file could not be read or written. */
export class IoError extends FidelityError {
  constructor(
    message: TextOrString,
    readonly path?: string,
  ) {
    super(message, EXIT.io);
  }
}
