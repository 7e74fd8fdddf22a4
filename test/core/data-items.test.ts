/**
 * Data-scored items: the scale file's rule applied to the metrics (docs/design.md §5, §5.5).
 * The scales here are minimal but carry the design's numbers; the last block also runs the shipped
 * templates/scales files when they are present.
 */
import { existsSync, readFileSync } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { suggestFromData } from "../../src/core/data-items.js";
import type { TeamMetrics } from "../../src/core/metrics/types.js";
import { type ColourDataRule, type PointsDataRule, parseScale, type Scale } from "../../src/core/scale.js";
import type { DataSuggestion } from "../../src/core/suggestion.js";
import { lookbackWindow } from "../../src/core/window.js";
import {
  activeParticipants,
  contact,
  contacts,
  D,
  day,
  everyBlock,
  metrics,
  participant,
  resetLines,
  V,
  vMinus,
} from "./metrics/builders.js";

beforeEach(resetLines);

const t = (s: string) => ({ nb: s, en: s });
const PCT = { nb: "%", en: "%" };

function pointsItem(id: string, data: PointsDataRule) {
  return {
    id,
    title: t(`Item ${id}`),
    fullImplementation: t("Full."),
    sources: ["ADM"],
    improvementHint: t("Hint."),
    kind: "data",
    anchors: [1, 2, 3, 4, 5].map((score) => ({ score, text: t(`Anchor ${score}`) })),
    data,
  };
}

const higher = (cuts: number[]) => ({
  direction: "higherIsBetter" as const,
  cutoffs: cuts.map((value, i) => ({ score: 5 - i, value })),
  otherwise: 1,
});
const lower = (cuts: number[]) => ({
  direction: "lowerIsBetter" as const,
  cutoffs: cuts.map((value, i) => ({ score: 5 - i, value })),
  otherwise: 1,
});

/** IPS-25's data items with the design's numbers (§5.1–§5.3). */
const IPS_DATA: [string, PointsDataRule][] = [
  [
    "B1",
    {
      metric: "caseloadPerFte",
      aggregate: "team",
      bands: lower([20, 25, 30, 40]),
      unit: { nb: "deltakere per årsverk", en: "participants per FTE" },
    },
  ],
  [
    "T4",
    {
      metric: "daysToFirstEmployerContact",
      aggregate: "team",
      bands: lower([30, 60, 150, 270]),
      unit: { nb: "dager", en: "days" },
    },
  ],
  [
    "T6",
    {
      metric: "employerContactsPerWeek",
      aggregate: "meanOfSpecialistScores",
      bands: higher([6, 4, 3, 2]),
      unit: { nb: "kontakter per uke", en: "contacts per week" },
    },
  ],
  ["T8", { metric: "jobTypeDiversityPct", aggregate: "team", bands: higher([85, 70, 60, 50]), unit: PCT }],
  ["T9", { metric: "employerDiversityPct", aggregate: "team", bands: higher([85, 70, 60, 50]), unit: PCT }],
  [
    "T10",
    {
      metric: "competitiveJobsPct",
      aggregate: "team",
      bands: higher([95, 85, 75, 64]),
      minimumCases: { count: 10, score: 1 },
      unit: PCT,
    },
  ],
  ["T13", { metric: "utetidPct", aggregate: "meanOfSpecialistScores", bands: higher([65, 50, 40, 30]), unit: PCT }],
];

function parse(json: unknown): Scale {
  const r = parseScale(json);
  if (!r.ok) throw new Error(JSON.stringify(r.problems, null, 2));
  return r.scale;
}

const header = (id: string) => ({ id, version: "test", name: t(id), description: t(id), source: t("test") });

const IPS: Scale = parse({
  ...header("ips-test"),
  scoring: "points",
  sections: [{ id: "s", title: t("S"), items: IPS_DATA.map(([id, data]) => pointsItem(id, data)) }],
  bands: [{ id: "all", min: 7, max: 35, label: t("all") }],
});

const KV_DATA: [string, ColourDataRule][] = [
  [
    "KV2",
    {
      metric: "caseloadPerFte",
      rule: { kind: "rangeAllSpecialists", min: 12, max: 20 },
      unit: { nb: "jobbsøkere per årsverk", en: "jobseekers per FTE" },
    },
  ],
  [
    "KV3",
    { metric: "utetidPct", rule: { kind: "threshold", direction: "higherIsBetter", green: 40, yellow: 30 }, unit: PCT },
  ],
  [
    "KV6",
    {
      metric: "daysToFirstEmployerContact",
      rule: { kind: "threshold", direction: "lowerIsBetter", green: 30, yellow: 60 },
      unit: { nb: "dager", en: "days" },
    },
  ],
  [
    "KV8",
    {
      metric: "employerContactsPerWeek",
      rule: { kind: "threshold", direction: "higherIsBetter", green: 5, yellow: 3 },
      unit: { nb: "kontakter per uke", en: "contacts per week" },
    },
  ],
  [
    "KV10",
    {
      metric: "followUpSixMonthsPct",
      rule: { kind: "threshold", direction: "higherIsBetter", green: 80, yellow: 50 },
      unit: PCT,
    },
  ],
];

