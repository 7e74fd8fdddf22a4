/**
 * Messages that were English only (issue 9): each one, as the user gets it, in bokmål and in English. The
 * English is the text the program always gave (other tests match parts of it with --lang en).
 */
import { mkdirSync, mkdtempSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseAnswers } from "../../src/core/answers.js";
import { FidelityError } from "../../src/core/errors.js";
import { inLang, type Text } from "../../src/core/i18n.js";
import { readJsonFile } from "../../src/io/json.js";
import { acquireLock } from "../../src/io/lock.js";
import { LOCK } from "../../src/io/lock.messages.js";
import { loadScale, loadScaleFile } from "../../src/io/scales.js";
import { cli } from "../helpers/cli.js";

const ROOT = join(import.meta.dirname, "..", "..");
const EXAMPLE = join(ROOT, "examples", "ips-team");
const tmp = () => mkdtempSync(join(tmpdir(), "fidelity-msg-"));
const both = (m: Text | string) => ({ nb: inLang(m, "nb"), en: inLang(m, "en") });

/** The error `run` throws, in both languages. */
function thrown(run: () => unknown): { nb: string; en: string } {
  try {
    run();
  } catch (e) {
    if (e instanceof FidelityError) return { nb: e.in("nb"), en: e.in("en") };
    throw e;
  }
  throw new Error("nothing thrown");
}

describe("score --fail-under", () => {
  const kv = join(ROOT, "templates", "scales", "kvalitetsveileder.json");
  it.each([
    [
      ["--fail-under", "200"],
      "--fail-under kan være høyst 125, den høyeste summen på ips-25, ikke 200 (gjelder bare IPS-summer; Kvalitetsveilederen-team har farger, ingen sum, og er aldri under den)",
      "--fail-under must be at most 125, the highest ips-25 total, got 200 (it applies to IPS totals only; Kvalitetsveilederen teams have colours, no total, and never count as below it)",
    ],
    [
      ["--fail-under", "50", "--scale-file", kv],
      `--fail-under sammenligner IPS-summer, og ${kv} har ingen (den bruker farger): Kvalitetsveilederen-team har farger, ingen sum, og er aldri under den; utelat --fail-under`,
      `--fail-under compares IPS totals, and ${kv} has none (it uses colours): Kvalitetsveilederen teams have colours, no total, and never count as below it; leave --fail-under out`,
    ],
  ])("%j", async (args, nb, en) => {
    const inNb = await cli(["score", EXAMPLE, "--no-pdf", ...args]);
    const inEn = await cli(["score", EXAMPLE, "--no-pdf", "--lang", "en", ...args]);
    expect([inNb.code, inEn.code]).toEqual([2, 2]);
    expect(inNb.stderr).toContain(nb);
    expect(inEn.stderr).toContain(en);
  });
});

describe("the answers file's actionPlan and previousActions", () => {
  const scale = loadScale("ips-25");
  const items =
    "B1, B2, B3, O1, O2, O3, O4, O5, O6, O7, O8, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14";
  it.each([
    [
      { actionPlan: {} },
      'actionPlan: forventet en liste med tiltak, f.eks. [{ "item": "T6", "responsible": "Metodeveileder" }]',
      'actionPlan: expected a list of actions such as [{ "item": "T6", "responsible": "Metodeveileder" }]',
    ],
    [
      { actionPlan: ["T6"] },
      'actionPlan[0]: forventet et tiltak som et objekt, f.eks. { "item": "T6", "action": "…" }',
      'actionPlan[0]: expected an action as an object such as { "item": "T6", "action": "…" }',
    ],
    [{ actionPlan: [{ item: 6 }] }, "actionPlan[0].item: forventet tekst", "actionPlan[0].item: expected text"],
    [
      { actionPlan: [{ item: "T6", ansvarlig: "x" }] },
      'actionPlan[0]: ukjent felt "ansvarlig" (kjente felt: item, action, responsible, deadline, support, measure, remove)',
      'actionPlan[0]: unknown field "ansvarlig" (known fields: item, action, responsible, deadline, support, measure, remove)',
    ],
    [
      { actionPlan: [{ item: "T6", remove: "ja" }] },
      "actionPlan[0].remove: forventet true eller false",
      "actionPlan[0].remove: expected true or false",
    ],
    [
      { actionPlan: [{ item: "T6", deadline: "snart" }] },
      "actionPlan[0].deadline: en frist er en dato, f.eks. 2027-03-01 eller 01.03.2027",
      "actionPlan[0].deadline: a deadline is a date such as 2027-03-01 or 01.03.2027",
    ],
    [
      { actionPlan: [{ item: "Q9", action: "x" }] },
      `actionPlan[0].item: ukjent punkt-id for ips-25 (punktene er ${items})`,
      `actionPlan[0].item: unknown item id for ips-25 (items are ${items})`,
    ],
    [
      { actionPlan: [{ responsible: "Leder" }] },
      'actionPlan[0]: et tiltak for hele teamet trenger teksten sin i "action" (eller oppgi "item")',
      'actionPlan[0]: an action for the whole team needs its "action" text (or give "item")',
    ],
    [
      { actionPlan: [{ remove: true, action: "x" }] },
      'actionPlan[0].remove: "remove" tar en foreslått rad ut av planen: oppgi hvilken med "item"',
      'actionPlan[0].remove: "remove" takes a proposed row out of the plan: give its "item"',
    ],
    [
      { previousActions: ["T6"] },
      'previousActions: forventet et objekt, f.eks. { "T6": "gjennomført", "O5": "delvis" }',
      'previousActions: expected an object such as { "T6": "gjennomført", "O5": "delvis" }',
    ],
    [
      { previousActions: { T6: "kanskje" } },
      "previousActions.T6: status må være gjennomført, delvis eller ikke gjennomført",
      "previousActions.T6: a status is one of gjennomført, delvis, ikke gjennomført (or done, partly, not done)",
    ],
  ])("%j", (json, nb, en) => {
    const { issues } = parseAnswers(json, scale, "vurderinger.json");
    expect(issues.map((i) => both(i.message))).toEqual([{ nb, en }]);
  });
});

