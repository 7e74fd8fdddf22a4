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
import { COLOUR_WORD, PLAIN, type Style, tr } from "./style.js";
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
  const t = tr(lang);
  if (!isRated(r)) return t("ikke vurdert", "unrated");
  switch (r?.source) {
    case "data":
      return t("data", "data");
    case "override":
      return t("overstyrt", "override");
    default:
      return t("evaluator", "evaluator");
  }
}

function header(evaluation: Evaluation, o: ScreenOptions): string[] {
  const t = tr(o.lang);
  const s = evaluation.scale;
  const team = evaluation.team.office ? `${evaluation.team.name} (${evaluation.team.office})` : evaluation.team.name;
  const title = `${team} · ${s.name[o.lang]} v${s.version} · ${t("besøk", "visit")} ${formatDate(evaluation.visitDate, o.lang)}`;
  return [
    o.style.bold(paragraph(title, o.width, "  ", "")),
    paragraph(`${t("Evaluatorer", "Evaluators")}: ${evaluation.evaluators.join(", ") || "–"}`, o.width, "  ", ""),
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

export function dataSummaryScreen(evaluation: Evaluation, extras: SummaryExtras, o: ScreenOptions): string {
  const t = tr(o.lang);
  const { style, width, lang } = o;
  const lines = [...header(evaluation, o), ""];
  const w = evaluation.window;
  lines.push(
    paragraph(
      `${t("Vindu", "Window")}: ${formatDateRange(w.from, w.to, lang)} (${w.weeks} ${t("uker før besøket", "weeks before the visit")}); ${t("referansedato", "reference date")} ${formatDate(w.referenceDate, lang)}`,
      width,
      "  ",
      "",
    ),
    "",
    style.bold(t("Filer", "Files")),
  );
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
      const why = leftOut
        ? t(
            `holdt utenfor (${leftOut.problems} feil)`,
            `left out (${leftOut.problems} problem${leftOut.problems === 1 ? "" : "s"})`,
          )
        : t("mangler", "not found");
      lines.push(`  ${style.dim("–")} ${padEnd(name, nameWidth - 4)}  ${style.dim(why)}`);
      continue;
    }
    const ignored = f.read - f.used;
    const detail =
      ignored === 0
        ? t(`${f.read} rader lest, alle brukt`, `${f.read} rows read, all used`)
        : t(
            `${f.read} rader lest, ${f.used} brukt, ${ignored} ikke brukt (${f.outsideWindow} utenfor vinduet)`,
            `${f.read} rows read, ${f.used} used, ${ignored} not used (${f.outsideWindow} outside the window)`,
          );
    // Long details wrap under themselves, not under the file names.
    lines.push(
      paragraph(detail, width, " ".repeat(nameWidth + 2), `  ${style.good("✓")} ${padEnd(name, nameWidth - 4)}  `),
    );
  }
  for (const f of extras.otherFiles ?? []) {
    const mark = f.found ? style.good("✓") : style.dim("–");
    const note = f.note ?? (f.found ? "" : t("mangler", "not found"));
    lines.push(`  ${mark} ${padEnd(f.file, nameWidth - 4)}  ${f.found ? note : style.dim(note)}`.trimEnd());
  }

  const warnings = evaluation.metrics?.warnings ?? [];
  for (const fw of (extras.fileWarnings ?? []).slice(0, 3))
    lines.push(paragraph(fw, width, "    ", `  ${style.warn("!")} `));
  if (warnings.length) {
    lines.push("", style.bold(`${t("Advarsler", "Warnings")} (${warnings.length})`));
    const shown = warnings.slice(0, 5);
    for (const wn of shown)
      lines.push(paragraph(warningLine(wn, evaluation, lang), width, "    ", `  ${style.warn("!")} `));
    if (warnings.length > shown.length)
      lines.push(
        `    ${style.dim(t(`… og ${warnings.length - shown.length} til (alle står i rapportens metodedel)`, `… and ${warnings.length - shown.length} more (all are in the report's method section)`))}`,
      );
  }

  const dataItems = allItems(evaluation.scale).filter((i) => i.kind === "data");
  if (dataItems.length) {
    const colours = evaluation.scale.scoring === "colours";
    lines.push(
      "",
      style.bold(
        colours
          ? t("Punkter dataene foreslår farge for", "Points the data suggests a colour for")
          : t("Punkter dataene foreslår skår for", "Items the data suggests a score for"),
      ),
    );
    const rows = dataItems.map((item) => {
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
            value: t("du vurderer", "you rate"),
            why: d?.missingReason?.[lang] ?? t("ingen data", "no data"),
          };
    });
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
  }
  return lines.join("\n");
}

