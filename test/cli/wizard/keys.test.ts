/** The wizard's keys are one table per screen: no key does two things, and the help and README say them. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  ITEM_DIGITS,
  ITEM_KEYS,
  type KeyDef,
  PLAN_END_KEYS,
  PLAN_KEYS,
  REVIEW_KEYS,
} from "../../../src/cli/wizard/keys.js";
import { cli } from "../../helpers/cli.js";

const duplicates = (keys: string[]) => keys.filter((k, i) => keys.indexOf(k) !== i);

/** Every table of keys the wizard's screens are built from. */
const TABLES: Record<string, readonly KeyDef<string>[]> = {
  item: ITEM_KEYS,
  review: REVIEW_KEYS,
  plan: PLAN_KEYS,
  planEnd: PLAN_END_KEYS,
};

describe("the wizard's keys", () => {
  it("give one action per key at an item (with the digits and Enter) and at the review", () => {
    expect(duplicates([...ITEM_KEYS.map((k) => k.key), ...ITEM_DIGITS, "enter"])).toEqual([]);
    expect(duplicates(REVIEW_KEYS.map((k) => k.key))).toEqual([]);
    expect(duplicates(ITEM_KEYS.map((k) => k.action))).toEqual([]);
    expect(duplicates(REVIEW_KEYS.map((k) => k.action))).toEqual([]);
  });

  it("give one action per key in the action plan (with Enter, which accepts or ends it)", () => {
    expect(duplicates([...PLAN_KEYS.map((k) => k.key), "enter"])).toEqual([]);
    expect(duplicates([...PLAN_END_KEYS.map((k) => k.key), "enter"])).toEqual([]);
  });

  it("a table with two actions on one key is caught", () => {
    expect(duplicates(["n", "b", "n"])).toEqual(["n"]);
  });

  it("are all named in `evaluate --help`, each with its label", async () => {
    const r = await cli(["evaluate", "--help"]);
    const help = r.stdout.replace(/\s+/g, " ");
    for (const [screen, table] of Object.entries(TABLES))
      for (const k of table)
        expect(
          [`${k.key} ${k.label.en}`, `${k.key} ${k.label.nb}`].some((s) => help.includes(s)),
          `${screen}: ${k.key}`,
        ).toBe(true);
  });

  it("are all named in the README's walk through the wizard", () => {
    const readme = readFileSync(join(import.meta.dirname, "..", "..", "..", "README.md"), "utf8");
    for (const [screen, table] of Object.entries(TABLES))
      for (const k of table) expect(readme, `${screen}: ${k.key}`).toContain(`\`${k.key}\``);
  });
});
