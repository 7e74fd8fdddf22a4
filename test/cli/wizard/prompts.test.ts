/**
 * The real prompt module on fake streams: keys typed into its input, the rendered text read from its output.
 * This is what the evaluator's keyboard does; the wizard tests use the scripted prompter instead.
 */
import { PassThrough, Writable } from "node:stream";
import { stripVTControlCharacters } from "node:util";
import { describe, expect, test } from "vitest";
import { type Prompter, PromptInterrupted, terminalPrompter } from "../../../src/cli/prompts.js";

function terminal(lang: "nb" | "en" = "nb") {
  const input = new PassThrough();
  let written = "";
  const output = Object.assign(
    new Writable({
      write(chunk, _enc, cb) {
        written += String(chunk);
        cb();
      },
    }),
    { columns: 80, isTTY: true },
  );
  const prompter: Prompter = terminalPrompter({ input, output, color: false, lang });
  /** Type keys one at a time, letting the prompt render between them. */
  const type = async (...keys: string[]) => {
    for (const k of keys) {
      await new Promise((r) => setTimeout(r, 15));
      input.write(k);
    }
  };
  return { prompter, type, screen: () => stripVTControlCharacters(written) };
}

const ENTER = "\r";
const DOWN = "\x1b[B";
const CTRL_C = "\x03";

const anchors = [1, 2, 3, 4, 5].map((n) => ({ key: String(n), label: `anchor ${n}`, value: n }));
const actions = [{ key: "b", label: "tilbake", value: -1 }];

