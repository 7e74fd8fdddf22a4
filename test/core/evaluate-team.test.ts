import { describe, expect, it } from "vitest";
import { evaluateTeam, type TeamInput } from "../../src/core/evaluate-team.js";
import type { CaseloadRecord, ContactRecord } from "../../src/core/records.js";
import { english } from "../helpers/english.js";
import { kvalitetsveileder } from "../helpers/scales.js";

const kv = kvalitetsveileder();
const OPTIONS = { lang: "nb" as const, toolVersion: "test", timestamp: "2026-11-26T09:00:00.000Z" };
const MESSAGE =
  "mentions a participant id from the caseload (not shown); the report must not identify participants: refer to the case without the id";

const caseload = (participant: string): CaseloadRecord => ({
  source: { file: "portefolje.csv", line: 2 },
  specialist: "Even Tveit",
  participant,
  startDate: "2024-05-17",
  discharged: false,
});
const contact = (participant: string): ContactRecord => ({
  source: { file: "arbeidsgiverkontakter.csv", line: 2 },
  specialist: "Even Tveit",
  date: "2026-10-01",
  employer: "Sjøbris Pizzeria AS",
  mode: "in-person",
  followUp: false,
  participant,
});

function input(answers: unknown, context?: string): TeamInput {
  return {
    name: "Utvidet oppfølging NAV Tromsø",
    visitDate: "2026-11-26",
    evaluators: ["Evaluator"],
    lookbackWeeks: 8,
    records: { caseload: [caseload("D-3803"), caseload("D-2163")], contacts: [contact("D-4711")] },
    answers: { json: answers, file: "vurderinger.json" },
    ...(context === undefined ? {} : { context }),
    inputs: [],
    teamFile: "team.json",
  };
}

describe("evaluateTeam: free text naming the team's own participants is refused", () => {
  it("a note naming caseload participants (the user trial's KV1 note)", () => {
    const { issues, evaluation } = evaluateTeam(
      kv,
      input({ KV1: { colour: "gul", note: "Sak med D-3803 drøftet; se også deltaker D-2163." } }),
      OPTIONS,
    );
    expect(issues.map((i) => `${i.file}: ${english(i.message)}`)).toEqual([`vurderinger.json: KV1.note: ${MESSAGE}`]);
    expect(JSON.stringify(issues)).not.toMatch(/D-3803|D-2163/);
    // The evaluation holds no participant ids (the note was refused, the ids are only compared).
    expect(JSON.stringify(evaluation)).not.toMatch(/D-3803|D-2163|D-4711/i);
  });

  it("an id only in the contacts file counts too, in a reason", () => {
    const { issues } = evaluateTeam(kv, input({ KV1: { colour: "gul", note: "Møte med d-4711" } }), OPTIONS);
    expect(issues.map((i) => english(i.message))).toEqual([`KV1.note: ${MESSAGE}`]);
  });

  it("the answers file's context and team.json's context", () => {
    const fromAnswers = evaluateTeam(kv, input({ context: "Mye fravær (D-2163)" }), OPTIONS);
    expect(fromAnswers.issues.map((i) => english(i.message))).toEqual([`context: ${MESSAGE}`]);
    const fromTeam = evaluateTeam(kv, input({}, "D-3803 flyttet"), OPTIONS);
    expect(fromTeam.issues.map((i) => `${i.file}: ${english(i.message)}`)).toEqual([`team.json: context: ${MESSAGE}`]);
  });

  it("text that only looks like an id is kept", () => {
    const { issues, evaluation } = evaluateTeam(
      kv,
      input({ KV1: { colour: "gul", note: "Sak D-38031 drøftet" }, context: "Nytt NAV-kontor" }),
      OPTIONS,
    );
    expect(issues).toEqual([]);
    expect(evaluation.items.find((r) => r.itemId === "KV1")?.note).toBe("Sak D-38031 drøftet");
  });
});
