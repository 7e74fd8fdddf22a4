import { beforeEach, describe, expect, it } from "vitest";
import type { CaseloadRecord } from "../../../src/core/records.js";
import { D, metrics, participant, resetLines, vMinus } from "./builders.js";

beforeEach(resetLines);

const left = (id: string, jobStart: string | undefined, endDate: string, more: Partial<CaseloadRecord> = {}) =>
  participant("A", id, "2024-06-01", { endDate, discharged: true, ...(jobStart ? { jobStart } : {}), ...more });

describe("KV10 follow-up ≥ 182 days from first job start to discharge (period 2025-11-26 … 2026-11-25)", () => {
  it.each([
    // name, job start, end date, in denominator, reached, days
    ["182 days → reached", "2026-01-01", "2026-07-02", true, true, 182],
    ["181 days → not reached", "2026-01-01", "2026-07-01", true, false, 181],
    ["discharged on D", "2026-01-01", D, true, true, 328],
    ["discharged on V−365 (in the period)", "2025-01-01", vMinus(365), true, true, 329],
    ["discharged on V−366 (outside)", "2025-01-01", vMinus(366), false, false, 0],
    ["no job start", undefined, "2026-07-01", false, false, 0],
    ["job start after discharge", "2026-08-01", "2026-07-01", false, false, 0],
  ] as [string, string | undefined, string, boolean, boolean, number][])(
    "%s",
    (_name, jobStart, endDate, inDenominator, reached, days) => {
      const f = metrics({ caseload: [left("p", jobStart, endDate)] }).followUp;
      expect(f.share.denominator).toBe(inDenominator ? 1 : 0);
      if (inDenominator) expect(f.cases).toEqual([{ specialist: "A", days, reached, line: 2 }]);
      else expect(f.missing).toBe("noDischargedWithJob");
    },
  );

  it("share over participants, first job start of each (several job rows)", () => {
    const rows = [
      left("p1", "2025-12-01", "2026-07-01"), // 212 ✓
      left("p1", "2026-03-01", "2026-07-01"), // same participant, later job: first start counts
      left("p2", "2026-03-01", "2026-07-01"), // 122 ✗
      left("p3", "2025-10-01", "2026-06-01"), // 243 ✓
      left("p4", "2025-10-01", "2026-06-01"), // 243 ✓
      left("p5", "2025-10-01", "2026-06-01"), // 243 ✓
    ];
    const f = metrics({ caseload: rows }).followUp;
    // 4 of 5 = 80 %
    expect(f.share).toEqual({ numerator: 4, denominator: 5, value: 80 });
    expect(f.discharged).toBe(5);
    expect(f.lines).toEqual([2, 3, 4, 5, 6, 7]);
  });

  it("target days come from the counting rules", () => {
    const f = metrics(
      { caseload: [left("p", "2026-01-01", "2026-07-01")] },
      { rules: { followUpTargetDays: 181 } },
    ).followUp;
    expect(f.share.value).toBe(100);
  });
});

describe("the rule in words", () => {
  it("reads «minst så mange dager som målet krever»", () => {
    expect(metrics({ caseload: [] }).followUp.rule.nb).toBe(
      "Deltakere skrevet ut i perioden som hadde jobbstart før utskrivning: andelen som ble fulgt opp minst så mange dager som målet krever, regnet fra første jobbstart til sluttdato.",
    );
  });
});
