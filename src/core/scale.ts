/**
 * A fidelity instrument as data: the zod schema every scale file is checked against when it is loaded
 * (shipped files and `--scale-file`), and lookups over a loaded scale.
 *
 * Two kinds of instrument:
 *  - "points": every item is scored 1–5, the total falls in a band (IPS-25).
 *  - "colours": every point gets green / yellow / red, there is no total (Kvalitetsveilederen).
 */
import { z } from "zod";
import type { Text } from "./i18n.js";
import { COLOUR_NAME, SCALE_FILE } from "./scale.messages.js";

export { LANGS, type Lang } from "./lang.js";

export const COLOURS = ["green", "yellow", "red"] as const;
export type Colour = (typeof COLOURS)[number];

/** The colours' names, capitalised as a label ("Gul"); lower-case them inside a sentence or a cell ("gul"). */
const colourNamesIn = (lang: "nb" | "en"): Record<Colour, string> => {
  const t = COLOUR_NAME.in(lang);
  return { green: t("green"), yellow: t("yellow"), red: t("red") };
};
export const COLOUR_NAMES: Record<"nb" | "en", Record<Colour, string>> = {
  nb: colourNamesIn("nb"),
  en: colourNamesIn("en"),
};

/** Data sources as coded on the IPS form: records/statistics, documents, interviews, observation. */
export const DATA_SOURCES = ["ADM", "DOK", "INT", "OBS"] as const;

/** The metrics the tool can compute from a team's CSV exports (docs/design.md §5). */
export const METRIC_IDS = [
  "caseloadPerFte",
  "utetidPct",
  "employerContactsPerWeek",
  "daysToFirstEmployerContact",
  "jobTypeDiversityPct",
  "employerDiversityPct",
  "competitiveJobsPct",
  "followUpSixMonthsPct",
] as const;
export type MetricId = (typeof METRIC_IDS)[number];

const text = z.object({ nb: z.string().trim().min(1), en: z.string().trim().min(1) }).strict();
export type LocalizedText = z.infer<typeof text>;

const score = z.number().int().min(1).max(5);

/**
 * Cut-offs for a data item. `higherIsBetter`: a value must reach `value` to get `score`
 * (lower bound reached). `lowerIsBetter`: a value must not pass `value` (upper bound not passed).
 * Cut-offs are listed best score first; a value meeting none gets `otherwise`.
 */
const pointBands = z
  .object({
    direction: z.enum(["higherIsBetter", "lowerIsBetter"]),
    cutoffs: z.array(z.object({ score, value: z.number().finite() }).strict()).min(1),
    otherwise: score,
  })
  .strict();
export type PointBands = z.infer<typeof pointBands>;

const colourRule = z.discriminatedUnion("kind", [
  z
    .object({
      kind: z.literal("threshold"),
      direction: z.enum(["higherIsBetter", "lowerIsBetter"]),
      green: z.number().finite(),
      yellow: z.number().finite(),
    })
    .strict(),
  z
    .object({
      /** Green when every specialist is within [min, max]; yellow when the team value is; else red. */
      kind: z.literal("rangeAllSpecialists"),
      min: z.number().finite(),
      max: z.number().finite(),
    })
    .strict(),
]);
export type ColourRule = z.infer<typeof colourRule>;

const pointsData = z
  .object({
    metric: z.enum(METRIC_IDS),
    /** `team`: one team value is banded. `meanOfSpecialistScores`: each specialist is banded, scores averaged, rounded half up. */
    aggregate: z.enum(["team", "meanOfSpecialistScores"]),
    bands: pointBands,
    /** Fewer than `count` cases (jobs) gives `score`, whatever the share. */
    minimumCases: z
      .object({ count: z.number().int().min(1), score })
      .strict()
      .optional(),
    unit: text,
  })
  .strict();
export type PointsDataRule = z.infer<typeof pointsData>;

const colourData = z
  .object({
    metric: z.enum(METRIC_IDS),
    rule: colourRule,
    unit: text,
  })
  .strict();
export type ColourDataRule = z.infer<typeof colourData>;

