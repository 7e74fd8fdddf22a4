/** The wizard's team picker: each choice says something that tells the teams apart. */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { PickQuestion, Prompter } from "../../src/cli/prompts.js";
import { chooseTeam } from "../../src/cli/wizard/setup.js";
import { UsageError } from "../../src/core/errors.js";
import { loadTeams } from "../../src/io/team-folder.js";

const EXAMPLES = join(import.meta.dirname, "../../examples");

/** A prompter that records the pick's choices and picks the first. */
function recording(): { prompter: Prompter; labels: string[] } {
  const labels: string[] = [];
  const prompter = {
    pick: async <T>(q: PickQuestion<T>) => {
      labels.push(...q.choices.map((c) => c.label));
      return q.choices[0]?.value as T;
    },
  } as unknown as Prompter;
  return { prompter, labels };
}

describe("evaluate: the team picker", () => {
  it("a multi-team export: each team with its rows per file, not the meaningless '(.)'", async () => {
    const dir = join(EXAMPLES, "fylke-export");
    const { prompter, labels } = recording();
    const team = await chooseTeam(await loadTeams([dir]), dir, prompter, "nb");
    expect(team.name).toBe("IPS-team Elverum og Løten");
    expect(labels).toEqual([
      "IPS-team Elverum og Løten  (rader: utetid 250, kontakter 395, portefølje 155)",
      "IPS-team Gjøvik og Østre Toten  (rader: utetid 200, kontakter 372, portefølje 115)",
      "IPS-team Lillehammer og Øyer  (rader: utetid 300, kontakter 545, portefølje 199)",
    ]);
    for (const label of labels) expect(label).not.toContain("(.)");
  });

  it("teams in their own folders: the folder; an export under the folder given: its folder and rows (English)", async () => {
    const { prompter, labels } = recording();
    await chooseTeam(await loadTeams([EXAMPLES]), EXAMPLES, prompter, "en");
    expect(labels).toContain("IPS-team Bergen sentrum  (ips-team)");
    expect(labels).toContain("Utvidet oppfølging NAV Tromsø  (uo-team)");
    expect(labels).toContain(
      "IPS-team Lillehammer og Øyer  (fylke-export; rows: time 300, contacts 545, caseload 199)",
    );
  });

  it("without a terminal: a usage error suggesting score, as the user runs the tool", async () => {
    const dir = join(EXAMPLES, "fylke-export");
    const teams = await loadTeams([dir]);
    await expect(chooseTeam(teams, dir, undefined, "nb")).rejects.toThrow(/use 'fidelity score' for several/);
    await expect(chooseTeam(teams, dir, undefined, "nb", "npx fidelity")).rejects.toThrow(
      /use 'npx fidelity score' for several/,
    );
    // Shown in the evaluator's language (issue 9): bokmål by default.
    const error = await chooseTeam(teams, dir, undefined, "nb").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).in("nb")).toMatch(/har \d+ team .*bruk 'fidelity score' for flere$/);
  });
});
