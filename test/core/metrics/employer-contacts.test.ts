import { beforeEach, describe, expect, it } from "vitest";
import { lookbackWindow } from "../../../src/core/window.js";
import {
  activeParticipants,
  blockStart,
  contact,
  contacts,
  D,
  day,
  everyBlock,
  metrics,
  resetLines,
  V,
  vMinus,
} from "./builders.js";

beforeEach(resetLines);

describe("contacts per week = counted / present blocks (÷ FTE when FTE < 1) (§5.2)", () => {
  it.each([
    // name, counted contacts, weeks with utetid logged (of 8), fte (team.json), expected per week
    ["48 over 8 weeks = 6.0", 48, 8, undefined, 6],
    ["47 over 8 weeks = 5.875", 47, 8, undefined, 5.875],
    ["42 over 7 present weeks (one absent) = 6.0", 42, 7, undefined, 6],
    ["24 over 8 weeks at FTE 0.5 = 3 / 0.5 = 6.0 (prorated)", 24, 8, 0.5, 6],
    ["24 over 8 weeks at FTE 50 (a percentage) = 6.0", 24, 8, 50, 6],
    ["16 over 8 weeks at FTE 1.0 = 2.0", 16, 8, 1, 2],
    ["0 counted contacts = 0 (a roster specialist with none has 0)", 0, 8, undefined, 0],
  ] as [string, number, number, number | undefined, number][])("%s", (_name, n, weeks, fte, perWeek) => {
    const present = Array.from({ length: weeks }, (_, i) => i + 1);
    const m = metrics(
      // Plus one phone call (not counted) so the file has a row in the window even when n = 0.
      {
        utetid: everyBlock("A", 3, 7.5, weeks),
        contacts: [...contacts("A", n, present), contact("A", D, "Z", { mode: "phone" })],
      },
      fte === undefined ? {} : { fte: { A: fte } },
    );
    const s = m.employerContacts.specialists[0];
    expect(s?.counted).toBe(n);
    expect(s?.presentBlocks).toBe(weeks);
    expect(s?.perWeek).toBeCloseTo(perWeek, 10);
    expect(m.employerContacts.teamMeanPerWeek).toBeCloseTo(perWeek, 10);
  });

  it.each([
    // 100-week window, no utetid: all 100 blocks present. 599 / 100 = 5.99; 600 / 100 = 6.
    [599, 5.99],
    [600, 6],
  ])("%i contacts over 100 weeks = %f per week", (n, perWeek) => {
    const window = lookbackWindow(V, 100);
    const blocks = Array.from({ length: 100 }, (_, i) => i + 1);
    const rows = Array.from({ length: n }, (_, i) => contact("A", vMinus(7 * (blocks[i % 100] ?? 1)), `E${i}`));
    const m = metrics({ contacts: rows }, { window });
    expect(m.employerContacts.specialists[0]?.perWeek).toBeCloseTo(perWeek, 12);
    expect(m.employerContacts.specialists[0]?.presentBlocks).toBe(100);
  });

  it("FTE proration off: 24 over 8 weeks at FTE 0.5 = 3.0", () => {
    const m = metrics(
      { utetid: everyBlock("A"), contacts: contacts("A", 24) },
      { fte: { A: 0.5 }, rules: { fteProration: false } },
    );
    expect(m.employerContacts.specialists[0]).toMatchObject({ perWeek: 3, prorated: false, fte: 0.5 });
  });

  it("FTE ≥ 1 is never a divisor", () => {
    const m = metrics({ utetid: everyBlock("A"), contacts: contacts("A", 24) }, { fte: { A: 1 } });
    expect(m.employerContacts.specialists[0]).toMatchObject({ perWeek: 3, prorated: false });
  });

  it("FTE from the caseload column when team.json has none", () => {
    const m = metrics({
      utetid: everyBlock("A"),
      contacts: contacts("A", 24),
      caseload: activeParticipants("A", 3, { fte: 0.5 }),
    });
    expect(m.employerContacts.specialists[0]).toMatchObject({ fte: 0.5, fteSource: "caseload", perWeek: 6 });
  });

  it("team value is the mean of the specialists' rates", () => {
    // A 48/8 = 6, B 16/8 = 2 → mean 4.
    const m = metrics({
      utetid: [...everyBlock("A"), ...everyBlock("B")],
      contacts: [...contacts("A", 48), ...contacts("B", 16)],
    });
    expect(m.employerContacts.teamMeanPerWeek).toBe(4);
    expect(m.employerContacts.totalCounted).toBe(64);
  });
});