describe("a JSON input file", () => {
  it.each([
    ["team.json", "en team.json", "a team.json"],
    ["vurderinger.json", "en JSON-inndatafil", "a JSON input file"],
  ])("%s far too large", async (name, nbWhat, enWhat) => {
    const file = join(tmp(), name);
    writeFileSync(file, "");
    truncateSync(file, 12_000_000); // sparse: nothing is written
    const json = await readJsonFile(file);
    expect(json.issues.map((i) => both(i.message))).toEqual([
      {
        nb: `filen er på 12 MB: langt større enn ${nbWhat} kan være (høyst 10 MB); er det riktig fil?`,
        en: `the file is 12 MB: far larger than ${enWhat} can be (at most 10 MB); is it the right file?`,
      },
    ]);
  });

  it("a byte that is not UTF-8 in a UTF-8 file", async () => {
    const file = join(tmp(), "team.json");
    writeFileSync(
      file,
      Buffer.concat([Buffer.from('{ "name": "Team Ø', "utf8"), Buffer.from([0x96]), Buffer.from('" }')]),
    );
    const json = await readJsonFile(file);
    expect(json.issues.map((i) => both(i.message))).toEqual([
      {
        nb: "byte 0x96 her er ikke gyldig UTF-8, mens resten av filen er UTF-8: skriv tegnet på nytt og lagre filen som UTF-8",
        en: "byte 0x96 here is not valid UTF-8, while the rest of the file is UTF-8: retype the character and save the file as UTF-8",
      },
    ]);
  });

  it("a key given twice, exactly and up to case and spaces", async () => {
    const file = join(tmp(), "vurderinger.json");
    writeFileSync(file, '{\n  "B2": 4,\n  "B2": 3,\n  "b2 ": 2\n}\n');
    const json = await readJsonFile(file);
    expect(json.issues.map((i) => [i.line, both(i.message)])).toEqual([
      [
        3,
        {
          nb: "denne nøkkelen gjentar nøkkelen på linje 2: bare én av verdiene ville telle; behold én av dem",
          en: "this key repeats the key on line 2: only one value would count; keep one of them",
        },
      ],
      [
        4,
        {
          nb: "denne nøkkelen gjentar nøkkelen på linje 2 (den er lik når en ser bort fra mellomrom og store/små bokstaver): bare én av verdiene ville telle; behold én av dem",
          en: "this key repeats the key on line 2 (the same when spaces and upper/lower case are ignored): only one value would count; keep one of them",
        },
      ],
    ]);
  });
});

describe("a scale file that cannot be read", () => {
  it("not a regular file", () => {
    const dir = tmp();
    expect(thrown(() => loadScaleFile(dir))).toEqual({
      nb: `kan ikke lese skalafilen ${dir}: det er ikke en vanlig fil`,
      en: `cannot read scale file ${dir}: it is not a regular file`,
    });
  });

  it("too large", () => {
    const file = join(tmp(), "skala.json");
    writeFileSync(file, "");
    truncateSync(file, 6_000_000);
    expect(thrown(() => loadScaleFile(file))).toEqual({
      nb: `kan ikke lese skalafilen ${file}: den er på 6 MB, større enn en skalafil kan være`,
      en: `cannot read scale file ${file}: it is 6 MB, larger than a scale file can be`,
    });
  });
});

describe("a lock whose holder cannot be read", () => {
  it("names an unknown process", () => {
    const dir = join(tmp(), "økt");
    mkdirSync(dir);
    const lock = join(dir, "x.session.json.lock");
    writeFileSync(lock, "{half"); // being written: not stale for a minute
    const held = (holder: Text) => LOCK.text("sessionHeld", { path: "x.session.json", holder });
    const message = thrown(() => acquireLock(lock, held));
    expect(message.nb).toContain("er åpen i en annen veiviser (ukjent prosess)");
    expect(message.en).toContain("is open in another wizard (unknown process)");
  });
});