const element = z.object({ id: z.string().regex(/^[a-z0-9-]+$/), text }).strict();

const anchor = z.object({ score, text }).strict();

const itemBase = {
  id: z.string().regex(/^[A-Z]{1,3}[0-9]{1,2}$/, "item id must look like B1, T14 or KV3"),
  title: text,
  /** What full implementation looks like. */
  fullImplementation: text,
  sources: z.array(z.enum(DATA_SOURCES)).min(1),
  /** Concrete advice for a team below full score (guidance, the team's own numbers are added by the report). */
  improvementHint: text,
};

const pointsItem = z
  .object({
    ...itemBase,
    kind: z.enum(["data", "anchor", "elements"]),
    // Which scores are missing or doubled is checked below, so a missing anchor does not hide other problems.
    anchors: z.array(anchor).min(1),
    elements: z.array(element).min(1).optional(),
    /** Score for 0, 1, …, n elements present: index = count. */
    scoreByCount: z.array(z.number()).optional(),
    data: pointsData.optional(),
  })
  .strict();
export type PointsItem = z.infer<typeof pointsItem>;

const colourItem = z
  .object({
    ...itemBase,
    kind: z.enum(["data", "anchor"]),
    /** What green, yellow and red look like for this point. */
    colours: z.object({ green: text, yellow: text, red: text }).strict(),
    data: colourData.optional(),
  })
  .strict();
export type ColourItem = z.infer<typeof colourItem>;

const section = <T extends z.ZodType>(item: T) =>
  z.object({ id: z.string().min(1), title: text, items: z.array(item).min(1) }).strict();

const band = z.object({ id: z.string().min(1), min: z.number().int(), max: z.number().int(), label: text }).strict();
export type Band = z.infer<typeof band>;

const header = {
  id: z.string().regex(/^[a-z0-9-]+$/),
  version: z.string().min(1),
  name: text,
  description: text,
  /** Where the texts come from and what to check them against. */
  source: text,
};

const pointsScale = z
  .object({
    ...header,
    scoring: z.literal("points"),
    sections: z.array(section(pointsItem)).min(1),
    bands: z.array(band).min(1),
  })
  .strict();

const colourScale = z
  .object({
    ...header,
    scoring: z.literal("colours"),
    sections: z.array(section(colourItem)).min(1),
    colours: z.object({ green: text, yellow: text, red: text }).strict(),
  })
  .strict();

export type PointsScale = z.infer<typeof pointsScale>;
export type ColourScale = z.infer<typeof colourScale>;
export type Scale = PointsScale | ColourScale;
export type ScaleItem = PointsItem | ColourItem;

type Ctx = z.RefinementCtx;

/** A custom zod issue that carries its text in both languages (zod's own message is the English). */
function addText(ctx: Ctx, text: Text, path: (string | number)[]): void {
  ctx.addIssue({ code: "custom", message: text.en, params: { text }, path });
}