describe("which contacts count", () => {
  it.each([
    ["in person on V−1 counts", contact("A", vMinus(1)), true, undefined],
    ["in person on V is outside the window", contact("A", V), false, "outsideWindow"],
    ["in person on V−56 counts", contact("A", vMinus(56)), true, undefined],
    ["in person on V−57 is outside the window", contact("A", vMinus(57)), false, "outsideWindow"],
    ["phone does not count by default", contact("A", D, "X", { mode: "phone" }), false, "modeNotCounted"],
    ["follow-up does not count by default", contact("A", D, "X", { followUp: true }), false, "followUpNotCounted"],
  ] as const)("%s", (_name, row, counted, reason) => {
    const m = metrics({ utetid: everyBlock("A"), contacts: [row] });
    expect(m.employerContacts.totalCounted).toBe(counted ? 1 : 0);
    if (reason) expect(m.employerContacts.rows.ignored[reason]).toBe(1);
    // A roster specialist with no counted contacts has 0.
    expect(m.employerContacts.specialists[0]?.perWeek).toBe(counted ? 1 / 8 : 0);
  });

  it("countModes and countFollowUp change what counts", () => {
    const rows = [
      contact("A", D, "X", { mode: "phone" }),
      contact("A", D, "X", { mode: "video" }),
      contact("A", D, "X", { followUp: true }),
      contact("A", D, "X"),
    ];
    const m = metrics(
      { utetid: everyBlock("A"), contacts: rows },
      { rules: { countModes: ["in-person", "phone"], countFollowUp: true } },
    );
    expect(m.employerContacts.totalCounted).toBe(3);
    expect(m.employerContacts.rows.ignored).toEqual({ modeNotCounted: 1 });
  });

  it("a contact in an absent block is left out (and warned about), the block leaves the denominator", () => {
    // A's utetid in blocks 1–7; block 8 not logged by A (B logged it, so it is A's absence, not a gap in the
    // file). 7 contacts in blocks 1–7 and 1 in block 8. per week = 7 / 7 = 1.0 (the block-8 contact is not counted).
    const m = metrics({
      utetid: [...everyBlock("A", 3, 7.5, 7), ...everyBlock("B", 3, 7.5)],
      contacts: [...contacts("A", 7, [1, 2, 3, 4, 5, 6, 7]), contact("A", blockStart(8), "Y", { line: 99 })],
    });
    const s = m.employerContacts.specialists[0];
    expect(s).toMatchObject({ counted: 7, presentBlocks: 7, absentBlocks: [8], perWeek: 1 });
    expect(s?.weekly[7]).toEqual({ index: 8, counted: 0, absent: true });
    expect(m.employerContacts.rows.ignored.inAbsentBlock).toBe(1);
    expect(m.warnings.find((w) => w.code === "contactsInAbsentBlocks")).toMatchObject({ specialist: "A", line: 99 });
  });

  it("a block the utetid file does not cover (no row by anyone) leaves the rate like an absent block", () => {
    // Utetid in blocks 1–7 only, for the only specialist: block 8 is a coverage gap. The block-8 contact is
    // not counted and block 8 is not in the denominator: 7 / 7 = 1.0, as before coverage gaps had a name.
    const m = metrics({
      utetid: everyBlock("A", 3, 7.5, 7),
      contacts: [...contacts("A", 7, [1, 2, 3, 4, 5, 6, 7]), contact("A", blockStart(8), "Y", { line: 99 })],
    });
    const s = m.employerContacts.specialists[0];
    expect(s).toMatchObject({ counted: 7, presentBlocks: 7, absentBlocks: [], perWeek: 1 });
    expect(s?.weekly[7]).toEqual({ index: 8, counted: 0, absent: false, uncovered: true });
    expect(m.employerContacts.rows.ignored.inUncoveredBlock).toBe(1);
    expect(m.warnings.find((w) => w.code === "contactsInUncoveredBlocks")).toMatchObject({ line: 99 });
    expect(m.warnings.find((w) => w.code === "contactsInAbsentBlocks")).toBeUndefined();
  });

  it("a 0-hour utetid row makes a block absent for contacts", () => {
    const rows = everyBlock("A").map((r, i) => (i === 0 ? { ...r, hoursTotal: 0, hoursOut: 0 } : r));
    // 14 contacts in blocks 2–8 → 14 / 7 = 2.0
    const m = metrics({ utetid: rows, contacts: contacts("A", 14, [2, 3, 4, 5, 6, 7, 8]) });
    expect(m.employerContacts.specialists[0]).toMatchObject({ presentBlocks: 7, perWeek: 2 });
  });

  it("without utetid data every block is present", () => {
    const m = metrics({ contacts: contacts("A", 16) });
    expect(m.roster.basis).toBe("contactsOrCaseload");
    expect(m.employerContacts.absenceFromUtetid).toBe(false);
    expect(m.employerContacts.specialists[0]).toMatchObject({ presentBlocks: 8, perWeek: 2 });
  });

  it("a contact by someone with no utetid rows in the window is left out, with a warning", () => {
    const m = metrics({ utetid: everyBlock("A"), contacts: [contact("A", D), contact("Ghost", D, "X", { line: 42 })] });
    expect(m.employerContacts.specialists.map((s) => s.specialist)).toEqual(["A"]);
    expect(m.employerContacts.rows.ignored.specialistNotInWindow).toBe(1);
    expect(m.warnings.find((w) => w.code === "contactsWithoutUtetid")).toMatchObject({ specialist: "Ghost", line: 42 });
  });

  it("names match across files after trimming, case-folding and collapsing spaces", () => {
    const m = metrics({ utetid: everyBlock("Kari  Nordmann"), contacts: [contact(" kari nordmann ", D)] });
    expect(m.employerContacts.specialists).toHaveLength(1);
    expect(m.employerContacts.specialists[0]).toMatchObject({ specialist: "Kari Nordmann", counted: 1 });
  });
});