/** Text wrapped to a column's width, one entry per line (a word longer than the column stays whole). */
function columnLines(text: string, width: number): string[] {
  return wrapHanging(text, width, "").split("\n");
}

// ─── One item ────────────────────────────────────────────────────────────────────────────────────────────

export function progress(evaluation: Evaluation, id: string, lang: Lang): string {
  const ids = itemIds(evaluation);
  const rated = evaluation.items.filter(isRated).length;
  return tr(lang)(
    `punkt ${ids.indexOf(id) + 1} av ${ids.length} · ${rated} vurdert`,
    `item ${ids.indexOf(id) + 1} of ${ids.length} · ${rated} rated`,
  );
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
  const t = tr(o.lang);
  const { lang, width, style } = o;
  const scale = evaluation.scale;
  const item = allItems(scale).find((i) => i.id === id);
  if (!item) throw new Error(`no item ${id}`);
  const section = sectionOf(scale, id);
  const lines = [
    style.dim(paragraph(`${section?.title[lang] ?? ""} · ${progress(evaluation, id, lang)}`, width, "  ", "")),
    style.bold(`${item.id}  ${item.title[lang]}`),
    rule("", width),
    paragraph(
      item.fullImplementation[lang],
      width,
      "  ",
      scale.scoring === "colours"
        ? `${t("God praksis", "Good practice")}: `
        : `${t("Full implementering", "Full implementation")}: `,
    ),
    style.dim(
      paragraph(
        `${WIZARD.in(lang)("sources")}: ${item.sources.map((s) => `${s} (${WIZARD.in(lang)(s)})`).join(", ")}`,
        width,
        "  ",
        "",
      ),
    ),
  ];
  if (item.kind === "elements") {
    const p = item as PointsItem;
    const n = p.elements?.length ?? 0;
    const byCount = (p.scoreByCount ?? []).map((s, count) => `${count}→${s}`).join(", ");
    lines.push(
      "",
      paragraph(
        t(
          `Kryss av elementene som er på plass; skåren følger av antallet (av ${n}): ${byCount}`,
          `Tick the elements that are present; the score follows from how many (of ${n}): ${byCount}`,
        ),
        width,
      ),
    );
  }
  const data = dataOf(evaluation, id);
  let computationAt = -1;
  let computation: string[] = [];
  if (item.kind === "data") {
    lines.push("", style.bold(t("Data", "Data")));
    computationAt = lines.length;
    computation = (data?.computation ?? []).flatMap((c) => paragraph(c[lang], width, "    ", "  ").split("\n"));
    const mark = suggestedMark(data);
    if (mark && data) {
      const anchor = anchorTexts(scale, item, lang).find((a) =>
        "score" in mark ? a.key === String(mark.score) : a.label.startsWith(COLOUR_WORD[lang][mark.colour]),
      );
      lines.push(
        style.accent(
          paragraph(
            `◆ ${t("Forslag", "Suggestion")}: ${markText(data.score, data.colour, lang, style)}${anchor && "score" in mark ? ` – ${anchor.label}` : ""}`,
            width,
            "    ",
            "  ",
          ),
        ),
      );
    } else
      lines.push(
        style.warn(
          paragraph(
            `${t("Data kan ikke foreslå her", "The data cannot suggest here")}: ${data?.missingReason?.[lang] ?? t("ingen data", "no data")} ${t("Vurder punktet selv.", "Rate the item yourself.")}`,
            width,
            "    ",
            "  ",
          ),
        ),
      );
  }
  const r = ratingOf(evaluation, id);
  if (r && (isRated(r) || r.note)) {
    lines.push("");
    if (isRated(r)) {
      const why = r.source === "override" && r.reason ? ` – ${t("begrunnelse", "reason")}: ${r.reason}` : "";
      lines.push(
        paragraph(
          `${t("Nå", "Now")}: ${markText(r.score, r.colour, lang, style)} (${sourceWord(r, lang)})${why}`,
          width,
          "    ",
          "  ",
        ),
      );
    }
    if (r.note) lines.push(paragraph(`${t("Notat", "Note")}: ${r.note}`, width, "    ", "  "));
  }
  const room = o.height === undefined ? Number.POSITIVE_INFINITY : o.height - menuLines(scale, item, o);
  const used = lines.flatMap((l) => l.split("\n")).length;
  const over = used + computation.length - room;
  const folded = !unfolded && computation.length > 1 && over > 0;
  const shownComputation = folded
    ? [
        ...computation.slice(0, Math.max(1, computation.length - over - 1)),
        style.dim(
          `  ${WIZARD.in(lang)("computationFolded", { n: computation.length - Math.max(1, computation.length - over - 1), key: "d" })}`,
        ),
      ]
    : computation;
  if (computationAt >= 0) lines.splice(computationAt, 0, ...shownComputation);
  return { text: lines.join("\n"), folded };
}

