/**
 * A fidelity instrument as data: the zod schema every scale file is checked against when it is loaded
 * (shipped files and `--scale-file`), and lookups over a loaded scale.
 *
 * Two kinds of instrument:
 *  - "points": every item is scored 1–5, the total falls in a band (IPS-25).
 *  - "colours": every point gets green / yellow / red, there is no total (Kvalitetsveilederen).
 */
import { z } from "zod";

export { LANGS, type Lang } from "./lang.js";

export const COLOURS = ["green", "yellow", "red"] as const;
export type Colour = (typeof COLOURS)[number];

/** The colours' names, capitalised as a label ("Gul"); lower-case them inside a sentence or a cell ("gul"). */
export const COLOUR_NAMES: Record<"nb" | "en", Record<Colour, string>> = {
  nb: { green: "Grønn", yellow: "Gul", red: "Rød" },
  en: { green: "Green", yellow: "Yellow", red: "Red" },
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

function checkPointsItem(item: PointsItem, path: (string | number)[], ctx: Ctx): void {
  const issue = (message: string, ...rest: (string | number)[]) =>
    ctx.addIssue({ code: "custom", message, path: [...path, ...rest] });
  const seen = new Set<number>();
  item.anchors.forEach((a, i) => {
    if (seen.has(a.score)) issue(`anchor score ${a.score} appears twice`, "anchors", i, "score");
    seen.add(a.score);
  });
  for (const s of [1, 2, 3, 4, 5]) if (!seen.has(s)) issue(`anchor for score ${s} is missing`, "anchors");

  if (item.kind === "elements") {
    if (!item.elements || !item.scoreByCount) {
      if (!item.elements) issue("an elements item needs its elements", "elements");
      if (!item.scoreByCount) issue("an elements item needs scoreByCount", "scoreByCount");
      return;
    }
    const want = item.elements.length + 1;
    if (item.scoreByCount.length !== want)
      issue(
        `scoreByCount must give a score for 0 to ${item.elements.length} elements (${want} entries), found ${item.scoreByCount.length}`,
        "scoreByCount",
      );
    item.scoreByCount.forEach((s, count) => {
      if (!Number.isInteger(s) || s < 1 || s > 5)
        issue(`${count} elements would score ${s}: a score must be a whole number from 1 to 5`, "scoreByCount", count);
    });
    const ids = new Set<string>();
    item.elements.forEach((e, i) => {
      if (ids.has(e.id)) issue(`element id "${e.id}" appears twice`, "elements", i, "id");
      ids.add(e.id);
    });
  } else {
    if (item.elements) issue(`only an elements item has elements (this one is "${item.kind}")`, "elements");
    if (item.scoreByCount) issue(`only an elements item has scoreByCount (this one is "${item.kind}")`, "scoreByCount");
  }
  if (item.kind === "data" && !item.data) issue("a data item needs its data rule", "data");
  if (item.kind !== "data" && item.data) issue(`only a data item has a data rule (this one is "${item.kind}")`, "data");
  if (item.data) checkBands(item.data.bands, [...path, "data", "bands"], ctx);
}

function checkBands(bands: PointBands, path: (string | number)[], ctx: Ctx): void {
  const issue = (message: string, ...rest: (string | number)[]) =>
    ctx.addIssue({ code: "custom", message, path: [...path, ...rest] });
  bands.cutoffs.forEach((c, i) => {
    const prev = bands.cutoffs[i - 1];
    if (!prev) return;
    if (c.score >= prev.score)
      issue("cut-offs must be listed best score first, each lower than the one before", "cutoffs", i, "score");
    const ordered = bands.direction === "higherIsBetter" ? c.value < prev.value : c.value > prev.value;
    if (!ordered)
      issue(
        `cut-off ${c.value} for score ${c.score} must be ${bands.direction === "higherIsBetter" ? "below" : "above"} ${prev.value} (score ${prev.score})`,
        "cutoffs",
        i,
        "value",
      );
  });
  const last = bands.cutoffs[bands.cutoffs.length - 1];
  if (last && bands.otherwise >= last.score) issue(`"otherwise" must be a lower score than ${last.score}`, "otherwise");
}

function checkColourRule(rule: ColourRule, path: (string | number)[], ctx: Ctx): void {
  if (rule.kind === "threshold") {
    const ordered = rule.direction === "higherIsBetter" ? rule.green > rule.yellow : rule.green < rule.yellow;
    if (!ordered)
      ctx.addIssue({
        code: "custom",
        message: `green (${rule.green}) must be ${rule.direction === "higherIsBetter" ? "above" : "below"} yellow (${rule.yellow}) when ${rule.direction}`,
        path: [...path, "yellow"],
      });
  } else if (rule.min > rule.max)
    ctx.addIssue({ code: "custom", message: `min ${rule.min} is above max ${rule.max}`, path: [...path, "min"] });
}

function checkScoreBands(bands: Band[], maxTotal: number, minTotal: number, ctx: Ctx): void {
  const sorted = bands.map((b, i) => ({ b, i })).sort((x, y) => x.b.min - y.b.min);
  sorted.forEach(({ b, i }, k) => {
    if (b.min > b.max)
      ctx.addIssue({
        code: "custom",
        message: `band "${b.id}" has min ${b.min} above max ${b.max}`,
        path: ["bands", i],
      });
    const next = sorted[k + 1];
    if (!next) return;
    if (next.b.min <= b.max)
      ctx.addIssue({
        code: "custom",
        message: `bands "${b.id}" (${b.min}–${b.max}) and "${next.b.id}" (${next.b.min}–${next.b.max}) overlap`,
        path: ["bands", next.i, "min"],
      });
    else if (next.b.min > b.max + 1)
      ctx.addIssue({
        code: "custom",
        message: `gap between bands "${b.id}" (ends ${b.max}) and "${next.b.id}" (starts ${next.b.min}): ${next.b.min - b.max === 2 ? `total ${b.max + 1} has` : `totals ${b.max + 1}–${next.b.min - 1} have`} no band`,
        path: ["bands", next.i, "min"],
      });
  });
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first && first.b.min > minTotal)
    ctx.addIssue({
      code: "custom",
      message: `the lowest band starts at ${first.b.min}, but the lowest total is ${minTotal}`,
      path: ["bands", first.i, "min"],
    });
  if (last && last.b.max < maxTotal)
    ctx.addIssue({
      code: "custom",
      message: `the highest band ends at ${last.b.max}, but the highest total is ${maxTotal}`,
      path: ["bands", last.i, "max"],
    });
}

function checkUniqueIds(scale: Scale, ctx: Ctx): void {
  const seen = new Map<string, string>();
  scale.sections.forEach((s, si) => {
    s.items.forEach((item, ii) => {
      const where = formatJsonPath(["sections", si, "items", ii]);
      const first = seen.get(item.id);
      if (first)
        ctx.addIssue({
          code: "custom",
          message: `duplicate item id "${item.id}" (first at ${first})`,
          path: ["sections", si, "items", ii, "id"],
        });
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
          ctx.addIssue({
            code: "custom",
            message: "a data item needs its data rule",
            path: ["sections", si, "items", ii, "data"],
          });
        if (item.kind !== "data" && item.data)
          ctx.addIssue({
            code: "custom",
            message: "only a data item has a data rule",
            path: ["sections", si, "items", ii, "data"],
          });
        if (item.data) checkColourRule(item.data.rule, ["sections", si, "items", ii, "data", "rule"], ctx);
      });
    });
  }
});

/** One problem in a scale file, with the JSON path it is at (`sections[1].items[3].anchors`). */
export interface ScaleProblem {
  path: string;
  message: string;
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
    problems: result.error.issues.map((i) => ({ path: formatJsonPath(i.path), message: i.message })),
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
