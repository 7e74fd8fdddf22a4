/**
 * Checking option values the same way in every command: a bad value is a usage error (exit 2) that says what
 * was expected, never an internal error later on.
 */
import { parseDate } from "../core/cells.js";
import { UsageError } from "../core/errors.js";
import { CLI } from "./cli.messages.js";

/**
 * A real calendar date in any form the CSVs accept (`26.11.2026`, `26.11.26`, `26/11/2026`, `2026-11-26`),
 * as YYYY-MM-DD; `31.02.2026` is refused. `what` names the option or prompt in the message.
 */
export function checkIsoDate(value: string, what: string): string {
  const iso = parseDate(value);
  if (iso === undefined) throw new UsageError(CLI.text("badDate", { flag: what, value }));
  return iso;
}

export function optionalIsoDate(value: string | undefined, what: string): string | undefined {
  return value === undefined ? undefined : checkIsoDate(value, what);
}

/** `--lookback-weeks`: a whole number of weeks from 1 to 52. */
export function parseWeeks(value: string | number | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 52) throw new UsageError(CLI.text("badWeeks", { value: String(value) }));
  return n;
}

/** A whole number ≥ `min` for a numeric option, or undefined when the option was not given. */
export function parseWholeNumber(value: string | undefined, flag: string, min = 1): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === "" || !Number.isInteger(n) || n < min)
    throw new UsageError(CLI.text("badWholeNumber", { flag, min, value }));
  return n;
}
