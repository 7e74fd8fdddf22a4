/**
 * `fidelity init`: the answers skeleton's `$comment` tells how to rate the folder's own scale, in the run's
 * language, and its examples are valid answers: following them, the folder validates and scores.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../helpers/cli.js";

/** Every `"ID": value` example in the comment, as the JSON it gives. */
function examples(comment: string): [string, unknown][] {
  return [...comment.matchAll(/"([A-Z]+\d+)": (\{[^}]*\}|"[^"]*"|\d+)/g)].map((m) => [
    m[1] as string,
    JSON.parse(m[2] as string),
  ]);
}

describe("fidelity init: the answers file's comment fits the scale", () => {
  it.each([
    ["ips-25", "nb", ["skår 1–5", '"B2": 4'], ["farge"]],
    ["ips-25", "en", ["score 1–5", '"B2": 4'], ["colour"]],
    ["kvalitetsveileder", "nb", ["grønn, gul eller rød", '{ "colour": "gul", "reason": '], ["skår 1–5,", '"score"']],
    [
      "kvalitetsveileder",
      "en",
      ["grønn (green), gul (yellow) or rød (red)", '{ "colour": "gul", "reason": '],
      ['"score"'],
    ],
  ])("%s, --lang %s: following the comment's own examples validates and rates", async (scale, lang, has, hasNot) => {
    const dir = join(mkdtempSync(join(tmpdir(), "init-comment-")), "team");
    const r = await cli(["init", dir, "--scale", scale, "--lang", lang, "--visit-date", "2026-12-03"]);
    expect(r.code).toBe(0);
    const file = join(dir, "vurderinger.json");
    const answers = JSON.parse(readFileSync(file, "utf8"));
    const comment: string = answers.$comment;
    for (const text of has) expect(comment).toContain(text);
    for (const text of hasNot) expect(comment).not.toContain(text);
    // The item titles beside the ids are in the run's language too.
    expect(Object.keys(answers).filter((k) => k.startsWith("$")).length).toBeGreaterThan(5);

    const given = examples(comment);
    // A plain rating, one with a note, an override of a data item with a reason (and IPS: element items).
    expect(given.length).toBeGreaterThanOrEqual(scale === "ips-25" ? 4 : 3);
    expect(given.some(([, v]) => typeof v === "object" && v !== null && "reason" in v)).toBe(true);
    for (const [id, value] of given) answers[id] = value;
    writeFileSync(file, JSON.stringify(answers, null, 2));

    const v = await cli(["validate", dir]);
    expect(v.stdout + v.stderr).not.toMatch(/error/);
    expect(v.code).toBe(0);
    const s = await cli(["score", dir, "--no-pdf", "--json"]);
    expect(s.code).toBe(0);
    const items: { id: string; score?: number; colour?: string }[] = JSON.parse(s.stdout).teams[0].items;
    for (const [id] of given) {
      const item = items.find((i) => i.id === id);
      expect(item?.score ?? item?.colour, id).toBeDefined();
    }
  });

  it("the titles follow --lang", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "init-comment-")), "team");
    expect((await cli(["init", dir, "--lang", "en"])).code).toBe(0);
    const answers = JSON.parse(readFileSync(join(dir, "vurderinger.json"), "utf8"));
    expect(answers.$O2).toMatch(/\. Elements: weekly-team-meetings, /);
    expect(answers.$comment).toMatch(/^The evaluator's ratings\./);
  });
});
