/** The wizard's screens (pure text) and the rating rules behind each answer. */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { rulesScreen } from "../../../src/cli/wizard/counting-rules.js";
import { paragraph, visibleLength } from "../../../src/cli/wizard/layout.js";
import { missingFrom } from "../../../src/cli/wizard/navigation.js";
import { applySuggestions, rate, rateElements, ratingOf, setNote } from "../../../src/cli/wizard/ratings.js";
import { suggestionChanges } from "../../../src/cli/wizard/review.js";
import { dataSummaryScreen, itemScreen, itemScreenFolded, reviewScreen } from "../../../src/cli/wizard/screens.js";
import { makeStyle, PLAIN } from "../../../src/cli/wizard/style.js";
import type { Evaluation } from "../../../src/core/evaluation.js";
import { allItems, type Lang } from "../../../src/core/scale.js";
import { readEvaluationFile } from "../../../src/io/evaluation-file.js";
import { copyExample, runScripted } from "./helpers.js";

let ips: Evaluation;
let uo: Evaluation;
const cleanups: (() => void)[] = [];

async function session(name: string, file: string): Promise<Evaluation> {
  const t = copyExample(name);
  cleanups.push(t.cleanup);
  const r = await runScripted(t.dir, t.dir, ["q"]);
  expect(r.code).toBe(0);
  return readEvaluationFile(join(t.dir, ".fidelity", file));
}

beforeAll(async () => {
  ips = await session("ips-team", "ips-team-bergen-sentrum-2026-11-26.session.json");
  uo = await session("uo-team", "utvidet-oppfolging-nav-tromso-2026-11-26.session.json");
});
afterAll(() => {
  for (const c of cleanups) c();
});

const NOW = "2026-11-26T10:00:00.000Z";

function longest(text: string): number {
  return Math.max(...text.split("\n").map(visibleLength));
}

describe("screens fit 80 columns", () => {
  for (const lang of ["nb", "en"] as Lang[]) {
    test(`every screen, ${lang}`, () => {
      const o = { lang, width: 80, style: PLAIN };
      for (const e of [ips, uo]) {
        expect(longest(dataSummaryScreen(e, { prefilled: 3 }, o))).toBeLessThanOrEqual(80);
        expect(longest(reviewScreen(e, o))).toBeLessThanOrEqual(80);
        expect(longest(rulesScreen(e.countingRules, o))).toBeLessThanOrEqual(80);
        for (const item of allItems(e.scale))
          expect(longest(itemScreen(e, item.id, o)), item.id).toBeLessThanOrEqual(80);
      }
    });
  }

  test("colour codes do not count towards the width", () => {
    const o = { lang: "nb" as const, width: 80, style: makeStyle(true) };
    const text = reviewScreen(ips, o);
    expect(text).toContain("\x1b[");
    expect(longest(text)).toBeLessThanOrEqual(80);
  });

  test("a paragraph wraps with a hanging indent", () => {
    expect(paragraph("aaa bbb ccc ddd", 10, "  ", "> ")).toBe("> aaa bbb\n  ccc ddd");
  });
});

