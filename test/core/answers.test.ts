import { describe, expect, it } from "vitest";
import { combineRatings, parseAnswers } from "../../src/core/answers.js";
import { participantIdsOf } from "../../src/core/participant-ids.js";
import type { CaseloadRecord } from "../../src/core/records.js";
import type { Scale } from "../../src/core/scale.js";
import type { DataSuggestion } from "../../src/core/suggestion.js";
import { english } from "../helpers/english.js";
import { ips25, kvalitetsveileder } from "../helpers/scales.js";
import { syntheticId } from "../helpers/synthetic-id.js";

const ips = ips25();
const kv = kvalitetsveileder();
const t6: DataSuggestion = { itemId: "T6", metric: "employerContactsPerWeek", score: 4, value: 4.5, computation: [] };
const b1Missing: DataSuggestion = {
  itemId: "B1",
  metric: "caseloadPerFte",
  computation: [],
  missingReason: { nb: "Filen mangler", en: "File missing" },
};

function combine(json: unknown, suggestions: DataSuggestion[] = [t6], scale: Scale = ips) {
  const parsed = parseAnswers(json, scale, "vurderinger.json");
  const combined = combineRatings(scale, suggestions, parsed.answers);
  return {
    parseIssues: parsed.issues.map((i) => english(i.message)),
    parseIssuesNb: parsed.issues.map((i) => (typeof i.message === "string" ? i.message : i.message.nb)),
    ...combined,
    issueText: combined.issues.map((i) => english(i.message)),
  };
}

describe("answers file", () => {
  it.each([
    [{ B2: 6 }, "B2: a score is a whole number from 1 to 5"],
    [{ B2: 3.5 }, "B2: a score is a whole number from 1 to 5"],
    [{ B2: { score: 0 } }, "B2.score: a score is a whole number from 1 to 5"],
    [{ B4: 3 }, "B4: unknown item id for ips-25"],
    [{ B2: "gul" }, "B2: this scale is scored 1–5, not with colours"],
    [{ O2: { elements: ["no-such"] } }, 'O2.elements[0]: unknown element "no-such"'],
    [{ B2: { elements: [] } }, "B2.elements: B2 is not an element item"],
    [
      { B2: { score: 3, extra: 1 } },
      'B2: unknown field "extra" (known fields: score, colour, elements, reason, note, recommendation)',
    ],
    [{ B2: { score: 3, note: 7 } }, "B2.note: expected text"],
    [{ B4: 3 }, "B4: unknown item id for ips-25 (items are B1"],
    [{ B22: 3 }, "B22: unknown item id for ips-25 – did you mean B2? (items are"],
    [[1, 2], "(top level): expected an object"],
  ])("%j is refused: %s", (json, message) => {
    const { parseIssues } = combine(json);
    expect(parseIssues.join("\n")).toContain(message);
  });

  it.each([
    [{ B2: 6 }, "B2: en skår er et helt tall fra 1 til 5"],
    [{ B22: 3 }, "B22: ukjent punkt-id for ips-25 – mente du B2? (punktene er B1, B2"],
    [{ B2: "gul" }, "B2: denne skalaen skåres 1–5, ikke med farger"],
    [
      { B2: { score: 3, extra: 1 } },
      'B2: ukjent felt "extra" (kjente felt: score, colour, elements, reason, note, recommendation)',
    ],
    [[1, 2], "(top level): forventet et objekt med punkt-id → svar"],
  ])("in bokmål: %j → %s", (json, message) => {
    const { parseIssuesNb } = combine(json);
    expect(parseIssuesNb.join("\n")).toContain(message);
  });

  it("accepts a colour word in Norwegian or English on the colour scale", () => {
    const { ratings, parseIssues } = combine(
      { KV1: "grønn", KV4: "Yellow", KV5: { colour: "rød", note: "x" } },
      [],
      kv,
    );
    expect(parseIssues).toEqual([]);
    expect([ratings.get("KV1")?.colour, ratings.get("KV4")?.colour, ratings.get("KV5")?.colour]).toEqual([
      "green",
      "yellow",
      "red",
    ]);
  });

  it("keeps $-comments and context out of the items", () => {
    const parsed = parseAnswers({ $comment: "x", context: "Mange nye i teamet", B2: 4 }, ips, "v.json");
    expect(parsed.issues).toEqual([]);
    expect([...parsed.answers.items.keys()]).toEqual(["B2"]);
    expect(parsed.answers.context).toBe("Mange nye i teamet");
  });
});

