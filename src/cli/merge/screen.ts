/**
 * The screen for one disagreement in `fidelity merge`: the item, A's and B's score / colour, source, reason
 * and note side by side, and the data's suggestion. A pure function of the consensus session, tested as text.
 */
import type { ConsensusSide, Evaluation } from "../../core/evaluation.js";
import { formatDate } from "../../core/format.js";
import { allItems, type Lang, sectionOf } from "../../core/scale.js";
import { padEnd, paragraph, rule, wrapHanging } from "../wizard/layout.js";
import type { ScreenOptions } from "../wizard/screens.js";
import { anchorTexts } from "../wizard/screens.js";
import { COLOUR_WORD, tr } from "../wizard/style.js";

function sourceText(s: ConsensusSide | undefined, lang: Lang): string {
  const t = tr(lang);
  if (!s || (s.score === undefined && s.colour === undefined)) return t("ikke vurdert", "not rated");
  return s.source === "data"
    ? t("dataenes forslag", "the data's suggestion")
    : s.source === "override"
      ? t("overstyrt", "override")
      : t("evaluator", "evaluator");
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

export function disagreementScreen(
  consensus: Evaluation,
  id: string,
  position: { index: number; total: number },
  o: ScreenOptions,
): string {
  const t = tr(o.lang);
  const { lang, width, style } = o;
  const scale = consensus.scale;
  const item = allItems(scale).find((i) => i.id === id);
  const entry = consensus.consensus?.items.find((c) => c.itemId === id);
  if (!item || !entry || !consensus.consensus) throw new Error(`no disagreement ${id}`);
  const { a, b } = entry;
  const aName = consensus.consensus.a.evaluators.join(", ") || "A";
  const bName = consensus.consensus.b.evaluators.join(", ") || "B";
  const labelWidth = 14;
  const col = Math.max(20, Math.floor((width - labelWidth - 2) / 2));
  const section = sectionOf(scale, id);
  const anchors = anchorTexts(scale, item, lang);
  const anchorOf = (s: ConsensusSide | undefined) =>
    s?.score !== undefined ? anchors.find((x) => x.key === String(s.score))?.label : undefined;
  const markLine = (s: ConsensusSide | undefined) => {
    const word = markWord(s, lang);
    const anchor = anchorOf(s);
    return anchor ? `${word} – ${anchor}` : word;
  };
  const lines = [
    style.bold(
      paragraph(
        `${t("Konsensus", "Consensus")} · ${consensus.team.name} · ${t("besøk", "visit")} ${formatDate(consensus.visitDate, lang)}`,
        width,
        "  ",
        "",
      ),
    ),
    style.dim(
      `${section?.title[lang] ?? ""} · ${t(`uenighet ${position.index + 1} av ${position.total}`, `disagreement ${position.index + 1} of ${position.total}`)}`,
    ),
    style.bold(`${item.id}  ${item.title[lang]}`),
    rule("", width),
    `${padEnd("", labelWidth)}${padEnd(style.bold(`A · ${aName}`), col)}  ${style.bold(`B · ${bName}`)}`,
    ...sideBySide(
      scale.scoring === "points" ? t("Skår", "Score") : t("Farge", "Colour"),
      markLine(a),
      markLine(b),
      labelWidth,
      col,
    ),
    ...sideBySide(t("Kilde", "Source"), sourceText(a, lang), sourceText(b, lang), labelWidth, col),
  ];
  if (a?.elements || b?.elements) {
    const known = "elements" in item ? (item.elements ?? []) : [];
    const ticked = (ids: string[] | undefined) =>
      (ids ?? []).map((x) => `✓ ${known.find((k) => k.id === x)?.text[lang] ?? x}`).join("\n") || "–";
    lines.push(...sideBySide(t("Elementer", "Elements"), ticked(a?.elements), ticked(b?.elements), labelWidth, col));
  }
  if (a?.reason || b?.reason)
    lines.push(...sideBySide(t("Begrunnelse", "Reason"), a?.reason ?? "–", b?.reason ?? "–", labelWidth, col));
  lines.push(...sideBySide(t("Notat", "Note"), a?.note ?? "–", b?.note ?? "–", labelWidth, col));
  const data = consensus.suggestions.find((s) => s.itemId === id);
  if (data) {
    lines.push("", style.bold(t("Data", "Data")));
    for (const c of data.computation) lines.push(paragraph(c[lang], width, "    ", "  "));
    const suggested =
      data.score !== undefined ? String(data.score) : data.colour ? COLOUR_WORD[lang][data.colour] : undefined;
    lines.push(
      suggested
        ? style.accent(`  ◆ ${t("Dataenes forslag", "The data's suggestion")}: ${suggested}`)
        : style.warn(
            paragraph(
              `${t("Data kan ikke foreslå her", "The data cannot suggest here")}: ${data.missingReason?.[lang] ?? "–"}`,
              width,
              "    ",
              "  ",
            ),
          ),
    );
  }
  if (entry.rationale !== undefined)
    lines.push(
      "",
      paragraph(
        `${t("Avgjort", "Decided")}: ${t("begrunnelse", "rationale")}: ${entry.rationale}`,
        width,
        "    ",
        "  ",
      ),
    );
  return lines.join("\n");
}
