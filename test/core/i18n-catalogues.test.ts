/**
 * Every message catalogue (every `defineMessages(` under src/), walked in both languages: each message gives a
 * text in bokmål and in English, and the bokmål has no English words — apart from commands, flags, file
 * names and JSON field names, which stay English (a word list check).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { type Catalogue, defineMessages, isCatalogue, type Messages, type Text } from "../../src/core/i18n.js";

const SRC = join(import.meta.dirname, "..", "..", "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

const DEFINING = sourceFiles(SRC).filter(
  (f) => !f.endsWith("i18n.ts") && readFileSync(f, "utf8").includes("defineMessages("),
);

/**
 * A stand-in for any parameter: a number (2) where a number is needed, the text «x» where a text is, an
 * array of one where a list is, and the same again for any property or call — so every message can be shown
 * without sample parameters written for it.
 */
function anything(): unknown {
  const target = () => undefined;
  const proxy: unknown = new Proxy(target, {
    get: (_, key) => {
      if (key === Symbol.toPrimitive) return (hint: string) => (hint === "number" ? 2 : "«x»");
      if (key === Symbol.iterator)
        return function* () {
          yield proxy;
        };
      if (key === "length") return 2;
      return proxy;
    },
    apply: () => proxy,
  });
  return proxy;
}

/** The message in both languages, with stand-in parameters where it takes any. */
function shown(message: Messages[string]): Text {
  return typeof message === "function" ? message(anything()) : message;
}

/**
 * English words that are not Norwegian words too. Commands (score, report, help …), flag names, file names and
 * option values are left out before the check.
 */
const ENGLISH = new Set(
  `the and of is are was were been being not with without from into onto this that these those which what when
  where there their they them then than only also every each any some other must should could would cannot can't
  don't doesn't isn't missing unknown invalid expected got found file files line lines column columns value values
  item items rated unrated rating warning warnings error errors date dates week weeks day days row rows header
  headers total provisional complete failed usage run please more less here your you yours our its has have had
  does did will use used using write written read show shows shown see visit visits evaluation evaluations
  note notes suggestion suggestions override overrides reason reasons folder folders window
  before after between such should been being no yes or if but why how who whom whose already still again
  nothing something everything anything none left right new old first last next back skip save saved quit
  continue default language languages text prompt prompts instead number numbers whole least most on in an`
    .split(/\s+/)
    .filter(Boolean),
);

/** What stays English in both languages: commands with their arguments, flags, file and folder names, ids. */
function withoutCodeWords(text: string): string {
  return (
    text
      // an example command line, up to the explanation after two spaces
      .replace(/(?:npx )?fidelity(?: (?! )\S+)*/g, " ")
      .replace(/`[^`]*`/g, " ")
      .replace(/«x»/g, " ")
      .replace(/--?[\w-]+/g, " ")
      .replace(/<[^>]*>/g, " ")
      .replace(/\b[\w.-]*[./][\w./-]*\b/g, " ") // file names and paths: summary.csv, ./reports, team.json
      .replace(/\b[A-Z_]{2,}\b/g, " ") // FIDELITY_LANG, NO_COLOR, SHA-256, ADM
      .replace(/"[A-Za-z$][\w$]*"/g, " ") // a JSON field name in quotes: "item", { "action": … }
      .replace(/\b(?:nb|en|ips-25|kvalitetsveileder|evaluate|score|validate|report|scales|init|help)\b/g, " ")
  );
}

function englishWords(text: string): string[] {
  return (
    withoutCodeWords(text)
      .toLowerCase()
      .match(/[a-zæøå']+/g) ?? []
  ).filter((w) => ENGLISH.has(w));
}

describe("message catalogues", async () => {
  const catalogues: { file: string; catalogue: Catalogue<Messages> }[] = [];
  for (const file of DEFINING) {
    const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    for (const value of Object.values(module))
      if (isCatalogue(value)) catalogues.push({ file: relative(SRC, file), catalogue: value });
  }

  it("every file that defines a catalogue exports it, and the ids are unique", () => {
    const files = new Set(catalogues.map((c) => c.file));
    expect(DEFINING.map((f) => relative(SRC, f)).filter((f) => !files.has(f))).toEqual([]);
    const ids = catalogues.map((c) => c.catalogue.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(catalogues.length).toBeGreaterThan(2);
  });

  it("every message has a text in both languages, and bokmål has no English words", () => {
    const problems: string[] = [];
    let count = 0;
    for (const { file, catalogue } of catalogues)
      for (const [key, message] of Object.entries(catalogue.messages)) {
        count++;
        const where = `${file} ${catalogue.id}.${key}`;
        let text: Text;
        try {
          text = shown(message);
        } catch (e) {
          problems.push(`${where}: cannot be shown with stand-in parameters (${String(e)})`);
          continue;
        }
        if (typeof text.nb !== "string" || text.nb.trim() === "") problems.push(`${where}: no bokmål`);
        if (typeof text.en !== "string" || text.en.trim() === "") problems.push(`${where}: no English`);
        const english = englishWords(text.nb ?? "");
        if (english.length) problems.push(`${where}: English in bokmål: ${english.join(", ")} — "${text.nb}"`);
      }
    expect(problems).toEqual([]);
    expect(count).toBeGreaterThan(50);
  });

  it("the word check finds English in bokmål, and lets commands, flags and file names through", () => {
    expect(englishWords("fil mangler: the value is missing")).toEqual(["the", "value", "is", "missing"]);
    expect(
      englishWords("Kjør 'fidelity validate lag --lang en' og les summary.csv i ./reports med --no-pdf og ADM"),
    ).toEqual([]);
    expect(englishWords('oppgi "item", f.eks. [{ "item": "T6" }]; the item')).toEqual(["the", "item"]);
    const bad = defineMessages("test-bad", { x: { nb: "Filen is missing", en: "The file is missing" } });
    expect(englishWords(shown(bad.messages.x).nb)).toEqual(["is", "missing"]);
  });
});
