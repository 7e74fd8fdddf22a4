/**
 * The shipped instruments (templates/scales/*.json): they validate, and their structure and numbers are the
 * ones the scales define (shared/scales/ips-25.md, shared/scales/kvalitetsveileder.md, docs/design.md §5).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { colourByThreshold, scoreByBands } from "../../src/core/bands.js";
import {
  allItems,
  bandFor,
  type ColourItem,
  type ColourScale,
  findItem,
  type PointsItem,
  type PointsScale,
  parseScale,
} from "../../src/core/scale.js";

function readScaleJson(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../templates/scales/${name}.json`, import.meta.url), "utf8"));
}

function load(name: string) {
  const result = parseScale(readScaleJson(name));
  if (!result.ok) throw new Error(`${name}.json is invalid:\n${JSON.stringify(result.problems, null, 2)}`);
  return result.scale;
}

function loadIps(): PointsScale {
  const scale = load("ips-25");
  if (scale.scoring !== "points") throw new Error("ips-25 is not a points scale");
  return scale;
}

function loadKv(): ColourScale {
  const scale = load("kvalitetsveileder");
  if (scale.scoring !== "colours") throw new Error("kvalitetsveileder is not a colour scale");
  return scale;
}

function ipsItem(scale: PointsScale, id: string): PointsItem {
  const item = scale.sections.flatMap((s) => s.items).find((i) => i.id === id);
  if (!item) throw new Error(`no item ${id}`);
  return item;
}

function kvItem(scale: ColourScale, id: string): ColourItem {
  const item = scale.sections.flatMap((s) => s.items).find((i) => i.id === id);
  if (!item) throw new Error(`no point ${id}`);
  return item;
}

/** Every {nb, en} text object in a parsed JSON value, with its path. */
function texts(value: unknown, path = ""): { path: string; text: Record<string, unknown> }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, `${path}[${i}]`));
  if (value === null || typeof value !== "object") return [];
  const obj = value as Record<string, unknown>;
  if ("nb" in obj || "en" in obj) return [{ path, text: obj }];
  return Object.entries(obj).flatMap(([k, v]) => texts(v, path ? `${path}.${k}` : k));
}

describe("shipped scale files validate", () => {
  it.each(["ips-25", "kvalitetsveileder"])("%s.json passes parseScale", (name) => {
    const result = parseScale(readScaleJson(name));
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.ok && result.scale.id).toBe(name);
  });
});