const KV: Scale = parse({
  ...header("kv-test"),
  scoring: "colours",
  sections: [
    {
      id: "s",
      title: t("S"),
      items: KV_DATA.map(([id, data]) => ({
        id,
        title: t(id),
        fullImplementation: t("Full."),
        sources: ["ADM"],
        improvementHint: t("Hint."),
        kind: "data",
        colours: { green: t("g"), yellow: t("y"), red: t("r") },
        data,
      })),
    },
  ],
  colours: { green: t("g"), yellow: t("y"), red: t("r") },
});

function item(scale: Scale, m: TeamMetrics, id: string): DataSuggestion {
  const s = suggestFromData(scale, m).find((x) => x.itemId === id);
  if (!s) throw new Error(`no suggestion for ${id}`);
  return s;
}

/** Utetid rows giving each specialist exactly `pct` % (out of 10 000 hours, one row on D). */
const utetidAt = (pcts: number[]) => pcts.map((p, i) => day(`S${i}`, D, 10_000, p * 100));

describe("T13 utetid: score each specialist, mean rounded half up (≥65 → 5, 50–64 → 4 …)", () => {
  it.each([
    ["65 %", [65], 5],
    ["64.99 %", [64.99], 4],
    ["50 %", [50], 4],
    ["49.99 %", [49.99], 3],
    ["30 %", [30], 2],
    ["29.99 %", [29.99], 1],
    ["65 and 64.99 → (5 + 4) / 2 = 4.5 → 5", [65, 64.99], 5],
    ["65, 50, 40 → (5 + 4 + 3) / 3 = 4", [65, 50, 40], 4],
    ["65, 40, 30, 29 → (5 + 3 + 2 + 1) / 4 = 2.75 → 3", [65, 40, 30, 29], 3],
    ["64, 64, 40, 40 → (4 + 4 + 3 + 3) / 4 = 3.5 → 4", [64, 64, 40, 40], 4],
  ] as [string, number[], number][])("%s → %i", (_name, pcts, score) => {
    const s = item(IPS, metrics({ utetid: utetidAt(pcts) }), "T13");
    expect(s.score).toBe(score);
    expect(s.perSpecialist?.map((p) => p.value)).toEqual(pcts.map((p) => expect.closeTo(p, 9)));
    expect(s.missingReason).toBeUndefined();
  });

  it("13 of 20 hours reaches 65 % exactly → 5", () => {
    expect(item(IPS, metrics({ utetid: [day("A", D, 20, 13)] }), "T13").score).toBe(5);
  });

  it("a specialist absent the whole window is left out of the mean, and the computation says so", () => {
    const s = item(IPS, metrics({ utetid: [day("A", D, 0, 0), day("B", D, 20, 13)] }), "T13");
    expect(s.score).toBe(5);
    expect(s.perSpecialist).toHaveLength(1);
    expect(s.computation.map((c) => c.en).join("\n")).toContain("(1 without a value left out)");
  });

  it("computation in nb uses decimal comma and dd.mm.yyyy, and states window, rule, numbers and rows", () => {
    const s = item(
      IPS,
      metrics({ utetid: [day("A", D, 12, 7), day("B", D, 10, 5), day("A", vMinus(60), 1, 1)] }),
      "T13",
    );
    const nb = s.computation.map((c) => c.nb).join("\n");
    const en = s.computation.map((c) => c.en).join("\n");
    // A 7/12 = 58.33 %, B 50 % → mean 54.17 %, pooled 12/22 = 54.55 %.
    expect(nb).toContain("Vindu: 01.10.2026–25.11.2026 (8 uker før besøket 26.11.2026).");
    expect(nb).toContain("54,2\u00a0%");
    expect(en).toContain("54.2\u00a0%");
    expect(nb).toContain("Poenggrenser: ≥ 65\u00a0% → 5, ≥ 50\u00a0% → 4, ≥ 40\u00a0% → 3, ≥ 30\u00a0% → 2, ellers 1.");
    expect(nb).toContain("Poeng per jobbspesialist: 4, 4; snitt 4 → 4 (avrundet halvt opp).");
    expect(nb).toContain("Rader i utetid.csv: 3 lest, 2 brukt; 1 utenfor vinduet.");
    expect(s.value).toBeCloseTo(((7 / 12) * 100 + 50) / 2, 10);
  });
});

