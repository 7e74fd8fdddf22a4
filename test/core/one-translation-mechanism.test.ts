/**
 * Issue 9: one translation mechanism for the whole program — the message catalogues of src/core/i18n.ts
 * (`defineMessages` in `*.messages.ts`). This reads every src/**\/*.ts file (with the TypeScript parser, so
 * comments and strings do not count) and fails, naming file:line, on a second mechanism creeping back:
 *
 * - a choice of text by language: `lang === "nb"`, `"en" !== l`, `case "nb":` …, outside the formatting
 *   places listed in LANG_CHOICE_ALLOWED;
 * - an object literal `{ nb: "…", en: "…" }` with a string or template text, outside the catalogues
 *   (`*.messages.ts`) and src/core/i18n.ts (and the few data tables in NB_EN_LITERAL_ALLOWED);
 * - a `tr` helper (`tr(lang)(nb, en)`), imported or defined.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const SRC = join(ROOT, "src");

/** Places that may choose by language: formatting, not text (path relative to the repository, with a reason). */
const LANG_CHOICE_ALLOWED: Readonly<Record<string, string>> = {
  "src/core/format.ts": "number and date formatting: digit group separator, minus sign, decimal comma, date form",
  "src/core/metrics/registry/target.ts": "the date slice of a formatted range (dd.mm. in bokmål, mm-dd in English)",
  "src/io/pdf/document.ts": "the PDF's language tag (nb-NO or en-GB), a document property and not a text",
};

/** Files whose `{ nb, en }` literals are data, not texts (path relative to the repository, with a reason). */
const NB_EN_LITERAL_ALLOWED: Readonly<Record<string, string>> = {
  "src/io/calendar/outlook-csv.ts":
    "Outlook's column names in its English and Norwegian exports: what we read, not what we say",
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

const isLangLiteral = (n: ts.Node): boolean =>
  (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) && (n.text === "nb" || n.text === "en");

/** A text written in place: a string, a template, a `+` or a choice of them, or a list of them. */
function isTextLiteral(n: ts.Expression): boolean {
  if (ts.isParenthesizedExpression(n)) return isTextLiteral(n.expression);
  if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isTemplateExpression(n)) return true;
  if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.PlusToken)
    return isTextLiteral(n.left) || isTextLiteral(n.right);
  if (ts.isConditionalExpression(n)) return isTextLiteral(n.whenTrue) || isTextLiteral(n.whenFalse);
  // A list of texts (column headers, say): `{ nb: ["nr", "punkt"], en: ["no", "item"] }`.
  if (ts.isArrayLiteralExpression(n)) return n.elements.length > 0 && n.elements.every((e) => isTextLiteral(e));
  return false;
}

function propertyName(p: ts.ObjectLiteralElementLike): string | undefined {
  if (!ts.isPropertyAssignment(p)) return undefined;
  return ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) ? p.name.text : undefined;
}

interface Finding {
  readonly where: string;
  readonly kind: "lang choice" | "nb/en literal" | "tr helper";
  readonly code: string;
}

/** Every second translation mechanism in one file's source. */
function findingsIn(path: string, source: string): Finding[] {
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out: Finding[] = [];
  const add = (node: ts.Node, kind: Finding["kind"]) => {
    const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
    out.push({ where: `${path}:${line + 1}`, kind, code: node.getText(file).split("\n")[0]?.slice(0, 100) ?? "" });
  };
  // The catalogues, and the mechanism itself (its module comment and helpers), may write nb and en side by side.
  const isCatalogue = path.endsWith(".messages.ts") || path === "src/core/i18n.ts";
  const visit = (node: ts.Node): void => {
    if (
      ts.isBinaryExpression(node) &&
      [
        ts.SyntaxKind.EqualsEqualsEqualsToken,
        ts.SyntaxKind.ExclamationEqualsEqualsToken,
        ts.SyntaxKind.EqualsEqualsToken,
        ts.SyntaxKind.ExclamationEqualsToken,
      ].includes(node.operatorToken.kind) &&
      (isLangLiteral(node.left) || isLangLiteral(node.right))
    )
      add(node, "lang choice");
    if (ts.isCaseClause(node) && isLangLiteral(node.expression)) add(node, "lang choice");
    if (!isCatalogue && ts.isObjectLiteralExpression(node)) {
      const byName = new Map(node.properties.map((p) => [propertyName(p), p] as const));
      const nb = byName.get("nb");
      const en = byName.get("en");
      if (
        nb &&
        en &&
        ts.isPropertyAssignment(nb) &&
        ts.isPropertyAssignment(en) &&
        (isTextLiteral(nb.initializer) || isTextLiteral(en.initializer))
      )
        add(node, "nb/en literal");
    }
    if (ts.isImportSpecifier(node) && node.name.text === "tr") add(node, "tr helper");
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === "tr") add(node, "tr helper");
    if (ts.isFunctionDeclaration(node) && node.name?.text === "tr") add(node, "tr helper");
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out.filter(
    (f) =>
      !(f.kind === "lang choice" && path in LANG_CHOICE_ALLOWED) &&
      !(f.kind === "nb/en literal" && path in NB_EN_LITERAL_ALLOWED),
  );
}

const show = (fs: readonly Finding[]) => fs.map((f) => `${f.where}: ${f.kind}: ${f.code}`);

describe("one translation mechanism (issue 9)", () => {
  it("src/ has no second mechanism: no lang choice outside formatting, no nb/en text outside catalogues, no tr", () => {
    const findings = sourceFiles(SRC).flatMap((f) => {
      const path = relative(ROOT, f).split("\\").join("/");
      return findingsIn(path, readFileSync(f, "utf8"));
    });
    expect(show(findings)).toEqual([]);
  });

  it("every allowed place still exists and still needs its allowance (no stale exceptions)", () => {
    for (const path of Object.keys(LANG_CHOICE_ALLOWED)) {
      const src = readFileSync(join(ROOT, path), "utf8");
      expect(findingsIn("x.ts", src).some((f) => f.kind === "lang choice")).toBe(true);
    }
    for (const path of Object.keys(NB_EN_LITERAL_ALLOWED)) {
      const src = readFileSync(join(ROOT, path), "utf8");
      expect(findingsIn("x.ts", src).some((f) => f.kind === "nb/en literal")).toBe(true);
    }
  });

  it("finds each kind it guards against, and lets passthroughs, schemas and catalogues be", () => {
    const bad = [
      'const a = lang === "nb" ? "Ja" : "Yes";',
      'const b = "en" !== l;',
      'switch (lang) { case "nb": break; }',
      'const c = { nb: "Ja", en: "Yes" };',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source text to scan, not a template
      "const d = { nb: `${n} rader`, en: `${n} rows` };",
      'const h = { nb: ["nr", "punkt"], en: ["no", "item"] };',
      'import { tr } from "./style.js";',
      "export const tr = (lang) => (nb, en) => nb;",
    ];
    expect(bad.map((s) => findingsIn("src/x.ts", s).length)).toEqual(bad.map(() => 1));
    const fine = [
      "const w = { nb: message, en: message };",
      "const s = z.object({ nb: z.string(), en: z.string() });",
      'const f = { nb: format(x, "nb"), en: format(x, "en") };',
      'const t = LANGS.map((l) => ({ lang: l, text: M.in(l)("key") }));',
    ];
    expect(fine.flatMap((s) => findingsIn("src/x.ts", s))).toEqual([]);
    expect(
      findingsIn("src/x.messages.ts", 'export const M = defineMessages("x", { a: { nb: "Ja", en: "Yes" } });'),
    ).toEqual([]);
  });
});
