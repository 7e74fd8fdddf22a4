/**
 * The wizard's screens as text: pure functions of the evaluation (and what setup found), so they are tested
 * as strings and read well at 80 columns. Colour comes in through a {@link Style}.
 */
import type { Evaluation } from "../../core/evaluation.js";
import { ratingsMap } from "../../core/evaluation.js";
import { formatDate, formatDateRange, formatNumber, formatPercent } from "../../core/format.js";
import type { FileUse, MetricWarning } from "../../core/metrics/types.js";
import type { Colour, Lang, LocalizedText, PointsItem, Scale, ScaleItem } from "../../core/scale.js";
import { allItems, sectionOf } from "../../core/scale.js";
import type { ItemRating } from "../../core/scoring.js";
import { scoreRatings } from "../../core/scoring.js";
import { padEnd, paragraph, rule, truncate, visibleLength, wrapHanging } from "./layout.js";
import { dataOf, isRated, itemIds, ratingOf, suggestedMark } from "./ratings.js";
import { SCREENS } from "./screens.messages.js";
import { COLOUR_WORD, PLAIN, type Style } from "./style.js";
import { WIZARD } from "./wizard.messages.js";

export interface ScreenOptions {
  lang: Lang;
  width: number;
  /** The terminal's rows, when known: an item's long computation is folded so title and anchors fit. */
  height?: number;
  style: Style;
}

const FILE_NAMES: Record<FileUse["kind"], string> = {
  utetid: "utetid.csv",
  contacts: "arbeidsgiverkontakter.csv",
  caseload: "portefolje.csv",
};

/** A value in an item's unit: "58,3 %", "18,5 deltakere per årsverk". */
export function formatValue(value: number, unit: LocalizedText | undefined, lang: Lang): string {
  if (!unit) return formatNumber(value, lang);
  return unit.en.trim() === "%" ? formatPercent(value, lang) : `${formatNumber(value, lang)} ${unit[lang]}`;
}

const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path;

function unitOf(item: ScaleItem): LocalizedText | undefined {
  return item.data?.unit;
}

function markText(score: number | undefined, colour: Colour | undefined, lang: Lang, style: Style): string {
  if (score !== undefined) return String(score);
  if (colour !== undefined) return style.colour(colour, COLOUR_WORD[lang][colour]);
  return "–";
}

export function sourceWord(r: ItemRating | undefined, lang: Lang): string {
  const say = SCREENS.in(lang);
  if (!isRated(r)) return say("unrated");
  switch (r?.source) {
    case "data":
      return say("sourceData");
    case "override":
      return say("sourceOverride");
    default:
      return say("sourceEvaluator");
  }
}

function header(evaluation: Evaluation, o: ScreenOptions): string[] {
  const say = SCREENS.in(o.lang);
  const s = evaluation.scale;
  const team = evaluation.team.office ? `${evaluation.team.name} (${evaluation.team.office})` : evaluation.team.name;
  const title = say("title", {
    team,
    scale: s.name[o.lang],
    version: s.version,
    date: formatDate(evaluation.visitDate, o.lang),
  });
  return [
    o.style.bold(paragraph(title, o.width, "  ", "")),
    paragraph(say("evaluators", { names: evaluation.evaluators.join(", ") || "–" }), o.width, "  ", ""),
  ];
}

// ─── Data summary ────────────────────────────────────────────────────────────────────────────────────────

export interface SummaryExtras {
  /** Files setup looked at besides the CSVs (team.json, the answers file), found or not. */
  otherFiles?: { file: string; found: boolean; note?: string }[];
  /** How many item answers came from the answers file (pre-filled in the wizard; the file line says so). */
  prefilled?: number;
  /** Warnings from reading the files (`file:line: message`). */
  fileWarnings?: string[];
}

function warningLine(w: MetricWarning, evaluation: Evaluation, lang: Lang): string {
  const where = w.file ? `${w.file}${w.line ? `:${w.line}` : ""}: ` : "";
  const roster = evaluation.metrics?.roster.specialists ?? [];
  const idx = w.specialist ? roster.findIndex((r) => r.specialist === w.specialist) : -1;
  const who = idx >= 0 ? `JS${idx + 1}: ` : "";
  return `${where}${who}${w.message[lang]}`;
}