describe("T6 employer contacts per week (≥6 → 5, 4–5.99 → 4 …), mean of scores", () => {
  it.each([
    ["48 in 8 weeks = 6.0 → 5", 48, undefined, 5],
    ["47 in 8 weeks = 5.875 → 4", 47, undefined, 4],
    ["32 in 8 weeks = 4.0 → 4", 32, undefined, 4],
    ["31 in 8 weeks = 3.875 → 3", 31, undefined, 3],
    ["15 in 8 weeks = 1.875 → 1", 15, undefined, 1],
    ["24 in 8 weeks at FTE 0.5 = 6.0 → 5 (prorated)", 24, 0.5, 5],
  ] as [string, number, number | undefined, number][])("%s", (_name, n, fte, score) => {
    const m = metrics({ utetid: everyBlock("A"), contacts: contacts("A", n) }, fte ? { fte: { A: fte } } : {});
    expect(item(IPS, m, "T6").score).toBe(score);
  });

  it.each([
    [599, 4, "5,99 kontakter per uke"],
    [600, 5, "6 kontakter per uke"],
  ])("%i contacts over a 100-week window → %i", (n, score, shown) => {
    const window = lookbackWindow(V, 100);
    const rows = Array.from({ length: n }, (_, i) => contact("A", vMinus(7 * ((i % 100) + 1)), `E${i}`));
    const s = item(IPS, metrics({ contacts: rows }, { window }), "T6");
    expect(s.score).toBe(score);
    expect(s.computation.map((c) => c.nb).join("\n")).toContain(`snitt ${shown}`);
  });

  it("an absent block leaves the denominator: 42 contacts in 7 logged weeks = 6.0 → 5", () => {
    const m = metrics({ utetid: everyBlock("A", 3, 7.5, 7), contacts: contacts("A", 42, [1, 2, 3, 4, 5, 6, 7]) });
    expect(item(IPS, m, "T6").score).toBe(5);
  });

  it("a specialist with no counted contacts scores 1 and pulls the mean: (5 + 1) / 2 = 3", () => {
    const m = metrics({ utetid: [...everyBlock("A"), ...everyBlock("B")], contacts: contacts("A", 48) });
    const s = item(IPS, m, "T6");
    expect(s.perSpecialist?.map((p) => [p.specialist, p.value, p.score])).toEqual([
      ["A", 6, 5],
      ["B", 0, 1],
    ]);
    expect(s.score).toBe(3);
  });
});

describe("T6 / KV8 when the contacts file has no rows in the window (§5: no counted contacts = 0)", () => {
  // Two specialists on the roster (utetid in all 8 blocks). 0 counted / 8 weeks = 0 per week each:
  // T6 scores 1 + 1 → mean 1 → 1; KV8 team mean 0 < 3 → red.
  it.each([
    ["header-only contacts file", () => []],
    ["only contacts before the window", () => [contact("A", vMinus(60)), contact("B", vMinus(90))]],
  ] as [string, () => ReturnType<typeof contact>[]][])("%s → T6 1, KV8 red, trail says 0 counted", (_name, rows) => {
    const m = metrics({ utetid: [...everyBlock("A"), ...everyBlock("B")], contacts: rows() });
    const t6 = item(IPS, m, "T6");
    expect(t6.missingReason).toBeUndefined();
    expect(t6.perSpecialist?.map((p) => [p.specialist, p.value, p.score])).toEqual([
      ["A", 0, 1],
      ["B", 0, 1],
    ]);
    expect(t6.score).toBe(1);
    const en = t6.computation.map((c) => c.en).join("\n");
    expect(en).toContain("Counted contacts: 0; specialists: 2; weeks present: 16 of 16; mean 0 contacts per week.");
    expect(en).toContain("Score per specialist: 1, 1; mean 1 → 1 (rounded half up).");
    const kv8 = item(KV, m, "KV8");
    expect(kv8.value).toBe(0);
    expect(kv8.colour).toBe("red");
  });

  // Not covered: no contact row and no utetid row in the window (window 2026-10-01 … 2026-11-25). The roster
  // comes from the caseload (A, active on D), the contacts are from before the window: 0 contacts would be
  // a guess, so T6 and KV8 go to the evaluator with the reason.
  it.each([
    ["contacts only before the window (2026-09-30), no utetid", { contacts: [contact("A", vMinus(57))] }],
    [
      "contacts only from V on, utetid only before the window",
      { contacts: [contact("A", V)], utetid: [day("A", vMinus(57), 7.5, 3)] },
    ],
    ["header-only contacts file, no utetid", { contacts: [] }],
  ] as [string, Parameters<typeof metrics>[0]][])("%s → T6 and KV8 missing, not 1 / red", (_name, records) => {
    const m = metrics({ ...records, caseload: activeParticipants("A", 3) });
    const reason = {
      nb: "Arbeidsgiverkontakter (arbeidsgiverkontakter.csv): Ingen kontakter og ingen utetidsrader i vinduet: dataene dekker ikke vinduet, så 0 kontakter kan ikke skilles fra manglende data.",
      en: "Employer contacts (arbeidsgiverkontakter.csv): No contacts and no utetid rows in the window: the data does not cover the window, so 0 contacts cannot be told from missing data.",
    };
    const t6 = item(IPS, m, "T6");
    expect(t6.score).toBeUndefined();
    expect(t6.perSpecialist).toBeUndefined();
    expect(t6.missingReason).toEqual(reason);
    const kv8 = item(KV, m, "KV8");
    expect(kv8.colour).toBeUndefined();
    expect(kv8.value).toBeUndefined();
    expect(kv8.missingReason).toEqual(reason);
  });

  it("still missing without the file, or without specialists", () => {
    expect(item(IPS, metrics({ utetid: everyBlock("A") }), "T6").missingReason?.en).toBe(
      "Employer contacts (arbeidsgiverkontakter.csv): The file is missing from the team folder.",
    );
    expect(item(KV, metrics({ contacts: [contact("A", vMinus(90))] }), "KV8").missingReason?.en).toContain(
      "No employment specialists in the window.",
    );
  });
});