function checkPointsItem(item: PointsItem, path: (string | number)[], ctx: Ctx): void {
  const issue = (text: Text, ...rest: (string | number)[]) => addText(ctx, text, [...path, ...rest]);
  const seen = new Set<number>();
  item.anchors.forEach((a, i) => {
    if (seen.has(a.score)) issue(SCALE_FILE.text("anchorTwice", { score: a.score }), "anchors", i, "score");
    seen.add(a.score);
  });
  for (const s of [1, 2, 3, 4, 5]) if (!seen.has(s)) issue(SCALE_FILE.text("anchorMissing", { score: s }), "anchors");

  if (item.kind === "elements") {
    if (!item.elements || !item.scoreByCount) {
      if (!item.elements) issue(SCALE_FILE.text("elementsNeeded"), "elements");
      if (!item.scoreByCount) issue(SCALE_FILE.text("scoreByCountNeeded"), "scoreByCount");
      return;
    }
    const want = item.elements.length + 1;
    if (item.scoreByCount.length !== want)
      issue(
        SCALE_FILE.text("scoreByCountLength", {
          elements: item.elements.length,
          want,
          found: item.scoreByCount.length,
        }),
        "scoreByCount",
      );
    item.scoreByCount.forEach((s, count) => {
      if (!Number.isInteger(s) || s < 1 || s > 5)
        issue(SCALE_FILE.text("scoreByCountValue", { count, score: s }), "scoreByCount", count);
    });
    const ids = new Set<string>();
    item.elements.forEach((e, i) => {
      if (ids.has(e.id)) issue(SCALE_FILE.text("elementTwice", { id: e.id }), "elements", i, "id");
      ids.add(e.id);
    });
  } else {
    if (item.elements) issue(SCALE_FILE.text("onlyElementsHaveElements", { kind: item.kind }), "elements");
    if (item.scoreByCount) issue(SCALE_FILE.text("onlyElementsHaveScoreByCount", { kind: item.kind }), "scoreByCount");
  }
  if (item.kind === "data" && !item.data) issue(SCALE_FILE.text("dataRuleNeeded"), "data");
  if (item.kind !== "data" && item.data) issue(SCALE_FILE.text("onlyDataHasRule", { kind: item.kind }), "data");
  if (item.data) checkBands(item.data.bands, [...path, "data", "bands"], ctx);
}

function checkBands(bands: PointBands, path: (string | number)[], ctx: Ctx): void {
  const issue = (text: Text, ...rest: (string | number)[]) => addText(ctx, text, [...path, ...rest]);
  bands.cutoffs.forEach((c, i) => {
    const prev = bands.cutoffs[i - 1];
    if (!prev) return;
    if (c.score >= prev.score) issue(SCALE_FILE.text("cutoffOrder"), "cutoffs", i, "score");
    const ordered = bands.direction === "higherIsBetter" ? c.value < prev.value : c.value > prev.value;
    if (!ordered)
      issue(
        SCALE_FILE.text("cutoffValue", {
          value: c.value,
          score: c.score,
          below: bands.direction === "higherIsBetter",
          prev: prev.value,
          prevScore: prev.score,
        }),
        "cutoffs",
        i,
        "value",
      );
  });
  const last = bands.cutoffs[bands.cutoffs.length - 1];
  if (last && bands.otherwise >= last.score)
    issue(SCALE_FILE.text("otherwiseLower", { score: last.score }), "otherwise");
}

function checkColourRule(rule: ColourRule, path: (string | number)[], ctx: Ctx): void {
  if (rule.kind === "threshold") {
    const ordered = rule.direction === "higherIsBetter" ? rule.green > rule.yellow : rule.green < rule.yellow;
    if (!ordered)
      addText(
        ctx,
        SCALE_FILE.text("greenYellow", {
          green: rule.green,
          yellow: rule.yellow,
          above: rule.direction === "higherIsBetter",
          direction: rule.direction,
        }),
        [...path, "yellow"],
      );
  } else if (rule.min > rule.max)
    addText(ctx, SCALE_FILE.text("minAboveMax", { min: rule.min, max: rule.max }), [...path, "min"]);
}

function checkScoreBands(bands: Band[], maxTotal: number, minTotal: number, ctx: Ctx): void {
  const sorted = bands.map((b, i) => ({ b, i })).sort((x, y) => x.b.min - y.b.min);
  sorted.forEach(({ b, i }, k) => {
    if (b.min > b.max)
      addText(ctx, SCALE_FILE.text("bandMinAboveMax", { id: b.id, min: b.min, max: b.max }), ["bands", i]);
    const next = sorted[k + 1];
    if (!next) return;
    if (next.b.min <= b.max)
      addText(
        ctx,
        SCALE_FILE.text("bandsOverlap", {
          a: `"${b.id}" (${b.min}–${b.max})`,
          b: `"${next.b.id}" (${next.b.min}–${next.b.max})`,
        }),
        ["bands", next.i, "min"],
      );
    else if (next.b.min > b.max + 1)
      addText(ctx, SCALE_FILE.text("bandsGap", { a: b.id, ends: b.max, b: next.b.id, starts: next.b.min }), [
        "bands",
        next.i,
        "min",
      ]);
  });
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first && first.b.min > minTotal)
    addText(ctx, SCALE_FILE.text("lowestBand", { min: first.b.min, total: minTotal }), ["bands", first.i, "min"]);
  if (last && last.b.max < maxTotal)
    addText(ctx, SCALE_FILE.text("highestBand", { max: last.b.max, total: maxTotal }), ["bands", last.i, "max"]);
}

