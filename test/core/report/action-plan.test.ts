/**
 * The report a team keeps (issue 11): recommendations that follow the evaluator, the action plan, the next
 * review, the band scale. Built from the IPS example as `score` builds it, then changed the way an evaluator would.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateLoadedTeam } from "../../../src/cli/team-evaluation.js";
import type { Evaluation } from "../../../src/core/evaluation.js";
import { parseEvaluation } from "../../../src/core/evaluation.js";
import { buildReportModel, plannedActions } from "../../../src/core/report/build.js";
import { addMonths, reviewCycle } from "../../../src/core/report/review-cycle.js";
import { scoreRatings } from "../../../src/core/scoring.js";
import { loadTeams } from "../../../src/io/team-folder.js";
import { syntheticId } from "../../helpers/synthetic-id.js";

async function example(folder: string, today: string): Promise<Evaluation> {
  const [team] = await loadTeams([join(import.meta.dirname, "../../../examples", folder)]);
  if (!team) throw new Error("no team");
  return evaluateLoadedTeam(team, { lang: "nb", today }).evaluation;
}
const ipsEvaluation = () => example("ips-team", "2026-11-26");
const uoEvaluation = () => example("uo-team", "2026-11-26");

/** The evaluation with T6 overridden from the data's 4 to 2, with a reason. */
function overrideT6(e: Evaluation, reason: string): Evaluation {
  return {
    ...e,
    items: e.items.map((r) =>
      r.itemId === "T6" ? { ...r, score: 2, source: "override" as const, suggestedScore: 4, reason } : r,
    ),
  };
}

describe("recommendations follow the evaluator", () => {
  const reason = "Mange av kontaktene er telefonsamtaler som er ført som oppmøte.";

  it("an overridden item's recommendation holds the evaluator's score and reason and none of the data's gap", async () => {
    const e = await ipsEvaluation();
    const accepted = buildReportModel(e, { lang: "nb" });
    // Accepted as the data suggested, T6 (4 of 5) gets the data's gap and target in the team's numbers.
    const t6 = accepted.notes.find((n) => n.id === "T6");
    expect(t6?.evidence).toContain("6 trengs: omtrent 1,8 flere hver uke");
    expect(t6?.recommendation).toContain("Målet er minst 6 kontakter per uke for hver jobbspesialist (nå 4,2)");

    const model = buildReportModel(overrideT6(e, reason), { lang: "nb" });
    const note = model.notes.find((n) => n.id === "T6");
    expect(note?.scoreText).toBe("2 av 5");
    expect(note?.recommendation).toContain(`Evaluator satte 2 fordi: ${reason}`);
    for (const text of [note?.recommendation, note?.evidence, note?.gap]) {
      expect(text ?? "").not.toMatch(/trengs|flere hver uke|Målet er|mest å hente/);
    }
    expect(note?.gap).toBeUndefined();
    // The page-1 priority says the evaluator's reason, not the data's gap.
    const priority = model.summary.priorities.find((p) => p.id === "T6");
    expect(priority?.text).toContain("Evaluator satte 2");
    expect(priority?.text).not.toContain("trengs");

    const en = buildReportModel(overrideT6(e, reason), { lang: "en" }).notes.find((n) => n.id === "T6");
    expect(en?.recommendation).toContain(`The evaluator set 2 because: ${reason}`);
    expect(en?.recommendation).not.toMatch(/needed|more each week|The target is/);
  });

  it("the evaluator's own recommendation is printed as written, also for an item at full score", async () => {
    const e = await ipsEvaluation();
    const own = "Fortsett med torsdagene som arbeidsgiverdag, og del rutinen med de andre teamene i fylket.";
    const items = e.items.map((r) => (r.itemId === "T9" || r.itemId === "B1" ? { ...r, recommendation: own } : r));
    const model = buildReportModel({ ...e, items }, { lang: "nb" });
    const t9 = model.notes.find((n) => n.id === "T9");
    expect(t9?.scoreText).toBe("5 av 5");
    expect(t9?.recommendation).toBe(own);
    expect(t9?.recommendationByEvaluator).toBe(true);
    expect(model.notes.find((n) => n.id === "B1")?.recommendation).toBe(own);
    // An item at full score is never a priority.
    expect(model.summary.priorities.map((p) => p.id)).not.toContain("T9");
  });

  it("texts differ between teams: the element items name what this team lacks, anchors the team's next step", async () => {
    const model = buildReportModel(await ipsEvaluation(), { lang: "nb" });
    const o5 = model.notes.find((n) => n.id === "O5");
    expect(o5?.evidence).toBe("3 av 5 elementer er på plass.");
    expect(o5?.recommendation).toMatch(
      /^Få på plass det som mangler, ett om gangen: Én metodeveileder i full stilling/,
    );
    const o3 = model.notes.find((n) => n.id === "O3");
    expect(o3?.recommendation).toMatch(/^Neste steg \(4\): /);
    // O3 has an evaluator's note: the recommendation points at it.
    expect(o3?.recommendation).toContain("Begynn med det evaluator pekte på i merknaden.");
  });
});