describe("B1 caseload per FTE (≤20 → 5, 21–25 → 4 …), team ratio", () => {
  it.each([
    ["20 → 5", [20], 5],
    ["21 → 4", [21], 4],
    ["25 → 4", [25], 4],
    ["26 → 3", [26], 3],
    ["41 → 1", [41], 1],
    ["203 / 10 = 20.3 → 4", [20, 20, 20, 20, 20, 20, 20, 20, 20, 23], 4],
  ] as [string, number[], number][])("%s", (_name, active, score) => {
    const caseload = active.flatMap((n, i) => activeParticipants(`S${i}`, n));
    const s = item(IPS, metrics({ caseload }), "B1");
    expect(s.score).toBe(score);
  });

  it("flags specialists above 20 per FTE, with 20.3 shown as 20,3 (not 20)", () => {
    const caseload = [20, 20, 20, 20, 20, 20, 20, 20, 20, 23].flatMap((n, i) => activeParticipants(`S${i}`, n));
    const s = item(IPS, metrics({ caseload }), "B1");
    const nb = s.computation.map((c) => c.nb).join("\n");
    expect(nb).toContain("Aktive deltakere 203 / årsverk 10 (jobbspesialister: 10) = 20,3 deltakere per årsverk.");
    expect(nb).toContain("Teamverdi 20,3 deltakere per årsverk gir 4 poeng.");
    expect(nb).toContain("Jobbspesialister over 20 deltakere per årsverk: 1 av 10.");
    expect(s.perSpecialist?.filter((p) => p.score !== 5).map((p) => p.specialist)).toEqual(["S9"]);
  });

  it("10 active at FTE 0.5 = 20 → 5", () => {
    const s = item(IPS, metrics({ caseload: activeParticipants("A", 10, { fte: 0.5 }) }), "B1");
    expect(s).toMatchObject({ score: 5, value: 20 });
  });
});