/** The data summary: the window, the files read (and how much of each was used), warnings, what the data suggests. */
export function dataSummaryScreen(evaluation: Evaluation, extras: SummaryExtras, o: ScreenOptions): string {
  return [
    ...header(evaluation, o),
    "",
    ...windowLines(evaluation, o),
    ...fileLines(evaluation, extras, o),
    ...warningLines(evaluation, extras, o),
    ...suggestionLines(evaluation, o),
  ].join("\n");
}

function windowLines(evaluation: Evaluation, o: ScreenOptions): string[] {
  const { lang } = o;
  const w = evaluation.window;
  const text = SCREENS.in(lang)("window", {
    range: formatDateRange(w.from, w.to, lang),
    weeks: w.weeks,
    reference: formatDate(w.referenceDate, lang),
  });
  return [paragraph(text, o.width, "  ", ""), "", o.style.bold(SCREENS.in(lang)("files"))];
}

/** Each CSV export (read, left out or missing) and the other files setup looked at. */
function fileLines(evaluation: Evaluation, extras: SummaryExtras, o: ScreenOptions): string[] {
  const { style, width } = o;
  const say = SCREENS.in(o.lang);
  const lines: string[] = [];
  const files = evaluation.metrics?.files ?? [];
  const nameWidth = Math.max(
    26,
    ...files.map((f) => (f.file ? baseName(f.file) : FILE_NAMES[f.kind]).length + 4),
    ...(extras.otherFiles ?? []).map((f) => f.file.length + 4),
  );
  for (const f of files) {
    const name = f.file ? baseName(f.file) : FILE_NAMES[f.kind];
    if (!f.present) {
      const leftOut = evaluation.inputs.find((x) => x.kind === f.kind && x.leftOut)?.leftOut;
      const why = leftOut ? say("fileLeftOut", { problems: leftOut.problems }) : say("fileNotFound");
      lines.push(`  ${style.dim("–")} ${padEnd(name, nameWidth - 4)}  ${style.dim(why)}`);
      continue;
    }
    const ignored = f.read - f.used;
    const detail =
      ignored === 0
        ? say("rowsAllUsed", { read: f.read })
        : say("rowsSomeUnused", { read: f.read, used: f.used, ignored, outside: f.outsideWindow });
    // Long details wrap under themselves, not under the file names.
    lines.push(
      paragraph(detail, width, " ".repeat(nameWidth + 2), `  ${style.good("✓")} ${padEnd(name, nameWidth - 4)}  `),
    );
  }
  for (const f of extras.otherFiles ?? []) {
    const mark = f.found ? style.good("✓") : style.dim("–");
    const note = f.note ?? (f.found ? "" : say("fileNotFound"));
    lines.push(`  ${mark} ${padEnd(f.file, nameWidth - 4)}  ${f.found ? note : style.dim(note)}`.trimEnd());
  }
  return lines;
}

/** The first warnings from reading the files, then the first of the computation's warnings. */
function warningLines(evaluation: Evaluation, extras: SummaryExtras, o: ScreenOptions): string[] {
  const { style, width, lang } = o;
  const say = SCREENS.in(lang);
  const lines: string[] = [];
  const warnings = evaluation.metrics?.warnings ?? [];
  for (const fw of (extras.fileWarnings ?? []).slice(0, 3))
    lines.push(paragraph(fw, width, "    ", `  ${style.warn("!")} `));
  if (warnings.length) {
    lines.push("", style.bold(say("warnings", { n: warnings.length })));
    const shown = warnings.slice(0, 5);
    for (const wn of shown)
      lines.push(paragraph(warningLine(wn, evaluation, lang), width, "    ", `  ${style.warn("!")} `));
    if (warnings.length > shown.length)
      lines.push(`    ${style.dim(say("moreWarnings", { n: warnings.length - shown.length }))}`);
  }
  return lines;
}

/** One data item in the summary: its suggestion, or why the evaluator rates it. */
type SummaryRow =
  | { id: string; title: string; value: string; mark: string; markShown: string }
  | { id: string; title: string; value: string; why: string };

function summaryRow(evaluation: Evaluation, item: ScaleItem, o: ScreenOptions): SummaryRow {
  const { lang, style } = o;
  const d = dataOf(evaluation, item.id);
  const mark = suggestedMark(d);
  return mark && d
    ? {
        id: item.id,
        title: item.title[lang],
        value: d.value === undefined ? "" : formatValue(d.value, unitOf(item), lang),
        mark: `→ ${markText(d.score, d.colour, lang, PLAIN)}`,
        markShown: style.accent(`→ ${markText(d.score, d.colour, lang, style)}`),
      }
    : {
        id: item.id,
        title: item.title[lang],
        value: SCREENS.in(lang)("youRate"),
        why: d?.missingReason?.[lang] ?? SCREENS.in(lang)("noData"),
      };
}