describe("the action plan", () => {
  it("proposes one row per priority: tiltak, a role, the deadline halfway to the next review, support, measure", async () => {
    const e = await ipsEvaluation();
    const model = buildReportModel(e, { lang: "nb" });
    const plan = model.actionPlan;
    expect(plan?.rows.map((r) => r.itemId)).toEqual(model.summary.priorities.map((p) => p.id));
    // 94 of 125 is not yet good (100): reviews every six months, actions due in three.
    for (const row of plan?.rows ?? []) {
      expect(row.deadline).toBe("26.02.2027");
      expect(row.responsible).not.toBe("");
      expect(row.support).not.toBe("");
      expect(row.origin).toBe("proposed");
    }
    expect(plan?.rows.find((r) => r.itemId === "O5")?.measure).toBe("elementer på plass: 3 av 5 → 5 av 5");
    expect(plan?.rows.find((r) => r.itemId === "O3")?.measure).toBe("skår ved neste evaluering: 3 → 4");
    expect(plan?.intro.join(" ")).toContain("innen seks uker etter besøket (innen 07.01.2027)");
  });

  it("a data item's row measures the team's metric against its target: 'kontakter per uke: 4,2 → 6'", async () => {
    const e = await ipsEvaluation();
    const plan = plannedActions({ ...e, actionPlan: [{ itemId: "T6" }, { itemId: "T13" }, { itemId: "B1" }] }, "nb");
    expect(plan.find((a) => a.itemId === "T6")?.measure).toBe("kontakter per uke: 4,2 → 6");
    expect(plan.find((a) => a.itemId === "T13")?.measure).toBe("utetid: 57,7\u00a0% → 65\u00a0%");
    expect(plan.find((a) => a.itemId === "B1")?.measure).toBe("deltakere per årsverk: 20,7 → 20");
    expect(plannedActions({ ...e, actionPlan: [{ itemId: "T6" }] }, "en").find((a) => a.itemId === "T6")?.measure).toBe(
      "contacts per week: 4.2 → 6",
    );
  });

  it("the evaluator's entries edit, remove and add rows; fields left out keep the proposal", async () => {
    const e = await ipsEvaluation();
    const proposed = plannedActions(e, "nb");
    const [first, second] = proposed;
    if (!first?.itemId || !second?.itemId) throw new Error("fewer than two priorities");
    const plan = plannedActions(
      {
        ...e,
        actionPlan: [
          { itemId: first.itemId, responsible: "Avdelingsleder", deadline: "2027-01-15" },
          { itemId: second.itemId, removed: true },
          { action: "Felles fagdag om IPS for NAV-veilederne", responsible: "Metodeveileder", deadline: "2027-03-01" },
        ],
      },
      "nb",
    );
    expect(plan.map((a) => a.itemId)).toEqual([first.itemId, ...proposed.slice(2).map((a) => a.itemId), undefined]);
    expect(plan[0]).toMatchObject({
      action: first.action,
      responsible: "Avdelingsleder",
      deadline: "2027-01-15",
      measure: first.measure,
      origin: "edited",
    });
    expect(plan.at(-1)).toMatchObject({ action: "Felles fagdag om IPS for NAV-veilederne", origin: "added" });
  });
});

