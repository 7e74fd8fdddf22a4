/**
 * `fidelity merge`: two evaluators' evaluations of examples/ips-team (scored once, then A and B made from it)
 * → a consensus. The walk asks exactly the items they differ on; refusals; an interrupted merge resumes to the
 * same result; without a terminal the answers file decides; the PDF has the consensus appendix.
 */
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MergeOptions, runMerge } from "../../src/cli/commands/merge.js";
import { reportError } from "../../src/cli/run.js";
import { type Evaluation, FORMAT_VERSION } from "../../src/core/evaluation.js";
import { readEvaluationFile } from "../../src/io/evaluation-file.js";
import { cli } from "../helpers/cli.js";
import { pdfPages } from "../helpers/pdf-text.js";
import { captureCtx, EXAMPLES, fixedClock } from "./wizard/helpers.js";
import { ScriptedPrompter, type Step } from "./wizard/scripted-prompter.js";

let root: string;
let A: string;
let B: string;
let base: Evaluation;

const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

function variant(
  e: Evaluation,
  evaluators: string[],
  change: (r: Evaluation["items"][number]) => Evaluation["items"][number],
) {
  return { ...e, evaluators, items: e.items.map(change) };
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "fidelity-merge-"));
  const scored = await cli(["score", join(EXAMPLES, "ips-team"), "--out", join(root, "base"), "--no-pdf"], {
    cwd: root,
  });
  if (scored.code !== 0) throw new Error(scored.stderr);
  base = readEvaluationFile(join(root, "base", "ips-team-bergen-sentrum.evaluation.json"));
  A = join(root, "kari.evaluation.json");
  B = join(root, "ola.evaluation.json");
  // Kari gives what the answers file gives; Ola differs on exactly B2 (5), O1 (3) and T13 (3, against the data's 4).
  writeFileSync(
    A,
    JSON.stringify(
      variant(base, ["Kari Nordmann"], (r) => r),
      null,
      2,
    ),
  );
  writeFileSync(
    B,
    JSON.stringify(
      variant(base, ["Ola Hansen"], (r) =>
        r.itemId === "B2"
          ? { ...r, score: 5, note: "Deltar i vaktordningen hver uke." }
          : r.itemId === "O1"
            ? { ...r, score: 3 }
            : r.itemId === "T13"
              ? { ...r, score: 3, source: "override", reason: "Timelistene mangler to uker." }
              : r,
      ),
      null,
      2,
    ),
  );
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface MergeRun {
  code: number;
  out: string;
  err: string;
  prompter?: ScriptedPrompter;
}

async function merge(
  args: { a?: string; b?: string; out: string; steps?: Step[]; lang?: "nb" | "en" } & MergeOptions,
  now = fixedClock(),
): Promise<MergeRun> {
  const prompter = args.steps ? new ScriptedPrompter(args.steps) : undefined;
  const c = captureCtx(root, args.lang ?? "nb");
  let code: number;
  try {
    code = await runMerge(
      c.ctx,
      args.a ?? A,
      args.b ?? B,
      { ...args, out: args.out },
      { ...(prompter ? { prompter } : {}), now },
    );
  } catch (e) {
    if (e instanceof Error && /script|no key|expected a question/.test(e.message)) throw e;
    code = reportError(e, c.ctx);
  }
  return { code, out: c.out(), err: c.err(), ...(prompter ? { prompter } : {}) };
}

const consensusFile = (out: string) => join(root, out, "ips-team-bergen-sentrum.consensus.evaluation.json");
const sessionFile = (out: string) =>
  join(root, out, ".fidelity", "ips-team-bergen-sentrum-2026-11-26.consensus.session.json");

/** The consensus without the times it was made at. */
function timeless(e: Evaluation): unknown {
  return {
    ...e,
    createdAt: undefined,
    updatedAt: undefined,
    items: e.items.map((r) => ({ ...r, ratedAt: undefined })),
    consensus: e.consensus && { ...e.consensus, items: e.consensus.items.map((i) => ({ ...i, decidedAt: undefined })) },
  };
}

const WALK: Step[] = [
  { key: "4", expect: "Konsensus for B2" },
  { text: "Vaktordningen er månedlig ifølge timeplanen." },
  { key: "4", expect: "Konsensus for O1" },
  { text: "Teammøtene er ukentlige." },
  { key: "4", expect: "Konsensus for T13" },
  { text: "Dataene dekker hele perioden." },
];

