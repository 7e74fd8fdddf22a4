/**
 * parseScale on broken scales: each case deep-clones a shipped scale file, breaks one thing, and expects a
 * problem with the exact JSON path and a message that says what is wrong.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  type ColourItem,
  type ColourScale,
  type PointsItem,
  type PointsScale,
  parseScale,
  type Scale,
} from "../../src/core/scale.js";
import { english } from "../helpers/english.js";

function loadShipped(name: string): Scale {
  const json: unknown = JSON.parse(
    readFileSync(new URL(`../../templates/scales/${name}.json`, import.meta.url), "utf8"),
  );
  const result = parseScale(json);
  if (!result.ok) throw new Error(`${name}.json is invalid:\n${JSON.stringify(result.problems, null, 2)}`);
  return result.scale;
}

const shippedIps = loadShipped("ips-25") as PointsScale;
const shippedKv = loadShipped("kvalitetsveileder") as ColourScale;

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

function at<T>(list: T[], index: number): T {
  const value = list[index];
  if (value === undefined) throw new Error(`no entry ${index}`);
  return value;
}

interface Case {
  name: string;
  /** Breaks a deep clone of the shipped file. */
  ips?: (scale: PointsScale) => void;
  kv?: (scale: ColourScale) => void;
  path: string;
  message: string;
}

