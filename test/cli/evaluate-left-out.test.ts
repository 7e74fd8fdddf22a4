/**
 * A broken CSV does not stop a visit (issue 9, part 5): the wizard shows the file's first problems and offers
 * to go on without it; its data items go to the evaluator, and the evaluation and the PDF say which file was
 * left out and why. Declined, nothing is written (exit 3). Without a terminal it stays exit 3.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { readEvaluationFile } from "../../src/io/evaluation-file.js";
import { pdfPages } from "../helpers/pdf-text.js";
import { copyExample, runScripted } from "./wizard/helpers.js";
import type { Step } from "./wizard/scripted-prompter.js";

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

/** The IPS example with a misspelt header in its contacts export ("kontaktfrom"). */
function brokenContacts(): string {
  const t = copyExample("ips-team");
  cleanups.push(t.cleanup);
  const f = join(t.dir, "arbeidsgiverkontakter.csv");
  writeFileSync(f, readFileSync(f, "utf8").replace("kontaktform", "kontaktfrom"));
  return t.dir;
}

/** Every item in scale order with T6 (employer contacts, data item) rated 2 by hand: its data is left out. */
const ITEMS: Step[] = [
  ...["enter", "4", "4", "4", { tick: [1, 2, 3] }, "4", "4", { tick: [1, 2, 3] }, "4", { tick: [1, 2, 3] }],
  ...[{ tick: [1, 2, 3] }, "4", { tick: [1, 2, 3] }, "4", "enter", "4", "2", "4", "enter", "enter", "enter"],
  ...["4", "4", "enter", { tick: [1, 2, 3] }],
] as Step[];

describe("evaluate: a broken CSV does not stop the visit", () => {
  test("the problems are shown, the evaluator goes on without the file, T6 is theirs, the PDF names the file", async () => {
    const dir = brokenContacts();
    const r = await runScripted(dir, dir, [
      { confirm: true, expect: "Gå videre uten arbeidsgiverkontakter.csv?" },
      "enter",
      "enter",
      ...ITEMS,
      "enter",
    ]);
    expect(r.code).toBe(0);
    expect(r.prompter.remaining).toBe(0);
    expect(r.err).toContain(`${join(dir, "arbeidsgiverkontakter.csv")} har `);
    expect(r.err).toContain(`${join(dir, "arbeidsgiverkontakter.csv")}:1:`);
    expect(r.err).toContain("arbeidsgiverkontakter.csv er holdt utenfor: dataene i den brukes ikke.");

    const e = readEvaluationFile(join(dir, "reports", "ips-team-bergen-sentrum.evaluation.json"));
    const contacts = e.inputs.find((f) => f.kind === "contacts");
    expect(contacts?.leftOut?.problems).toBeGreaterThan(0);
    expect(contacts?.leftOut?.examples[0]).toMatch(/^1(:\d+)?: /);
    // T6 had no data to suggest from: the evaluator's 2, not a data suggestion.
    expect(e.items.find((x) => x.itemId === "T6")).toMatchObject({ score: 2, source: "evaluator" });
    expect(e.items.find((x) => x.itemId === "T13")).toMatchObject({ source: "data" });

    const { pages } = await pdfPages(readFileSync(join(dir, "reports", "ips-team-bergen-sentrum.pdf")));
    const page1 = (pages[0] ?? "").replace(/\s+/g, " ");
    expect(page1).toContain("arbeidsgiverkontakter.csv er holdt utenfor fordi den har");
    expect(page1).toContain("Punktene som bygger på filen, er vurdert av evaluator uten dataene.");
  });

  test("declined: nothing is written, exit 3 with the file's problems", async () => {
    const dir = brokenContacts();
    const r = await runScripted(dir, dir, [{ confirm: false }]);
    expect(r.code).toBe(3);
    expect(r.err).toContain("arbeidsgiverkontakter.csv");
    expect(() => readFileSync(join(dir, "reports", "ips-team-bergen-sentrum.evaluation.json"))).toThrow();
  });
});
