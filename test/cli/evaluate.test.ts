/**
 * The evaluate wizard end to end, in-process, with scripted answers on a copy of examples/ips-team (its
 * answers file removed, so every item is asked) and examples/uo-team (colour scale).
 */
import { existsSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import type { Evaluation } from "../../src/core/evaluation.js";
import { plannedActions } from "../../src/core/report/build.js";
import { readEvaluationFile } from "../../src/io/evaluation-file.js";
import { pdfPages } from "../helpers/pdf-text.js";
import { syntheticId } from "../helpers/synthetic-id.js";
import { copyExample, runScripted } from "./wizard/helpers.js";
import type { Step } from "./wizard/scripted-prompter.js";

const IPS_ORDER = [
  ["B1", "data"],
  ["B2", "anchor"],
  ["B3", "anchor"],
  ["O1", "anchor"],
  ["O2", "elements"],
  ["O3", "anchor"],
  ["O4", "anchor"],
  ["O5", "elements"],
  ["O6", "anchor"],
  ["O7", "elements"],
  ["O8", "elements"],
  ["T1", "anchor"],
  ["T2", "elements"],
  ["T3", "anchor"],
  ["T4", "data"],
  ["T5", "anchor"],
  ["T6", "data"],
  ["T7", "anchor"],
  ["T8", "data"],
  ["T9", "data"],
  ["T10", "data"],
  ["T11", "anchor"],
  ["T12", "anchor"],
  ["T13", "data"],
  ["T14", "elements"],
] as const;

/** One answer per item in scale order: Enter on data items, 4 on anchors, three elements ticked. */
function itemSteps(overrides: Record<string, Step[]> = {}): Step[] {
  return IPS_ORDER.flatMap(
    ([id, kind]) => overrides[id] ?? [kind === "data" ? "enter" : kind === "anchor" ? "4" : { tick: [1, 2, 3] }],
  );
}

/** Data summary (Enter), counting rules (Enter), every item, review (Enter = finish). */
const FULL: Step[] = ["enter", "enter", ...itemSteps(), "enter"];

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});
function team(name = "ips-team", keepAnswers = false): string {
  const t = copyExample(name, keepAnswers);
  cleanups.push(t.cleanup);
  return t.dir;
}

const sessionFile = (dir: string) => join(dir, ".fidelity", "ips-team-bergen-sentrum-2026-11-26.session.json");
const rating = (e: Evaluation, id: string) => e.items.find((r) => r.itemId === id);

/** The contacts export replaced by a newer one (the first half of its lines). */
function halveContacts(dir: string): void {
  const f = join(dir, "arbeidsgiverkontakter.csv");
  const lines = readFileSync(f, "utf8").split("\n");
  writeFileSync(f, `${lines.slice(0, Math.floor(lines.length / 2)).join("\n")}\n`);
}

/** The evaluation without the times it was made at (which differ between runs). */
function timeless(e: Evaluation): unknown {
  return {
    ...e,
    createdAt: undefined,
    updatedAt: undefined,
    items: e.items.map((r) => ({ ...r, ratedAt: undefined })),
  };
}