describe("terminal prompter", () => {
  test("a digit picks its choice at once", async () => {
    const t = terminal();
    const answer = t.prompter.choose({ message: "B2 skår", choices: anchors, actions });
    await t.type("3");
    expect(await answer).toBe(3);
    expect(t.screen()).toContain("B2 skår");
    expect(t.screen()).toContain("b tilbake");
    expect(t.screen()).toContain("✔ B2 skår 3  anchor 3");
  });

  test("Enter takes the highlighted default (the suggestion), marked with its tag", async () => {
    const t = terminal();
    const choices = anchors.map((a) => (a.value === 4 ? { ...a, tag: "◆ forslag" } : a));
    const answer = t.prompter.choose({ message: "B1 skår", choices, default: 4 });
    await t.type(ENTER);
    expect(await answer).toBe(4);
    expect(t.screen()).toContain("❯ 4  anchor 4 ◆ forslag");
  });

  test("without a default Enter waits and says what to press; arrows then Enter pick", async () => {
    const t = terminal();
    const answer = t.prompter.choose({ message: "B3 skår", choices: anchors });
    await t.type(ENTER, "x", DOWN, DOWN, ENTER);
    expect(await answer).toBe(2);
    expect(t.screen()).toContain("Trykk en av tastene som vises.");
  });

  test("action and hidden keys, and Enter's own value", async () => {
    const t = terminal();
    const a = t.prompter.choose({ message: "m", choices: anchors, actions });
    await t.type("b");
    expect(await a).toBe(-1);
    expect(t.screen()).not.toContain("✔"); // an action answers nothing: no "✔ m tilbake" line is left behind
    const t2 = terminal();
    const b = t2.prompter.choose({
      message: "rules",
      choices: [],
      hidden: [{ key: "7", label: "", value: 7 }],
      enter: 0,
    });
    await t2.type("7");
    expect(await b).toBe(7);
    const t3 = terminal();
    const c = t3.prompter.choose({ message: "rules", choices: [], enter: 0 });
    await t3.type(ENTER);
    expect(await c).toBe(0);
  });

  test("checklist: digits and Space tick, the summary follows, Enter confirms; an action key leaves", async () => {
    const t = terminal();
    const items = ["a", "b", "c"].map((id) => ({ id, label: `element ${id}` }));
    const answer = t.prompter.checklist({
      message: "O2",
      items,
      checked: ["b"],
      actions: [{ key: "s", label: "hopp over", value: "skip" }],
      summary: (c) => `${c.length} av 3`,
    });
    await t.type("1", "2", DOWN, " ", ENTER);
    expect(await answer).toEqual({ checked: ["a", "c"] });
    expect(t.screen()).toContain("[x] 1  element a");
    expect(t.screen()).toContain("✔ O2 2 av 3");
    const t2 = terminal();
    const left = t2.prompter.checklist({
      message: "O2",
      items,
      checked: [],
      actions: [{ key: "s", label: "x", value: "skip" }],
    });
    await t2.type("s");
    expect(await left).toEqual({ action: "skip", checked: [] });
    expect(t2.screen()).not.toContain("✔");
  });

  test("go to item (searchable list): the key help in the evaluator's language", async () => {
    const choices = [
      { label: "B1   Portefølje", value: "B1" },
      { label: "T7   Jobbutvikling – kvalitet", value: "T7" },
    ];
    const t = terminal();
    const a = t.prompter.pick({ message: "Gå til punkt", choices });
    await t.type("t", "7", ENTER);
    expect(await a).toBe("T7");
    expect(t.screen()).toContain("↑↓ bla • ⏎ velg • skriv for å søke");
    expect(t.screen()).not.toMatch(/navigate|select/);
    const t2 = terminal();
    const b = t2.prompter.pick({ message: "Gå til punkt", choices });
    await t2.type("x", "y", "z");
    await new Promise((r) => setTimeout(r, 30));
    expect(t2.screen()).toContain("Ingen treff");
    await t2.type(CTRL_C);
    await expect(b).rejects.toBeInstanceOf(PromptInterrupted);
    const t3 = terminal("en");
    const c = t3.prompter.pick({ message: "Go to item", choices });
    await t3.type(ENTER);
    expect(await c).toBe("B1");
    expect(t3.screen()).toContain("↑↓ navigate • ⏎ select • type to search");
  });

  test("checklist: an action key gives the ticks as they stood with it", async () => {
    const t = terminal();
    const items = ["a", "b", "c", "d", "e"].map((id) => ({ id, label: `element ${id}` }));
    const answer = t.prompter.checklist({
      message: "O2",
      items,
      checked: [],
      actions: [{ key: "n", label: "notat", value: "note" }],
      summary: (c) => `${c.length} av 5`,
    });
    await t.type("1", "2", "3", "n");
    expect(await answer).toEqual({ action: "note", checked: ["a", "b", "c"] });
    expect(t.screen()).toContain("3 av 5");
  });

  test("confirm is one key: j/n in Norwegian, y/n in English, Enter the default", async () => {
    const t = terminal();
    const a = t.prompter.confirm({ message: "Fortsette?", default: true });
    await t.type("n");
    expect(await a).toBe(false);
    expect(t.screen()).toContain("Fortsette? (J/n)");
    const t2 = terminal("en");
    const b = t2.prompter.confirm({ message: "Go on?", default: false });
    await t2.type("y");
    expect(await b).toBe(true);
    const t3 = terminal();
    const c = t3.prompter.confirm({ message: "Sikker?", default: true });
    await t3.type(ENTER);
    expect(await c).toBe(true);
  });

  test("text: a required answer is refused when empty", async () => {
    const t = terminal();
    const answer = t.prompter.text({ message: "Begrunnelse", required: true, requiredMessage: "Må med" });
    await t.type(ENTER, "f", "o", "r", ENTER);
    expect(await answer).toBe("for");
    expect(t.screen()).toContain("Må med");
  });

  test("text: without a message of its own, an empty required answer is refused in the evaluator's language", async () => {
    for (const [lang, said] of [
      ["nb", "> påkrevd"],
      ["en", "> required"],
    ] as const) {
      const t = terminal(lang);
      const answer = t.prompter.text({ message: "Teamets navn", required: true });
      await t.type(ENTER, "x", ENTER);
      expect(await answer).toBe("x");
      expect(t.screen()).toContain(said);
    }
  });

  test("Ctrl-C in any prompt is PromptInterrupted", async () => {
    const t = terminal();
    const menu = t.prompter.choose({ message: "m", choices: anchors });
    await t.type(CTRL_C);
    await expect(menu).rejects.toBeInstanceOf(PromptInterrupted);
    const t2 = terminal();
    const text = t2.prompter.text({ message: "t" });
    await t2.type("a", CTRL_C);
    await expect(text).rejects.toBeInstanceOf(PromptInterrupted);
  });
});
