import { describe, expect, it } from "vitest";
import {
  type CountingRulesInput,
  countingRules,
  countingRulesSchema,
  DEFAULT_COUNTING_RULES,
  describeCountingRules,
} from "../../../src/core/metrics/counting-rules.js";
import { metrics } from "./builders.js";

describe("counting rules (§5.4)", () => {
  it("defaults", () => {
    expect(DEFAULT_COUNTING_RULES).toEqual({
      countModes: ["in-person"],
      countFollowUp: false,
      rapidJobSearchClock: "startDate",
      fteProration: true,
      stillWaitingAfterDays: 30,
      flowPeriodDays: 365,
      followUpTargetDays: 182,
    });
  });

  it("a partial set keeps the other defaults; repeated modes are collapsed", () => {
    expect(countingRules({ countModes: ["phone", "in-person", "phone"], fteProration: false })).toMatchObject({
      countModes: ["phone", "in-person"],
      countFollowUp: false,
      fteProration: false,
    });
  });

  it.each([
    ["unknown rule (typo)", { countFollowup: true }],
    ["unknown mode", { countModes: ["fax"] }],
    ["no modes", { countModes: [] }],
    ["unknown clock", { rapidJobSearchClock: "referral" }],
    ["negative waiting limit", { stillWaitingAfterDays: -1 }],
  ])("rejects %s", (_name, input) => {
    expect(countingRulesSchema.safeParse(input).success).toBe(false);
  });

  it("describes every rule in nb and en", () => {
    const text = describeCountingRules(countingRules({ countModes: ["in-person", "phone", "video"] }));
    expect(text).toHaveLength(7);
    expect(text[0]).toEqual({
      nb: "Arbeidsgiverkontakter som telles: oppmøte, telefon og video.",
      en: "Employer contacts counted: in person, phone and video.",
    });
    for (const t of text) {
      expect(t.nb.length).toBeGreaterThan(10);
      expect(t.en.length).toBeGreaterThan(10);
    }
  });
});

describe("describeCountingRules for one instrument", () => {
  it("states only the rules that bear on the scale's data items", () => {
    const rules = countingRules({});
    const ips = describeCountingRules(
      rules,
      new Set([
        "caseloadPerFte",
        "utetidPct",
        "employerContactsPerWeek",
        "daysToFirstEmployerContact",
        "jobTypeDiversityPct",
        "employerDiversityPct",
        "competitiveJobsPct",
      ] as const),
    ).map((t) => t.en);
    expect(ips).toHaveLength(6);
    expect(ips.join(" ")).not.toContain("182 days");
    expect(describeCountingRules(rules).map((t) => t.en)).toHaveLength(7);
    expect(describeCountingRules(rules, new Set(["utetidPct"] as const))).toEqual([]);
  });
});

describe("the rules in words in the metrics (made once per set of rules)", () => {
  it("each team's metrics state its own rules, whatever was described before", () => {
    const sets: CountingRulesInput[] = [
      {},
      { countModes: ["in-person", "phone"], fteProration: false },
      {},
      { countFollowUp: true },
    ];
    for (const set of sets)
      expect(metrics({}, { rules: set }).rulesText).toEqual(describeCountingRules(countingRules(set)));
    expect(metrics({}, { rules: { countFollowUp: true } }).rulesText).not.toEqual(metrics({}).rulesText);
  });
});
