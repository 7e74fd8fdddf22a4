/**
 * Generate many synthetic team folders, e.g. for benchmarks (docs/design.md §8: 1,000 teams; a 1,000,000-row
 * contact file). All data is invented; the output is deterministic for the same arguments.
 *
 *   npx tsx scripts/generate-teams.ts <out-dir> <count> [options]
 *
 *   --seed S            base seed (default "bench"); team i uses "<S>/<i>"
 *   --format F          excel-nb | utf8 | utf8-bom | mixed (default excel-nb; mixed cycles through the three)
 *   --scale S           ips-25 | kvalitetsveileder | mixed (default ips-25; mixed makes every third team UO)
 *   --specialists N     specialists per team (default: 4–8 at random)
 *   --rows-scale X      multiply the number of employer contacts (default 1)
 *   --contact-rows N    aim for about N employer-contact rows per team (sets the rows scale per team)
 *   --visit-date D      YYYY-MM-DD (default 2026-11-26)
 *   --team-column       add a team column to every file
 *   --combined          write ONE multi-team export (shared files with a team column) instead of folders
 *   --groups N          put the teams in N counties (team.json group: Agder, Innlandet, Vestland, …, in blocks
 *                       of neighbouring teams) with a review type each (independent, guided self-assessment,
 *                       self-assessment)
 *   --provisional K     every K-th team leaves one item unrated (a provisional total)
 *
 * Folders are named team-0001 … team-NNNN; teams are named "Jobbspesialistteam 0001" ….
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import {
  buildTeam,
  type GenerateTeamOptions,
  OUTPUT_FORMATS,
  type OutputFormat,
  SCALE_IDS,
  type ScaleId,
  type TeamData,
  writeMultiTeamExport,
  writeTeamFolder,
} from "./generate-team.js";
import { Rng } from "./lib/prng.js";

interface Args {
  outDir: string;
  count: number;
  seed: string;
  format: OutputFormat | "mixed";
  scale: ScaleId | "mixed";
  specialists?: number;
  rowsScale: number;
  contactRows?: number;
  visitDate: string;
  teamColumn: boolean;
  combined: boolean;
  groups?: number;
  provisional?: number;
}

/** Invented groupings for the overview: real county names, nothing else real. */
export const COUNTIES = ["Agder", "Innlandet", "Vestland", "Nordland", "Rogaland", "Trøndelag", "Troms", "Østfold"];
const REVIEW_TYPES = ["independent-review", "guided-self-assessment", "self-assessment"];

const USAGE = "usage: npx tsx scripts/generate-teams.ts <out-dir> <count> [--seed S] [--format F] [--scale S] …";

function parseArgs(argv: string[]): Args {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (!a.startsWith("--")) {
      positional.push(a);
      continue;
    }
    const [key, inline] = a.slice(2).split("=", 2) as [string, string | undefined];
    if (key === "team-column" || key === "combined") flags.set(key, true);
    else {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new Error(`--${key} needs a value\n${USAGE}`);
      flags.set(key, value);
    }
  }
  const [outDir, countText] = positional;
  const count = Number(countText);
  if (!outDir || !Number.isInteger(count) || count < 1) throw new Error(USAGE);
  const str = (k: string) => {
    const v = flags.get(k);
    return typeof v === "string" ? v : undefined;
  };
  const numberFlag = (k: string) => {
    const v = str(k);
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`--${k} must be a positive number, got ${v}`);
    return n;
  };
  const format = str("format") ?? "excel-nb";
  if (format !== "mixed" && !(OUTPUT_FORMATS as readonly string[]).includes(format))
    throw new Error(`--format must be one of ${OUTPUT_FORMATS.join(", ")}, mixed`);
  const scale = str("scale") ?? "ips-25";
  if (scale !== "mixed" && !(SCALE_IDS as readonly string[]).includes(scale))
    throw new Error(`--scale must be one of ${SCALE_IDS.join(", ")}, mixed`);
  const args: Args = {
    outDir,
    count,
    seed: str("seed") ?? "bench",
    format: format as Args["format"],
    scale: scale as Args["scale"],
    rowsScale: numberFlag("rows-scale") ?? 1,
    visitDate: str("visit-date") ?? "2026-11-26",
    teamColumn: flags.has("team-column"),
    combined: flags.has("combined"),
  };
  const specialists = numberFlag("specialists");
  if (specialists !== undefined) args.specialists = Math.round(specialists);
  const contactRows = numberFlag("contact-rows");
  if (contactRows !== undefined) args.contactRows = contactRows;
  const groups = numberFlag("groups");
  if (groups !== undefined) args.groups = Math.min(COUNTIES.length, Math.round(groups));
  const provisional = numberFlag("provisional");
  if (provisional !== undefined) args.provisional = Math.round(provisional);
  return args;
}

