import { describe, expect, it } from "vitest";
import {
  comparableId,
  mentionsParticipantId,
  type ParticipantIds,
  participantIdsOf,
} from "../../src/core/participant-ids.js";
import type { CaseloadRecord, ContactRecord } from "../../src/core/records.js";

const source = { file: "portefolje.csv", line: 2 };
const caseload = (participant: string): CaseloadRecord => ({
  source,
  specialist: "Even Tveit",
  participant,
  startDate: "2024-05-17",
  discharged: false,
});
const contact = (participant?: string): ContactRecord => ({
  source: { file: "arbeidsgiverkontakter.csv", line: 2 },
  specialist: "Even Tveit",
  date: "2026-10-01",
  employer: "Sjøbris Pizzeria AS",
  mode: "in-person",
  followUp: false,
  ...(participant === undefined ? {} : { participant }),
});

const ids = (...raw: string[]): ParticipantIds => participantIdsOf({ caseload: raw.map(caseload) });

describe("which ids are compared", () => {
  it.each([
    ["D-3803", "d3803"],
    ["  P 017 ", "p017"],
    ["Kari", "kari"],
    ["ØLA-1", "øla1"],
    ["Ｄ‐３８０３", "d3803"], // fullwidth, Unicode hyphen
    ["D\u200b-3803", "d3803"], // zero-width space
    ["A12", "a12"],
    ["10234", "10234"],
    // too short to tell from ordinary text
    ["7", undefined],
    ["A1", undefined],
    // digits only and shorter than 5: counts, years, dates in notes
    ["117", undefined],
    ["2026", undefined],
    // placeholders and everyday words
    ["ukjent", undefined],
    ["Unknown", undefined],
    ["N/A", undefined],
    ["---", undefined],
  ])("%j → %j", (raw, expected) => {
    expect(comparableId(raw)).toBe(expected);
  });

  it("takes the caseload's and the contacts' ids (a contact without one adds nothing)", () => {
    const found = participantIdsOf({
      caseload: [caseload("D-3803"), caseload("D-2163"), caseload("D-3803")],
      contacts: [contact("D-2471"), contact(), contact("ukjent")],
    });
    expect([...found].sort()).toEqual(["d2163", "d2471", "d3803"]);
    expect(participantIdsOf({}).size).toBe(0);
  });
});

describe("a mention is the id as a whole token, in any case", () => {
  const team = ids("D-3803", "D-2163", "Kari", "P 017", "10234", "117");
  it.each([
    ["Sak med D-3803 drøftet; se også deltaker D-2163.", true],
    ["D-3803", true],
    ["(D-3803)", true],
    ["D-3803.", true],
    ["«D-3803»", true],
    ["d-3803 fikk jobb", true],
    ["deltaker D-3803-2 sluttet", true], // a hyphen is not part of a word
    ["Kari fikk jobb", true],
    ["KARI", true],
    ["P  017 er i arbeid", true], // white space runs count as one space
    ["Saksnr. 10234", true],
    ["D-38031", false], // part of a longer id
    ["XD-3803", false],
    ["D-3803x", false],
    ["Karine fikk jobb", false],
    ["Blikkari", false],
    ["10234567", false],
    ["117 kontakter i perioden", false], // a short number is not compared
    // Spelt another way: hyphens, dashes, spaces and invisible characters are folded away.
    ["D 3803", true],
    ["D3803 fikk jobb", true],
    ["sak D\u20103803", true], // Unicode hyphen
    ["sak D\u20133803", true], // en dash
    ["sak D\u2014 3803", true], // em dash and a space
    ["sak D-\u200b3803", true], // zero-width space
    ["sak D\u00ad-3803", true], // soft hyphen
    ["sak D\u20603803", true], // word joiner
    ["sak \u200eD-3803\u200f", true], // bidi marks
    ["sak Ｄ－３８０３", true], // fullwidth
    ["sak D.3803", true],
    ["sak D - 3803", true],
    ["K a r i", true],
    ["D, 3803", false], // a comma separates two things
    ["D3803x", false],
    ["xD 3803", false],
    ["", false],
  ])("%j → %j", (text, expected) => {
    expect(mentionsParticipantId(text, team)).toBe(expected);
  });

  it("an id ending in a non-word character is found before a word character", () => {
    expect(mentionsParticipantId("sak #A12-x", ids("#A12-"))).toBe(true);
  });

  it("Norwegian letters are word characters; composed and decomposed letters are the same", () => {
    const team = ids("Bjørn-1", "Å-100");
    expect(mentionsParticipantId("Bjørn-1 fikk jobb", team)).toBe(true);
    expect(mentionsParticipantId("øBjørn-1", team)).toBe(false);
    expect(mentionsParticipantId("sak A\u030a-100", team)).toBe(true);
    expect(mentionsParticipantId("Å-1000", team)).toBe(false);
  });

  it("no ids, nothing to find", () => {
    expect(mentionsParticipantId("D-3803", new Set())).toBe(false);
  });
});
