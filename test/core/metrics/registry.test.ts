import { describe, expect, it } from "vitest";
import { countingRuleLines, DEFAULT_COUNTING_RULES } from "../../../src/core/metrics/counting-rules.js";
import { METRIC_LIST, METRICS, usedMetrics } from "../../../src/core/metrics/registry/index.js";
import { METRIC_IDS, type MetricId } from "../../../src/core/scale.js";
import { ips25, kvalitetsveileder } from "../../helpers/scales.js";
import { activeParticipants, contacts, D, everyBlock, metrics, participant, vMinus } from "./builders.js";

describe("the metric registry", () => {
  it("has one definition per metric id, under its own id", () => {
    expect(Object.keys(METRICS).sort()).toEqual([...METRIC_IDS].sort());
    for (const [id, definition] of Object.entries(METRICS)) expect(definition.id).toBe(id);
  });

  it("lists the charts in the report's order: utetid, contacts, caseload, first contact", () => {
    expect(METRIC_LIST.filter((m) => m.chart !== null).map((m) => m.id)).toEqual([
      "utetidPct",
      "employerContactsPerWeek",
      "caseloadPerFte",
      "daysToFirstEmployerContact",
    ]);
  });

  it("gives every counting rule line the metrics it bears on, from the metrics' own declarations", () => {
    const bearing = countingRuleLines(DEFAULT_COUNTING_RULES).map((l) => [l.rule ?? "(clock)", l.metrics]);
    const expected: [string, MetricId[]][] = [
      ["countModes", ["employerContactsPerWeek"]],
      ["countFollowUp", ["employerContactsPerWeek"]],
      ["(clock)", ["daysToFirstEmployerContact"]],
      ["fteProration", ["employerContactsPerWeek", "caseloadPerFte"]],
      ["stillWaitingAfterDays", ["daysToFirstEmployerContact"]],
      [
        "flowPeriodDays",
        [
          "daysToFirstEmployerContact",
          "jobTypeDiversityPct",
          "employerDiversityPct",
          "competitiveJobsPct",
          "followUpSixMonthsPct",
        ],
      ],
      ["followUpTargetDays", ["followUpSixMonthsPct"]],
    ];
    expect(bearing).toEqual(expected);
  });

  it("knows which metrics a shipped scale scores", () => {
    expect(usedMetrics(ips25()).has("followUpSixMonthsPct")).toBe(false);
    expect([...usedMetrics(kvalitetsveileder())].sort()).toEqual([
      "caseloadPerFte",
      "daysToFirstEmployerContact",
      "employerContactsPerWeek",
      "followUpSixMonthsPct",
      "utetidPct",
    ]);
  });

  it("gives each metric's team value alone exactly as its view gives it (the overview and summary read it so)", () => {
    const full = metrics({
      utetid: [...everyBlock("A"), ...everyBlock("B", 2)],
      contacts: [...contacts("A", 12), ...contacts("B", 5, [1, 2, 3])],
      caseload: [
        ...activeParticipants("A", 14),
        ...activeParticipants("B", 9),
        participant("A", "job-1", vMinus(120), { jobStart: vMinus(60), firstEmployerContact: vMinus(110) }),
        participant("B", "job-2", vMinus(90), { jobStart: vMinus(30), competitive: true, endDate: D }),
      ],
    });
    const teams = [metrics({}), full];
    const format = { unit: { nb: "%", en: "%" }, cutoffs: [] };
    for (const m of teams) for (const def of METRIC_LIST) expect(def.team(m), def.id).toBe(def.view(m, format).team);
    // Not only undefined: the data above gives most metrics a value.
    expect(METRIC_LIST.filter((def) => def.team(full) !== undefined).length).toBeGreaterThan(4);
  });
});
