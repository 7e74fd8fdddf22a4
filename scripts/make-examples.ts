/**
 * Regenerates the committed example folders under examples/ (all data synthetic):
 *
 *   npx tsx scripts/make-examples.ts
 *
 * - examples/ips-team/       one IPS-25 team, UTF-8, comma-separated, with EXPECTED.md (hand-computed values)
 * - examples/uo-team/        one Utvidet oppfølging team (Kvalitetsveilederen), UTF-8 with BOM, one file with
 *                            English header aliases, FTE in team.json
 * - examples/fylke-export/   three teams in ONE set of files with a `team` column, saved as Norwegian Excel
 *                            does (Windows-1252, `;`, decimal comma, dd.mm.yyyy, CRLF)
 *
 * examples/README.md is written by hand and left alone.
 */
import { rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { expectedIpsTeam } from "./expected-ips-team.js";
import { buildTeam, type TeamData, writeMultiTeamExport, writeTeamFolder } from "./generate-team.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const EXAMPLES = join(ROOT, "examples");
const VISIT = "2026-11-26";

function fresh(dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  return dir;
}

// ------------------------------------------------------------------------------------- (a) IPS team

const IPS_ANSWERS = {
  $comment:
    "Vurderinger for punktene dataene ikke kan skåre (syntetisk eksempel). Tall = skår 1–5; elements = elementer som er på plass.",
  B2: { score: 4, note: "Jobbspesialistene går i vaktordningen ved poliklinikken omtrent én dag i måneden." },
  B3: 4,
  O1: 4,
  O2: {
    elements: ["weekly-team-meetings", "shared-decisions", "shared-record", "work-for-all"],
    note: "Jobbspesialistene sitter i et annet bygg enn behandlingsteamene.",
  },
  O3: { score: 3, note: "Kontakt med NAV-veilederne om enkeltsaker hver måned, men ingen faste møter." },
  O4: 5,
  O5: {
    elements: ["weekly-supervision", "field-mentoring", "outcome-review"],
    note: "Metodeveileder har også personalansvar for en annen enhet.",
  },
  O6: 4,
  O7: { elements: ["intake-asks-work", "plan-reviews-ask-work", "work-stories"] },
  O8: { elements: ["leaders-know-ips", "fidelity-reviews", "steering-group"] },
  T1: {
    score: 3,
    note: "Deltakerne får generell informasjon om AAP og uføretrygd, men ingen individuell beregning før jobbstart.",
  },
  T2: { elements: ["no-disclosure-required", "pros-and-cons", "what-to-say"] },
  T3: 3,
  T5: 4,
  T7: { score: 3, note: "Mange kontakter gjelder utlyste stillinger; få gjentatte besøk for å bygge relasjoner." },
  T11: 4,
  T12: 3,
  T14: {
    elements: ["no-closure-for-missed", "outreach-documented", "team-outreach", "community-visits", "joint-visits"],
  },
  context:
    "Teamet flyttet til nye lokaler i september, og to av jobbspesialistene har brukt mye tid på opplæring i nytt journalsystem. Arbeidsmarkedet i sentrum er godt, særlig innen service og handel.",
};

const IPS_INTRO = `
What the example was built to contain (all of it synthetic):

- Six specialists. **Åse Kleppe works 50 %** (\`stillingsprosent\` 50, 3.75 hours a day): her contact rate is
  divided by 0.5 and her caseload counts against 0.5 FTE.
- **Øyvind Nesheim has two weeks of holiday, Thursday 2026-10-15 – Wednesday 2026-10-28**, which is exactly
  blocks 6 and 5: utetid rows with 0 hours on those weekdays and no employer contacts, so 6 present blocks.
  (A Monday–Friday holiday would not line up with the Thursday–Wednesday blocks.)
- **Sindre Mæland has two sick days (2026-11-03 and 2026-11-04, 0 hours) inside block 4**; the block keeps
  hours on other days and stays present.
- **D-0412** (Marte Sunde) started 2026-10-12 and is still waiting for a first employer contact: 44 days on D,
  counted in T4. **D-0977** (Sindre Mæland) started 2026-11-09: 16 days, not counted yet. **D-0150** (Jonas
  Rønning) left on 2026-05-29 without a first contact: 88 days to discharge, counted. Random participants add
  more such cases; all are listed below.
- Two weeks of utetid rows and contacts **before the window** (2026-09-17 – 2026-09-30) that must be ignored;
  phone, e-mail and video contacts and in-person **oppfølging** visits that must not be counted.
- Employer names such as \`"Bekkelund Hotell AS, avd. Havna"\` hold a comma, so those CSV fields are quoted.
`;

function ipsTeam(): TeamData {
  return buildTeam({
    seed: "examples/ips-team",
    teamName: "IPS-team Bergen sentrum",
    office: "Psykisk helsevern, Bergen sentrum",
    scale: "ips-25",
    visitDate: VISIT,
    quality: 0.7,
    jobRate: 0.6,
    evaluators: ["Tone Aasen", "Geir Lyngstad"],
    specialists: [
      { name: "Ingrid Haugen", outShare: 0.68, contactsPerWeek: 5.4, activeCaseload: 21 },
      // Two sick days (0 hours) in block 4: the block still counts as present.
      {
        name: "Sindre Mæland",
        outShare: 0.57,
        contactsPerWeek: 5.2,
        activeCaseload: 20,
        absences: [{ from: "2026-11-03", to: "2026-11-04" }],
      },
      { name: "Åse Kleppe", fte: 0.5, outShare: 0.53, contactsPerWeek: 4.6, activeCaseload: 10 },
      // Two weeks of holiday that cover blocks 6 and 5 exactly (Thursday 15.10 – Wednesday 28.10).
      {
        name: "Øyvind Nesheim",
        outShare: 0.55,
        contactsPerWeek: 3.9,
        activeCaseload: 19,
        absences: [{ from: "2026-10-15", to: "2026-10-28" }],
      },
      { name: "Marte Sunde", outShare: 0.44, contactsPerWeek: 2.6, activeCaseload: 22 },
      { name: "Jonas Rønning", outShare: 0.6, contactsPerWeek: 2.4, activeCaseload: 20 },
    ],
    extraParticipants: [
      // Still waiting for a first employer contact, 44 days on D: counted in T4.
      { specialist: 4, participant: "D-0412", startDate: "2026-10-12" },
      // Started 16 days before D without a first contact: not counted (not yet waiting more than 30 days).
      { specialist: 1, participant: "D-0977", startDate: "2026-11-09" },
      // Left the service without a first contact (moved away): counted with the days to discharge.
      { specialist: 5, participant: "D-0150", startDate: "2026-03-02", endDate: "2026-05-29" },
    ],
    answers: IPS_ANSWERS,
  });
}

// ------------------------------------------------------------------------------------------ (b) UO team

const UO_ANSWERS = {
  $comment: "Vurderinger for punktene dataene ikke kan vurdere (syntetisk eksempel). Farger: grønn, gul, rød.",
  KV1: {
    colour: "grønn",
    note: "Faste trekantsamtaler og ukentlig kontakt med NAV-veilederne; oppfølgingen er dokumentert i Modia.",
  },
  KV4: { colour: "gul", note: "Gjeld og behov for økonomisk veiledning tas opp sent i forløpet hos flere." },
  KV5: "grønn",
  KV7: { colour: "gul", note: "Yrkesprofilen i Modia er ikke oppdatert for omtrent halvparten av jobbsøkerne." },
  KV9: {
    colour: "rød",
    note: "Lite systematisk kartlegging av bedriftene; få gjentatte besøk hos samme arbeidsgiver.",
  },
  context:
    "Kontoret har hatt vakanse i én stilling i tre måneder. Lange avstander gjør at besøk utenfor sentrum tar mye tid.",
};

function uoTeam(): TeamData {
  return buildTeam({
    seed: "examples/uo-team",
    teamName: "Utvidet oppfølging NAV Tromsø",
    office: "NAV Tromsø",
    scale: "kvalitetsveileder",
    visitDate: VISIT,
    quality: 0.6,
    evaluators: ["Hege Ulvestad"],
    specialists: [
      { outShare: 0.46, contactsPerWeek: 4.5, activeCaseload: 17 },
      { fte: 0.8, outShare: 0.38, contactsPerWeek: 3.8, activeCaseload: 13 },
      { outShare: 0.42, contactsPerWeek: 5.2, activeCaseload: 19 },
      { outShare: 0.31, contactsPerWeek: 2.6, activeCaseload: 23 },
      { outShare: 0.5, contactsPerWeek: 4.1, activeCaseload: 16, absences: [{ from: "2026-11-05", to: "2026-11-11" }] },
    ],
    fteIn: "team.json",
    answers: UO_ANSWERS,
  });
}

// ---------------------------------------------------------------------------------- (c) county export

const FYLKE_TEAMS = [
  { name: "IPS-team Gjøvik og Østre Toten", seed: "examples/fylke/gjovik", quality: 0.75 },
  { name: "IPS-team Elverum og Løten", seed: "examples/fylke/elverum", quality: 0.45 },
  { name: "IPS-team Lillehammer og Øyer", seed: "examples/fylke/lillehammer", quality: 0.6 },
];

function fylkeTeams(): TeamData[] {
  const teams = FYLKE_TEAMS.map((t, i) =>
    buildTeam({
      seed: t.seed,
      teamName: t.name,
      scale: "ips-25",
      visitDate: VISIT,
      quality: t.quality,
      specialists: 4 + i,
      evaluators: ["Randi Bø", "Kristian Vatne"],
    }),
  );
  const seen = new Map<string, string>();
  for (const t of teams)
    for (const s of t.specialists) {
      const other = seen.get(s.name);
      if (other) throw new Error(`specialist name ${s.name} in both ${other} and ${t.name}: pick other seeds`);
      seen.set(s.name, t.name);
    }
  return teams;
}

// ------------------------------------------------------------------------------------------------ main

function main(): void {
  const ipsDir = fresh(join(EXAMPLES, "ips-team"));
  writeTeamFolder(ipsDir, ipsTeam(), { format: "utf8" });
  writeFileSync(join(ipsDir, "EXPECTED.md"), expectedIpsTeam(ipsDir, IPS_INTRO).markdown);

  writeTeamFolder(fresh(join(EXAMPLES, "uo-team")), uoTeam(), {
    format: "utf8-bom",
    headerStyle: { contacts: "english" },
  });

  const fylkeDir = fresh(join(EXAMPLES, "fylke-export"));
  const teams = fylkeTeams();
  writeMultiTeamExport(fylkeDir, teams, {
    format: "excel-nb",
    headerStyle: "display",
    exportName: "IPS-team i Innlandet (fylkesuttrekk)",
  });
  process.stdout.write(`examples written to ${EXAMPLES}\n`);
}

main();