const cases: Case[] = [
  {
    name: "missing anchor (B2 has no anchor for 3)",
    ips: (s) => {
      const b2 = ipsItem(s, "B2");
      b2.anchors = b2.anchors.filter((a) => a.score !== 3);
    },
    path: "sections[0].items[1].anchors",
    message: "anchor for score 3 is missing",
  },
  {
    name: "a missing anchor does not hide other problems in the file",
    ips: (s) => {
      const b2 = ipsItem(s, "B2");
      b2.anchors = b2.anchors.filter((a) => a.score !== 3);
      ipsItem(s, "T1").id = "B1";
    },
    path: "sections[2].items[0].id",
    message: 'duplicate item id "B1"',
  },
  {
    name: "anchor score outside 1–5 (6)",
    ips: (s) => {
      at(ipsItem(s, "B2").anchors, 4).score = 6;
    },
    path: "sections[0].items[1].anchors[4].score",
    message: "<=5",
  },
  {
    name: "anchor score outside 1–5 leaves its score without an anchor",
    ips: (s) => {
      at(ipsItem(s, "B2").anchors, 4).score = 6;
    },
    path: "sections[0].items[1].anchors",
    message: "anchor for score 5 is missing",
  },
  {
    name: "anchor score given twice",
    ips: (s) => {
      at(ipsItem(s, "T5").anchors, 2).score = 4;
    },
    path: "sections[2].items[4].anchors[3].score",
    message: "anchor score 4 appears twice",
  },
  {
    name: "duplicate item id (O3 renamed O1)",
    ips: (s) => {
      ipsItem(s, "O3").id = "O1";
    },
    path: "sections[1].items[2].id",
    message: 'duplicate item id "O1" (first at sections[1].items[0])',
  },
  {
    name: "duplicate item id across sections",
    ips: (s) => {
      ipsItem(s, "T1").id = "B1";
    },
    path: "sections[2].items[0].id",
    message: 'duplicate item id "B1" (first at sections[0].items[0])',
  },
  {
    name: "item id in the wrong form",
    ips: (s) => {
      ipsItem(s, "B3").id = "b3";
    },
    path: "sections[0].items[2].id",
    message: "item id must look like B1, T14 or KV3",
  },
  {
    name: "band gap of one total",
    ips: (s) => {
      at(s.bands, 1).max = 98;
    },
    path: "bands[2].min",
    message: 'gap between bands "godkjent" (ends 98) and "god" (starts 100): total 99 has no band',
  },
  {
    name: "band gap of several totals",
    ips: (s) => {
      at(s.bands, 2).max = 110;
    },
    path: "bands[3].min",
    message: "totals 111–114 have no band",
  },
  {
    name: "band overlap",
    ips: (s) => {
      at(s.bands, 2).min = 99;
    },
    path: "bands[2].min",
    message: 'bands "godkjent" (74–99) and "god" (99–114) overlap',
  },
  {
    name: "bands stop short of the highest total",
    ips: (s) => {
      at(s.bands, 3).max = 124;
    },
    path: "bands[3].max",
    message: "the highest band ends at 124, but the highest total is 125",
  },
  {
    name: "bands start above the lowest total",
    ips: (s) => {
      at(s.bands, 0).min = 26;
    },
    path: "bands[0].min",
    message: "the lowest band starts at 26, but the lowest total is 25",
  },
  {
    name: "band with min above max",
    ips: (s) => {
      at(s.bands, 1).min = 100;
      at(s.bands, 1).max = 90;
    },
    path: "bands[1]",
    message: 'band "godkjent" has min 100 above max 90',
  },
  {
    name: "element rule that yields 0 (O2 with no elements)",
    ips: (s) => {
      const sbc = ipsItem(s, "O2").scoreByCount ?? [];
      sbc[0] = 0;
    },
    path: "sections[1].items[1].scoreByCount[0]",
    message: "0 elements would score 0: a score must be a whole number from 1 to 5",
  },
  {
    name: "element rule that yields 6 (T14 with all six)",
    ips: (s) => {
      const sbc = ipsItem(s, "T14").scoreByCount ?? [];
      sbc[6] = 6;
    },
    path: "sections[2].items[13].scoreByCount[6]",
    message: "6 elements would score 6",
  },
  {
    name: "element rule with a fractional score",
    ips: (s) => {
      const sbc = ipsItem(s, "O7").scoreByCount ?? [];
      sbc[3] = 3.5;
    },
    path: "sections[1].items[6].scoreByCount[3]",
    message: "3 elements would score 3.5",
  },
  {
    name: "scoreByCount one entry short (T2)",
    ips: (s) => {
      ipsItem(s, "T2").scoreByCount?.pop();
    },
    path: "sections[2].items[1].scoreByCount",
    message: "scoreByCount must give a score for 0 to 4 elements (5 entries), found 4",
  },
  {
    name: "scoreByCount one entry too many (O5)",
    ips: (s) => {
      ipsItem(s, "O5").scoreByCount?.push(5);
    },
    path: "sections[1].items[4].scoreByCount",
    message: "(6 entries), found 7",
  },
  {
    name: "elements item without scoreByCount",
    ips: (s) => {
      delete ipsItem(s, "O8").scoreByCount;
    },
    path: "sections[1].items[7].scoreByCount",
    message: "an elements item needs scoreByCount",
  },
  {
    name: "anchor item with scoreByCount",
    ips: (s) => {
      ipsItem(s, "O1").scoreByCount = [1, 2, 3, 4, 5];
    },
    path: "sections[1].items[0].scoreByCount",
    message: 'only an elements item has scoreByCount (this one is "anchor")',
  },
  {
    name: "data item without its data rule",
    ips: (s) => {
      delete ipsItem(s, "T4").data;
    },
    path: "sections[2].items[3].data",
    message: "a data item needs its data rule",
  },
  {
    name: "data cut-offs out of order",
    ips: (s) => {
      const bands = ipsItem(s, "B1").data?.bands;
      if (bands) at(bands.cutoffs, 1).value = 19;
    },
    path: "sections[0].items[0].data.bands.cutoffs[1].value",
    message: "cut-off 19 for score 4 must be above 20 (score 5)",
  },
  {
    name: "data 'otherwise' not below the last cut-off",
    ips: (s) => {
      const bands = ipsItem(s, "T13").data?.bands;
      if (bands) bands.otherwise = 2;
    },
    path: "sections[2].items[12].data.bands.otherwise",
    message: '"otherwise" must be a lower score than 2',
  },
  {
    name: "colour threshold the wrong way round (KV6: green 60, yellow 30, lowerIsBetter)",
    kv: (s) => {
      const rule = kvItem(s, "KV6").data?.rule;
      if (rule?.kind === "threshold") {
        rule.green = 60;
        rule.yellow = 30;
      }
    },
    path: "sections[1].items[0].data.rule.yellow",
    message: "green (60) must be below yellow (30) when lowerIsBetter",
  },
  {
    name: "colour threshold the wrong way round (KV3: green 30, yellow 40, higherIsBetter)",
    kv: (s) => {
      const rule = kvItem(s, "KV3").data?.rule;
      if (rule?.kind === "threshold") {
        rule.green = 30;
        rule.yellow = 40;
      }
    },
    path: "sections[0].items[2].data.rule.yellow",
    message: "green (30) must be above yellow (40) when higherIsBetter",
  },
  {
    name: "colour range with min above max (KV2)",
    kv: (s) => {
      const rule = kvItem(s, "KV2").data?.rule;
      if (rule?.kind === "rangeAllSpecialists") rule.min = 25;
    },
    path: "sections[0].items[1].data.rule.min",
    message: "min 25 is above max 20",
  },
  {
    name: "colour point of kind anchor with a data rule",
    kv: (s) => {
      kvItem(s, "KV8").kind = "anchor";
    },
    path: "sections[1].items[2].data",
    message: "only a data item has a data rule",
  },
];

describe("parseScale on broken scales", () => {
  it.each(cases)("$name → $path", ({ ips, kv, path, message }) => {
    let broken: Scale;
    if (ips) {
      const clone = structuredClone(shippedIps);
      ips(clone);
      broken = clone;
    } else if (kv) {
      const clone = structuredClone(shippedKv);
      kv(clone);
      broken = clone;
    } else throw new Error("a case must break a scale");

    const result = parseScale(broken);
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(english(problems)).toContainEqual({ path, message: expect.stringContaining(message) });
  });

  it("the mutations work on clones: the shipped files still parse", () => {
    expect(parseScale(shippedIps).ok).toBe(true);
    expect(parseScale(shippedKv).ok).toBe(true);
  });

  it("reports a problem at the top level for something that is not a scale", () => {
    const result = parseScale(null);
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual(["(top level)"]);
  });

  it("reports a missing field with its path, not a crash", () => {
    const clone = structuredClone(shippedIps) as unknown as { sections: { items: Record<string, unknown>[] }[] };
    const t1 = clone.sections[2]?.items[0];
    if (t1) delete t1.anchors;
    const result = parseScale(clone);
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual(["sections[2].items[0].anchors"]);
  });
});