describe("evaluate: the whole visit", () => {
  test("summary → rules → every item → review → evaluation file and PDF, paths printed", async () => {
    const dir = team();
    const r = await runScripted(dir, dir, FULL);
    expect(r.code).toBe(0);
    expect(r.prompter.remaining).toBe(0);
    const [evaluationPath, pdfPath] = r.out.trim().split("\n");
    expect(evaluationPath).toBe(join(dir, "reports", "ips-team-bergen-sentrum.evaluation.json"));
    expect(pdfPath).toBe(join(dir, "reports", "ips-team-bergen-sentrum.pdf"));
    expect(
      readFileSync(pdfPath as string)
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");

    const e = readEvaluationFile(evaluationPath as string);
    expect(e.status).toBe("complete");
    expect(e.cursor).toBeUndefined();
    expect(e.items).toHaveLength(25);
    expect(e.evaluators).toEqual(["Tone Aasen", "Geir Lyngstad"]);
    // Every data item took the data's suggestion; the rest are the evaluator's.
    for (const [id, kind] of IPS_ORDER) {
      const x = rating(e, id);
      expect(x?.source, id).toBe(kind === "data" ? "data" : "evaluator");
      if (kind === "data") expect(x?.score, id).toBe(x?.suggestedScore);
    }
    // The finished session is gone; its answers are in the evaluation file.
    expect(existsSync(sessionFile(dir))).toBe(false);

    // The first screens: the data summary, then the counting rules.
    const [summary, rules] = r.prompter.screens;
    expect(summary).toContain("Vindu: 01.10.2026–25.11.2026");
    expect(summary?.replace(/\s+/g, " ")).toContain(
      "utetid.csv 300 rader lest, 240 brukt, 60 ikke brukt (60 utenfor vinduet)",
    );
    expect(summary).toMatch(/T13 +Tjenester ute i samfunnet \(utetid\) +57,7\u00a0% +→ 4/);
    expect(rules).toContain("Arbeidsgiverkontakter som telles: oppmøte.");
  });

  test("a visit where the data covers every data item: one key per item", async () => {
    const dir = team();
    const r = await runScripted(dir, dir, FULL);
    expect(r.code).toBe(0);
    // Each anchor and data item took exactly one question; element items one checklist.
    const perItem = r.prompter.asked.filter((q) => /^(choose: [A-Z]+\d+ |checklist: [A-Z]+\d+:)/.test(q));
    expect(perItem).toHaveLength(25);
    expect(r.prompter.asked).toHaveLength(2 + 25 + 1);
  });
});

describe("evaluate: data suggestions", () => {
  test("Enter accepts; another score needs a reason (an empty one is refused); '-' takes it back", async () => {
    const dir = team();
    const steps: Step[] = [
      "enter",
      "enter",
      ...itemSteps({
        T4: ["5", { text: "-" }, "enter"], // takes the override back, then accepts
        T6: ["2", { text: "" }, { text: "Ukeoversikten føres ikke; tallene er fra kalenderen" }],
      }),
      "enter",
    ];
    const r = await runScripted(dir, dir, steps);
    expect(r.code).toBe(0);
    expect(r.prompter.refused).toHaveLength(1);
    expect(r.prompter.refused[0]).toMatch(/begrunnelse/i);
    const e = readEvaluationFile(join(dir, "reports", "ips-team-bergen-sentrum.evaluation.json"));
    expect(rating(e, "B1")).toMatchObject({ score: 4, suggestedScore: 4, source: "data" });
    expect(rating(e, "T4")).toMatchObject({ score: 4, suggestedScore: 4, source: "data" });
    expect(rating(e, "T6")).toMatchObject({
      score: 2,
      suggestedScore: 4,
      source: "override",
      reason: "Ukeoversikten føres ikke; tallene er fra kalenderen",
    });
    // The item screen showed the computation and marked the suggestion.
    const t6 = r.prompter.screens.find((s) => s.includes("T6  Jobbutvikling – hyppig arbeidsgiverkontakt"));
    expect(t6).toContain("Poenggrenser: ≥ 6 → 5");
    expect(t6).toContain("◆ Forslag: 4");
  });

  test("an override shows in the review with the suggestion beside it", async () => {
    const dir = team();
    const steps: Step[] = ["enter", "enter", ...itemSteps({ B1: ["5", { text: "Nye stillinger fra januar" }] }), "q"];
    const r = await runScripted(dir, dir, steps);
    expect(r.code).toBe(0);
    expect(r.prompter.screen).toMatch(/B1 +Portefølje +5 +overstyrt \(forslag 4\)/);
  });
});

describe("evaluate: element items", () => {
  test("the score follows from the ticked elements; none ticked asks first", async () => {
    const dir = team();
    const steps: Step[] = [
      "enter",
      "enter",
      ...itemSteps({
        O2: [{ tick: ["weekly-team-meetings", "shared-record", "office-nearby", "work-for-all"] }],
        O5: [{ tick: [] }, false, { tick: [2] }],
        T14: [{ tick: [] }, true],
      }),
      "enter",
    ];
    const r = await runScripted(dir, dir, steps);
    expect(r.code).toBe(0);
    const e = readEvaluationFile(join(dir, "reports", "ips-team-bergen-sentrum.evaluation.json"));
    expect(rating(e, "O2")).toMatchObject({
      score: 4,
      source: "evaluator",
      elements: ["weekly-team-meetings", "shared-record", "office-nearby", "work-for-all"],
    });
    expect(rating(e, "O5")?.score).toBe(1); // one of five → 1
    expect(rating(e, "O5")?.elements).toHaveLength(1);
    expect(rating(e, "T14")).toMatchObject({ score: 1, elements: [] });
    expect(r.prompter.asked.filter((q) => q.startsWith("confirm:"))).toHaveLength(2);
  });
});

describe("evaluate: navigation", () => {
  test("back shows the item again with its answer highlighted; skip leaves it for the review", async () => {
    const dir = team();
    const steps: Step[] = [
      "enter",
      "enter",
      "enter", // B1
      "3", // B2
      "b", // at B3: back to B2
      "enter", // B2 keeps 3
      "s", // B3 skipped
      ...itemSteps().slice(3), // O1 …
      "enter", // review: Enter = rate the missing (B3)
      "5", // B3
      "enter", // review: finish
    ];
    const r = await runScripted(dir, dir, steps);
    expect(r.code).toBe(0);
    const b2Again = r.prompter.screens.filter((s) => s.includes("B2  Kun arbeidsrettede tjenester"))[1];
    expect(b2Again).toContain("Nå: 3 (evaluator)");
    const reviews = r.prompter.screens.filter((s) => s.startsWith("Gjennomgang"));
    expect(reviews[0]).toContain("Ikke vurdert (1): B3");
    const e = readEvaluationFile(join(dir, "reports", "ips-team-bergen-sentrum.evaluation.json"));
    expect(rating(e, "B2")?.score).toBe(3);
    expect(rating(e, "B3")?.score).toBe(5);
  });

  test("go to an item, a note, the overview, reopening from the review, and the context", async () => {
    const dir = team();
    const steps: Step[] = [
      "enter",
      "enter",
      "g",
      { pick: "T7" },
      "n",
      { text: "Mange kontakter gjelder utlyste stillinger" },
      "3", // T7, then on in scale order
      ...itemSteps().slice(IPS_ORDER.findIndex(([id]) => id === "T8")),
      // review: everything before T7 is unrated
      "a",
      { pick: "T7" },
      "2", // reopened: back to the review
      "k",
      { text: "Vakanse i én stilling i tre måneder" },
      "q",
    ];
    const r = await runScripted(dir, dir, steps);
    expect(r.code).toBe(0);
    expect(r.err).toContain("fidelity evaluate --resume");
    const e = readEvaluationFile(sessionFile(dir));
    expect(e.status).toBe("in-progress");
    expect(e.cursor).toBe("@review");
    expect(rating(e, "T7")).toMatchObject({ score: 2, note: "Mange kontakter gjelder utlyste stillinger" });
    expect(e.context).toBe("Vakanse i én stilling i tre måneder");
    expect(r.prompter.screen).toContain("Ikke vurdert (17)");
  });
});

describe("evaluate: the overview ('o') from an item", () => {
  const rated = (e: Evaluation) =>
    e.items.filter((r) => r.score !== undefined || r.colour !== undefined).map((r) => r.itemId);
  /** What was asked after the data summary and the counting rules: item ids, and "Gjennomgang" for the overview. */
  const itemsAsked = (r: { prompter: { asked: string[] } }) => r.prompter.asked.slice(2).map((q) => q.split(" ")[1]);

  // Enter on the overview must neither rate anything nor start over at the top. B1 (a data item with a
  // suggestion) is skipped, so accepting the data's suggestions would rate it (and T4, T6 …, all source
  // "data"); the older "rate the missing from the first" would open B1, reopening would open B3. Only
  // "the next unrated after B3, nothing rated" gives O1 with B2 alone rated.
  test("Enter opens the next unrated item after the one the evaluator came from and rates nothing", async () => {
    const dir = team();
    const r = await runScripted(dir, dir, [
      "enter",
      "enter",
      { key: "s", expect: "B1" }, // skipped: a suggestion, no rating
      { key: "3", expect: "B2" },
      { key: "o", expect: "B3" }, // the overview, from B3
      { key: "enter", expect: "Gjennomgang" },
      { key: "q", expect: "O1" },
    ]);
    expect(r.code).toBe(0);
    expect(r.prompter.remaining).toBe(0);
    expect(itemsAsked(r)).toEqual(["B1", "B2", "B3", "Gjennomgang", "O1"]);
    expect(r.prompter.screen).toContain("O1  ");
    const e = readEvaluationFile(sessionFile(dir));
    expect(e.cursor).toBe("O1@missing");
    // Rated before 'o': B2 only; still B2 only, and no suggestion was taken although B1 has one.
    expect(rated(e)).toEqual(["B2"]);
    expect(e.items.filter((x) => x.source === "data")).toEqual([]);
    expect(e.suggestions.find((s) => s.itemId === "B1")?.score).toBe(4);
  });

  // Without 'b' on the overview the scripted prompter refuses the key (the test fails); 'b' to any other item
  // fails the `expect: "B3"`; and a 'b' that lost the walk (B3 alone, then back to the overview) would not go
  // on to O1.
  test("'b' goes back to the same item, on the walk it was on", async () => {
    const dir = team();
    const r = await runScripted(dir, dir, [
      "enter",
      "enter",
      { key: "enter", expect: "B1" },
      { key: "3", expect: "B2" },
      { key: "o", expect: "B3" },
      { key: "b", expect: "Gjennomgang" },
      { key: "4", expect: "B3" }, // back on B3
      { key: "q", expect: "O1" }, // and on in scale order
    ]);
    expect(r.code).toBe(0);
    expect(r.prompter.remaining).toBe(0);
    expect(itemsAsked(r)).toEqual(["B1", "B2", "B3", "Gjennomgang", "B3", "O1"]);
    const afterReview = r.prompter.screens.slice(r.prompter.screens.findIndex((s) => s.startsWith("Gjennomgang")) + 1);
    expect(afterReview[0]).toContain("B3  Jobbspesialisten dekker alle faser");
    const e = readEvaluationFile(sessionFile(dir));
    expect(rated(e)).toEqual(["B1", "B2", "B3"]);
    expect(e.cursor).toBe("O1");
  });
});

describe("evaluate: never lose an answer", () => {
  test("Ctrl-C saves and exits 130; the session has every answer so far and where it stopped", async () => {
    const dir = team();
    const r = await runScripted(dir, dir, ["enter", "enter", "enter", "3", "5", { interrupt: true }]);
    expect(r.code).toBe(130);
    expect(r.err).toContain("Avbrutt.");
    expect(r.err).toContain("fidelity evaluate --resume .fidelity/ips-team-bergen-sentrum-2026-11-26.session.json");
    const e = readEvaluationFile(sessionFile(dir));
    expect(e.status).toBe("in-progress");
    expect(e.cursor).toBe("O1");
    expect(e.items.map((x) => [x.itemId, x.score, x.source])).toEqual([
      ["B1", 4, "data"],
      ["B2", 3, "evaluator"],
      ["B3", 5, "evaluator"],
    ]);
  });

  test("every answer is on disk before the next question is asked", async () => {
    const dir = team();
    const seen: number[] = [];
    const { ScriptedPrompter } = await import("./wizard/scripted-prompter.js");
    const original = ScriptedPrompter.prototype.choose;
    ScriptedPrompter.prototype.choose = async function (this: InstanceType<typeof ScriptedPrompter>, q) {
      if (existsSync(sessionFile(dir))) seen.push(readEvaluationFile(sessionFile(dir)).items.length);
      return original.call(this, q) as never;
    };
    try {
      await runScripted(dir, dir, ["enter", "enter", "enter", "3", "5", "4", { interrupt: true }]);
    } finally {
      ScriptedPrompter.prototype.choose = original;
    }
    expect(seen).toEqual([0, 0, 0, 1, 2, 3]);
  });

  test("--resume after an interruption gives the same evaluation as an uninterrupted run", async () => {
    const whole = team();
    const split = team();
    const a = await runScripted(whole, whole, FULL);
    expect(a.code).toBe(0);

    const cut = 12; // interrupted at O5 (after summary, rules and 10 items)
    const first = await runScripted(split, split, [...FULL.slice(0, cut), { interrupt: true }]);
    expect(first.code).toBe(130);
    const second = await runScripted(split, undefined, FULL.slice(cut), {
      resume: sessionFile(split),
    });
    expect(second.code).toBe(0);
    const x = readEvaluationFile(join(whole, "reports", "ips-team-bergen-sentrum.evaluation.json"));
    const y = readEvaluationFile(join(split, "reports", "ips-team-bergen-sentrum.evaluation.json"));
    expect(timeless(y)).toEqual(timeless(x));
  });

  test("starting again for the same team and date offers the unfinished session", async () => {
    const whole = team();
    const split = team();
    await runScripted(whole, whole, FULL);
    await runScripted(split, split, [...FULL.slice(0, 6), "q"]);
    const again = await runScripted(split, split, [{ confirm: true, expect: "påbegynt" }, ...FULL.slice(6)]);
    expect(again.code).toBe(0);
    const x = readEvaluationFile(join(whole, "reports", "ips-team-bergen-sentrum.evaluation.json"));
    const y = readEvaluationFile(join(split, "reports", "ips-team-bergen-sentrum.evaluation.json"));
    expect(timeless(y)).toEqual(timeless(x));
  });

  test("declining the unfinished session starts afresh and keeps the old one aside", async () => {
    const dir = team();
    await runScripted(dir, dir, [...FULL.slice(0, 6), "q"]);
    const again = await runScripted(dir, dir, [false, "q"]);
    expect(again.code).toBe(0);
    expect(again.err).toContain("lagt til side");
    const e = readEvaluationFile(sessionFile(dir));
    expect(e.items).toHaveLength(0);
    expect(e.cursor).toBe("@summary");
  });

  test("resuming after the files changed: the session keeps its data and says so; rules cannot change", async () => {
    const dir = team();
    await runScripted(dir, dir, ["enter", "enter", "enter", { interrupt: true }]);
    const meta = JSON.parse(readFileSync(join(dir, "team.json"), "utf8"));
    writeFileSync(join(dir, "team.json"), JSON.stringify({ ...meta, office: "Nytt kontor" }));
    const r = await runScripted(dir, undefined, ["o", "t", "enter", "q"], { resume: sessionFile(dir) });
    expect(r.code).toBe(0);
    expect(r.prompter.screens[0]).toMatch(/^Filene i teammappen er endret siden økten startet/);
    expect(r.prompter.screens[0]).toContain("B2  Kun arbeidsrettede tjenester");
    const rules = r.prompter.screens.find((x) => x.startsWith("Telleregler"));
    expect(rules).toContain("kan ikke endres");
    expect(readEvaluationFile(sessionFile(dir)).team.office).toBe("Psykisk helsevern, Bergen sentrum");
  });

  test("continuing with `evaluate <dir>` after the files changed: the session keeps its data, says so, rules cannot change", async () => {
    const dir = team();
    await runScripted(dir, dir, ["enter", "enter", "enter", { interrupt: true }]);
    const before = readEvaluationFile(sessionFile(dir));
    halveContacts(dir);
    const r = await runScripted(dir, dir, [{ confirm: true, expect: "påbegynt" }, "o", "t", "enter", "q"]);
    expect(r.code).toBe(0);
    expect(r.prompter.screens[0]).toMatch(/^Filene i teammappen er endret siden økten startet/);
    const rules = r.prompter.screens.find((x) => x.startsWith("Telleregler"));
    expect(rules).toContain("kan ikke endres");
    const after = readEvaluationFile(sessionFile(dir));
    expect(after.inputs).toEqual(before.inputs);
    expect(after.metrics).toEqual(before.metrics);
    expect(after.suggestions).toEqual(before.suggestions);
  });

  test("reopening a finished evaluation with `evaluate <dir>` after the files changed keeps the data it was made from", async () => {
    const dir = team();
    await runScripted(dir, dir, FULL);
    const file = join(dir, "reports", "ips-team-bergen-sentrum.evaluation.json");
    const before = readEvaluationFile(file);
    halveContacts(dir);
    const r = await runScripted(dir, dir, [{ confirm: true, expect: "ferdig vurdering" }, "t", "enter", "enter"]);
    expect(r.code).toBe(0);
    expect(r.prompter.screens[0]).toMatch(/^Gjennomgang/);
    expect(r.prompter.screens[0]).toContain("Filene i teammappen er endret siden økten startet");
    expect(r.prompter.screens.find((x) => x.startsWith("Telleregler"))).toContain("kan ikke endres");
    const after = readEvaluationFile(file);
    expect(after.inputs).toEqual(before.inputs);
    expect(after.metrics).toEqual(before.metrics);
    expect(after.suggestions).toEqual(before.suggestions);
  });

  test("a finished evaluation can be reopened with --resume at its review", async () => {
    const dir = team();
    await runScripted(dir, dir, FULL);
    const file = join(dir, "reports", "ips-team-bergen-sentrum.evaluation.json");
    const r = await runScripted(dir, undefined, ["a", { pick: "B2" }, "5", "enter"], { resume: file });
    expect(r.code).toBe(0);
    expect(r.prompter.screens[0]).toMatch(/^Gjennomgang/);
    expect(rating(readEvaluationFile(file), "B2")?.score).toBe(5);
  });
});

describe("evaluate: text saved before it was checked", () => {
  test("a reopened evaluation whose note names a participant cannot be finished until the note is fixed", async () => {
    const dir = team();
    await runScripted(dir, dir, FULL);
    const file = join(dir, "reports", "ips-team-bergen-sentrum.evaluation.json");
    const e = JSON.parse(readFileSync(file, "utf8"));
    e.items.find((r: { itemId: string }) => r.itemId === "B2").note = "Snakket med D-8424 om veien videre";
    writeFileSync(file, JSON.stringify(e, null, 2));
    const before = readFileSync(file, "utf8");
    // With the team folder the ids are known (without it, the wizard says notes cannot be checked).
    const r = await runScripted(dir, dir, ["enter", "q"], { resume: file });
    expect(r.code).toBe(0);
    const refused = r.prompter.screens.find((x) => x.includes("Kan ikke fullføre"));
    expect(refused).toContain("Kan ikke fullføre: teksten i B2 identifiserer en deltaker (vises ikke).");
    expect(r.prompter.screens.join("\n")).not.toContain("D-8424");
    expect(readFileSync(file, "utf8")).toBe(before);
    // Fixed in the item's note prompt, it finishes.
    const steps = [
      { confirm: true, expect: "påbegynt vurdering" },
      "a",
      { pick: "B2" },
      "n",
      { text: "Snakket med deltakeren om veien videre" },
      "4",
      "enter",
    ];
    const fixed = await runScripted(dir, dir, steps as Step[], {
      resume: file,
    });
    expect(fixed.code).toBe(0);
    expect(rating(readEvaluationFile(file), "B2")?.note).toBe("Snakket med deltakeren om veien videre");
  });
});

describe("evaluate: --resume of a finished evaluation with an unfinished session of the same visit", () => {
  /** A finished visit, reopened and changed (B2 → 1), then left: the change is only in the session. */
  async function finishedThenReopened(): Promise<{ dir: string; file: string }> {
    const dir = team();
    expect((await runScripted(dir, dir, FULL)).code).toBe(0);
    const again = await runScripted(dir, dir, [
      { confirm: true, expect: "ferdig vurdering" },
      "a",
      { pick: "B2" },
      "1",
      "q",
    ]);
    expect(again.code).toBe(0);
    expect(rating(readEvaluationFile(sessionFile(dir)), "B2")?.score).toBe(1);
    return { dir, file: join(dir, "reports", "ips-team-bergen-sentrum.evaluation.json") };
  }

  test("the unfinished session is offered, and continuing it keeps its changes", async () => {
    const { dir, file } = await finishedThenReopened();
    const r = await runScripted(dir, dir, [{ confirm: true, expect: "påbegynt vurdering" }, "q"], { resume: file });
    expect(r.code).toBe(0);
    expect(r.prompter.asked[0]).toContain("(Nei: åpne den ferdige vurderingen igjen – den påbegynte beholdes");
    expect(rating(readEvaluationFile(sessionFile(dir)), "B2")?.score).toBe(1);
    expect(rating(readEvaluationFile(file), "B2")?.score).toBe(4);
    expect(readdirSync(join(dir, ".fidelity"))).toEqual(["ips-team-bergen-sentrum-2026-11-26.session.json"]);
  });

  test("declined: the unfinished session is kept aside, renamed, and the finished evaluation is reopened", async () => {
    const { dir, file } = await finishedThenReopened();
    const r = await runScripted(dir, dir, [{ confirm: false, expect: "påbegynt vurdering" }, "q"], { resume: file });
    expect(r.code).toBe(0);
    expect(r.err).toContain("Den gamle økten er lagt til side: .fidelity/ips-team-bergen-sentrum-2026-11-26.replaced-");
    expect(r.prompter.screens[0]).toContain("Den gamle økten er lagt til side");
    expect(r.prompter.screens[0]).toMatch(/Gjennomgang/);
    const files = readdirSync(join(dir, ".fidelity")).sort();
    expect(files).toHaveLength(2);
    const kept = files.find((f) => f.includes(".replaced-")) as string;
    expect(rating(readEvaluationFile(join(dir, ".fidelity", kept)), "B2")?.score).toBe(1);
    expect(rating(readEvaluationFile(sessionFile(dir)), "B2")?.score).toBe(4);
  });
});

describe("evaluate: setup", () => {
  test("asks only what the folder does not say", async () => {
    const dir = team();
    rmSync(join(dir, "team.json"));
    const r = await runScripted(dir, dir, [
      { text: "Team Vest", expect: "Teamets navn" },
      { text: "", expect: "Besøksdato" }, // Enter = today (2026-11-26)
      { key: "1", expect: "instrument" },
      { text: "Kari Nordmann, Ola Nordmann", expect: "Evaluatorer" },
      "q",
    ]);
    expect(r.code).toBe(0);
    const e = readEvaluationFile(join(dir, ".fidelity", "team-vest-2026-11-26.session.json"));
    expect(e.team.name).toBe("Team Vest");
    expect(e.visitDate).toBe("2026-11-26");
    expect(e.scale.id).toBe("ips-25");
    expect(e.evaluators).toEqual(["Kari Nordmann", "Ola Nordmann"]);
  });

  test("no team folder given and none here: asks for the data folder", async () => {
    const dir = team();
    const { mkdtempSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const empty = mkdtempSync(join(tmpdir(), "fidelity-empty-"));
    cleanups.push(() => rmSync(empty, { recursive: true, force: true }));
    const r = await runScripted(empty, undefined, [
      { text: join(empty, "nowhere"), expect: "Datamappe" },
      { text: dir, expect: "Datamappe" },
      "q",
    ]);
    expect(r.code).toBe(0);
    expect(r.prompter.refused[0]).toMatch(/Finner ikke mappen/);
    expect(existsSync(sessionFile(dir))).toBe(true);
  });

  test("a folder with several teams (a county export): asks which one", async () => {
    const dir = team("fylke-export", true);
    const r = await runScripted(dir, dir, [{ pick: 1, expect: "Hvilket team" }, "q"]);
    expect(r.code).toBe(0);
    expect(r.prompter.screens[0]).toMatch(/^IPS-team Gjøvik og Østre Toten/);
  });

  test("a bad visit date is refused and asked again", async () => {
    const dir = team();
    const meta = JSON.parse(readFileSync(join(dir, "team.json"), "utf8"));
    delete meta.visitDate;
    writeFileSync(join(dir, "team.json"), JSON.stringify(meta));
    const r = await runScripted(dir, dir, [{ text: "26.11" }, { text: "2026-11-26" }, "q"]);
    expect(r.code).toBe(0);
    expect(r.prompter.refused[0]).toMatch(/Skriv en dato, f.eks. 26.11.2026/); // was ÅÅÅÅ-MM-DD: every CSV date form is accepted now
  });

  test("the answers file pre-fills the wizard and the summary says so", async () => {
    const dir = team("ips-team", true);
    const r = await runScripted(dir, dir, ["q"]);
    expect(r.code).toBe(0);
    expect(r.prompter.screens[0]).toMatch(/vurderinger\.json +18 svar, fylt inn på forhånd/);
    const e = readEvaluationFile(sessionFile(dir));
    expect(e.items.filter((x) => x.score !== undefined)).toHaveLength(18);
    expect(e.items.every((x) => x.source === "evaluator")).toBe(true);
  });

  test("invalid data: only 'go on without the file?' is asked; no stops before anything else (exit 3)", async () => {
    const dir = team();
    writeFileSync(join(dir, "utetid.csv"), "jobbspesialist;dato;timer_totalt;timer_ute\nA;2026-11-20;7,5;9\n");
    const r = await runScripted(dir, dir, [{ confirm: false, expect: "Gå videre uten utetid.csv?" }]);
    expect(r.code).toBe(3);
    expect(r.prompter.asked).toHaveLength(1);
  });
});

describe("evaluate: counting rules", () => {
  test("changed rules are recorded, the suggestions recomputed, and the change shown", async () => {
    const dir = team();
    const r = await runScripted(dir, dir, [
      "enter",
      "1",
      { tick: ["in-person", "phone", "video"] },
      "2",
      true,
      "enter",
      "o", // straight to the overview from B1
      "q",
    ]);
    expect(r.code).toBe(0);
    const rulesScreen = r.prompter.screens.filter((s) => s.startsWith("Telleregler")).at(-1);
    expect(rulesScreen).toContain("oppmøte, telefon og video. (endret)");
    const e = readEvaluationFile(sessionFile(dir));
    expect(e.countingRules.countModes).toEqual(["in-person", "phone", "video"]);
    expect(e.countingRules.countFollowUp).toBe(true);
    expect(e.metrics?.rules.countModes).toEqual(["in-person", "phone", "video"]);
    const t6 = e.suggestions.find((s) => s.itemId === "T6");
    expect(t6?.score).toBe(5);
  });

  test("new rules after an accepted suggestion: the rating follows the data, an override keeps its reason", async () => {
    const dir = team();
    const steps: Step[] = [
      "enter",
      "enter",
      ...itemSteps({ T13: ["3", { text: "Utetiden er registrert for høyt" }] }),
      "t",
      "1",
      { tick: ["in-person", "phone", "video", "email"] },
      "enter",
      "q",
    ];
    const r = await runScripted(dir, dir, steps);
    expect(r.code).toBe(0);
    expect(r.prompter.screen).toMatch(/Tellereglene er endret\. Nye dataforslag: T6 4 → 5/);
    const e = readEvaluationFile(sessionFile(dir));
    expect(rating(e, "T6")).toMatchObject({ score: 5, suggestedScore: 5, source: "data" });
    expect(rating(e, "T13")).toMatchObject({ score: 3, source: "override", reason: "Utetiden er registrert for høyt" });
  });
});

describe("evaluate: what reaches the report", () => {
  test("changed counting rules and an override with its reason are in the report's method section", async () => {
    const dir = team();
    const steps: Step[] = [
      "enter",
      "1",
      { tick: ["in-person", "phone"] },
      "enter",
      ...itemSteps({ B1: ["5", { text: "To nye stillinger fra januar" }] }),
      "enter",
    ];
    const r = await runScripted(dir, dir, steps);
    expect(r.code).toBe(0);
    const e = readEvaluationFile(join(dir, "reports", "ips-team-bergen-sentrum.evaluation.json"));
    const { buildReportModel } = await import("../../src/core/report/build.js");
    const model = buildReportModel(e, { lang: "nb" });
    expect(model.method.rules.map((x) => x.value)).toContain("Arbeidsgiverkontakter som telles: oppmøte og telefon.");
    expect(JSON.stringify(model.method.overrides)).toContain("To nye stillinger fra januar");
  });

  test("a national id number typed in a note, an override reason or the context is refused, and never saved", async () => {
    const dir = team();
    const id = syntheticId("010137");
    const steps: Step[] = [
      "enter",
      "enter",
      ...itemSteps({
        B1: ["5", { text: `Gjelder deltaker ${id}` }, { text: "To nye stillinger fra januar" }],
        B2: ["n", { text: `Deltaker ${id} har fått jobb` }, { text: "Godt samarbeid med NAV" }, "4"],
      }),
      "k",
      { text: `Kontekst: ${id}` },
      { text: "Nytt NAV-kontor i høst" },
      "enter",
    ];
    const r = await runScripted(dir, dir, steps);
    expect(r.code).toBe(0);
    expect(r.prompter.refused).toEqual(
      Array(3).fill("Ikke skriv fødselsnummer eller D-nummer her: rapporten skal ikke kunne identifisere deltakere."),
    );
    const file = join(dir, "reports", "ips-team-bergen-sentrum.evaluation.json");
    expect(readFileSync(file, "utf8")).not.toContain(id);
    const e = readEvaluationFile(file);
    expect(rating(e, "B1")).toMatchObject({ source: "override", reason: "To nye stillinger fra januar" });
    expect(rating(e, "B2")?.note).toBe("Godt samarbeid med NAV");
    expect(e.context).toBe("Nytt NAV-kontor i høst");
    const pdf = await pdfPages(readFileSync(join(dir, "reports", "ips-team-bergen-sentrum.pdf")));
    expect(pdf.text).not.toContain(id);
    expect(pdf.text).toContain("Godt samarbeid med NAV");
  });

  test("in English the refusal says so in English; the session never holds the number", async () => {
    const dir = team();
    const id = syntheticId("010137");
    const r = await runScripted(
      dir,
      dir,
      ["enter", "enter", "enter", "n", { text: `participant ${id}` }, { text: "ok" }, "q"],
      {},
      "en",
    );
    expect(r.code).toBe(0);
    expect(r.prompter.refused).toEqual([
      "Do not write a national identity number here: the report must not identify participants.",
    ]);
    expect(readFileSync(sessionFile(dir), "utf8")).not.toContain(id);
    expect(rating(readEvaluationFile(sessionFile(dir)), "B2")?.note).toBe("ok");
  });
});

describe("evaluate: the team's own participant ids are refused in free text", () => {
  const REFUSED_NB =
    "Her står en deltaker-id fra porteføljen (vises ikke): rapporten skal ikke kunne identifisere deltakere. Omtal saken uten id-en.";

  test("a note, an override reason or the context naming a caseload participant is asked again, never saved", async () => {
    const dir = team("uo-team");
    const steps: Step[] = [
      "enter", // data summary
      "enter", // counting rules
      // KV1: the user trial's note, then one without the ids
      "n",
      { text: "Sak med D-3803 drøftet; se også deltaker D-2163." },
      { text: "Saker drøftet i teammøtet" },
      "2",
      // KV2: green against the data's yellow, first with a reason naming a participant (lower case)
      "1",
      { text: "Gjelder d-9560, som sluttet" },
      { text: "Tallene er fra før to nye stillinger ble besatt" },
      ...(["enter", "2", "1", "enter", "2", "enter", "3", "enter"] as Step[]), // KV3–KV10
      "k",
      { text: "Mye fravær (D-2163)" },
      { text: "Vakanse i én stilling; ikke D-38031" }, // only looks like an id: kept
      "enter",
    ];
    const r = await runScripted(dir, dir, steps);
    expect(r.code).toBe(0);
    expect(r.prompter.refused).toEqual(Array(3).fill(REFUSED_NB));
    expect(r.prompter.refused.join()).not.toMatch(/D-\d/i);
    const file = join(dir, "reports", "utvidet-oppfolging-nav-tromso.evaluation.json");
    expect(readFileSync(file, "utf8")).not.toMatch(/D-3803\b|D-2163|D-9560/i);
    const e = readEvaluationFile(file);
    expect(rating(e, "KV1")?.note).toBe("Saker drøftet i teammøtet");
    expect(rating(e, "KV2")).toMatchObject({
      source: "override",
      reason: "Tallene er fra før to nye stillinger ble besatt",
    });
    expect(e.context).toBe("Vakanse i én stilling; ikke D-38031");
    const pdf = await pdfPages(readFileSync(join(dir, "reports", "utvidet-oppfolging-nav-tromso.pdf")));
    expect(pdf.text).not.toMatch(/D-3803\b|D-2163|D-9560/i);
    expect(pdf.text).toContain("Saker drøftet i teammøtet");
  });

  test("in English, and for an id only in the contacts file; the session never holds it", async () => {
    const dir = team();
    const r = await runScripted(
      dir,
      dir,
      ["enter", "enter", "enter", "n", { text: "met D-2471's employer" }, { text: "ok" }, "q"],
      {},
      "en",
    );
    expect(r.code).toBe(0);
    expect(r.prompter.refused).toEqual([
      "This mentions a participant id from the caseload (not shown): the report must not identify participants. Refer to the case without the id.",
    ]);
    expect(readFileSync(sessionFile(dir), "utf8")).not.toContain("D-2471");
    expect(rating(readEvaluationFile(sessionFile(dir)), "B2")?.note).toBe("ok");
  });

  test.each([
    ["the same files", false],
    ["changed files (the session keeps its data; the ids are the folder's now)", true],
  ])("a resumed session refuses them too: %s", async (_what, change) => {
    const dir = team();
    await runScripted(dir, dir, ["enter", "enter", "enter", { interrupt: true }]);
    if (change) {
      const meta = JSON.parse(readFileSync(join(dir, "team.json"), "utf8"));
      writeFileSync(join(dir, "team.json"), JSON.stringify({ ...meta, office: "Nytt kontor" }));
    }
    const r = await runScripted(dir, undefined, ["n", { text: "D-8302 fikk jobb" }, { text: "ok" }, "q"], {
      resume: sessionFile(dir),
    });
    expect(r.code).toBe(0);
    expect(r.prompter.refused).toEqual([REFUSED_NB]);
    expect(readFileSync(sessionFile(dir), "utf8")).not.toContain("D-8302");
  });

  test("an answers file note naming a participant stops the wizard before it starts, without the id", async () => {
    const dir = team("uo-team", true);
    const answers = join(dir, "vurderinger.json");
    const json = JSON.parse(readFileSync(answers, "utf8"));
    json.KV1.note = "Sak med D-3803 drøftet; se også deltaker D-2163.";
    writeFileSync(answers, JSON.stringify(json, null, 2));
    const r = await runScripted(dir, dir, []);
    expect(r.code).toBe(3);
    expect(r.err).toContain(
      "KV1.note: nevner en deltaker-id fra porteføljen (vises ikke); rapporten må ikke identifisere deltakere: omtal saken uten id-en",
    );
    expect(r.err).not.toMatch(/D-3803|D-2163/);
    expect(existsSync(join(dir, "reports"))).toBe(false);
  });
});

describe("evaluate: colour scale and English", () => {
  test("Kvalitetsveilederen: 1–3 pick a colour, Enter accepts the data's colour; screens in English", async () => {
    const dir = team("uo-team");
    // KV1 anchor, KV2 data, KV3 data, KV4 anchor, KV5 anchor, KV6 data, KV7 anchor, KV8 data, KV9 anchor, KV10 data
    const r = await runScripted(
      dir,
      dir,
      ["enter", "enter", "1", "enter", "enter", "2", "1", "enter", "2", "enter", "3", "enter", "enter"],
      {},
      "en",
    );
    expect(r.code).toBe(0);
    expect(r.prompter.screens[0]).toContain("Points the data suggests a colour for");
    // The guide describes good practice (green), not a "full implementation".
    expect(r.prompter.screens.some((x) => x.includes("Good practice: "))).toBe(true);
    expect(r.prompter.screens.some((x) => x.includes("Full implementation"))).toBe(false);
    const review = r.prompter.screen;
    expect(review).toMatch(/^Review/);
    expect(review).toMatch(/Green \d+ · Yellow \d+ · Red \d+/);
    const e = readEvaluationFile(join(dir, "reports", "utvidet-oppfolging-nav-tromso.evaluation.json"));
    expect(e.lang).toBe("en");
    expect(rating(e, "KV1")).toMatchObject({ colour: "green", source: "evaluator" });
    expect(rating(e, "KV9")).toMatchObject({ colour: "red", source: "evaluator" });
    for (const id of ["KV2", "KV3", "KV6", "KV8", "KV10"]) {
      const x = rating(e, id);
      if (x?.suggestedColour) expect(x).toMatchObject({ source: "data", colour: x.suggestedColour });
    }
  });
});

describe("evaluate: not a terminal", () => {
  test("without a complete answers file: exit 2 saying what is missing, nothing asked or written", async () => {
    const dir = team();
    const { captureCtx } = await import("./wizard/helpers.js");
    const { runEvaluate } = await import("../../src/cli/commands/evaluate.js");
    const { reportError } = await import("../../src/cli/run.js");
    const c = captureCtx(dir);
    const code = await runEvaluate(c.ctx, dir, {}).catch((e) => reportError(e, c.ctx));
    expect(code).toBe(2);
    expect(c.err()).toMatch(/ikke en terminal.*ingen svarfil.*B2, B3/s);
    const en = captureCtx(dir, "en");
    expect(await runEvaluate(en.ctx, dir, {}).catch((e) => reportError(e, en.ctx))).toBe(2);
    expect(en.err()).toMatch(/not a terminal.*no answers file.*B2, B3/s);
    expect(existsSync(join(dir, ".fidelity"))).toBe(false);
  });

  test("with a complete answers file: scored like `score`, paths printed", async () => {
    const dir = team("ips-team", true);
    const { captureCtx } = await import("./wizard/helpers.js");
    const { runEvaluate } = await import("../../src/cli/commands/evaluate.js");
    const c = captureCtx(dir);
    const code = await runEvaluate(c.ctx, dir, {});
    expect(code).toBe(0);
    expect(c.out().trim().split("\n")).toEqual([
      join(dir, "reports", "ips-team-bergen-sentrum.evaluation.json"),
      join(dir, "reports", "ips-team-bergen-sentrum.pdf"),
    ]);
    expect(readEvaluationFile(join(dir, "reports", "ips-team-bergen-sentrum.evaluation.json")).status).toBe("complete");
  });

  test("--resume without a terminal is a usage error", async () => {
    const dir = team();
    const { captureCtx } = await import("./wizard/helpers.js");
    const { runEvaluate } = await import("../../src/cli/commands/evaluate.js");
    const c = captureCtx(dir);
    await expect(runEvaluate(c.ctx, undefined, { resume: "x.session.json" })).rejects.toThrow(/needs a terminal/);
  });
});

// ─── A finished evaluation is never overwritten silently ─────────────────────────────────────────────────

const UO_FILE = "utvidet-oppfolging-nav-tromso.evaluation.json";

/** uo-team with its answers file: KV1 changed from green to yellow, KV2 overridden (green) with a reason. */
const UO_WIZARD: Step[] = [
  "enter", // data summary
  "enter", // counting rules
  "2", // KV1: yellow instead of the answers file's green
  "1", // KV2: green against the data's yellow …
  { text: "Tallene er fra før to nye stillinger ble besatt" }, // … with a reason
  ...Array<Step>(8).fill("enter"), // KV3–KV10 as they stand
  "enter", // review: finish
];

async function finishedUo(): Promise<{ dir: string; file: string }> {
  const dir = team("uo-team", true);
  const r = await runScripted(dir, dir, UO_WIZARD);
  expect(r.code).toBe(0);
  const file = join(dir, "reports", UO_FILE);
  expect(rating(readEvaluationFile(file), "KV2")).toMatchObject({ colour: "green", source: "override" });
  return { dir, file };
}

describe("evaluate: an evaluation already at the output path", () => {
  test("not a terminal: a finished wizard evaluation that differs is refused (exit 2), naming the file and the ways on", async () => {
    const { dir, file } = await finishedUo();
    const before = readFileSync(file, "utf8");
    const { captureCtx } = await import("./wizard/helpers.js");
    const { runEvaluate } = await import("../../src/cli/commands/evaluate.js");
    const { reportError } = await import("../../src/cli/run.js");
    const c = captureCtx(dir);
    const code = await runEvaluate(c.ctx, dir, {}).catch((e) => reportError(e, c.ctx));
    expect(code).toBe(2);
    expect(c.out()).toBe("");
    const err = c.err();
    // Bokmål by default: the file, what it holds (its date in bokmål form) and the ways on.
    expect(err).toContain(`reports/${UO_FILE} har allerede en evaluering (`);
    expect(err).toContain("den ble ikke overskrevet (ikke en terminal, så 'evaluate' kan ikke spørre)");
    expect(err).toContain("For å åpne den igjen og fortsette i veiviseren, kjør en av disse i en terminal:");
    expect(err).toContain(`fidelity evaluate . --resume reports/${UO_FILE}`);
    expect(err).toMatch(/--out <dir>/);
    expect(err).toMatch(/fidelity score .* --out <dir>/);
    expect(err).not.toMatch(/already holds|not overwritten|reopen/);
    // English with --lang en.
    const en = captureCtx(dir, "en");
    expect(await runEvaluate(en.ctx, dir, {}).catch((e) => reportError(e, en.ctx))).toBe(2);
    expect(en.err()).toContain(`reports/${UO_FILE} already holds an evaluation (`);
    expect(en.err()).toContain("it was not overwritten (not a terminal, so 'evaluate' cannot ask)");
    expect(en.err()).toContain("To reopen it and go on in the wizard, run one of these in a terminal:");
    expect(en.err()).toContain(`fidelity evaluate . --resume reports/${UO_FILE}`);
    expect(en.err()).toMatch(/fidelity score .* --out <dir>/);
    // The override and its reason are still there, byte for byte.
    expect(readFileSync(file, "utf8")).toBe(before);
    const e = readEvaluationFile(file);
    expect(rating(e, "KV1")).toMatchObject({ colour: "yellow", source: "evaluator" });
    expect(rating(e, "KV2")).toMatchObject({ reason: "Tallene er fra før to nye stillinger ble besatt" });
  });

  test("not a terminal: scoring the same answers again writes the same file (nothing differs), exit 0", async () => {
    const dir = team("ips-team", true);
    const { captureCtx } = await import("./wizard/helpers.js");
    const { runEvaluate } = await import("../../src/cli/commands/evaluate.js");
    const first = captureCtx(dir);
    expect(await runEvaluate(first.ctx, dir, {})).toBe(0);
    const again = captureCtx(dir);
    expect(await runEvaluate(again.ctx, dir, {})).toBe(0);
    expect(again.out()).toBe(first.out());
  });

  test("in a terminal: the finished evaluation of the same team and date is offered and reopens at the review", async () => {
    const { dir, file } = await finishedUo();
    const r = await runScripted(dir, dir, [{ confirm: true, expect: "ferdig vurdering" }, "enter"]);
    expect(r.code).toBe(0);
    expect(r.prompter.asked[0]).toContain("for 26.11.2026");
    expect(r.prompter.asked[0]).toContain(`reports/${UO_FILE}`);
    expect(r.prompter.screens[0]).toMatch(/^Gjennomgang/);
    const e = readEvaluationFile(file);
    expect(e.status).toBe("complete");
    expect(rating(e, "KV1")).toMatchObject({ colour: "yellow" });
    expect(rating(e, "KV2")).toMatchObject({
      colour: "green",
      source: "override",
      reason: "Tallene er fra før to nye stillinger ble besatt",
    });
    expect(readdirSync(join(dir, "reports")).sort()).toEqual([
      UO_FILE,
      "utvidet-oppfolging-nav-tromso.handlingsplan.csv",
      "utvidet-oppfolging-nav-tromso.pdf",
    ]);
  });

  test("a batch scoring is offered with the time its file was written, not the visit date's noon stamp", async () => {
    const dir = team("uo-team", true);
    const { captureCtx } = await import("./wizard/helpers.js");
    const { runEvaluate } = await import("../../src/cli/commands/evaluate.js");
    expect(await runEvaluate(captureCtx(dir).ctx, dir, {})).toBe(0); // not a terminal: scored like `score`
    const file = join(dir, "reports", UO_FILE);
    expect(readEvaluationFile(file).updatedAt).toBe("2026-11-26T12:00:00.000Z");
    const written = new Date(2026, 10, 27, 8, 30); // local time, as the prompt shows it
    utimesSync(file, written, written);
    const r = await runScripted(dir, dir, [{ confirm: true, expect: "ferdig vurdering" }, "enter"]);
    expect(r.code).toBe(0);
    expect(r.prompter.asked[0]).toContain("lagret 27.11.2026 08:30). Åpne den igjen? (Nei: start på nytt");
  });

  test("in a terminal: starting over keeps the old evaluation and its PDF, renamed, and says so", async () => {
    const { dir, file } = await finishedUo();
    const before = readFileSync(file, "utf8");
    const r = await runScripted(dir, dir, [{ confirm: false, expect: "ferdig vurdering" }, "q"]);
    expect(r.code).toBe(0);
    expect(r.err).toContain("Den ferdige vurderingen er beholdt som reports/utvidet-oppfolging-nav-tromso.replaced-");
    expect(r.prompter.screens[0]).toContain("Den ferdige vurderingen er beholdt som");
    const files = readdirSync(join(dir, "reports")).sort();
    // The evaluation, its PDF and its action plan (<team>.handlingsplan.csv), all kept under the new name.
    expect(files).toHaveLength(3);
    expect(files.find((f) => f.endsWith(".csv"))).toMatch(
      /^utvidet-oppfolging-nav-tromso\.replaced-\d{14}\.handlingsplan\.csv$/,
    );
    const kept = files.find((f) => f.endsWith(".evaluation.json"));
    expect(kept).toMatch(/^utvidet-oppfolging-nav-tromso\.replaced-\d{14}\.evaluation\.json$/);
    expect(files.find((f) => f.endsWith(".pdf"))).toMatch(/^utvidet-oppfolging-nav-tromso\.replaced-\d{14}\.pdf$/);
    expect(readFileSync(join(dir, "reports", kept as string), "utf8")).toBe(before);
    // A fresh session, from the data summary.
    const session = readEvaluationFile(join(dir, ".fidelity", "utvidet-oppfolging-nav-tromso-2026-11-26.session.json"));
    expect(session.cursor).toBe("@summary");
  });

  test("in a terminal: another visit's evaluation at the output path is kept, renamed, when the new one is written", async () => {
    const { dir, file } = await finishedUo();
    const old = JSON.parse(readFileSync(file, "utf8"));
    writeFileSync(file, JSON.stringify({ ...old, visitDate: "2025-11-20" }, null, 2));
    rmSync(join(dir, "reports", "utvidet-oppfolging-nav-tromso.pdf"));
    // That earlier visit is the previous evaluation: finishing asks how far each of its plan's actions got
    // (Enter: not given).
    const actions = plannedActions(readEvaluationFile(file), "nb").length;
    const r = await runScripted(dir, dir, [...UO_WIZARD, ...Array<Step>(actions).fill("enter")]);
    expect(r.code).toBe(0);
    expect(r.prompter.screens[0]).toContain(
      `reports/${UO_FILE} finnes fra før (Utvidet oppfølging NAV Tromsø, besøk 20.11.2025`,
    );
    expect(r.err).toMatch(
      /fantes fra før og er beholdt som reports\/utvidet-oppfolging-nav-tromso\.replaced-\d{14}\.evaluation\.json/,
    );
    const files = readdirSync(join(dir, "reports"));
    const kept = files.find((f) => f.includes(".replaced-"));
    expect(readEvaluationFile(join(dir, "reports", kept as string)).visitDate).toBe("2025-11-20");
    expect(readEvaluationFile(file).visitDate).toBe("2026-11-26");
  });

  test("the default output is ./reports under the current folder (as for `score`), not the team's folder", async () => {
    const dir = team();
    const { mkdtempSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const elsewhere = mkdtempSync(join(tmpdir(), "fidelity-cwd-"));
    cleanups.push(() => rmSync(elsewhere, { recursive: true, force: true }));
    const r = await runScripted(elsewhere, dir, FULL);
    expect(r.code).toBe(0);
    expect(r.out.trim().split("\n")).toEqual([
      join(elsewhere, "reports", "ips-team-bergen-sentrum.evaluation.json"),
      join(elsewhere, "reports", "ips-team-bergen-sentrum.pdf"),
    ]);
    // The team's folder is left as it was: the session's .fidelity folder goes when the visit is finished.
    expect(readdirSync(dir).filter((f) => /\.(pdf|json)$/.test(f) && f !== "team.json")).toEqual([]);
    expect(existsSync(join(dir, ".fidelity"))).toBe(false);
  });
});

describe("evaluate: element ticks are not lost", () => {
  test("a note in the middle of ticking keeps the ticks; Enter then confirms them", async () => {
    const dir = team();
    const steps: Step[] = [
      "enter",
      "enter",
      ...itemSteps({
        O2: [{ tick: [1, 2, 3], press: "n" }, { text: "Teammøtet er flyttet til torsdager" }, "enter"],
        // Going to the same item, and away and back, keep them too.
        O5: [{ tick: [2, 4], press: "g" }, { pick: "O5" }, "enter"],
      }),
      "enter",
    ];
    const r = await runScripted(dir, dir, steps);
    expect(r.code).toBe(0);
    const o2 = r.prompter.checklists.filter((c) => c.message.startsWith("O2:"));
    expect(o2).toHaveLength(2);
    expect(o2[1]?.checked).toHaveLength(3);
    const e = readEvaluationFile(join(dir, "reports", "ips-team-bergen-sentrum.evaluation.json"));
    expect(rating(e, "O2")).toMatchObject({ score: 3, note: "Teammøtet er flyttet til torsdager" });
    expect(rating(e, "O2")?.elements).toHaveLength(3);
    expect(rating(e, "O5")?.elements).toHaveLength(2);
    // No "no elements ticked" question came up.
    expect(r.prompter.asked.filter((q) => q.startsWith("confirm:"))).toHaveLength(0);
  });

  test("ticks left by back or skip come back with the item until confirmed", async () => {
    const dir = team();
    const steps: Step[] = [
      "enter",
      "enter",
      ...itemSteps({ O7: [{ tick: [1], press: "b" }, "enter", "enter"] }), // back to O6, keep it, O7 again: Enter
      "enter",
    ];
    const r = await runScripted(dir, dir, steps);
    expect(r.code).toBe(0);
    const o7 = r.prompter.checklists.filter((c) => c.message.startsWith("O7:"));
    expect(o7[1]?.checked).toHaveLength(1);
    const e = readEvaluationFile(join(dir, "reports", "ips-team-bergen-sentrum.evaluation.json"));
    expect(rating(e, "O7")?.elements).toHaveLength(1);
  });
});

describe("evaluate: resuming goes on the way the evaluator was going", () => {
  test("in the middle of 'rate the missing': the resumed walk asks only the missing items, from the cursor", async () => {
    const dir = team();
    const skipped = ["B2", "B3", "O1", "O3"];
    const first = await runScripted(dir, dir, [
      "enter",
      "enter",
      ...itemSteps(Object.fromEntries(skipped.map((id) => [id, ["s"]]))),
      { key: "enter", expect: "Gjennomgang" }, // Enter: rate the 4 missing
      "4", // B2
      "q", // at B3
    ]);
    expect(first.code).toBe(0);
    expect(readEvaluationFile(sessionFile(dir)).cursor).toBe("B3@missing");

    const second = await runScripted(dir, undefined, ["5", "5", "5", "enter"], { resume: sessionFile(dir) });
    expect(second.code).toBe(0);
    expect(second.prompter.asked.slice(0, 3).map((q) => q.split(" ")[1])).toEqual(["B3", "O1", "O3"]);
    expect(second.prompter.asked[3]).toBe("choose: Gjennomgang");
    const e = readEvaluationFile(join(dir, "reports", "ips-team-bergen-sentrum.evaluation.json"));
    expect(e.status).toBe("complete");
    expect(["B3", "O1", "O3"].map((id) => rating(e, id)?.score)).toEqual([5, 5, 5]);
    expect(rating(e, "B2")?.score).toBe(4);
  });

  test("starting again offers the session (dates as dd.mm.yyyy) and keeps to the missing items", async () => {
    const dir = team();
    await runScripted(dir, dir, ["enter", "enter", ...itemSteps({ B2: ["s"], T1: ["s"] }), "enter", "q"]);
    expect(readEvaluationFile(sessionFile(dir)).cursor).toBe("B2@missing");
    const again = await runScripted(dir, dir, [{ confirm: true, expect: "påbegynt" }, "3", "3", "enter"]);
    expect(again.code).toBe(0);
    expect(again.prompter.asked[0]).toMatch(
      /for 26\.11\.2026 \(23 punkter vurdert, sist lagret \d\d\.\d\d\.2026 \d\d:\d\d\)/,
    );
    expect(again.prompter.asked.slice(1, 3).map((q) => q.split(" ")[1])).toEqual(["B2", "T1"]);
  });

  test("an item reopened from the review: resumed, it goes back to the review after that item", async () => {
    const dir = team();
    await runScripted(dir, dir, ["enter", "enter", ...itemSteps(), "a", { pick: "O4" }, "q"]);
    expect(readEvaluationFile(sessionFile(dir)).cursor).toBe("O4@one");
    const r = await runScripted(dir, undefined, ["2", "enter"], { resume: sessionFile(dir) });
    expect(r.code).toBe(0);
    expect(r.prompter.asked.map((q) => q.split(" ")[1])).toEqual(["O4", "Gjennomgang"]);
  });

  test("the resume command is printed on a line of its own", async () => {
    const dir = team();
    const r = await runScripted(dir, dir, ["enter", "q"]);
    expect(r.err).toContain(
      "\nFortsett med:\nfidelity evaluate --resume .fidelity/ips-team-bergen-sentrum-2026-11-26.session.json\n",
    );
  });
});