describe("an item fits 80×24 (issue 9)", () => {
  for (const lang of ["nb", "en"] as Lang[]) {
    test(`every item of both scales leaves its title and anchors on a 24-row screen, ${lang}`, () => {
      const o = { lang, width: 80, height: 24, style: PLAIN };
      for (const e of [ips, uo])
        for (const item of allItems(e.scale)) {
          const { text, folded } = itemScreenFolded(e, item.id, o, false);
          const anchors = item.kind === "elements" ? 0 : e.scale.scoring === "colours" ? 3 : 5;
          // The menu below the screen: question, anchors, hint, two lines of keys, the cursor's line.
          const rows = text.split("\n").length + anchors + 5;
          if (folded || item.kind === "data") expect(rows, item.id).toBeLessThanOrEqual(24);
          expect(text.split("\n")[1], item.id).toContain(item.title[lang]);
          if (folded) expect(text).toContain(lang === "nb" ? "(d viser dem)" : "(d shows them)");
          // Unfolded (the d key) the whole computation is there again, as without a height.
          expect(itemScreenFolded(e, item.id, o, true).text).toBe(
            itemScreen(e, item.id, { lang, width: 80, style: PLAIN }),
          );
        }
    });
  }

  test("T6 at 80×24 is folded, keeps the suggestion, and says how many lines are folded", () => {
    const { text, folded } = itemScreenFolded(ips, "T6", { lang: "nb", width: 80, height: 24, style: PLAIN }, false);
    const whole = itemScreen(ips, "T6", { lang: "nb", width: 80, style: PLAIN }).split("\n").length;
    expect(folded).toBe(true);
    const n = Number(/… (\d+) linjer til/.exec(text)?.[1]);
    // Folded lines plus the fold line itself make up the difference to the whole screen.
    expect(text.split("\n").length - 1 + n).toBe(whole);
    expect(text).toContain("◆ Forslag:");
  });

  test("without a height nothing is folded (tests, a pipe)", () => {
    expect(itemScreenFolded(ips, "T6", { lang: "nb", width: 80, style: PLAIN }, false).folded).toBe(false);
  });

  test("source codes are spelt out where shown", () => {
    expect(itemScreen(ips, "B1", { lang: "nb", width: 80, style: PLAIN })).toContain(
      "Kilder: ADM (fagsystem/statistikk), DOK (dokumenter), INT (intervju)",
    );
    expect(itemScreen(ips, "B1", { lang: "en", width: 80, style: PLAIN })).toContain(
      "Sources: ADM (records/statistics), DOK (documents), INT (interviews)",
    );
  });
});

describe("Enter on the overview opens the next unrated item (it rates nothing)", () => {
  const all = ["B1", "B2", "B3", "O1", "O2"];
  test.each([
    [["B2", "O1", "O2"], undefined, ["B2", "O1", "O2"]],
    [["B2", "O1", "O2"], "B3", ["O1", "O2", "B2"]],
    [["B2", "O1", "O2"], "B2", ["O1", "O2", "B2"]],
    [["B2"], "O2", ["B2"]],
    [[], "B1", []],
  ] as const)("missing %j, came from %s → %j", (missing, after, expected) => {
    expect(missingFrom(all, missing, after)).toEqual(expected);
  });
});