describe("fidelity merge on a terminal", () => {
  let run: MergeRun;
  const beforeA = () => readFileSync(A);
  let aBytes: Buffer;
  let bBytes: Buffer;
  beforeAll(async () => {
    aBytes = beforeA();
    bBytes = readFileSync(B);
    run = await merge({ out: "walked", steps: WALK });
  });

  it("walks exactly the three items A and B differ on, and nothing else", () => {
    expect(run.code).toBe(0);
    expect(run.prompter?.asked).toEqual([
      "choose: Konsensus for B2",
      "text: Begrunnelse for konsensus på B2 (påkrevd)",
      "choose: Konsensus for O1",
      "text: Begrunnelse for konsensus på O1 (påkrevd)",
      "choose: Konsensus for T13",
      "text: Begrunnelse for konsensus på T13 (påkrevd)",
    ]);
    expect(run.prompter?.remaining).toBe(0);
  });

  it("shows A and B side by side with notes and reasons, and the data's suggestion", () => {
    const b2 = run.prompter?.screens.find((s) => s.includes("B2  ")) ?? "";
    expect(b2).toContain("uenighet 1 av 3");
    expect(b2).toMatch(/A · Kari Nordmann\s+B · Ola Hansen/);
    expect(b2).toMatch(/Skår\s+4 – .*\s+5 – /);
    expect(b2).toMatch(/Notat\s+Jobbspesialistene går i\s+Deltar i vaktordningen hver/);
    const t13 = run.prompter?.screens.find((s) => s.includes("T13  ")) ?? "";
    expect(t13).toMatch(/Kilde\s+dataenes forslag\s+overstyrt/);
    expect(t13).toMatch(/Begrunnelse\s+–\s+Timelistene mangler to uker\./);
    expect(t13).toContain("◆ Dataenes forslag: 4");
  });

  it("writes the consensus: agreed items as they were, decisions with rationale, both evaluators and files", () => {
    const c = readEvaluationFile(consensusFile("walked"));
    expect(c.status).toBe("complete");
    expect(c.formatVersion).toBe(FORMAT_VERSION);
    expect(c.evaluators).toEqual(["Kari Nordmann", "Ola Hansen"]);
    expect(c.consensus?.a).toMatchObject({
      file: "kari.evaluation.json",
      sha256: sha(A),
      evaluators: ["Kari Nordmann"],
    });
    expect(c.consensus?.b).toMatchObject({ file: "ola.evaluation.json", sha256: sha(B), evaluators: ["Ola Hansen"] });
    const rating = (id: string) => c.items.find((r) => r.itemId === id);
    expect(rating("B2")).toMatchObject({
      score: 4,
      source: "evaluator",
      note: "Kari Nordmann: Jobbspesialistene går i vaktordningen ved poliklinikken omtrent én dag i måneden.\nOla Hansen: Deltar i vaktordningen hver uke.",
    });
    expect(rating("T13")).toMatchObject({ score: 4, source: "data", suggestedScore: 4 });
    expect(c.consensus?.items.find((i) => i.itemId === "O1")).toMatchObject({
      agreed: false,
      a: { score: 4 },
      b: { score: 3 },
      rationale: "Teammøtene er ukentlige.",
    });
    // Everything else is A's rating as it was.
    const same = (id: string) => ({ ...rating(id), ratedAt: undefined });
    expect(same("T6")).toEqual({ ...base.items.find((r) => r.itemId === "T6"), ratedAt: undefined });
    expect(c.items).toHaveLength(base.items.length);
    expect(existsSync(sessionFile("walked"))).toBe(false);
  });

  it("leaves both originals unchanged", () => {
    expect(readFileSync(A).equals(aBytes)).toBe(true);
    expect(readFileSync(B).equals(bBytes)).toBe(true);
  });

  it("prints the statistics and the totals, and the two paths", () => {
    // 22 of 25 agree, each difference one point: exact 88 %, within one 100 %, mean |A−B| 3/25 = 0,12.
    expect(run.err).toContain("var enige om 22 av 25 punkter");
    expect(run.err).toMatch(/Eksakt enighet\s+88\s%/);
    expect(run.err).toMatch(/Innenfor ett poeng\s+100\s%/);
    expect(run.err).toMatch(/Gjennomsnittlig absolutt forskjell\s+0,12/);
    expect(run.out.trim().split("\n")).toEqual([
      consensusFile("walked"),
      join(root, "walked", "ips-team-bergen-sentrum.consensus.pdf"),
    ]);
  });

  it("the PDF has the consensus appendix: A, B and consensus per item, disagreements marked, the rationale", async () => {
    const pdf = await pdfPages(readFileSync(join(root, "walked", "ips-team-bergen-sentrum.consensus.pdf")));
    const page = pdf.pages.find((p) => p.includes("Vedlegg: Konsensus mellom to evaluatorer")) ?? "";
    expect(page).toContain("Kari Nordmann · kari.evaluation.json · sha256");
    expect(page).toContain("Eksakt enighet");
    expect(page).toMatch(/Eksakt enighet 88\s%/);
    expect(page).toContain("≠ O1");
    expect(page).toContain("Teammøtene er ukentlige.");
    expect(pdf.text).toContain("Totalsum konsensus");
  });

  it("`fidelity report` on the consensus file draws the same PDF", async () => {
    const out = join(root, "walked", "again.pdf");
    const r = await cli(["report", consensusFile("walked"), "--out", out], { cwd: root });
    expect(r.code).toBe(0);
    expect(readFileSync(out).equals(readFileSync(join(root, "walked", "ips-team-bergen-sentrum.consensus.pdf")))).toBe(
      true,
    );
  });
});