describe("T4 days to first employer contact (≤30 → 5, 31–60 → 4 …), team mean", () => {
  it.each([
    ["30 days → 5", ["2026-07-01"], 5],
    ["31 days → 4", ["2026-07-02"], 4],
    ["30 and 31 → mean 30.5 → 4 (an upper bound must not be passed)", ["2026-07-01", "2026-07-02"], 4],
    ["60 days → 4", ["2026-07-31"], 4],
    ["61 days → 3", ["2026-08-01"], 3],
  ] as [string, string[], number][])("%s", (_name, contactsOn, score) => {
    const caseload = contactsOn.map((c, i) => participant("A", `p${i}`, "2026-06-01", { firstEmployerContact: c }));
    expect(item(IPS, metrics({ caseload }), "T4").score).toBe(score);
  });

  it("still-waiting participants count only above 30 days", () => {
    const base = participant("A", "p0", "2026-06-01", { firstEmployerContact: "2026-06-11" }); // 10 days
    // + waiting 30 days (not counted): mean 10 → 5.  + waiting 31 days instead: (10 + 31) / 2 = 20.5 → 5.
    // + waiting 100 days: (10 + 100) / 2 = 55 → 4.
    expect(item(IPS, metrics({ caseload: [base, participant("A", "p1", vMinus(31))] }), "T4").value).toBe(10);
    expect(item(IPS, metrics({ caseload: [base, participant("A", "p1", vMinus(32))] }), "T4").value).toBe(20.5);
    const s = item(IPS, metrics({ caseload: [base, participant("A", "p1", vMinus(101))] }), "T4");
    expect(s).toMatchObject({ value: 55, score: 4 });
    expect(s.computation.map((c) => c.en).join("\n")).toContain("still waiting, over 30 days: 1;");
  });

  it("the line for those not counted has no «ennå»: someone who left after 30 days or less is not waiting", () => {
    // p0: contact after 10 days. p1: waiting 30 days on D (start V−31). p2: left after 20 days without a contact.
    const caseload = [
      participant("A", "p0", "2026-06-01", { firstEmployerContact: "2026-06-11" }),
      participant("A", "p1", vMinus(31)),
      participant("A", "p2", "2026-06-01", { endDate: "2026-06-21", discharged: true }),
    ];
    const s = item(IPS, metrics({ caseload }), "T4");
    expect(s.computation.map((c) => c.nb).join("\n")).toContain(
      "Med første arbeidsgiverkontakt: 1; venter fortsatt, over 30 dager: 0; sluttet uten kontakt etter over 30 dager: 0; ventet 30 dager eller kortere (telles ikke): 2.",
    );
    expect(s.computation.map((c) => c.en).join("\n")).toContain("waited 30 days or less (not counted): 2.");
    expect(s.value).toBe(10);
  });
});