describe("screens say what the evaluator needs", () => {
  const o = { lang: "nb" as const, width: 80, style: PLAIN };

  test("data item: the computation and the suggestion marked", () => {
    const text = itemScreen(ips, "B1", o);
    expect(text).toContain("Full implementering: Hver jobbspesialist har sin egen portefølje");
    expect(text).toContain("Teamverdi 20,7 deltakere per årsverk gir 4 poeng.");
    expect(text).toContain("◆ Forslag: 4 – Over 20, høyst 25 deltakere per årsverk");
  });

  test("data summary: warnings with file, line and the specialist as JSn, capped with a count", () => {
    const metrics = ips.metrics;
    if (!metrics) throw new Error("no metrics");
    const first = metrics.roster.specialists[1]?.specialist;
    const warning = (n: number) => ({
      code: "fteDisagrees" as const,
      file: "portefolje.csv",
      line: 10 + n,
      specialist: first,
      message: { nb: `Stillingsprosenten varierer (${n}).`, en: `FTE differs (${n}).` },
    });
    const e = { ...ips, metrics: { ...metrics, warnings: [1, 2, 3, 4, 5, 6, 7].map(warning) } };
    const text = dataSummaryScreen(e, { fileWarnings: ['team.json:3: unknown field "x" (ignored)'] }, o);
    expect(text).toContain("Advarsler (7)");
    expect(text).toContain("! portefolje.csv:11: JS2: Stillingsprosenten varierer (1).");
    expect(text).toContain("… og 2 til (alle står i rapportens metodedel)");
    expect(text).toContain('! team.json:3: unknown field "x" (ignored)');
    expect(text).not.toContain(first as string);
  });

  test("data summary: long titles and values are never cut; they wrap in their columns on a narrow screen", () => {
    for (const width of [100, 80, 60]) {
      const text = dataSummaryScreen(uo, {}, { ...o, width });
      const items = text.slice(text.indexOf("Punkter dataene foreslår farge for"));
      expect(items, `width ${width}`).not.toContain("…");
      expect(longest(items), `width ${width}`).toBeLessThanOrEqual(width);
      const flat = items.replace(/\s+/g, " ");
      for (const word of ["18,3", "jobbsøkere", "per", "årsverk"]) expect(flat, `width ${width}`).toContain(word);
      if (width >= 80) expect(flat).toContain("18,3 jobbsøkere per årsverk → Gul");
      for (const item of allItems(uo.scale).filter((i) => i.kind === "data"))
        for (const word of item.title.nb.split(" ")) expect(flat, `width ${width}`).toContain(word);
    }
    const wide = dataSummaryScreen(uo, {}, { ...o, width: 100 });
    expect(wide).toMatch(/KV2 +Jobbspesialisten +18,3 jobbsøkere per årsverk +→ Gul/);
    expect(wide).toMatch(/KV10 Individuelt tilpasset oppfølging på arbeidsplassen +43,8\u00a0% +→ Rød/);
  });

  test("element item: how the score follows from the count", () => {
    expect(itemScreen(ips, "T14", o).replace(/\s+/g, " ")).toContain("(av 6): 0→1, 1→1, 2→1, 3→2, 4→3, 5→4, 6→5");
  });

  test("colour scale: the data's colour", () => {
    const kv = uo.suggestions.find((s) => s.colour !== undefined);
    expect(kv).toBeDefined();
    expect(itemScreen(uo, kv?.itemId as string, o)).toMatch(/◆ Forslag: (Grønn|Gul|Rød)/);
  });

  test("review: unrated items listed, a provisional range, no band yet", () => {
    const text = reviewScreen(ips, o);
    expect(text).toContain("Sum så langt: mellom 25 og 125 av 125");
    expect(text).toContain("Ikke vurdert (25): B1, B2");
  });

  test("review: total and band once every item is rated", () => {
    let e = ips;
    for (const item of allItems(e.scale)) e = rate(e, item.id, { score: 5 }, NOW, "grunn");
    const text = reviewScreen(e, o);
    expect(text).toMatch(/Sum: 125 av 125 – .+/);
    expect(text).toContain("Alle punkter er vurdert.");
  });

  test("review on the colour scale: colour counts", () => {
    let e = uo;
    for (const item of allItems(e.scale)) e = rate(e, item.id, { colour: "yellow" }, NOW, "grunn");
    expect(reviewScreen(e, { ...o, lang: "en" })).toContain("Green 0 · Yellow 10 · Red 0");
  });
});