describe("weekly series, new vs repeat employers", () => {
  it("counts counted contacts per block, per specialist and for the team", () => {
    const m = metrics({
      utetid: [...everyBlock("A"), ...everyBlock("B")],
      contacts: [contact("A", vMinus(1)), contact("A", vMinus(7)), contact("A", vMinus(8)), contact("B", vMinus(8))],
    });
    const a = m.employerContacts.specialists[0];
    expect(a?.weekly.map((w) => w.counted)).toEqual([2, 1, 0, 0, 0, 0, 0, 0]);
    expect(m.employerContacts.blocks.map((b) => b.counted)).toEqual([2, 2, 0, 0, 0, 0, 0, 0]);
  });

  it("an employer is new the first time it appears in the whole file (any date, any mode)", () => {
    const rows = [
      contact("A", vMinus(100), "Rema 1000"), // first Rema: before the window (not counted)
      contact("A", vMinus(10), "rema  1000 "), // repeat (same employer after normalising)
      contact("A", vMinus(9), "Kiwi", { mode: "phone" }), // first Kiwi, by phone: not counted
      contact("A", vMinus(5), "KIWI"), // repeat
      contact("A", vMinus(3), "Coop"), // new
      contact("A", vMinus(2), "Coop"), // repeat
    ];
    const m = metrics({ utetid: everyBlock("A"), contacts: rows });
    expect(m.employerContacts.employers).toEqual({ distinct: 3, newContacts: 1, repeatContacts: 3 });
    expect(m.employerContacts.specialists[0]?.newEmployerContacts).toBe(1);
  });

  it("first appearance on the same date goes by line order", () => {
    const rows = [contact("B", D, "Coop", { line: 5 }), contact("A", D, "Coop", { line: 3 })];
    const m = metrics({ utetid: [...everyBlock("A"), ...everyBlock("B")], contacts: rows });
    const [a, b] = m.employerContacts.specialists;
    expect(a?.newEmployerContacts).toBe(1);
    expect(b?.newEmployerContacts).toBe(0);
  });
});