describe("answers problems carry their JSON path (the reader turns it into line:column)", () => {
  it.each([
    [{ B2: 6 }, ["B2"]],
    [{ b2: { score: 3, extra: 1 } }, ["b2"]],
    [{ O2: { elements: ["weekly-team-meetings", "no-such"] } }, ["O2", "elements", 1]],
    [{ B2: { elements: [] } }, ["B2", "elements"]],
    [{ context: 3 }, ["context"]],
    [[1, 2], []],
  ])("%j → %j", (json, path) => {
    const { issues } = parseAnswers(json, ips, "vurderinger.json");
    expect(issues.map((i) => i.path)).toEqual([path]);
  });

  it("an override without a reason points at the item's key as written", () => {
    const parsed = parseAnswers({ t6: 3 }, ips, "vurderinger.json");
    expect(combineRatings(ips, [t6], parsed.answers).issues.map((i) => i.path)).toEqual([["t6"]]);
  });
});

describe("no national id numbers in the answers file's free text (it goes into the report)", () => {
  const ID = syntheticId("020139");
  const SPACED = `${ID.slice(0, 6)} ${ID.slice(6)}`;

  it.each([
    [{ B2: { score: 4, note: `Gjelder ${ID}` } }, ["B2", "note"]],
    [{ T6: { score: 3, reason: `deltaker ${SPACED} sluttet` } }, ["T6", "reason"]],
    [{ B3: { score: 9, note: `${ID}` } }, ["B3", "note"]], // also when the answer has other problems
    [{ context: `Mye fravær (${ID})` }, ["context"]],
  ])("%j is refused", (json, path) => {
    const { issues, answers } = parseAnswers(json, ips, "vurderinger.json");
    const found = issues.find((i) => i.path.join() === path.join());
    expect(english(found?.message)).toMatch(
      /^[A-Za-z0-9.]+: contains what looks like a Norwegian national identity number/,
    );
    const everything = JSON.stringify({ issues, context: answers.context });
    expect(everything).not.toContain(ID);
    expect(everything).not.toContain(SPACED);
  });

  it("an id number in an item key or element is not echoed either", () => {
    const { issues } = parseAnswers({ [`X${ID}`]: 3, O2: { elements: [ID] } }, ips, "vurderinger.json");
    expect(issues).toHaveLength(2);
    expect(JSON.stringify(issues.map((i) => i.message))).not.toContain(ID);
  });

  it("other numbers are fine", () => {
    const { issues } = parseAnswers(
      { B2: { score: 4, note: "Org.nr. 974760673, tlf 22 33 44 55, 2026-11-26" }, context: "12 av 15" },
      ips,
      "vurderinger.json",
    );
    expect(issues).toEqual([]);
  });
});

describe("data suggests, the evaluator decides", () => {
  it("takes the data's suggestion when the answers say nothing about the item", () => {
    const { ratings } = combine({});
    expect(ratings.get("T6")).toMatchObject({ score: 4, source: "data", suggestedScore: 4 });
  });

  it("an answer equal to the suggestion is still the data's score", () => {
    const { ratings, issues } = combine({ T6: { score: 4, note: "Ok" } });
    expect(issues).toEqual([]);
    expect(ratings.get("T6")).toMatchObject({ score: 4, source: "data", note: "Ok" });
  });

  it("an override needs a reason", () => {
    const { ratings, issueText } = combine({ T6: 3 });
    expect(issueText).toEqual([
      'T6: 3 differs from the data\'s suggestion 4: give { "score": 3, "reason": "…" } to override it',
    ]);
    expect(ratings.get("T6")).toMatchObject({ score: 3, source: "override", suggestedScore: 4 });
  });

  it("an override with a reason is kept with the suggestion", () => {
    const { ratings, issues } = combine({ T6: { score: 3, reason: "Ingen ukentlig oppfølging av skjema" } });
    expect(issues).toEqual([]);
    expect(ratings.get("T6")).toMatchObject({
      score: 3,
      source: "override",
      suggestedScore: 4,
      reason: "Ingen ukentlig oppfølging av skjema",
    });
  });

  it("a data item without data is the evaluator's", () => {
    const { ratings } = combine({ B1: 4 }, [t6, b1Missing]);
    expect(ratings.get("B1")).toMatchObject({ score: 4, source: "evaluator" });
  });

  it("an element item scores from its ticked elements", () => {
    const o2 = ips.sections[1]?.items.find((i) => i.id === "O2");
    const ids = (o2?.elements ?? []).map((e) => e.id);
    const { ratings, issues } = combine({ O2: { elements: ids.slice(0, 3) } });
    expect(issues).toEqual([]);
    expect(ratings.get("O2")).toMatchObject({ score: 3, source: "evaluator", elements: ids.slice(0, 3) });
  });

  it("an element score that contradicts the ticked elements is refused", () => {
    const o2 = ips.sections[1]?.items.find((i) => i.id === "O2");
    const ids = (o2?.elements ?? []).map((e) => e.id);
    const { issueText } = combine({ O2: { score: 5, elements: ids.slice(0, 2) } });
    expect(issueText[0]).toContain("O2: score 5 does not match the 2 elements ticked (which give 2)");
  });
});