function checkUniqueIds(scale: Scale, ctx: Ctx): void {
  const seen = new Map<string, string>();
  scale.sections.forEach((s, si) => {
    s.items.forEach((item, ii) => {
      const where = formatJsonPath(["sections", si, "items", ii]);
      const first = seen.get(item.id);
      if (first)
        addText(ctx, SCALE_FILE.text("duplicateItem", { id: item.id, first }), ["sections", si, "items", ii, "id"]);
      else seen.set(item.id, where);
    });
  });
}

export const scaleSchema = z.discriminatedUnion("scoring", [pointsScale, colourScale]).superRefine((scale, ctx) => {
  checkUniqueIds(scale, ctx);
  if (scale.scoring === "points") {
    scale.sections.forEach((s, si) => {
      s.items.forEach((item, ii) => {
        checkPointsItem(item, ["sections", si, "items", ii], ctx);
      });
    });
    const n = scale.sections.reduce((sum, s) => sum + s.items.length, 0);
    checkScoreBands(scale.bands, 5 * n, n, ctx);
  } else {
    scale.sections.forEach((s, si) => {
      s.items.forEach((item, ii) => {
        if (item.kind === "data" && !item.data)
          addText(ctx, SCALE_FILE.text("dataRuleNeeded"), ["sections", si, "items", ii, "data"]);
        if (item.kind !== "data" && item.data)
          addText(ctx, SCALE_FILE.text("onlyDataHasRule", {}), ["sections", si, "items", ii, "data"]);
        if (item.data) checkColourRule(item.data.rule, ["sections", si, "items", ii, "data", "rule"], ctx);
      });
    });
  }
});

/** One problem in a scale file, with the JSON path it is at (`sections[1].items[3].anchors`). */
export interface ScaleProblem {
  path: string;
  message: Text | string;
}

/** A problem's text: the one a check carried, zod's own for the shape (unknown fields, wrong types) in both. */
function scaleIssueText(i: z.core.$ZodIssue): Text | string {
  const carried = (i as { params?: { text?: Text } }).params?.text;
  if (carried) return carried;
  if (i.code === "unrecognized_keys")
    return SCALE_FILE.text("unknownFields", { fields: i.keys.map((k) => `"${k}"`).join(", ") });
  if (i.code === "invalid_type") return SCALE_FILE.text("expected", { type: i.expected });
  return i.message;
}

export type ScaleParseResult = { ok: true; scale: Scale } | { ok: false; problems: ScaleProblem[] };

export function formatJsonPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const p of path) out += typeof p === "number" ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || "(top level)";
}

/** Validate parsed JSON as a scale. */
export function parseScale(json: unknown): ScaleParseResult {
  const result = scaleSchema.safeParse(json);
  if (result.success) return { ok: true, scale: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((i) => ({ path: formatJsonPath(i.path), message: scaleIssueText(i) })),
  };
}

export function allItems(scale: Scale): ScaleItem[] {
  return (scale.sections as { items: ScaleItem[] }[]).flatMap((s) => s.items);
}

export function findItem(scale: Scale, id: string): ScaleItem | undefined {
  const wanted = id.trim().toUpperCase();
  return allItems(scale).find((i) => i.id === wanted);
}

export function sectionOf(scale: Scale, itemId: string): { id: string; title: LocalizedText } | undefined {
  for (const s of scale.sections as { id: string; title: LocalizedText; items: ScaleItem[] }[])
    if (s.items.some((i) => i.id === itemId)) return { id: s.id, title: s.title };
  return undefined;
}

export function bandFor(scale: PointsScale, total: number): Band | undefined {
  return scale.bands.find((b) => total >= b.min && total <= b.max);
}