export function teamOptions(args: Args, index: number): GenerateTeamOptions {
  const n = String(index + 1).padStart(4, "0");
  const seed = `${args.seed}/${index + 1}`;
  const scale: ScaleId = args.scale === "mixed" ? (index % 3 === 2 ? "kvalitetsveileder" : "ips-25") : args.scale;
  return {
    seed,
    teamName: `Jobbspesialistteam ${n}`,
    scale,
    visitDate: args.visitDate,
    specialists: args.specialists ?? new Rng(`${seed}/size`).int(4, 8),
    rowsScale: args.rowsScale,
    // Every fourth team leaves days of leave out of utetid instead of logging 0 hours.
    absentRows: index % 4 === 3 ? "missing" : "zero",
    ...(args.groups
      ? {
          // Counties in blocks of neighbouring teams, so each gets IPS and Utvidet oppfølging teams.
          group: COUNTIES[Math.floor((index * args.groups) / args.count)],
          // Most reviews independent; every fourth a guided self-assessment, every seventh a self-assessment.
          reviewType: REVIEW_TYPES[index % 7 === 6 ? 2 : index % 4 === 1 ? 1 : 0],
        }
      : {}),
  };
}

function formatOf(args: Args, index: number): OutputFormat {
  return args.format === "mixed" ? (OUTPUT_FORMATS[index % OUTPUT_FORMATS.length] as OutputFormat) : args.format;
}

/** Build team `index`, adjusting the rows scale when a contact-row target is given. */
function build(args: Args, index: number): TeamData {
  const team = buildUnrated(args, index);
  // A provisional team: its answers leave the first item they rate unrated.
  if (args.provisional && index % args.provisional === args.provisional - 1 && team.answers) {
    const first = Object.keys(team.answers).find((k) => !k.startsWith("$") && k !== "context");
    if (first) delete team.answers[first];
  }
  return team;
}

function buildUnrated(args: Args, index: number): TeamData {
  const options = teamOptions(args, index);
  if (args.contactRows === undefined) return buildTeam(options);
  // Two probes: contacts grow almost linearly with the rows scale (first-contact visits do not scale).
  const probe = buildTeam({ ...options, rowsScale: 1, answers: "none" });
  let scale = args.contactRows / Math.max(1, probe.contacts.length);
  if (scale > 2) {
    const second = buildTeam({ ...options, rowsScale: scale, answers: "none" });
    scale *= args.contactRows / Math.max(1, second.contacts.length);
  }
  return buildTeam({ ...options, rowsScale: scale });
}

function main(): void {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exitCode = 2;
    return;
  }
  mkdirSync(args.outDir, { recursive: true });
  const started = performance.now();
  const totals = { utetid: 0, contacts: 0, caseload: 0 };
  if (args.combined) {
    const teams = Array.from({ length: args.count }, (_, i) => build(args, i));
    const w = writeMultiTeamExport(args.outDir, teams, {
      format: formatOf(args, 0),
      headerStyle: formatOf(args, 0) === "excel-nb" ? "display" : "canonical",
      exportName: `Syntetisk eksport av ${args.count} team`,
    });
    Object.assign(totals, w.rows);
  } else {
    for (let i = 0; i < args.count; i++) {
      const team = build(args, i);
      const w = writeTeamFolder(join(args.outDir, `team-${String(i + 1).padStart(4, "0")}`), team, {
        format: formatOf(args, i),
        teamColumn: args.teamColumn,
      });
      totals.utetid += w.rows.utetid;
      totals.contacts += w.rows.contacts;
      totals.caseload += w.rows.caseload;
    }
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `${args.count} team(s) in ${args.outDir}${args.combined ? " (one multi-team export)" : ""}: ` +
      `${totals.utetid} utetid rows, ${totals.contacts} contact rows, ${totals.caseload} caseload rows (${seconds} s)\n`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) main();