describe("ratings", () => {
  test("the suggestion accepted is a data rating; another score is an override that needs a reason", () => {
    const accepted = rate(ips, "B1", { score: 4 }, NOW);
    expect(ratingOf(accepted, "B1")).toEqual({
      itemId: "B1",
      score: 4,
      source: "data",
      suggestedScore: 4,
      ratedAt: NOW,
    });
    expect(() => rate(ips, "B1", { score: 5 }, NOW)).toThrow(/reason/);
    expect(ratingOf(rate(ips, "B1", { score: 5 }, NOW, " Nye stillinger "), "B1")).toMatchObject({
      score: 5,
      source: "override",
      suggestedScore: 4,
      reason: "Nye stillinger",
    });
    expect(ratingOf(rate(ips, "B2", { score: 3 }, NOW), "B2")?.source).toBe("evaluator");
  });

  test("elements: ids kept in scale order, unknown ids ignored, score by count", () => {
    const e = rateElements(ips, "O2", ["work-for-all", "weekly-team-meetings"], NOW);
    expect(ratingOf(e, "O2")).toMatchObject({ score: 2, elements: ["weekly-team-meetings", "work-for-all"] });
  });

  test("a note survives re-rating; an empty note removes it; a lone note keeps the item unrated", () => {
    let e = setNote(ips, "B2", "  Vaktordning  ", NOW);
    expect(ratingOf(e, "B2")).toEqual({ itemId: "B2", source: "evaluator", note: "Vaktordning" });
    e = rate(e, "B2", { score: 4 }, NOW);
    expect(ratingOf(e, "B2")?.note).toBe("Vaktordning");
    e = setNote(e, "B2", "", NOW);
    expect(ratingOf(e, "B2")?.note).toBeUndefined();
    expect(ratingOf(setNote(ips, "B3", "", NOW), "B3")).toBeUndefined();
  });

  test("items stay in scale order whatever the answering order", () => {
    let e = rate(ips, "T3", { score: 3 }, NOW);
    e = rate(e, "B2", { score: 3 }, NOW);
    e = rate(e, "O1", { score: 3 }, NOW);
    expect(e.items.map((r) => r.itemId)).toEqual(["B2", "O1", "T3"]);
  });

  test("new suggestions: accepted ones follow, overrides keep score and reason, agreeing overrides become data", () => {
    let e = rate(ips, "B1", { score: 4 }, NOW); // accepted
    e = rate(e, "T6", { score: 2 }, NOW, "ingen ukeoversikt"); // override of 4
    e = rate(e, "T13", { score: 5 }, NOW, "mer ute enn registrert"); // override of 4
    const next = e.suggestions.map((s) =>
      s.itemId === "B1"
        ? { ...s, score: 3 }
        : s.itemId === "T13"
          ? { ...s, score: 5 }
          : s.itemId === "T6"
            ? { ...s, score: 5 }
            : s,
    );
    const after = applySuggestions(e, next, NOW);
    expect(ratingOf(after, "B1")).toMatchObject({ score: 3, suggestedScore: 3, source: "data" });
    expect(ratingOf(after, "T6")).toMatchObject({
      score: 2,
      suggestedScore: 5,
      source: "override",
      reason: "ingen ukeoversikt",
    });
    expect(ratingOf(after, "T13")).toMatchObject({ score: 5, suggestedScore: 5, source: "data" });
    expect(ratingOf(after, "T13")?.reason).toBeUndefined();
    expect(suggestionChanges(e.suggestions, next, "nb")).toBe(
      "Tellereglene er endret. Nye dataforslag: B1 4 → 3, T6 4 → 5, T13 4 → 5.",
    );
  });

  test("an accepted suggestion the data no longer makes becomes unrated", () => {
    const e = rate(ips, "B1", { score: 4 }, NOW);
    const next = e.suggestions.map((s) =>
      s.itemId === "B1"
        ? { itemId: s.itemId, metric: s.metric, computation: [], missingReason: { nb: "x", en: "x" } }
        : s,
    );
    expect(ratingOf(applySuggestions(e, next, NOW), "B1")).toBeUndefined();
  });
});

describe("counting rules screen per instrument", () => {
  const usedMetrics = (e: Evaluation) => new Set(allItems(e.scale).flatMap((i) => (i.data ? [i.data.metric] : [])));
  test("IPS-25 does not list Kvalitetsveilederen's follow-up rule; Kvalitetsveilederen does", () => {
    const o = { lang: "nb" as const, width: 80, style: PLAIN };
    const ipsScreen = rulesScreen(ips.countingRules, o, undefined, usedMetrics(ips));
    expect(ipsScreen).not.toContain("182 dager");
    expect(ipsScreen).toContain("Arbeidsgiverkontakter som telles");
    expect(rulesScreen(uo.countingRules, o, undefined, usedMetrics(uo))).toContain("182 dager");
  });
});
