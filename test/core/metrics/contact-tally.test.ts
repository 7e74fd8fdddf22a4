import { beforeEach, describe, expect, it } from "vitest";
import { addContact, newContactTally, tallyContacts } from "../../../src/core/metrics/contact-tally.js";
import type { ContactRecord } from "../../../src/core/records.js";
import { lookbackWindow } from "../../../src/core/window.js";
import { blockStart, contact, everyBlock, metrics, resetLines, V, vMinus, WIN } from "./builders.js";

beforeEach(resetLines);

/** n rows before the window: 5 specialists, 20 employers, 30 participants, every mode, dates over a year. */
function oldRows(n: number, firstLine: number): ContactRecord[] {
  const modes = ["in-person", "phone", "video", "email", "sms"] as const;
  return Array.from({ length: n }, (_, i) => ({
    ...contact(`JS ${i % 5}`, vMinus(60 + (i % 365)), `Employer ${i % 20}`, {
      mode: modes[i % modes.length] ?? "in-person",
      line: firstLine + i,
    }),
    participant: `P-${i % 30}`,
  }));
}

describe("the contact tally holds what the window needs, not every row (issue 10, item 6)", () => {
  it("grows with the rows in the window, specialists, employers and participants — not with the file", () => {
    const sizes = (n: number) => {
      const tally = newContactTally(WIN);
      for (const c of oldRows(n, 2)) addContact(tally, c);
      for (const c of [contact("JS 1", blockStart(1)), contact("JS 2", blockStart(2))]) addContact(tally, c);
      return {
        read: tally.read,
        outside: tally.outside.count,
        state: [tally.inWindow.length, tally.names.size, tally.participants.size, tally.firstAppearance.size],
      };
    };
    const small = sizes(1_000);
    const large = sizes(20_000);
    expect(small).toEqual({ read: 1_002, outside: 1_000, state: [2, 5, 30, 21] });
    expect(large).toEqual({ read: 20_002, outside: 20_000, state: [2, 5, 30, 21] });
  });

  it("keeps the first and last date outside the window, and which rows in the window came before them", () => {
    const rows = [contact("A", blockStart(1)), contact("A", "2025-01-02"), contact("A", "2024-03-04"), contact("A", V)];
    const t = tallyContacts(rows, WIN);
    expect(t.outside).toEqual({ count: 3, first: "2024-03-04", last: V, inWindowBefore: 1 });
    expect(t.inWindow).toEqual([rows[0]]);
    expect(t.file).toBe("arbeidsgiverkontakter.csv");
  });

  it("gives the metrics the same numbers, warnings and trail as the rows themselves", () => {
    const rows = [
      ...oldRows(300, 2),
      contact("JS 1", blockStart(1), "Employer 3"), // seen before the window: a repeat contact
      contact("JS 1", blockStart(2), "New AS"),
      contact("JS 1", blockStart(1), "New AS", { mode: "phone" }), // later: the counted row above is its first
      contact("Nobody", blockStart(2), "Other AS"), // off the roster
    ];
    const utetid = [...everyBlock("JS 1"), ...everyBlock("JS 2")];
    const fromRows = metrics({ utetid, contacts: rows });
    const tally = newContactTally(WIN);
    for (const c of rows) addContact(tally, c);
    const fromTally = metrics({ utetid, contactTally: tally });
    expect(fromTally).toEqual(fromRows);
    const m = fromTally.employerContacts;
    expect(m.rows).toMatchObject({ read: 304, used: 2, ignored: { outsideWindow: 300 } });
    expect(m.employers).toEqual({ distinct: 2, newContacts: 1, repeatContacts: 1 });
  });

  it("lists the reasons rows were left out in the order they first came in the file", () => {
    const utetid = everyBlock("A");
    const phoneFirst = [contact("A", blockStart(1), "X", { mode: "phone" }), contact("A", "2024-01-01")];
    const oldFirst = [contact("A", "2024-01-01"), contact("A", blockStart(1), "X", { mode: "phone" })];
    const keys = (rows: ContactRecord[]) =>
      Object.keys(metrics({ utetid, contacts: rows }).employerContacts.rows.ignored);
    expect(keys(phoneFirst)).toEqual(["modeNotCounted", "outsideWindow"]);
    expect(keys(oldFirst)).toEqual(["outsideWindow", "modeNotCounted"]);
  });

  it("an employer is new where its earliest row is, even when that row comes later in the file", () => {
    const rows = [contact("A", blockStart(1), "Late AS"), contact("A", blockStart(3), "late as ")];
    const m = metrics({ utetid: everyBlock("A"), contacts: rows }).employerContacts;
    expect(m.specialists[0]?.newEmployerContacts).toBe(1);
    expect(m.employers).toEqual({ distinct: 1, newContacts: 1, repeatContacts: 1 });
  });

  it("is refused for another window than the one it was built for", () => {
    const tally = tallyContacts([contact("A", blockStart(1))], lookbackWindow(vMinus(7), 8));
    expect(() => metrics({ utetid: everyBlock("A"), contactTally: tally })).toThrow(/tallied for/);
  });
});