/** The data items: each with its value and suggestion, in columns that wrap within themselves. */
function suggestionLines(evaluation: Evaluation, o: ScreenOptions): string[] {
  const { style, width } = o;
  const dataItems = allItems(evaluation.scale).filter((i) => i.kind === "data");
  if (!dataItems.length) return [];
  const colours = evaluation.scale.scoring === "colours";
  const lines = ["", style.bold(SCREENS.in(o.lang)(colours ? "suggestsColours" : "suggestsScores"))];
  const rows = dataItems.map((item) => summaryRow(evaluation, item, o));
  // Columns as wide as their longest entry when the screen has room; otherwise titles and values wrap
  // within their columns. Nothing is cut.
  const markWidth = Math.max(0, ...rows.map((r) => ("mark" in r ? visibleLength(r.mark ?? "") : 0)));
  const room = width - 7 - 1 - (markWidth ? markWidth + 1 : 0);
  const longest = (texts: string[]) => Math.max(0, ...texts.map(visibleLength));
  const words = (texts: string[]) => texts.flatMap((x) => x.split(/ +/));
  const titles = rows.map((r) => r.title);
  const values = rows.map((r) => r.value);
  // A column is never narrower than its longest word (so wrapping can always keep within it).
  const titleWidth = Math.min(longest(titles), Math.max(longest(words(titles)), 12, room - longest(values)));
  const valueWidth = Math.min(longest(values), Math.max(longest(words(values)), room - titleWidth));
  for (const r of rows) {
    const isSuggestion = "markShown" in r;
    const cells = [
      columnLines(r.title, titleWidth),
      columnLines(r.value, valueWidth).map((v) => (isSuggestion ? v : style.dim(v))),
    ];
    const height = Math.max(...cells.map((c) => c.length));
    for (let k = 0; k < height; k++) {
      const head = k === 0 ? `  ${padEnd(r.id, 5)}` : "       ";
      const title = padEnd(cells[0]?.[k] ?? "", titleWidth);
      const value = cells[1]?.[k] ?? "";
      const tail = k === 0 && isSuggestion ? ` ${r.markShown}` : "";
      lines.push(`${head}${title} ${tail ? padEnd(value, valueWidth) : value}${tail}`.trimEnd());
    }
    if ("why" in r && r.why) lines.push(paragraph(r.why, width, "       ", "       "));
  }
  return lines;
}

/** Text wrapped to a column's width, one entry per line (a word longer than the column stays whole). */
function columnLines(text: string, width: number): string[] {
  return wrapHanging(text, width, "").split("\n");
}

// ─── One item ────────────────────────────────────────────────────────────────────────────────────────────

export function progress(evaluation: Evaluation, id: string, lang: Lang): string {
  const ids = itemIds(evaluation);
  const rated = evaluation.items.filter(isRated).length;
  return SCREENS.in(lang)("progress", { at: ids.indexOf(id) + 1, of: ids.length, rated });
}

/** The anchors (points) or colour descriptions (colours) of an item, in the order they are offered. */
export function anchorTexts(scale: Scale, item: ScaleItem, lang: Lang): { key: string; label: string }[] {
  if (scale.scoring === "colours" && "colours" in item)
    return (["green", "yellow", "red"] as const).map((c, i) => ({
      key: String(i + 1),
      label: `${COLOUR_WORD[lang][c]}: ${item.colours[c][lang]}`,
    }));
  return [...(item as PointsItem).anchors]
    .sort((a, b) => a.score - b.score)
    .map((a) => ({ key: String(a.score), label: a.text[lang] }));
}

export function itemScreen(evaluation: Evaluation, id: string, o: ScreenOptions): string {
  return itemScreenFolded(evaluation, id, o, false).text;
}

/**
 * Lines the item's menu takes below the screen: the question, each anchor (wrapped), the hint and the keys
 * (two lines at 80 columns), and the cursor's line.
 */
function menuLines(scale: Scale, item: ScaleItem, o: ScreenOptions): number {
  const anchors = anchorTexts(scale, item, o.lang).reduce(
    (n, a) => n + Math.max(1, Math.ceil((visibleLength(a.label) + 20) / o.width)),
    0,
  );
  return anchors + 5;
}

/**
 * The item screen; with `o.height` and a computation too long for the rows left above the menu, the
 * computation is cut after its first lines with a line saying how many more there are and that `d` shows them
 * (`folded`). Title, full implementation and the suggestion always stay.
 */