describe("an interrupted merge", () => {
  it("is saved, offered again, and resumes to the same result as an uninterrupted one", async () => {
    const whole = await merge({ out: "whole", steps: WALK });
    expect(whole.code).toBe(0);

    const first = await merge({ out: "resumed", steps: [...WALK.slice(0, 2), { interrupt: true }] });
    expect(first.code).toBe(130);
    expect(first.err).toContain("Konsensusen er lagret");
    expect(first.err).toContain("fidelity merge");
    const saved = readEvaluationFile(sessionFile("resumed"));
    expect(saved.status).toBe("in-progress");
    expect(saved.cursor).toBe("O1");
    expect(saved.consensus?.items.find((i) => i.itemId === "B2")?.rationale).toBe(
      "Vaktordningen er månedlig ifølge timeplanen.",
    );
    expect(existsSync(consensusFile("resumed"))).toBe(false);

    const second = await merge({
      out: "resumed",
      steps: [{ confirm: true, expect: "1 av 3 uenigheter avgjort" }, ...WALK.slice(2)],
    });
    expect(second.code).toBe(0);
    expect(second.prompter?.asked.filter((q) => q.startsWith("choose"))).toEqual([
      "choose: Konsensus for O1",
      "choose: Konsensus for T13",
    ]);
    expect(timeless(readEvaluationFile(consensusFile("resumed")))).toEqual(
      timeless(readEvaluationFile(consensusFile("whole"))),
    );
  });

  it("q saves and quits; declining the offer starts over with the old session kept aside", async () => {
    const quit = await merge({ out: "quit", steps: [WALK[0] as Step, WALK[1] as Step, "q"] });
    expect(quit.code).toBe(0);
    expect(existsSync(sessionFile("quit"))).toBe(true);
    const again = await merge({ out: "quit", steps: [false, ...WALK] });
    expect(again.code).toBe(0);
    expect(again.err).toContain("En tidligere påbegynt konsensus er lagt til side");
    expect(again.prompter?.asked.filter((q) => q.startsWith("choose"))).toHaveLength(3);
  });

  it("b goes back to the previous disagreement; Enter keeps its consensus and rationale", async () => {
    const r = await merge({
      out: "back",
      steps: [WALK[0] as Step, WALK[1] as Step, "b", { key: "enter", expect: "B2" }, { text: "" }, ...WALK.slice(2)],
    });
    expect(r.code).toBe(0);
    const c = readEvaluationFile(consensusFile("back"));
    expect(c.consensus?.items.find((i) => i.itemId === "B2")?.rationale).toBe(
      "Vaktordningen er månedlig ifølge timeplanen.",
    );
  });

  it("a rationale is required", async () => {
    const r = await merge({ out: "required", steps: [WALK[0] as Step, { text: "  " }, ...WALK.slice(1)] });
    expect(r.code).toBe(0);
    expect(r.prompter?.refused).toEqual(["En begrunnelse er påkrevd: hvorfor ble dere enige om dette?"]);
  });
});