describe("T8–T10 job shares", () => {
  const jobs = (n: number, f: (i: number) => { jobType?: string; employer?: string; competitive?: boolean }) =>
    Array.from({ length: n }, (_, i) =>
      participant("A", `p${i}`, "2025-01-01", {
        jobStart: "2026-03-01",
        jobType: `T${i}`,
        employer: `E${i}`,
        competitive: true,
        ...f(i),
      }),
    );

  it.each([
    ["9 jobs, all competitive → 1 (fewer than 10 jobs)", 9, 9, 1],
    ["10 jobs, all competitive → 5", 10, 10, 5],
    ["10 jobs, 9 competitive (90 %) → 4", 10, 9, 4],
    ["20 jobs, 19 competitive (95 %) → 5", 20, 19, 5],
    ["25 jobs, 16 competitive (64 %) → 2", 25, 16, 2],
    ["25 jobs, 15 competitive (60 %) → 1", 25, 15, 1],
  ])("T10: %s", (_name, n, yes, score) => {
    const s = item(IPS, metrics({ caseload: jobs(n, (i) => ({ competitive: i < yes })) }), "T10");
    expect(s.score).toBe(score);
    if (n < 10)
      expect(s.computation.map((c) => c.nb).join("\n")).toContain("Færre enn 10 jobber (9): 1 poeng uansett verdi.");
  });

  it.each([
    // The reviewer's example: 10 jobs, 1 ordinaer = ja, 9 blank. Over all jobs: 1 / 10 = 10 % < 64 → 1
    // (it was 1 / 1 = 100 % → 5 when the blanks left the denominator).
    ["1 ja + 9 blank: 1 / 10 = 10 % → 1", 10, (i: number) => (i === 0 ? true : undefined), 10, 1],
    // 9 ja + 1 blank: 9 / 10 = 90 % → 4 (was 9 / 9 = 100 % → 5).
    ["9 ja + 1 blank: 9 / 10 = 90 % → 4", 10, (i: number) => (i < 9 ? true : undefined), 90, 4],
    // 19 ja + 1 nei + 0 blank: 19 / 20 = 95 % → 5 (unchanged: no blanks).
    ["19 ja + 1 nei: 19 / 20 = 95 % → 5", 20, (i: number) => i < 19, 95, 5],
  ] as [string, number, (i: number) => boolean | undefined, number, number][])(
    "T10 with blank «ordinær»: %s",
    (_name, n, competitive, pct, score) => {
      const s = item(IPS, metrics({ caseload: jobs(n, (i) => ({ competitive: competitive(i) })) }), "T10");
      expect(s.value).toBeCloseTo(pct, 10);
      expect(s.score).toBe(score);
      const blanks = Array.from({ length: n }, (_, i) => competitive(i)).filter((c) => c === undefined).length;
      if (blanks > 0)
        expect(s.computation.map((c) => c.en).join("\n")).toContain(
          `Jobs without “competitive” (counted as not competitive): ${blanks}.`,
        );
    },
  );

  it("T8/T9 with blanks: 4 types among 10 jobs, 6 without yrke = 4 / 10 = 40 % → 1; employers 10 / 10 → 5", () => {
    const m = metrics({ caseload: jobs(10, (i) => ({ jobType: i < 4 ? `T${i}` : undefined })) });
    const t8 = item(IPS, m, "T8");
    expect(t8.value).toBe(40);
    expect(t8.score).toBe(1);
    expect(t8.computation.map((c) => c.en).join("\n")).toContain(
      "Jobs: 10; distinct job types 4 / jobs 10 = 40\u00a0%. Jobs without job type (in the denominator, adding nothing to the count): 6.",
    );
    expect(item(IPS, m, "T9").score).toBe(5);
  });

  // T10's scale: fewer than 10 current jobs → 1, and 0 is fewer than 10 — when the caseload is there to show
  // jobs (rows, and a jobbstart column if the reader knows the header). T8/T9 have no such rule: missing.
  it.each([
    ["caseload with rows, no job rows → 1", { caseload: activeParticipants("A", 3) }, 1],
    [
      "caseload with rows and a jobbstart column, no job in the period → 1",
      {
        caseload: [participant("A", "p", "2024-01-01", { jobStart: "2024-02-01", jobEnd: "2024-06-01" })],
        columns: { caseload: ["jobbspesialist", "deltaker", "startdato", "jobbstart", "jobbslutt"] },
      },
      1,
    ],
    [
      "caseload without a jobbstart column → evaluator",
      { caseload: activeParticipants("A", 3), columns: { caseload: ["jobbspesialist", "deltaker", "startdato"] } },
      undefined,
    ],
    [
      "caseload with rows, but nobody in the service during 2025-11-26 … 2026-11-25 → evaluator",
      { caseload: [participant("A", "p", "2024-01-01", { endDate: "2025-11-26", discharged: true })] },
      undefined,
    ],
    [
      "caseload whose only participant was in the service on 2025-11-26 (sluttdato 2025-11-27) → 1",
      { caseload: [participant("A", "p", "2024-01-01", { endDate: "2025-11-27", discharged: true })] },
      1,
    ],
    ["header-only caseload (no rows) → evaluator", { caseload: [] }, undefined],
    ["no caseload file → evaluator", {}, undefined],
  ] as [string, Parameters<typeof metrics>[0], number | undefined][])(
    "T10 with 0 jobs: %s",
    (_name, records, score) => {
      const m = metrics(records);
      expect(m.jobs.jobs).toBe(0);
      const t10 = item(IPS, m, "T10");
      expect(t10.score).toBe(score);
      expect(t10.value).toBeUndefined();
      if (score !== undefined) {
        expect(t10.missingReason).toBeUndefined();
        const en = t10.computation.map((c) => c.en).join("\n");
        expect(en).toContain("Jobs: 0; competitive jobs 0 / jobs 0 = –.");
        expect(en).toContain("Fewer than 10 jobs (0): scores 1.");
        expect(t10.computation.map((c) => c.nb).join("\n")).toContain("Færre enn 10 jobber (0): 1 poeng.");
      } else expect(t10.missingReason?.en).toBeTruthy();
      for (const id of ["T8", "T9"]) {
        expect(item(IPS, m, id).score, id).toBeUndefined();
        expect(item(IPS, m, id).missingReason?.en, id).toBeTruthy();
      }
      if (score !== undefined)
        expect(item(IPS, m, "T8").missingReason?.en).toBe("Caseload (portefolje.csv): No jobs in the period.");
    },
  );

  it("T8–T10 with a caseload that does not cover the period: the reason says so, in both languages", () => {
    // Enrolment 2024-01-01 … 2025-11-26, discharged: not in the service on any day of 2025-11-26 … 2026-11-25.
    const m = metrics({ caseload: [participant("A", "p", "2024-01-01", { endDate: "2025-11-26", discharged: true })] });
    for (const id of ["T8", "T9", "T10"])
      expect(item(IPS, m, id).missingReason, id).toEqual({
        nb: "Portefølje (portefolje.csv): Ingen deltakere i porteføljen er i tjenesten i perioden: porteføljen dekker ikke perioden, så 0 jobber kan ikke skilles fra manglende data.",
        en: "Caseload (portefolje.csv): No participant in the caseload is in the service during the period: the caseload does not cover the period, so 0 jobs cannot be told from missing data.",
      });
  });

  it("T8: 7 types over 12 jobs = 58,3 % → 2; T9: 12 employers over 12 jobs = 100 % → 5", () => {
    const m = metrics({ caseload: jobs(12, (i) => ({ jobType: `T${i % 7}` })) });
    const t8 = item(IPS, m, "T8");
    expect(t8.score).toBe(2);
    expect(t8.computation.map((c) => c.nb).join("\n")).toContain(
      "Jobber: 12; ulike yrker 7 / jobber 12 = 58,3\u00a0%.",
    );
    expect(item(IPS, m, "T9").score).toBe(5);
  });

  it("T8: 84.99 % shows two decimals so it does not read as the 85 % edge", () => {
    // 8499 distinct types among 10 000 jobs = 84.99 % → 4.
    const m = metrics({ caseload: jobs(10_000, (i) => ({ jobType: `T${i % 8499}` })) });
    const s = item(IPS, m, "T8");
    expect(s.score).toBe(4);
    expect(s.computation.map((c) => c.nb).join("\n")).toContain("Teamverdi 84,99\u00a0% gir 4 poeng.");
  });
});