describe("IPS-25", () => {
  const ips = loadIps();

  it("has 25 items in three sections, 3 + 8 + 14, in order", () => {
    expect(ips.version).toBe("2019-nb-1");
    expect(ips.sections.map((s) => s.id)).toEqual(["bemanning", "organisasjon", "tjenester"]);
    expect(ips.sections.map((s) => s.title.nb)).toEqual(["Bemanning", "Organisasjon", "Tjenester"]);
    expect(ips.sections.map((s) => s.items.map((i) => i.id))).toEqual([
      ["B1", "B2", "B3"],
      ["O1", "O2", "O3", "O4", "O5", "O6", "O7", "O8"],
      ["T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10", "T11", "T12", "T13", "T14"],
    ]);
    expect(allItems(ips)).toHaveLength(25);
  });

  it("every item has the anchors 1–5 in order, so totals run 25–125 (section maxima 15, 40, 70)", () => {
    for (const item of allItems(ips) as PointsItem[]) expect(item.anchors.map((a) => a.score)).toEqual([1, 2, 3, 4, 5]);
    const max = (items: PointsItem[]) => items.reduce((sum, i) => sum + Math.max(...i.anchors.map((a) => a.score)), 0);
    const min = (items: PointsItem[]) => items.reduce((sum, i) => sum + Math.min(...i.anchors.map((a) => a.score)), 0);
    expect(ips.sections.map((s) => max(s.items))).toEqual([15, 40, 70]);
    expect(max(ips.sections.flatMap((s) => s.items))).toBe(125);
    expect(min(ips.sections.flatMap((s) => s.items))).toBe(25);
  });

  it.each([
    [25, "ikke-ips"],
    [73, "ikke-ips"],
    [74, "godkjent"],
    [99, "godkjent"],
    [100, "god"],
    [114, "god"],
    [115, "meget-god"],
    [125, "meget-god"],
  ])("total %i falls in band %s", (total, band) => {
    expect(bandFor(ips, total)?.id).toBe(band);
  });

  it("every total from 25 to 125 has exactly one band", () => {
    for (let total = 25; total <= 125; total++)
      expect(ips.bands.filter((b) => total >= b.min && total <= b.max)).toHaveLength(1);
    expect(ips.bands.map((b) => b.label.nb)).toEqual([
      "Ikke IPS",
      "Godkjent kvalitet",
      "God kvalitet",
      "Meget god kvalitet",
    ]);
  });

  it("the element items are O2, O5, O7, O8, T2 and T14, with 5, 5, 5, 5, 4 and 6 elements", () => {
    const elementItems = (allItems(ips) as PointsItem[]).filter((i) => i.kind === "elements");
    expect(elementItems.map((i) => [i.id, i.elements?.length])).toEqual([
      ["O2", 5],
      ["O5", 5],
      ["O7", 5],
      ["O8", 5],
      ["T2", 4],
      ["T14", 6],
    ]);
    for (const item of elementItems) {
      const ids = item.elements?.map((e) => e.id) ?? [];
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it.each([
    ["O2", 0, 1],
    ["O2", 1, 1],
    ["O2", 2, 2],
    ["O2", 5, 5],
    ["O5", 0, 1],
    ["O5", 5, 5],
    ["O7", 0, 1],
    ["O7", 5, 5],
    ["O8", 0, 1],
    ["O8", 4, 4],
    ["O8", 5, 5],
    ["T2", 0, 1],
    ["T2", 1, 2],
    ["T2", 4, 5],
    ["T14", 0, 1],
    ["T14", 1, 1],
    ["T14", 2, 1],
    ["T14", 3, 2],
    ["T14", 5, 4],
    ["T14", 6, 5],
  ])("%s with %i elements present scores %i", (id, count, score) => {
    expect(ipsItem(ips, id).scoreByCount?.[count]).toBe(score);
  });

  it("only element items have elements or scoreByCount, and only data items have a data rule", () => {
    for (const item of allItems(ips) as PointsItem[]) {
      expect(item.elements !== undefined, item.id).toBe(item.kind === "elements");
      expect(item.scoreByCount !== undefined, item.id).toBe(item.kind === "elements");
      expect(item.data !== undefined, item.id).toBe(item.kind === "data");
    }
  });

  it("the data items are exactly B1, T4, T6, T8, T9, T10, T13, with their metric rules", () => {
    const dataItems = (allItems(ips) as PointsItem[]).filter((i) => i.kind === "data");
    expect(
      dataItems.map((i) => [
        i.id,
        i.data?.metric,
        i.data?.aggregate,
        i.data?.bands.direction,
        i.data?.bands.cutoffs.map((c) => `${c.score}:${c.value}`).join(" "),
        i.data?.bands.otherwise,
      ]),
    ).toEqual([
      ["B1", "caseloadPerFte", "team", "lowerIsBetter", "5:20 4:25 3:30 2:40", 1],
      ["T4", "daysToFirstEmployerContact", "team", "lowerIsBetter", "5:30 4:60 3:150 2:270", 1],
      ["T6", "employerContactsPerWeek", "meanOfSpecialistScores", "higherIsBetter", "5:6 4:4 3:3 2:2", 1],
      ["T8", "jobTypeDiversityPct", "team", "higherIsBetter", "5:85 4:70 3:60 2:50", 1],
      ["T9", "employerDiversityPct", "team", "higherIsBetter", "5:85 4:70 3:60 2:50", 1],
      ["T10", "competitiveJobsPct", "team", "higherIsBetter", "5:95 4:85 3:75 2:64", 1],
      ["T13", "utetidPct", "meanOfSpecialistScores", "higherIsBetter", "5:65 4:50 3:40 2:30", 1],
    ]);
    expect(ipsItem(ips, "T10").data?.minimumCases).toEqual({ count: 10, score: 1 });
    expect(dataItems.filter((i) => i.data?.minimumCases).map((i) => i.id)).toEqual(["T10"]);
  });

  it.each([
    ["B1", 20, 5],
    ["B1", 20.3, 4],
    ["B1", 25, 4],
    ["B1", 40, 2],
    ["B1", 40.5, 1],
    ["B1", 41, 1],
    ["T4", 30, 5],
    ["T4", 30.4, 4],
    ["T4", 270, 2],
    ["T4", 271, 1],
    ["T6", 6, 5],
    ["T6", 5.99, 4],
    ["T6", 1.99, 1],
    ["T8", 85, 5],
    ["T8", 84.99, 4],
    ["T9", 49.99, 1],
    ["T10", 95, 5],
    ["T10", 64, 2],
    ["T10", 63.99, 1],
    ["T13", 65, 5],
    ["T13", 64.99, 4],
    ["T13", 29.99, 1],
  ])("%s: value %d scores %i by the shipped cut-offs", (id, value, score) => {
    const bands = ipsItem(ips, id).data?.bands;
    if (!bands) throw new Error(`${id} has no bands`);
    expect(scoreByBands(bands, value)).toBe(score);
  });

  it("findItem accepts lower case ids", () => {
    expect(findItem(ips, "t14")?.id).toBe("T14");
  });
});

describe("Kvalitetsveilederen", () => {
  const kv = loadKv();

  it("has 10 points in two groups of five", () => {
    expect(kv.version).toBe("2024");
    expect(kv.sections.map((s) => s.id)).toEqual(["organisering", "tjenester"]);
    expect(kv.sections.map((s) => s.items.map((i) => i.id))).toEqual([
      ["KV1", "KV2", "KV3", "KV4", "KV5"],
      ["KV6", "KV7", "KV8", "KV9", "KV10"],
    ]);
  });

  it("names the three colours as adherence levels", () => {
    expect([kv.colours.green.nb, kv.colours.yellow.nb, kv.colours.red.nb]).toEqual([
      "God etterlevelse",
      "Delvis eller varierende etterlevelse",
      "Liten etterlevelse",
    ]);
  });

  it("the data points are exactly KV2, KV3, KV6, KV8, KV10, with their default rules", () => {
    const dataPoints = (allItems(kv) as ColourItem[]).filter((i) => i.kind === "data");
    expect(dataPoints.map((i) => [i.id, i.data?.metric, i.data?.rule])).toEqual([
      ["KV2", "caseloadPerFte", { kind: "rangeAllSpecialists", min: 12, max: 20 }],
      ["KV3", "utetidPct", { kind: "threshold", direction: "higherIsBetter", green: 40, yellow: 30 }],
      ["KV6", "daysToFirstEmployerContact", { kind: "threshold", direction: "lowerIsBetter", green: 30, yellow: 60 }],
      ["KV8", "employerContactsPerWeek", { kind: "threshold", direction: "higherIsBetter", green: 5, yellow: 3 }],
      ["KV10", "followUpSixMonthsPct", { kind: "threshold", direction: "higherIsBetter", green: 80, yellow: 50 }],
    ]);
    for (const item of allItems(kv) as ColourItem[])
      expect(item.data !== undefined, item.id).toBe(item.kind === "data");
  });

  it.each([
    ["KV3", 40, "green"],
    ["KV3", 39.99, "yellow"],
    ["KV3", 29.99, "red"],
    ["KV6", 30, "green"],
    ["KV6", 30.4, "yellow"],
    ["KV6", 60.1, "red"],
    ["KV8", 5, "green"],
    ["KV8", 4.99, "yellow"],
    ["KV8", 2.99, "red"],
    ["KV10", 80, "green"],
    ["KV10", 50, "yellow"],
    ["KV10", 49.9, "red"],
  ])("%s: value %d suggests %s", (id, value, colour) => {
    const rule = kvItem(kv, id).data?.rule;
    if (rule?.kind !== "threshold") throw new Error(`${id} has no threshold rule`);
    expect(colourByThreshold(rule, value)).toBe(colour);
  });

  it("words every improvement hint as guidance, not as a verdict", () => {
    for (const item of allItems(kv)) {
      expect(item.improvementHint.nb, item.id).toMatch(/^Teamet kan vurdere å /);
      expect(item.improvementHint.en, item.id).toMatch(/^The team could consider /);
    }
  });
});

describe("texts in both files", () => {
  // IPS: name, description, source; 3 section titles; 25 × (title, fullImplementation, improvementHint, 5 anchors);
  // 30 elements; 7 units; 4 band labels. KV: 3 header; 3 colours; 2 section titles; 10 × (3 texts + 3 colours); 5 units.
  it.each([
    ["ips-25", 3 + 3 + 25 * 8 + 30 + 7 + 4],
    ["kvalitetsveileder", 3 + 3 + 2 + 10 * 6 + 5],
  ])("%s.json: all %i texts have a non-empty nb and en and nothing else", (name, count) => {
    const found = texts(readScaleJson(name));
    expect(found).toHaveLength(count);
    for (const { path, text } of found) {
      expect(Object.keys(text).sort(), path).toEqual(["en", "nb"]);
      for (const lang of ["nb", "en"]) {
        const value = text[lang];
        expect(typeof value === "string" && value.trim().length > 0, `${path}.${lang}`).toBe(true);
      }
    }
  });

  it.each(["ips-25", "kvalitetsveileder"])("%s.json: short texts stay short for the terminal and the PDF", (name) => {
    for (const { path, text } of texts(readScaleJson(name))) {
      const limit = /\.(title|label|unit)$/.test(path) ? 60 : /\.(text|green|yellow|red)$/.test(path) ? 120 : 440;
      for (const lang of ["nb", "en"]) expect(String(text[lang]).length, `${path}.${lang}`).toBeLessThanOrEqual(limit);
    }
  });

  it("no two IPS items share an nb or en title", () => {
    const ips = loadIps();
    for (const lang of ["nb", "en"] as const) {
      const titles = allItems(ips).map((i) => i.title[lang]);
      expect(new Set(titles).size).toBe(titles.length);
    }
  });
});