describe("without a terminal", () => {
  const answers = (name: string, content: unknown) => {
    const p = join(root, name);
    writeFileSync(p, JSON.stringify(content, null, 2));
    return p;
  };
  const full = {
    $note: "konsensusmøte",
    B2: { score: 4, rationale: "Vaktordningen er månedlig ifølge timeplanen." },
    O1: { score: 4, rationale: "Teammøtene er ukentlige." },
    T13: { score: 4, rationale: "Dataene dekker hele perioden." },
  };

  it("no answers file: exit 2 naming the three items, nothing written", async () => {
    const r = await merge({ out: "noanswers" });
    expect(r.code).toBe(2);
    expect(r.err).toContain("ikke en terminal, så 'merge' kan ikke spørre: A og B er uenige om 3 punkter");
    expect(r.err).toContain("B2, O1, T13");
    const en = await merge({ out: "noanswers", lang: "en" });
    expect(en.code).toBe(2);
    expect(en.err).toContain("not a terminal, so 'merge' cannot ask: A and B differ on 3 items");
    expect(en.err).toContain("B2, O1, T13");
    expect(existsSync(join(root, "noanswers"))).toBe(false);
  });

  it("an answers file deciding every disagreement gives the same consensus as the walk; --json has the statistics", async () => {
    const r = await merge({ out: "answered", answers: answers("konsensus.json", full), json: true });
    expect(r.code).toBe(0);
    expect(timeless(readEvaluationFile(consensusFile("answered")))).toEqual(
      timeless(readEvaluationFile(consensusFile("walked"))),
    );
    const json = JSON.parse(r.out);
    expect(json.disagreements).toEqual(["B2", "O1", "T13"]);
    expect(json.statistics.exactAgreement).toEqual({ value: 22 / 25, n: 25 });
    expect(json.statistics.withinOne).toEqual({ value: 1, n: 25 });
    expect(json.statistics.meanAbsoluteDifference.value).toBeCloseTo(3 / 25, 12);
    expect(json.statistics.kappa).toMatchObject({ weights: "linear", n: 25 });
    expect(json.a).toMatchObject({ file: "kari.evaluation.json", sha256: sha(A), evaluators: ["Kari Nordmann"] });
    expect(json.items.find((i: { itemId: string }) => i.itemId === "T13")).toEqual({
      itemId: "T13",
      a: 4,
      b: 3,
      consensus: 4,
      agreed: false,
      rationale: "Dataene dekker hele perioden.",
    });
    expect(json.consensus.total.value).toBe(json.a.total.value);
  });

  it("an answers file that misses one: exit 2 naming it", async () => {
    const { O1: _o1, ...partial } = full;
    const r = await merge({ out: "partial", answers: answers("partial.json", partial) });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/som \S*partial\.json ikke avgjør: O1\./);
    const en = await merge({ out: "partial", answers: answers("partial.json", partial), lang: "en" });
    expect(en.code).toBe(2);
    expect(en.err).toMatch(/partial\.json does not decide: O1\./);
  });

  it.each<[string, unknown, RegExp]>([
    ["an item they agree on", { ...full, B1: { score: 4, rationale: "x" } }, /A and B agree on B1/],
    ["an unknown item", { ...full, X9: { score: 4, rationale: "x" } }, /X9 is not an item of ips-25/],
    ["no rationale", { ...full, O1: { score: 4 } }, /O1.*a rationale is required/],
    ["a score out of range", { ...full, O1: { score: 6, rationale: "x" } }, /a score is a whole number from 1 to 5/],
  ])("an answers file with %s: exit 3 with file:line:column", async (_name, content, message) => {
    const r = await merge({ out: "bad", answers: answers("bad.json", content) });
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/bad\.json:\d+:\d+: /);
    expect(r.err).toMatch(message);
  });
});