describe("the next review", () => {
  it.each([
    ["2026-11-26", 6, "2027-05-26"],
    ["2026-08-31", 6, "2027-02-28"],
    ["2027-08-31", 6, "2028-02-29"],
    ["2026-12-31", 3, "2027-03-31"],
    ["2026-11-30", 3, "2027-02-28"],
    ["2026-01-15", 12, "2027-01-15"],
  ])("%s + %i months = %s", (from, months, to) => {
    expect(addMonths(from, months)).toBe(to);
  });

  it("is in six months until the total reaches the good band (100), then yearly", async () => {
    const e = await ipsEvaluation();
    const result = scoreRatings(e.scale, new Map(e.items.map((r) => [r.itemId, r])));
    expect(result.scoring === "points" && result.total.value).toBe(94);
    expect(reviewCycle(e.scale, result, e.visitDate)).toMatchObject({
      months: 6,
      nextReview: "2027-05-26",
      good: false,
    });
    // 6 points more (six items one higher) → 100: good fidelity.
    const raise = new Set(["B2", "B3", "O1", "O2", "O6", "T2"]);
    const better = e.items.map((r) =>
      raise.has(r.itemId) && r.score ? { ...r, score: r.score + 1, elements: undefined } : r,
    );
    const good = scoreRatings(e.scale, new Map(better.map((r) => [r.itemId, r])));
    expect(good.scoring === "points" && good.total.value).toBe(100);
    expect(reviewCycle(e.scale, good, e.visitDate)).toMatchObject({ months: 12, nextReview: "2027-11-26", good: true });
    expect(buildReportModel({ ...e, items: better }, { lang: "nb" }).summary.nextReview).toBe(
      "Neste evaluering: innen 26.11.2027 (hvert år, siden teamet har god kvalitet (100 eller mer)).",
    );
    expect(buildReportModel(e, { lang: "nb" }).summary.nextReview).toBe(
      "Neste evaluering: innen 26.05.2027 (hvert halvår til teamet har god kvalitet (100 eller mer)).",
    );
  });

  it("for Kvalitetsveilederen: good when no point is red and more are green than yellow", async () => {
    const e = await uoEvaluation();
    const model = buildReportModel(e, { lang: "nb" });
    expect(model.summary.headline).toContain("2 røde");
    expect(model.summary.nextReview).toContain(
      "hvert halvår til teamet har ingen røde punkter og flere grønne enn gule",
    );
    // KV2 holds every specialist to 12–20: the team value (18,3) is inside, one specialist is not.
    expect(
      plannedActions({ ...e, actionPlan: [{ itemId: "KV2" }] }, "nb").find((a) => a.itemId === "KV2")?.measure,
    ).toBe("jobbsøkere per årsverk: 4 av 5 jobbspesialister innen 12–20 → alle");
    expect(model.summary.legend?.map((l) => `${l.name}: ${l.text}`)).toEqual([
      "Grønn: God etterlevelse",
      "Gul: Delvis eller varierende etterlevelse",
      "Rød: Liten etterlevelse",
    ]);
  });
});

describe("page 1", () => {
  it("draws the band scale with every threshold and the team's total", async () => {
    const band = buildReportModel(await ipsEvaluation(), { lang: "nb" }).summary.bandScale;
    expect(band?.caption).toBe(
      "Nivåer: Ikke IPS 25–73 · Godkjent kvalitet 74–99 · God kvalitet 100–114 · Meget god kvalitet 115–125",
    );
    expect(band).toMatchObject({ min: 25, max: 125, value: 94 });
  });

  it("says the change since the previous review when one is given", async () => {
    const e = await ipsEvaluation();
    const previous = {
      ...e,
      visitDate: "2026-05-20",
      items: e.items.map((r) => (r.itemId === "O3" || r.itemId === "T1" ? { ...r, score: 2 } : r)),
    };
    const model = buildReportModel(e, { lang: "nb", previous });
    expect(model.summary.change).toBe(
      "Siden forrige evaluering 20.05.2026: totalsum 92 → 94 (+2); 2 punkter bedre, 0 svakere.",
    );
    expect(model.trend?.rows.find((r) => r.id === "O3")).toMatchObject({ change: "+1", direction: "up" });
    expect(model.trend?.rows.find((r) => r.id === "B1")).toMatchObject({ change: "uendret", direction: "same" });
  });
});

describe("the evaluation file", () => {
  it("a version-1 or version-2 file (before the action plan) still loads, as version 3", async () => {
    const e = await ipsEvaluation();
    const v1 = JSON.parse(JSON.stringify({ ...e, formatVersion: 1 }));
    const parsed = parseEvaluation(v1);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.evaluation.formatVersion).toBe(3);
    expect(buildReportModel(parsed.evaluation, { lang: "nb" }).actionPlan?.rows.length).toBeGreaterThan(0);
    const v2 = parseEvaluation({ ...v1, formatVersion: 2 });
    expect(v2.ok && v2.evaluation.formatVersion).toBe(3);
    expect(parseEvaluation({ ...v1, formatVersion: 4 }).ok).toBe(false);
  });

  it("keeps the plan and the recommendations, and refuses an identity number in them", async () => {
    const e = await ipsEvaluation();
    const withPlan = JSON.parse(
      JSON.stringify({
        ...e,
        actionPlan: [{ itemId: "T6", responsible: "Metodeveileder", deadline: "2027-02-01" }],
        items: e.items.map((r) => (r.itemId === "T6" ? { ...r, recommendation: "Egen tekst." } : r)),
      }),
    );
    expect(parseEvaluation(withPlan).ok).toBe(true);
    const bad = { ...withPlan, actionPlan: [{ itemId: "T6", action: `Ring ${syntheticId("010138")} i morgen` }] };
    const parsed = parseEvaluation(bad);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.join("\n")).toContain("actionPlan.0.action");
  });
});
