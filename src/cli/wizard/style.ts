/**
 * Colour for the wizard's screens: chalk when colour is on, plain text otherwise. Screen builders take a
 * Style so they stay pure and their tests compare plain text.
 */
import { Chalk } from "chalk";
import { COLOUR_NAMES, type Colour, type Lang } from "../../core/scale.js";

export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  accent(s: string): string;
  good(s: string): string;
  warn(s: string): string;
  bad(s: string): string;
  colour(c: Colour, s: string): string;
}

export function makeStyle(color: boolean): Style {
  const c = new Chalk({ level: color ? 1 : 0 });
  return {
    bold: (s) => c.bold(s),
    dim: (s) => c.dim(s),
    accent: (s) => c.cyan(s),
    good: (s) => c.green(s),
    warn: (s) => c.yellow(s),
    bad: (s) => c.red(s),
    colour: (col, s) => (col === "green" ? c.green(s) : col === "yellow" ? c.yellow(s) : c.red(s)),
  };
}

export const PLAIN: Style = makeStyle(false);

/** The colours' names as the wizard shows them (the same words as the report). */
export const COLOUR_WORD: Record<Lang, Record<Colour, string>> = COLOUR_NAMES;

/** The order colours are offered in, and the digit that picks each. */
export const COLOUR_ORDER: readonly Colour[] = ["green", "yellow", "red"];