// ─── Review ──────────────────────────────────────────────────────────────────────────────────────────────

export function reviewScreen(evaluation: Evaluation, o: ScreenOptions, notice?: string): string {
  const t = tr(o.lang);
  const { lang, width, style } = o;
  const result = scoreRatings(evaluation.scale, ratingsMap(evaluation));
  const s = evaluation.scale;
  const lines = [
    style.bold(
      paragraph(
        `${t("Gjennomgang", "Review")} · ${evaluation.team.name} · ${s.name[lang]} · ${formatDate(evaluation.visitDate, lang)}`,
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
          : `${section.ratedCount}/${section.itemCount} ${t("vurdert", "rated")}`
        : `${section.ratedCount}/${section.itemCount}`;
    lines.push(`${style.bold(section.title[lang])}  ${style.dim(sub)}`);
    for (const s of result.items.filter((x) => x.sectionId === section.id)) {
      const r = s.rating;
      const rated = isRated(r);
      const mark = rated ? markText(s.score, s.colour, lang, style) : style.warn("–");
      let src = sourceWord(r, lang);
      if (r?.source === "override")
        src += ` (${t("forslag", "suggested")} ${r.suggestedScore ?? (r.suggestedColour ? COLOUR_WORD[lang][r.suggestedColour] : "–")})`;
      const note = r?.note ? ` ${style.dim(t("· notat", "· note"))}` : "";
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
          ? `${t("Sum", "Total")}: ${tt.value} ${t("av", "of")} ${tt.maxPossible}${tt.band ? ` – ${tt.band.label[lang]}` : ""}`
          : `${t("Sum så langt", "Total so far")}: ${t("mellom", "between")} ${tt.min} ${t("og", "and")} ${tt.max} ${t("av", "of")} ${tt.maxPossible}`,
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
        paragraph(
          `${t("Ikke vurdert", "Unrated")} (${result.unrated.length}): ${result.unrated.join(", ")}`,
          width,
          "  ",
          "",
        ),
      ),
    );
  else lines.push(style.good(t("Alle punkter er vurdert.", "Every item is rated.")));
  return lines.join("\n");
}
