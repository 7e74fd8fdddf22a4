/**
 * Options as schemas: each command's options are a zod schema, options shared by several commands are
 * declared once ({@link SHARED}), and a bad value takes one path, {@link parseOptions}: a usage error (exit 2)
 * that says what was expected (in the user's language), never an internal error later on. The help texts stay
 * with the commands (help.messages.ts); this is what the values must be.
 */
import { z } from "zod";
import { parseDate } from "../core/cells.js";
import { UsageError } from "../core/errors.js";
import type { Text } from "../core/i18n.js";
import { CLI } from "./cli.messages.js";

/** A refused value: the issue carries its message as a translatable text, which {@link parseWith} throws. */
function refuse(c: z.core.$RefinementCtx, text: Text): typeof z.NEVER {
  c.addIssue({ code: "custom", message: text.en, params: { text } });
  return z.NEVER;
}

/**
 * A real calendar date in any form the CSVs accept (`26.11.2026`, `26.11.26`, `26/11/2026`, `2026-11-26`),
 * as YYYY-MM-DD; `31.02.2026` is refused. `what` names the option or prompt in the message.
 */
export const isoDateOption = (what: string) =>
  z.string().transform((value, c) => parseDate(value) ?? refuse(c, CLI.text("badDate", { flag: what, value })));

/** `--lookback-weeks`: a whole number of weeks from 1 to 52 (a number from team.json, a string from the command line). */
export const weeksOption = z.union([z.string(), z.number()]).transform((value, c) => {
  const n = Number(value);
  if (Number.isInteger(n) && n >= 1 && n <= 52) return n;
  return refuse(c, CLI.text("badWeeks", { value: String(value) }));
});

/** A whole number ≥ `min` (and ≤ `max` when given) for a numeric option. */
export const wholeNumberOption = (flag: string, min = 1, max?: number) =>
  z.string().transform((value, c) => {
    const n = Number(value);
    const whole = value.trim() !== "" && Number.isInteger(n);
    if (whole && n >= min && (max === undefined || n <= max)) return n;
    return refuse(
      c,
      max === undefined
        ? CLI.text("badWholeNumber", { flag, min, value })
        : CLI.text("wholeNumberRange", { flag, min, max, value }),
    );
  });

/** The most worker threads `--jobs` may ask for: more than any laptop has cores, and each costs memory. */
export const MAX_JOBS = 64;

/** Options several commands share, declared once. */
export const SHARED = {
  out: z.string().optional(),
  json: z.boolean().optional(),
  scale: z.string().optional(),
  scaleFile: z.string().optional(),
  visitDate: isoDateOption("--visit-date").optional(),
  lookbackWeeks: weeksOption.optional(),
  showStaffNames: z.boolean().optional(),
};

/** The options of every command. Keys are checked in the order given (the first bad one is reported). */
export const OPTIONS = {
  score: z.object({
    out: SHARED.out,
    json: SHARED.json,
    pdf: z.boolean().optional(),
    failUnder: wholeNumberOption("--fail-under", 0).optional(),
    requireComplete: z.boolean().optional(),
    jobs: wholeNumberOption("--jobs", 1, MAX_JOBS).optional(),
    lookbackWeeks: SHARED.lookbackWeeks,
    visitDate: SHARED.visitDate,
    scale: SHARED.scale,
    scaleFile: SHARED.scaleFile,
    showStaffNames: SHARED.showStaffNames,
    overview: z.boolean().optional(),
    previousDir: z.string().optional(),
    previous: z.string().optional(),
  }),
  validate: z.object({
    json: SHARED.json,
    scale: SHARED.scale,
    scaleFile: SHARED.scaleFile,
    lookbackWeeks: SHARED.lookbackWeeks,
    visitDate: SHARED.visitDate,
  }),
  report: z.object({
    out: SHARED.out,
    previous: z.string().optional(),
    showStaffNames: SHARED.showStaffNames,
  }),
  init: z.object({
    scale: SHARED.scale,
    scaleFile: SHARED.scaleFile,
    visitDate: SHARED.visitDate,
  }),
  scales: z.object({ scaleFile: SHARED.scaleFile, json: SHARED.json }),
  agreement: z.object({ json: SHARED.json }),
};

export type CommandOptions<C extends keyof typeof OPTIONS> = z.output<(typeof OPTIONS)[C]>;
/** The options as commander (or a test) gives them. */
export type RawOptions<C extends keyof typeof OPTIONS> = z.input<(typeof OPTIONS)[C]>;

/** Check a command's options against its schema: the first problem is a usage error. */
export function parseOptions<C extends keyof typeof OPTIONS>(command: C, raw: RawOptions<C>): CommandOptions<C> {
  return parseWith(OPTIONS[command], raw) as CommandOptions<C>;
}

function parseWith<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const text = issue?.code === "custom" ? (issue.params?.text as Text | undefined) : undefined;
  throw new UsageError(text ?? CLI.text("invalidOptions", { detail: issue?.message }));
}

/** A date given to an option or a prompt, as YYYY-MM-DD (see {@link isoDateOption}). */
export function checkIsoDate(value: string, what: string): string {
  return parseWith(isoDateOption(what), value);
}

export function optionalIsoDate(value: string | undefined, what: string): string | undefined {
  return value === undefined ? undefined : checkIsoDate(value, what);
}

/** `--lookback-weeks`: a whole number of weeks from 1 to 52. */
export function parseWeeks(value: string | number | undefined): number | undefined {
  return value === undefined ? undefined : parseWith(weeksOption, value);
}

/** A whole number ≥ `min` for a numeric option, or undefined when the option was not given. */
export function parseWholeNumber(value: string | undefined, flag: string, min = 1): number | undefined {
  return value === undefined ? undefined : parseWith(wholeNumberOption(flag, min), value);
}