export function itemScreenFolded(
  evaluation: Evaluation,
  id: string,
  o: ScreenOptions,
  unfolded: boolean,
): { text: string; folded: boolean } {
  const scale = evaluation.scale;
  const item = allItems(scale).find((i) => i.id === id);
  if (!item) throw new Error(`no item ${id}`);
  const lines = [...itemHead(evaluation, item, o), ...elementLines(item, o)];
  const data = item.kind === "data" ? dataLines(evaluation, item, o) : undefined;
  const computationAt = lines.length + (data?.at ?? 0);
  if (data) lines.push(...data.lines);
  lines.push(...ratingLines(evaluation, id, o));
  if (!data) return { text: lines.join("\n"), folded: false };
  const { shown, folded } = foldComputation(data.computation, lines, unfolded, scale, item, o);
  lines.splice(computationAt, 0, ...shown);
  return { text: lines.join("\n"), folded };
}

/** Where the item is, its title, its full implementation (or good practice) and its sources. */
function itemHead(evaluation: Evaluation, item: ScaleItem, o: ScreenOptions): string[] {
  const { lang, width, style } = o;
  const say = SCREENS.in(lang);
  const wizard = WIZARD.in(lang);
  const section = sectionOf(evaluation.scale, item.id);
  const practice = say(evaluation.scale.scoring === "colours" ? "goodPractice" : "fullImplementation");
  return [
    style.dim(paragraph(`${section?.title[lang] ?? ""} · ${progress(evaluation, item.id, lang)}`, width, "  ", "")),
    style.bold(`${item.id}  ${item.title[lang]}`),
    rule("", width),
    paragraph(item.fullImplementation[lang], width, "  ", `${practice}: `),
    style.dim(
      paragraph(`${wizard("sources")}: ${item.sources.map((s) => `${s} (${wizard(s)})`).join(", ")}`, width, "  ", ""),
    ),
  ];
}

/** An element item: how its score follows from the elements ticked. */
function elementLines(item: ScaleItem, o: ScreenOptions): string[] {
  if (item.kind !== "elements") return [];
  const p = item as PointsItem;
  const n = p.elements?.length ?? 0;
  const byCount = (p.scoreByCount ?? []).map((s, count) => `${count}→${s}`).join(", ");
  return ["", paragraph(SCREENS.in(o.lang)("tickElements", { n, byCount }), o.width)];
}

/**
 * A data item: the heading, then the suggestion or why there is none. The computation's lines go in at `at`
 * (after the heading), folded or not once the rest of the screen is known.
 */
function dataLines(
  evaluation: Evaluation,
  item: ScaleItem,
  o: ScreenOptions,
): { lines: string[]; at: number; computation: string[] } {
  const { lang, width, style } = o;
  const say = SCREENS.in(lang);
  const data = dataOf(evaluation, item.id);
  const computation = (data?.computation ?? []).flatMap((c) => paragraph(c[lang], width, "    ", "  ").split("\n"));
  const lines = ["", style.bold(say("data"))];
  const mark = suggestedMark(data);
  if (mark && data) {
    const anchor = anchorTexts(evaluation.scale, item, lang).find((a) =>
      "score" in mark ? a.key === String(mark.score) : a.label.startsWith(COLOUR_WORD[lang][mark.colour]),
    );
    const text = say("suggestion", {
      mark: markText(data.score, data.colour, lang, style),
      anchor: anchor && "score" in mark ? anchor.label : "",
    });
    lines.push(style.accent(paragraph(text, width, "    ", "  ")));
  } else {
    const text = say("cannotSuggest", { why: data?.missingReason?.[lang] ?? say("noData") });
    lines.push(style.warn(paragraph(text, width, "    ", "  ")));
  }
  return { lines, at: 2, computation };
}

/** The rating given so far (and why, when it departs from the data) and the note. */
function ratingLines(evaluation: Evaluation, id: string, o: ScreenOptions): string[] {
  const { lang, width, style } = o;
  const say = SCREENS.in(lang);
  const r = ratingOf(evaluation, id);
  if (!r || !(isRated(r) || r.note)) return [];
  const lines = [""];
  if (isRated(r)) {
    const now = { mark: markText(r.score, r.colour, lang, style), source: sourceWord(r, lang) };
    const text =
      r.source === "override" && r.reason ? say("nowOverridden", { ...now, reason: r.reason }) : say("now", now);
    lines.push(paragraph(text, width, "    ", "  "));
  }
  if (r.note) lines.push(paragraph(say("note", { note: r.note }), width, "    ", "  "));
  return lines;
}

