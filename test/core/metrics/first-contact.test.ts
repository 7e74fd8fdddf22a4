import { beforeEach, describe, expect, it } from "vitest";
import type { CaseloadRecord } from "../../../src/core/records.js";
import { D, metrics, participant, resetLines, V, vMinus } from "./builders.js";

beforeEach(resetLines);

/** A participant outside the period who has a first-contact date, so the column counts as exported. */
const columnPresent = () => participant("A", "old", "2024-01-01", { firstEmployerContact: "2024-01-05" });

describe("days to first employer contact (§5.3; D = 2026-11-25, period 2025-11-26 … 2026-11-25)", () => {
  it.each([
    // name, start, fields, expected kind, days, counted
    ["contact after 30 days", "2026-06-01", { firstEmployerContact: "2026-07-01" }, "contact", 30, true],
    ["contact after 31 days", "2026-06-01", { firstEmployerContact: "2026-07-02" }, "contact", 31, true],
    ["contact on the start day", "2026-06-01", { firstEmployerContact: "2026-06-01" }, "contact", 0, true],
    ["still waiting 30 days (start D−30): not counted yet", vMinus(31), {}, "stillWaiting", 30, false],
    ["still waiting 31 days (start D−31): counted", vMinus(32), {}, "stillWaiting", 31, true],
    [
      "left after 30 days without a contact: measured to sluttdato, not counted",
      "2026-06-01",
      { endDate: "2026-07-01", discharged: true },
      "leftWithoutOne",
      30,
      false,
    ],
    [
      "left after 31 days without a contact: measured to sluttdato (31, not D − start = 177)",
      "2026-06-01",
      { endDate: "2026-07-02" },
      "leftWithoutOne",
      31,
      true,
    ],
    ["sluttdato on D counts as left: D − start", vMinus(41), { endDate: D }, "leftWithoutOne", 40, true],
    [
      "a contact dated after D is not known on D: still waiting",
      vMinus(56),
      { firstEmployerContact: V },
      "stillWaiting",
      55,
      true,
    ],
    ["start on V−365 is in the period", vMinus(365), { firstEmployerContact: "2025-12-26" }, "contact", 30, true],
  ] as [string, string, Partial<CaseloadRecord>, string, number, boolean][])(
    "%s",
    (_name, start, fields, kind, days, counted) => {
      const m = metrics({ caseload: [columnPresent(), participant("A", "p", start, fields)] });
      const f = m.firstContact;
      expect(f.participants).toBe(1);
      expect(f.cases).toEqual([{ specialist: "A", kind, days, counted, line: 3 }]);
      if (counted) expect(f.meanDays).toBe(days);
      else {
        expect(f.missing).toBe("noneToMeasure");
        expect(f.waitingWithinLimit).toBe(1);
      }
    },
  );

  it("start on V−366 is outside the period", () => {
    const m = metrics({ caseload: [columnPresent(), participant("A", "p", vMinus(366), { firstEmployerContact: D })] });
    expect(m.firstContact.participants).toBe(0);
    expect(m.firstContact.missing).toBe("noParticipantsInPeriod");
  });

  it("mean over everyone counted: (30 + 31 + 31 waiting + 45 left) / 4 = 34.25", () => {
    const rows = [
      participant("A", "p1", "2026-06-01", { firstEmployerContact: "2026-07-01" }), // 30
      participant("A", "p2", "2026-06-01", { firstEmployerContact: "2026-07-02" }), // 31
      participant("B", "p3", vMinus(32)), // waiting 31
      participant("B", "p4", "2026-03-01", { endDate: "2026-04-15" }), // left after 45
      participant("B", "p5", vMinus(10)), // waiting 9: not counted
    ];
    const f = metrics({ caseload: rows }).firstContact;
    expect(f).toMatchObject({
      participants: 5,
      withContact: 2,
      stillWaiting: 1,
      leftWithoutOne: 1,
      waitingWithinLimit: 1,
      days: { numerator: 137, denominator: 4, value: 34.25 },
      meanDays: 34.25,
    });
    expect(f.perSpecialist).toEqual([
      { specialist: "A", counted: 2, totalDays: 61, meanDays: 30.5 },
      { specialist: "B", counted: 2, totalDays: 76, meanDays: 38 },
    ]);
    expect(f.rows).toMatchObject({ read: 5, used: 4, ignored: { waitingWithinLimit: 1 } });
    expect(f.lines).toEqual([2, 3, 4, 5]);
  });

  it("several job rows of one participant are one participant; the earliest contact date is used", () => {
    const rows = [
      participant("A", "p1", "2026-06-01", { jobStart: "2026-08-01" }),
      participant("A", "p1", "2026-06-01", { firstEmployerContact: "2026-06-11", jobStart: "2026-09-01" }),
    ];
    const f = metrics({ caseload: rows }).firstContact;
    expect(f.participants).toBe(1);
    expect(f.meanDays).toBe(10);
    expect(f.lines).toEqual([2, 3]);
  });

  it("a contact before the start date counts as 0 days, with a warning", () => {
    const m = metrics({ caseload: [participant("A", "p", "2026-06-10", { firstEmployerContact: "2026-06-01" })] });
    expect(m.firstContact.meanDays).toBe(0);
    expect(m.warnings.find((w) => w.code === "firstContactBeforeStart")).toMatchObject({ line: 2 });
  });

  it("no first-contact date anywhere in the file: the column was not exported → missing", () => {
    const m = metrics({ caseload: [participant("A", "p", vMinus(100))] });
    expect(m.firstContact.missing).toBe("noFirstContactData");
    expect(m.firstContact.meanDays).toBeUndefined();
  });

  it("discharged by status with no sluttdato and no contact cannot be measured: left out, warned", () => {
    const m = metrics({ caseload: [columnPresent(), participant("A", "p", vMinus(100), { discharged: true })] });
    expect(m.firstContact).toMatchObject({ participants: 1, unmeasurable: 1, missing: "noneToMeasure" });
    expect(m.warnings.find((w) => w.code === "dischargedWithoutEndDate")).toMatchObject({ line: 3 });
  });

  it("no caseload file → missing", () => {
    expect(metrics({}).firstContact.missing).toBe("noFile");
  });
});
