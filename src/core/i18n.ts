/**
 * The one translation mechanism of the program: **message catalogues** keyed by id, each message in bokmål
 * and English side by side, with typed parameters. Pure (no process, no fs), so core builds translatable
 * problems and warnings too.
 *
 *   export const M = defineMessages("validate", {
 *     valid: { nb: "Gyldig.", en: "Valid." },
 *     rows: (p: { n: number }) => ({ nb: `${p.n} rader`, en: `${p.n} rows` }),
 *   });
 *
 *   M.in(lang)("rows", { n: 3 })   // "3 rader" — text for the user now (cli)
 *   M.text("rows", { n: 3 })       // { nb: "3 rader", en: "3 rows" } — a Text to keep and show later (core)
 *
 * A message without its English (or bokmål), an unknown id or a wrong parameter is a compile error. Keep a
 * catalogue in a file named `*.messages.ts` beside the code that uses it; `test/core/i18n-catalogues.test.ts`
 * walks every catalogue in both languages (no empty text, no English words in bokmål).
 */
import type { Lang } from "./lang.js";

export { LANGS, type Lang } from "./lang.js";

/** A text in both languages: what core keeps (problems, warnings, computations) and the edge shows as `text[lang]`. */
export interface Text {
  readonly nb: string;
  readonly en: string;
}

/** One message: a fixed text, or a function from its parameters to the text in both languages. */
// biome-ignore lint/suspicious/noExplicitAny: the parameter type of each message is inferred from its own definition
export type Message = Text | ((params: any) => Text);

export type Messages = Record<string, Message>;

/** The parameters a message takes: none for a fixed text, else its one parameter object. */
export type ParamsOf<M> = M extends (params: infer P) => Text ? [params: P] : [];

/** Text for one language: `t("id")` or `t("id", { … })`. */
export type Translator<M extends Messages> = <K extends keyof M & string>(key: K, ...params: ParamsOf<M[K]>) => string;

export interface Catalogue<M extends Messages> {
  /** Which catalogue (for tests and debugging). */
  readonly id: string;
  readonly messages: M;
  /** The message in both languages, to keep (an issue, a warning) and show later in the user's language. */
  text<K extends keyof M & string>(key: K, ...params: ParamsOf<M[K]>): Text;
  /** The messages in one language: `const t = CAT.in(ctx.lang); t("id", { … })`. */
  in(lang: Lang): Translator<M>;
}

const CATALOGUE = Symbol.for("fidelity.catalogue");

/** Define a catalogue: `id` names it, each entry gives bokmål and English (see the module comment). */
export function defineMessages<M extends Messages>(id: string, messages: M): Catalogue<M> {
  const text = (key: string, ...params: unknown[]): Text => {
    const m = messages[key];
    if (m === undefined) throw new Error(`no message "${key}" in catalogue ${id}`);
    return typeof m === "function" ? m(params[0]) : m;
  };
  const catalogue = {
    id,
    messages,
    text,
    in:
      (lang: Lang) =>
      (key: string, ...params: unknown[]) =>
        text(key, ...params)[lang],
    [CATALOGUE]: true,
  };
  return catalogue as unknown as Catalogue<M>;
}

export function isCatalogue(value: unknown): value is Catalogue<Messages> {
  return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[CATALOGUE] === true;
}

/** A text kept in both languages, or a plain string (shown as it is in both, e.g. a file name or a number). */
export type TextOrString = Text | string;

/** Show a kept text in `lang`. */
export function inLang(text: TextOrString, lang: Lang): string {
  return typeof text === "string" ? text : text[lang];
}

/** The same template for both languages (numbers and dates formatted per language): `both((l) => …)`. */
export function both(make: (lang: Lang) => string): Text {
  return { nb: make("nb"), en: make("en") };
}

/** Join texts language by language. */
export function joinTexts(parts: readonly TextOrString[], separator: TextOrString = " "): Text {
  return both((lang) => parts.map((p) => inLang(p, lang)).join(inLang(separator, lang)));
}
