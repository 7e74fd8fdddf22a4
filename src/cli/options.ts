/**
 * Checking option values the same way in every command: a bad value is a usage error (exit 2) that says what
 * was expected, never an internal error later on.
 */
import { dayNumber } from "../core/dates.js";
import { UsageError } from "../core/errors.js";

/** A real calendar date written YYYY-MM-DD (`2026-02-30` is refused). */
export function checkIsoDate(value: string, what: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || dayNumber(value) === undefined)
    throw new UsageError(`${what} must be a date written YYYY-MM-DD (e.g. 2026-11-26), got "${value}"`);
  return value;
}

export function optionalIsoDate(value: string | undefined, what: string): string | undefined {
  return value === undefined ? undefined : checkIsoDate(value, what);
}

/** `--lookback-weeks`: a whole number of weeks from 1 to 52. */
export function parseWeeks(value: string | number | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 52)
    throw new UsageError(`--lookback-weeks must be a whole number from 1 to 52, got "${value}"`);
  return n;
}

/** A whole number ≥ `min` for a numeric option, or undefined when the option was not given. */
export function parseWholeNumber(value: string | undefined, flag: string, min = 1): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === "" || !Number.isInteger(n) || n < min)
    throw new UsageError(`${flag} must be a whole number ≥ ${min}, got "${value}"`);
  return n;
}