describe("missing contact data", () => {
  // Missing only without the file, or without specialists. (The "empty file" and "rows only outside the
  // window" cases used to be missing too — "noRowsInWindow" — which §5 rules out: see the next block.)
  it.each([
    ["no file → noFile", { utetid: everyBlock("A") }, "noFile"],
    [
      "contacts only outside the window, no utetid, no caseload → noSpecialists",
      { contacts: [contact("A", vMinus(80))] },
      "noSpecialists",
    ],
    ["empty file, no utetid, no caseload → noSpecialists", { contacts: [] }, "noSpecialists"],
  ] as [string, Parameters<typeof metrics>[0], string][])("%s", (_name, records, code) => {
    const m = metrics(records);
    expect(m.employerContacts.missing).toBe(code);
    expect(m.employerContacts.teamMeanPerWeek).toBeUndefined();
  });

  // §5: "Such a specialist with no counted contacts has 0." With the file present and a roster, every
  // specialist gets a rate, 0 when nothing in the window counts: 0 contacts / 8 present weeks = 0 per week.
  it.each([
    ["header-only file (no rows)", () => []],
    ["only contacts from before the window", () => [contact("A", vMinus(80)), contact("B", vMinus(57))]],
    ["only contacts on V or later", () => [contact("A", V)]],
  ] as [string, () => ReturnType<typeof contact>[]][])("file present, %s: every specialist has 0", (_name, rows) => {
    const list = rows();
    const m = metrics({ utetid: [...everyBlock("A"), ...everyBlock("B")], contacts: list });
    const c = m.employerContacts;
    expect(c.missing).toBeUndefined();
    expect(c.specialists.map((s) => [s.specialist, s.counted, s.presentBlocks, s.perWeek])).toEqual([
      ["A", 0, 8, 0],
      ["B", 0, 8, 0],
    ]);
    expect(c.teamMeanPerWeek).toBe(0);
    expect(c.totalCounted).toBe(0);
    expect(c.rows).toMatchObject({ present: true, read: list.length, used: 0 });
    if (list.length > 0) expect(c.rows.ignored.outsideWindow).toBe(list.length);
  });

  it("file present, roster from the caseload (no utetid), no contacts in the window: missing, not 0", () => {
    const m = metrics({ contacts: [contact("A", vMinus(80))], caseload: activeParticipants("A", 5) });
    expect(m.roster.basis).toBe("contactsOrCaseload");
    expect(m.employerContacts.missing).toBe("noContactDataInWindow");
    // The specialist keeps the trail (0 counted over 8 weeks) but gets no rate.
    expect(m.employerContacts.specialists.map((s) => [s.specialist, s.counted, s.presentBlocks, s.perWeek])).toEqual([
      ["A", 0, 8, undefined],
    ]);
    expect(m.employerContacts.teamMeanPerWeek).toBeUndefined();
    expect(m.employerContacts.specialistsWithRate).toBe(0);
  });

  it("all specialists absent the whole window → no present blocks", () => {
    const m = metrics({ utetid: [day("A", D, 0, 0)], contacts: [contact("A", D)] });
    expect(m.employerContacts.missing).toBe("noPresentBlocks");
    expect(m.employerContacts.specialists[0]?.perWeek).toBeUndefined();
  });
});

