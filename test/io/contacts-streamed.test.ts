/**
 * `score` streams each contacts file into a tally for the team's window (issue 10, item 6): no contact row is
 * kept, and every team — a single team and each team of a split export — gets the same metrics and participant
 * ids as from the rows kept in memory.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { computeTeamMetrics, countingRules } from "../../src/core/metrics/index.js";
import { participantIdsOf } from "../../src/core/participant-ids.js";
import { lookbackWindow } from "../../src/core/window.js";
import { findTeamFolders } from "../../src/io/team-files.js";
import { type LoadedTeam, loadTeamFolder } from "../../src/io/team-folder.js";

const EXAMPLES = join(import.meta.dirname, "..", "..", "examples");
const window = lookbackWindow("2026-11-20", 8);

async function load(name: string, stream: boolean): Promise<LoadedTeam[]> {
  const [folder] = await findTeamFolders(join(EXAMPLES, name));
  if (!folder) throw new Error(`no folder ${name}`);
  return loadTeamFolder(folder, stream ? { contactsWindow: () => window } : {});
}

describe("contacts streamed into a tally (score)", () => {
  it.each(["ips-team", "fylke-export"])("%s: no rows kept, the same metrics and participant ids", async (name) => {
    const kept = await load(name, false);
    const streamed = await load(name, true);
    expect(streamed.map((t) => t.name)).toEqual(kept.map((t) => t.name));
    expect(streamed.length).toBeGreaterThan(0);
    for (const [i, team] of streamed.entries()) {
      const other = kept[i] as LoadedTeam;
      expect(team.records.contacts).toBeUndefined();
      expect(team.records.contactTally?.read).toBe(other.records.contacts?.length);
      expect(team.records.contactTally?.inWindow.length).toBeLessThan(other.records.contacts?.length ?? 0);
      const options = { rules: countingRules({}) };
      expect(computeTeamMetrics(team.records, window, options)).toEqual(
        computeTeamMetrics(other.records, window, options),
      );
      expect(participantIdsOf(team.records)).toEqual(participantIdsOf(other.records));
      expect(team.issues).toEqual(other.issues);
      expect(team.files).toEqual(other.files);
    }
  });
});
