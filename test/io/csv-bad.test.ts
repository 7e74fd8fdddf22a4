/**
 * One fixture file per bad input (test/fixtures/bad, written by test/fixtures/make-io-fixtures.mjs), each
 * with the exact `file:line:column: message` lines the reader reports.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatIssueIn } from "../../src/core/errors.js";
import { readCsv } from "../../src/io/csv/index.js";
import { BAD_CSV_CASES as cases } from "../helpers/bad-cases.js";
import { fixture } from "./fixtures.js";

describe("bad CSV input: every problem as file:line:column: message", () => {
  it.each(cases)("%s", async (name, kind, expected) => {
    const path = fixture(`bad/${name}`);
    const read = await readCsv(path, kind);
    expect(read.issues.map(formatIssueIn("en"))).toEqual(expected.map((e) => `${path}${e}`));
    expect(read.issueCount).toBe(expected.length);
  });

  it("a row over the hour limit is not a record; the rows around it are", async () => {
    const read = await readCsv(fixture("bad/hours-over-day.csv"), "utetid");
    expect(read.records.map((r) => [r.source.line, r.hoursTotal])).toEqual([[2, 7.5]]);
  });

  it("never echoes an id number, and drops the row that holds one", async () => {
    for (const name of ["national-id-caseload.csv", "national-id-contacts.csv"]) {
      const path = fixture(`bad/${name}`);
      const digits = readFileSync(path, "utf8").match(/\d{6} ?\d{5}/)?.[0];
      expect(digits).toBeDefined();
      const read = await readCsv(path, name.includes("caseload") ? "caseload" : "contacts");
      const everything = JSON.stringify(read);
      expect(everything).not.toContain(digits);
      expect(everything).not.toContain(digits?.replace(" ", ""));
      expect(read.records.every((r) => r.source.line !== read.issues[0]?.line)).toBe(true);
    }
  });

  it("never echoes what Excel made of an id number (leading zero dropped, scientific notation)", async () => {
    const cases = [
      ["national-id-leading-zero.csv", "caseload", /\d{10}/],
      ["national-id-leading-zero-contacts.csv", "contacts", /\d{10}/],
      ["scientific-caseload.csv", "caseload", /\d,\d+E\+\d+/],
      ["scientific-contacts.csv", "contacts", /\d\.\d+E\+\d+/],
    ] as const;
    for (const [name, kind, pattern] of cases) {
      const path = fixture(`bad/${name}`);
      const value = readFileSync(path, "utf8").match(pattern)?.[0];
      expect(value).toBeDefined();
      const read = await readCsv(path, kind);
      expect(read.issues).toHaveLength(1);
      expect(JSON.stringify(read)).not.toContain(value);
      expect(read.records.every((r) => r.source.line !== read.issues[0]?.line)).toBe(true);
    }
  });

  it("does not quote a caseload or contact cell that may be a name or participant id", async () => {
    for (const [name, kind] of [
      ["personal-value-caseload.csv", "caseload"],
      ["personal-value-contacts.csv", "contacts"],
    ] as const) {
      const read = await readCsv(fixture(`bad/${name}`), kind);
      const text = read.issues.map(formatIssueIn("en")).join("\n");
      for (const personal of ["Ola", "Nordmann", "P-4711"]) expect(text).not.toContain(personal);
    }
  });

  it("keeps the valid rows of a file with problems, with the line each starts on", async () => {
    const read = await readCsv(fixture("bad/many-problems.csv"), "contacts");
    expect(read.rows).toBe(5);
    expect(read.records.map((r) => [r.source.line, r.employer])).toEqual([
      [2, "Bakeriet\nAS"],
      [10, "Sagbruket"],
    ]);
  });

  it("counts every problem but keeps only maxIssues", async () => {
    const read = await readCsv(fixture("bad/many-problems.csv"), "contacts", { maxIssues: 2 });
    expect(read.issues).toHaveLength(2);
    expect(read.issueCount).toBe(4);
  });

  it("header only: no records, an empty list (not missing), and only a warning", async () => {
    const read = await readCsv(fixture("bad/header-only.csv"), "contacts");
    expect(read.records).toEqual([]);
    expect(read.issues.every((i) => i.severity === "warning")).toBe(true);
  });
});
