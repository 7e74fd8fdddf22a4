/**
 * The screen for one disagreement in `fidelity merge`: the item, A's and B's score / colour, source, reason
 * and note side by side, and the data's suggestion. A pure function of the consensus session, tested as text.
 */
import type { ConsensusSide, Evaluation } from "../../core/evaluation.js";
import { allItems, type Lang, sectionOf } from "../../core/scale.js";
import { padEnd, paragraph, rule, wrapHanging } from "../wizard/layout.js";
import type { ScreenOptions } from "../wizard/screens.js";
import { anchorTexts } from "../wizard/screens.js";
import { COLOUR_WORD } from "../wizard/style.js";
import { MERGE } from "./merge.messages.js";

function sourceText(s: ConsensusSide | undefined, lang: Lang): string {
  const t = MERGE.in(lang);
  if (!s || (s.score === undefined && s.colour === undefined)) return t("notRated");
  return s.source === "data" ? t("fromData") : s.source === "override" ? t("fromOverride") : t("fromEvaluator");
}

function markWord(s: ConsensusSide | undefined, lang: Lang): string {
  if (s?.score !== undefined) return String(s.score);
  if (s?.colour !== undefined) return COLOUR_WORD[lang][s.colour];
  return "–";
}

/** Two texts side by side in columns of `col` characters after a label of `labelWidth`. */
function sideBySide(label: string, a: string, b: string, labelWidth: number, col: number): string[] {
  const left = wrapHanging(a, col, "").split("\n");
  const right = wrapHanging(b, col, "").split("\n");
  const n = Math.max(left.length, right.length);
  const out: string[] = [];
  for (let i = 0; i < n; i++)
    out.push(`${padEnd(i === 0 ? label : "", labelWidth)}${padEnd(left[i] ?? "", col)}  ${right[i] ?? ""}`.trimEnd());
  return out;
}

type Item = ReturnType<typeof allItems>[number];
type Entry = NonNullable<Evaluation["consensus"]>["items"][number];

/** The columns of the screen: a label, then A and B side by side. */
interface Layout {
  labelWidth: number;
  col: number;
}

export function disagreementScreen(
  consensus: Evaluation,
  id: string,
  position: { index: number; total: number },
  o: ScreenOptions,
): string {
  const item = allItems(consensus.scale).find((i) => i.id === id);
  const entry = consensus.consensus?.items.find((c) => c.itemId === id);
  if (!item || !entry || !consensus.consensus) throw new Error(`no disagreement ${id}`);
  const labelWidth = 14;
  const layout = { labelWidth, col: Math.max(20, Math.floor((o.width - labelWidth - 2) / 2)) };
  const lines = [
    ...headingLines(consensus, item, position, o),
    ...sideLines(consensus, item, entry, layout, o),
    ...dataLines(consensus, id, o),
  ];
  if (entry.rationale !== undefined)
    lines.push("", paragraph(MERGE.in(o.lang)("decided", { rationale: entry.rationale }), o.width, "    ", "  "));
  return lines.join("\n");
}

/** The team and visit, where this disagreement is among the others, and the item. */
function headingLines(
  consensus: Evaluation,
  item: Item,
  position: { index: number; total: number },
  { lang, width, style }: ScreenOptions,
): string[] {
  const t = MERGE.in(lang);
  const section = sectionOf(consensus.scale, item.id);
  return [
    style.bold(paragraph(t("heading", { team: consensus.team.name, visitDate: consensus.visitDate }), width, "  ", "")),
    style.dim(`${section?.title[lang] ?? ""} · ${t("position", { index: position.index + 1, total: position.total })}`),
    style.bold(`${item.id}  ${item.title[lang]}`),
    rule("", width),
  ];
}

/** A's and B's mark, source, elements, reason and note side by side. */
function sideLines(consensus: Evaluation, item: Item, entry: Entry, layout: Layout, o: ScreenOptions): string[] {
  const { lang, style } = o;
  const t = MERGE.in(lang);
  const { a, b } = entry;
  const { labelWidth, col } = layout;
  const sides = consensus.consensus;
  const aName = sides?.a.evaluators.join(", ") || "A";
  const bName = sides?.b.evaluators.join(", ") || "B";
  const anchors = anchorTexts(consensus.scale, item, lang);
  const markLine = (s: ConsensusSide | undefined) => {
    const word = markWord(s, lang);
    const anchor = s?.score !== undefined ? anchors.find((x) => x.key === String(s.score))?.label : undefined;
    return anchor ? `${word} – ${anchor}` : word;
  };
  const row = (label: string, left: string, right: string) => sideBySide(label, left, right, labelWidth, col);
  const lines = [
    `${padEnd("", labelWidth)}${padEnd(style.bold(`A · ${aName}`), col)}  ${style.bold(`B · ${bName}`)}`,
    ...row(consensus.scale.scoring === "points" ? t("score") : t("colour"), markLine(a), markLine(b)),
    ...row(t("source"), sourceText(a, lang), sourceText(b, lang)),
  ];
  if (a?.elements || b?.elements) {
    const known = "elements" in item ? (item.elements ?? []) : [];
    const ticked = (ids: string[] | undefined) =>
      (ids ?? []).map((x) => `✓ ${known.find((k) => k.id === x)?.text[lang] ?? x}`).join("\n") || "–";
    lines.push(...row(t("elements"), ticked(a?.elements), ticked(b?.elements)));
  }
  if (a?.reason || b?.reason) lines.push(...row(t("reason"), a?.reason ?? "–", b?.reason ?? "–"));
  lines.push(...row(t("note"), a?.note ?? "–", b?.note ?? "–"));
  return lines;
}

/** The data's computation and suggestion for the item, or why it cannot suggest (nothing without data). */
function dataLines(consensus: Evaluation, id: string, { lang, width, style }: ScreenOptions): string[] {
  const t = MERGE.in(lang);
  const data = consensus.suggestions.find((s) => s.itemId === id);
  if (!data) return [];
  const lines = ["", style.bold(t("data"))];
  for (const c of data.computation) lines.push(paragraph(c[lang], width, "    ", "  "));
  const suggested =
    data.score !== undefined ? String(data.score) : data.colour ? COLOUR_WORD[lang][data.colour] : undefined;
  lines.push(
    suggested
      ? style.accent(t("suggestion", { value: suggested }))
      : style.warn(paragraph(t("cannotSuggest", { why: data.missingReason?.[lang] ?? "–" }), width, "    ", "  ")),
  );
  return lines;
}
