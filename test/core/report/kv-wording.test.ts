/**
 * Kvalitetsveilederen in the report model: guidance words, not IPS ones, and counts in the right number.
 * Built from the Utvidet oppfølging example as `score` builds it.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateLoadedTeam } from "../../../src/cli/team-evaluation.js";
import type { Evaluation } from "../../../src/core/evaluation.js";
import { buildReportModel } from "../../../src/core/report/build.js";
import { loadTeams } from "../../../src/io/team-folder.js";

async function uoEvaluation(): Promise<Evaluation> {
  const [team] = await loadTeams([join(import.meta.dirname, "../../../examples/uo-team")]);
  if (!team) throw new Error("no team");
  return evaluateLoadedTeam(team, { lang: "nb", today: "2026-11-26" }).evaluation;
}

describe("Kvalitetsveilederen wording in the report model", () => {
  it("notes say 'God praksis' / 'Good practice', not 'Full implementering'", async () => {
    const e = await uoEvaluation();
    expect(buildReportModel(e, { lang: "nb" }).labels.noteParts.fullImplementation).toBe("God praksis");
    expect(buildReportModel(e, { lang: "en" }).labels.noteParts.fullImplementation).toBe("Good practice");
  });

  it("the method section says where the guide leaves the colour limits, without claiming it has no numbers", async () => {
    const lines = buildReportModel(await uoEvaluation(), { lang: "nb" }).method.lines.join("\n");
    expect(lines).toContain("Veilederen sier ikke hvor grensene mellom grønn, gul og rød går");
    expect(lines).not.toContain("tallgrenser");
  });

  it("one unrated point and one better point are singular", async () => {
    const e = await uoEvaluation();
    const partly = { ...e, items: e.items.filter((r) => r.itemId !== "KV9") };
    expect(buildReportModel(partly, { lang: "nb" }).method.lines.join("\n")).toContain(
      "Vurderingen er foreløpig: 1 punkt er ikke vurdert.",
    );
    expect(buildReportModel(partly, { lang: "en" }).method.lines.join("\n")).toContain(
      "The evaluation is provisional: 1 item is not rated.",
    );
    // The previous visit had KV1 one colour worse (red → yellow, or yellow → green): exactly one point better.
    const kv1 = e.items.find((r) => r.itemId === "KV1");
    if (!kv1?.colour) throw new Error("KV1 has no colour in the example");
    const worse = kv1.colour === "green" ? "yellow" : "red";
    const previous = {
      ...e,
      visitDate: "2025-11-20",
      items: e.items.map((r) => (r.itemId === "KV1" ? { ...r, colour: worse as typeof kv1.colour } : r)),
    };
    const trend = buildReportModel(e, { lang: "nb", previous }).trend;
    expect(trend?.headline).toContain("1 punkt bedre, 0 svakere");
  });

  it("an overridden point's note says what the data suggested, what the evaluator set, and why", async () => {
    const e = await uoEvaluation();
    const suggested = e.suggestions.find((x) => x.itemId === "KV3")?.colour;
    expect(suggested).toBe("green");
    const items = e.items.map((r) =>
      r.itemId === "KV3"
        ? {
            ...r,
            colour: "yellow" as const,
            source: "override" as const,
            suggestedColour: "green" as const,
            reason: "Ukemøtene er ikke faste",
          }
        : r,
    );
    const nb = buildReportModel({ ...e, items }, { lang: "nb" }).notes.find((n) => n.id === "KV3");
    expect(nb?.override).toBe("Dataene foreslo grønn; evaluator satte gul. Begrunnelse: Ukemøtene er ikke faste");
    const en = buildReportModel({ ...e, items }, { lang: "en" }).notes.find((n) => n.id === "KV3");
    expect(en?.override).toBe("The data suggested green; the evaluator set yellow. Reason: Ukemøtene er ikke faste");
    // Accepted suggestions say nothing of the kind.
    expect(buildReportModel(e, { lang: "nb" }).notes.every((n) => n.override === undefined)).toBe(true);
  });
});