/**
 * The computation as shown: whole, or (with `o.height`, when it does not fit above the menu) its first lines and
 * a line saying how many more there are and that `d` shows them.
 */
function foldComputation(
  computation: string[],
  lines: string[],
  unfolded: boolean,
  scale: Scale,
  item: ScaleItem,
  o: ScreenOptions,
): { shown: string[]; folded: boolean } {
  const room = o.height === undefined ? Number.POSITIVE_INFINITY : o.height - menuLines(scale, item, o);
  const used = lines.flatMap((l) => l.split("\n")).length;
  const over = used + computation.length - room;
  const folded = !unfolded && computation.length > 1 && over > 0;
  if (!folded) return { shown: computation, folded };
  const kept = Math.max(1, computation.length - over - 1);
  const more = WIZARD.in(o.lang)("computationFolded", { n: computation.length - kept, key: "d" });
  return { shown: [...computation.slice(0, kept), o.style.dim(`  ${more}`)], folded };
}

// ─── Review ──────────────────────────────────────────────────────────────────────────────────────────────

export function reviewScreen(evaluation: Evaluation, o: ScreenOptions, notice?: string): string {
  const say = SCREENS.in(o.lang);
  const { lang, width, style } = o;
  const result = scoreRatings(evaluation.scale, ratingsMap(evaluation));
  const s = evaluation.scale;
  const lines = [
    style.bold(
      paragraph(
        say("reviewTitle", {
          team: evaluation.team.name,
          scale: s.name[lang],
          date: formatDate(evaluation.visitDate, lang),
        }),
        width,
        "  ",
        "",
      ),
    ),
  ];
  if (notice) lines.push(style.warn(paragraph(notice, width, "  ", "")));
  // Titles as long as they are when the screen has room (cut with "…" only on a narrow screen).
  const longestTitle = Math.max(0, ...allItems(s).map((i) => i.title[lang].length));
  const titleWidth = Math.max(20, Math.min(longestTitle, width - 32));
  for (const section of result.sections) {
    const sub =
      result.scoring === "points"
        ? section.ratedCount === section.itemCount
          ? `${section.subtotal}/${section.maxPossible}`
          : say("sectionRated", { rated: section.ratedCount, of: section.itemCount })
        : `${section.ratedCount}/${section.itemCount}`;
    lines.push(`${style.bold(section.title[lang])}  ${style.dim(sub)}`);
    for (const s of result.items.filter((x) => x.sectionId === section.id)) {
      const r = s.rating;
      const rated = isRated(r);
      const mark = rated ? markText(s.score, s.colour, lang, style) : style.warn("–");
      const src =
        r?.source === "override"
          ? say("overriddenSource", {
              source: sourceWord(r, lang),
              suggested: String(r.suggestedScore ?? (r.suggestedColour ? COLOUR_WORD[lang][r.suggestedColour] : "–")),
            })
          : sourceWord(r, lang);
      const note = r?.note ? ` ${style.dim(say("hasNote"))}` : "";
      lines.push(
        `  ${padEnd(s.item.id, 5)}${padEnd(truncate(s.item.title[lang], titleWidth), titleWidth)} ${padEnd(mark, 7)} ${rated ? style.dim(src) : style.warn(src)}${note}`,
      );
    }
  }
  lines.push("");
  if (result.scoring === "points") {
    const tt = result.total;
    lines.push(
      style.bold(
        tt.complete
          ? say("total", { value: tt.value ?? "–", max: tt.maxPossible, band: tt.band?.label[lang] ?? "" })
          : say("totalSoFar", { min: tt.min, max: tt.max, of: tt.maxPossible }),
      ),
    );
  } else {
    const c = result.colours;
    lines.push(
      style.bold(
        `${style.colour("green", `${COLOUR_WORD[lang].green} ${c.green}`)} · ${style.colour("yellow", `${COLOUR_WORD[lang].yellow} ${c.yellow}`)} · ${style.colour("red", `${COLOUR_WORD[lang].red} ${c.red}`)}`,
      ),
    );
  }
  if (result.unrated.length)
    lines.push(
      style.warn(
        paragraph(say("unratedItems", { n: result.unrated.length, ids: result.unrated.join(", ") }), width, "  ", ""),
      ),
    );
  else lines.push(style.good(say("allRated")));
  return lines.join("\n");
}