describe("Kvalitetsveilederen colours", () => {
  it("decided by colour words in the answers file; the appendix names the colours", async () => {
    const uo = await cli(["score", join(EXAMPLES, "uo-team"), "--out", join(root, "uo-base"), "--no-pdf"], {
      cwd: root,
    });
    expect(uo.code).toBe(0);
    const kv = readEvaluationFile(join(root, "uo-base", "utvidet-oppfolging-nav-tromso.evaluation.json"));
    const ka = join(root, "uo-kari.evaluation.json");
    const kb = join(root, "uo-ola.evaluation.json");
    const kv1 = kv.items.find((r) => r.itemId === "KV1")?.colour;
    const otherColour = kv1 === "green" ? "red" : "green";
    writeFileSync(ka, JSON.stringify({ ...kv, evaluators: ["Kari"] }));
    writeFileSync(
      kb,
      JSON.stringify({
        ...kv,
        evaluators: ["Ola"],
        items: kv.items.map((r) => (r.itemId === "KV1" ? { ...r, colour: otherColour } : r)),
      }),
    );
    const file = join(root, "uo-answers.json");
    writeFileSync(file, JSON.stringify({ KV1: { colour: "gul", rationale: "Samarbeidet er i gang, men ikke fast." } }));
    const r = await merge({ a: ka, b: kb, out: "uo", answers: file, json: true });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.disagreements).toEqual(["KV1"]);
    expect(json.statistics.exactAgreement).toEqual({ value: 0.9, n: 10 });
    expect(json.statistics.kappa.weights).toBe("none");
    expect(json.statistics.withinOne).toBeUndefined();
    const c = readEvaluationFile(join(root, "uo", "utvidet-oppfolging-nav-tromso.consensus.evaluation.json"));
    expect(c.items.find((x) => x.itemId === "KV1")?.colour).toBe("yellow");
    const pdf = await pdfPages(readFileSync(join(root, "uo", "utvidet-oppfolging-nav-tromso.consensus.pdf")));
    const page = pdf.pages.find((p) => p.includes("Vedlegg: Konsensus")) ?? "";
    expect(page).toContain("Farger konsensus");
    expect(page).toMatch(/≠ KV1 .*Gul Samarbeidet er i gang/);
  });
});

describe("refused", () => {
  const other = (name: string, change: (e: Evaluation) => Evaluation) => {
    const p = join(root, name);
    writeFileSync(p, JSON.stringify(change(JSON.parse(readFileSync(B, "utf8"))), null, 2));
    return p;
  };
  it.each<[string, (e: Evaluation) => Evaluation, string]>([
    [
      "another team",
      (e) => ({ ...e, team: { name: "IPS-team Gjøvik" } }),
      'different teams: A is "IPS-team Bergen sentrum", B is "IPS-team Gjøvik"',
    ],
    [
      "another visit date",
      (e) => ({ ...e, visitDate: "2026-11-27" }),
      "different visit dates: A 2026-11-26, B 2026-11-27",
    ],
    [
      "other input data",
      (e) => ({ ...e, inputs: e.inputs.map((f) => (f.kind === "contacts" ? { ...f, sha256: "0".repeat(64) } : f)) }),
      "different input data (sha256): contacts",
    ],
    ["an unfinished evaluation", (e) => ({ ...e, status: "in-progress" }), "B (other.evaluation.json) is not finished"],
  ])("%s: exit 2 with the reason, nothing written", async (_name, change, message) => {
    const r = await merge({ b: other("other.evaluation.json", change), out: "refused", lang: "en" });
    expect(r.code).toBe(2);
    expect(r.err).toContain("cannot merge");
    expect(r.err).toContain(message);
    expect(existsSync(join(root, "refused"))).toBe(false);
  });

  it("another scale: exit 2", async () => {
    const uo = await cli(["score", join(EXAMPLES, "uo-team"), "--out", join(root, "uo"), "--no-pdf"], { cwd: root });
    expect(uo.code).toBe(0);
    const kv = join(root, "uo", "utvidet-oppfolging-nav-tromso.evaluation.json");
    const r = await merge({ b: kv, out: "refused", lang: "en" });
    expect(r.code).toBe(2);
    expect(r.err).toContain("different scales: A ips-25 2019-nb-1, B kvalitetsveileder 2024");
  });

  it("the same file twice: exit 2", async () => {
    const copy = join(root, "copy.evaluation.json");
    cpSync(A, copy);
    const r = await merge({ b: copy, out: "refused", lang: "en" });
    expect(r.code).toBe(2);
    expect(r.err).toContain("A and B are the same file");
  });
});

describe("fidelity agreement and a consensus", () => {
  it("a consensus file is not an evaluator's rating: left out, said so", async () => {
    const r = await cli(["agreement", A, B, consensusFile("walked")], { cwd: root });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("1 par av vurderinger");
    expect(r.stderr).toContain("en konsensus (IPS-team Bergen sentrum");
  });
});