describe("does the data cover the window? 0 contacts is a value only then (window 2026-10-01 … 2026-11-25)", () => {
  // Specialist A is on the roster through the caseload (no utetid in the window) or through utetid. "Covered"
  // = a contact row of any kind dated in the window, or a utetid row in the window (employer-contacts.ts).
  it.each([
    // name, records, expected per week of A (undefined = missing "noContactDataInWindow")
    [
      "only a phone contact, on the window's last day D: covered, a real 0",
      () => ({ contacts: [contact("A", D, "X", { mode: "phone" })], caseload: activeParticipants("A", 2) }),
      0,
    ],
    [
      "only a follow-up visit, on the window's first day 2026-10-01: covered, a real 0",
      () => ({
        contacts: [contact("A", blockStart(8), "X", { followUp: true })],
        caseload: activeParticipants("A", 2),
      }),
      0,
    ],
    [
      "only a contact on V (the day after the window), no utetid: not covered",
      () => ({ contacts: [contact("A", V)], caseload: activeParticipants("A", 2) }),
      undefined,
    ],
    [
      "only a contact on 2026-09-30 (the day before the window), no utetid: not covered",
      () => ({ contacts: [contact("A", vMinus(57))], caseload: activeParticipants("A", 2) }),
      undefined,
    ],
    [
      "header-only contacts file, no utetid file: not covered",
      () => ({ contacts: [], caseload: activeParticipants("A", 2) }),
      undefined,
    ],
    [
      "header-only contacts file, utetid only before the window: not covered",
      () => ({ utetid: [day("A", vMinus(57), 7.5, 3)], contacts: [], caseload: activeParticipants("A", 2) }),
      undefined,
    ],
    [
      "header-only contacts file, one utetid row on 2026-10-01 (block 8): covered, 0 / 1 present week = 0",
      () => ({ utetid: [day("A", blockStart(8), 7.5, 3)], contacts: [] }),
      0,
    ],
    [
      "old contacts only, utetid in every block: covered by utetid, 0 / 8 = 0",
      () => ({ utetid: everyBlock("A"), contacts: [contact("A", vMinus(57)), contact("A", V)] }),
      0,
    ],
  ] as [string, () => Parameters<typeof metrics>[0], number | undefined][])("%s", (_name, records, perWeek) => {
    const c = metrics(records()).employerContacts;
    expect(c.specialists.map((s) => s.specialist)).toEqual(["A"]);
    expect(c.specialists[0]?.counted).toBe(0);
    expect(c.specialists[0]?.perWeek).toBe(perWeek);
    expect(c.teamMeanPerWeek).toBe(perWeek);
    expect(c.missing).toBe(perWeek === undefined ? "noContactDataInWindow" : undefined);
  });

  it("a file with rows but none in the window gets a team-level warning naming the window and the rows' dates", () => {
    // Rows on 2026-09-17 (V−70), 2026-09-30 (V−57) and 2026-11-26 (V): none in 2026-10-01 … 2026-11-25.
    const m = metrics({
      contacts: [contact("A", vMinus(57)), contact("A", V), contact("B", vMinus(70), "X", { mode: "phone" })],
      caseload: activeParticipants("A", 2),
    });
    expect(m.warnings.filter((w) => w.code === "contactsWithoutRowsInWindow")).toEqual([
      {
        code: "contactsWithoutRowsInWindow",
        file: "arbeidsgiverkontakter.csv",
        message: {
          nb: "Ingen av radene i arbeidsgiverkontakter.csv ligger i datavinduet 01.10.2026–25.11.2026 (radene går fra 17.09.2026 til 26.11.2026) – stemmer besøksdatoen?",
          en: "None of the rows in arbeidsgiverkontakter.csv fall in the data window 2026-10-01–2026-11-25 (the rows run from 2026-09-17 to 2026-11-26) – is the visit date right?",
        },
      },
    ]);
    expect(m.employerContacts.missing).toBe("noContactDataInWindow");
  });

  it.each([
    ["one row on D", () => [contact("A", vMinus(70)), contact("A", D, "X", { mode: "sms" })]],
    ["a header-only file", () => []],
  ] as [string, () => ReturnType<typeof contact>[]][])("no such warning with %s", (_name, rows) => {
    const m = metrics({ utetid: everyBlock("A"), contacts: rows() });
    expect(m.warnings.map((w) => w.code)).not.toContain("contactsWithoutRowsInWindow");
  });
});
