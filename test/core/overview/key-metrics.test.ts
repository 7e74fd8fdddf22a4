import { describe, expect, it } from "vitest";
import { meetsTarget, metricTargets } from "../../../src/core/overview/key-metrics.js";
import { ips25, kvalitetsveileder } from "../../helpers/scales.js";

describe("targets from the scale file", () => {
  it("IPS-25: the best band's cut-off of each data item", () => {
    expect(metricTargets(ips25())).toEqual({
      caseloadPerFte: { kind: "atMost", value: 20 },
      utetidPct: { kind: "atLeast", value: 65 },
      employerContactsPerWeek: { kind: "atLeast", value: 6 },
      daysToFirstEmployerContact: { kind: "atMost", value: 30 },
      competitiveJobsPct: { kind: "atLeast", value: 95 },
    });
  });

  it("Kvalitetsveilederen: green's threshold or range; no point uses competitive jobs", () => {
    expect(metricTargets(kvalitetsveileder())).toEqual({
      caseloadPerFte: { kind: "range", min: 12, max: 20 },
      utetidPct: { kind: "atLeast", value: 40 },
      employerContactsPerWeek: { kind: "atLeast", value: 5 },
      daysToFirstEmployerContact: { kind: "atMost", value: 30 },
    });
  });
});

describe("meeting a target: the bound itself meets it", () => {
  it.each([
    [65, { kind: "atLeast", value: 65 }, true],
    [64.99, { kind: "atLeast", value: 65 }, false],
    [20, { kind: "atMost", value: 20 }, true],
    [20.3, { kind: "atMost", value: 20 }, false],
    [12, { kind: "range", min: 12, max: 20 }, true],
    [11.99, { kind: "range", min: 12, max: 20 }, false],
    [20, { kind: "range", min: 12, max: 20 }, true],
    [20.01, { kind: "range", min: 12, max: 20 }, false],
  ] as const)("%d against %j → %s", (value, target, met) => {
    expect(meetsTarget(value, target)).toBe(met);
  });
});