describe("Kvalitetsveilederen colours", () => {
  it.each([
    // KV2 rangeAllSpecialists 12–20 per FTE
    ["all within 12–20 → green", [12, 20], "green"],
    ["team 16 within, both outside (10, 22) → yellow", [10, 22], "yellow"],
    ["team within, one at 21 → yellow", [12, 21], "yellow"],
    ["team 25 outside → red", [25, 25], "red"],
    ["team 11 outside → red", [11, 11], "red"],
  ] as [string, number[], string][])("KV2 %s", (_name, active, colour) => {
    const caseload = active.flatMap((n, i) => activeParticipants(`S${i}`, n));
    const s = item(KV, metrics({ caseload }), "KV2");
    expect(s.colour).toBe(colour);
    expect(s.score).toBeUndefined();
  });

  it.each([
    // A: 16 active at FTE 1.0 = 16. B at FTE 0.8 (team.json): 16 → 20 (within), 17 → 21.25 (outside).
    ["B at 16 / 0.8 = 20 → every specialist within → green", 16, "green"],
    ["B at 17 / 0.8 = 21.25; team 33 / 1.8 = 18.3 within → yellow", 17, "yellow"],
  ] as [string, number, string][])("KV2 with FTE: %s", (_name, b, colour) => {
    const caseload = [...activeParticipants("A", 16), ...activeParticipants("B", b)];
    const s = item(KV, metrics({ caseload }, { fte: { B: 0.8 } }), "KV2");
    expect(s.perSpecialist?.map((p) => p.colour)).toEqual(["green", colour === "green" ? "green" : "red"]);
    expect(s.colour).toBe(colour);
  });

  it("KV2: a team ratio of 203 / 10 = 20.3 is outside 12–20 → red", () => {
    const caseload = [20, 20, 20, 20, 20, 20, 20, 20, 20, 23].flatMap((n, i) => activeParticipants(`S${i}`, n));
    const s = item(KV, metrics({ caseload }), "KV2");
    expect(s.colour).toBe("red");
    expect(s.computation.map((c) => c.en).join("\n")).toContain(
      "Team value 20.3 jobseekers per FTE outside 12–20; 1 of 10 specialists outside: red.",
    );
  });

  it.each([
    ["40 % → green", [40], "green"],
    ["39.99 % → yellow", [39.99], "yellow"],
    ["30 % → yellow", [30], "yellow"],
    ["29.99 % → red", [29.99], "red"],
    ["mean of 50 and 29 = 39.5 → yellow", [50, 29], "yellow"],
  ] as [string, number[], string][])("KV3 utetid %s", (_name, pcts, colour) => {
    expect(item(KV, metrics({ utetid: utetidAt(pcts) }), "KV3").colour).toBe(colour);
  });

  it.each([
    ["40 contacts / 8 weeks = 5 → green", 40, "green"],
    ["39 / 8 = 4.875 → yellow", 39, "yellow"],
    ["24 / 8 = 3 → yellow", 24, "yellow"],
    ["23 / 8 = 2.875 → red", 23, "red"],
  ] as [string, number, string][])("KV8 %s", (_name, n, colour) => {
    expect(item(KV, metrics({ utetid: everyBlock("A"), contacts: contacts("A", n) }), "KV8").colour).toBe(colour);
  });

  it.each([
    ["30 days → green", "2026-07-01", "green"],
    ["31 days → yellow", "2026-07-02", "yellow"],
    ["61 days → red", "2026-08-01", "red"],
  ])("KV6 %s", (_name, c, colour) => {
    const caseload = [participant("A", "p", "2026-06-01", { firstEmployerContact: c })];
    expect(item(KV, metrics({ caseload }), "KV6").colour).toBe(colour);
  });

  it.each([
    ["4 of 5 = 80 % → green", 4, 5, "green"],
    ["3 of 5 = 60 % → yellow", 3, 5, "yellow"],
    ["1 of 2 = 50 % → yellow", 1, 2, "yellow"],
    ["2 of 5 = 40 % → red", 2, 5, "red"],
  ])("KV10 %s", (_name, reached, n, colour) => {
    // Discharged 2026-07-02; job start 2026-01-01 gives 182 days (reached), 2026-01-02 gives 181.
    const caseload = Array.from({ length: n }, (_, i) =>
      participant("A", `p${i}`, "2025-06-01", {
        endDate: "2026-07-02",
        discharged: true,
        jobStart: i < reached ? "2026-01-01" : "2026-01-02",
      }),
    );
    expect(item(KV, metrics({ caseload }), "KV10").colour).toBe(colour);
  });
});