describe("Kvalitetsveilederen: messages show colours as the answers file writes them", () => {
  const kv3: DataSuggestion = { itemId: "KV3", metric: "utetidPct", colour: "green", value: 45, computation: [] };

  it.each([
    [
      { KV3: "gul" },
      'KV3: gul differs from the data\'s suggestion grønn: give { "colour": "gul", "reason": "…" } to override it',
    ],
    [
      { KV3: "Yellow" },
      'KV3: gul differs from the data\'s suggestion grønn: give { "colour": "gul", "reason": "…" } to override it',
    ],
    [
      { KV3: { colour: "rød", note: "x" } },
      'KV3: rød differs from the data\'s suggestion grønn: give { "colour": "rød", "reason": "…" } to override it',
    ],
    [
      { KV3: { colour: "red", reason: "  " } },
      'KV3: rød differs from the data\'s suggestion grønn: give { "colour": "rød", "reason": "…" } to override it',
    ],
  ])("%j → %s", (json, message) => {
    const { parseIssues, issueText } = combine(json, [kv3], kv);
    expect(parseIssues).toEqual([]);
    expect(issueText).toEqual([message]);
  });

  it("an override with a reason is kept", () => {
    const { ratings, issues } = combine({ KV3: { colour: "gul", reason: "Ingen ukentlige teammøter" } }, [kv3], kv);
    expect(issues).toEqual([]);
    expect(ratings.get("KV3")).toMatchObject({ colour: "yellow", source: "override", suggestedColour: "green" });
  });

  it.each([
    [{ KV3: 3 }, "KV3: this scale uses colours (grønn/gul/rød), not scores"],
    [{ KV3: { score: 3, note: "x" } }, "KV3: this scale uses colours (grønn/gul/rød), not scores"],
    [{ KV1: 2 }, "KV1: this scale uses colours (grønn/gul/rød), not scores"],
  ])("%j gives one message, not also one about the suggestion", (json, message) => {
    const { parseIssues, issueText } = combine(json, [kv3], kv);
    expect(parseIssues).toEqual([message]);
    expect(issueText).toEqual([]);
  });

  it("a colour on the IPS scale likewise gives only its own message", () => {
    const { parseIssues, issueText } = combine({ T6: "gul" });
    expect(parseIssues).toEqual(["T6: this scale is scored 1–5, not with colours"]);
    expect(issueText).toEqual([]);
  });
});

describe("no participant ids from the team's own data in the answers file's free text", () => {
  const row = (participant: string): CaseloadRecord => ({
    source: { file: "portefolje.csv", line: 2 },
    specialist: "Even Tveit",
    participant,
    startDate: "2024-05-17",
    discharged: false,
  });
  const ids = participantIdsOf({ caseload: [row("D-3803"), row("D-2163"), row("117")] });
  const MESSAGE =
    "mentions a participant id from the caseload (not shown); the report must not identify participants: refer to the case without the id";

  it.each([
    [{ KV1: { colour: "gul", note: "Sak med D-3803 drøftet; se også deltaker D-2163." } }, "KV1.note", kv],
    [{ KV1: { colour: "gul", note: "(d-3803)" } }, "KV1.note", kv],
    [{ T6: { score: 3, reason: "D-2163 sluttet i uke 40" } }, "T6.reason", ips],
    [{ B2: { score: 9, note: "D-3803." } }, "B2.note", ips], // also when the answer has other problems
    [{ context: "Mye fravær hos D-3803" }, "context", ips],
  ])("%j is refused at %s, without the id", (json, where, scale) => {
    const { issues, answers } = parseAnswers(json, scale, "vurderinger.json", ids);
    const found = issues.find((i) => String(english(i.message)).startsWith(`${where}:`));
    expect(english(found?.message)).toBe(`${where}: ${MESSAGE}`);
    // Neither the message nor what is kept of the answers holds the id (a refused answer is not kept).
    const everything = JSON.stringify({ issues, context: answers.context, items: [...answers.items.values()] });
    expect(everything.toLowerCase()).not.toContain("d-3803");
    expect(everything.toLowerCase()).not.toContain("d-2163");
  });

  it.each([
    [{ KV1: { colour: "gul", note: "Sak D-38031 og XD-3803 drøftet" } }],
    [{ KV1: { colour: "gul", note: "117 kontakter i perioden" } }], // a short number is not compared
    [{ context: "Deltakerne D-nummer ikke oppgitt" }],
  ])("%j is fine", (json) => {
    expect(parseAnswers(json, kv, "vurderinger.json", ids).issues).toEqual([]);
  });

  it("without the team's ids (as `report` has none) nothing is compared", () => {
    const json = { KV1: { colour: "gul", note: "Sak med D-3803 drøftet" } };
    expect(parseAnswers(json, kv, "vurderinger.json").issues).toEqual([]);
  });
});