describe("missing data → no score, a reason, and the item goes to the evaluator", () => {
  it.each([
    ["no files at all", {}, ["B1", "T4", "T6", "T8", "T9", "T10", "T13"]],
    ["contacts only outside the window", { contacts: [contact("A", vMinus(90))] }, ["T6"]],
    // T10 is not in the next two lists any more: a caseload with rows and 0 jobs scores 1 (fewer than 10
    // jobs), see "T10 with 0 jobs" above. These lists used to include T10 — the bug.
    [
      "caseload with nobody active",
      { caseload: [participant("A", "p", "2020-01-01", { endDate: "2021-01-01" })] },
      ["B1", "T4", "T8", "T9"],
    ],
    [
      "no participant started in the last 365 days",
      {
        caseload: activeParticipants("A", 3).map((r) => ({
          ...r,
          startDate: "2024-01-01",
          firstEmployerContact: "2024-02-01",
        })),
      },
      ["T4"],
    ],
    ["no jobs", { caseload: activeParticipants("A", 3) }, ["T8", "T9"]],
    [
      "a caseload without a jobbstart column",
      { caseload: activeParticipants("A", 3), columns: { caseload: ["jobbspesialist", "deltaker", "startdato"] } },
      ["T8", "T9", "T10"],
    ],
    ["a header-only caseload", { caseload: [] }, ["B1", "T4", "T8", "T9", "T10"]],
  ] as [string, Parameters<typeof metrics>[0], string[]][])("%s", (_name, records, missingIds) => {
    const all = suggestFromData(IPS, metrics(records));
    expect(all.map((s) => s.itemId)).toEqual(["B1", "T4", "T6", "T8", "T9", "T10", "T13"]);
    for (const s of all)
      if (missingIds.includes(s.itemId)) {
        expect(s.score, s.itemId).toBeUndefined();
        expect(s.missingReason?.nb, s.itemId).toBeTruthy();
        expect(s.missingReason?.en, s.itemId).toBeTruthy();
        expect(s.computation.length, s.itemId).toBeGreaterThan(0);
      }
  });

  it("the reason names the file and what is missing, in both languages", () => {
    const s = item(IPS, metrics({ utetid: [day("A", vMinus(70), 7.5, 3)] }), "T13");
    expect(s.missingReason).toEqual({
      nb: "Utetid (utetid.csv): Ingen rader i vinduet.",
      en: "Utetid (utetid.csv): No rows in the window.",
    });
    const k = item(KV, metrics({}), "KV10");
    expect(k.colour).toBeUndefined();
    expect(k.missingReason?.en).toBe("Caseload (portefolje.csv): The file is missing from the team folder.");
  });
});

describe("the shipped scale files (when present)", () => {
  const files = ["ips-25", "kvalitetsveileder"].map(
    (id) => new URL(`../../templates/scales/${id}.json`, import.meta.url),
  );
  const m = () =>
    metrics({
      utetid: [...everyBlock("A", 5), ...everyBlock("B", 3)],
      contacts: [...contacts("A", 40), ...contacts("B", 20)],
      caseload: [
        ...activeParticipants("A", 15),
        participant("B", "q", "2026-06-01", {
          firstEmployerContact: "2026-06-20",
          jobStart: "2026-08-01",
          employer: "X",
          jobType: "Y",
          competitive: true,
        }),
      ],
    });
  it.each(files.map((f) => [f.pathname.split("/").pop() ?? "", f]))(
    "%s: every data item gets a suggestion",
    (_n, url) => {
      if (!existsSync(url)) return;
      const parsed = parseScale(JSON.parse(readFileSync(url, "utf8")));
      if (!parsed.ok) return; // the scale file's own tests report that
      const all = suggestFromData(parsed.scale, m());
      expect(all.length).toBeGreaterThan(0);
      for (const s of all) {
        expect(s.score !== undefined || s.colour !== undefined || s.missingReason !== undefined).toBe(true);
        for (const line of s.computation) expect(line.nb && line.en).toBeTruthy();
      }
    },
  );
});
