/**
 * Synthetic team data for examples, tests and benchmarks. ALL DATA IS INVENTED: specialist names are random
 * combinations of common Norwegian first names and surnames, participants are pseudonyms like `D-0412`,
 * employers are made-up names ("Solsiden Kafé AS").
 *
 * Deterministic: the same options (including `seed`) give byte-identical files. Randomness comes only from
 * the seeded generator in ./lib/prng.ts, with a separate stream per team part and per specialist, so changing
 * one specialist's plan does not reshuffle the others.
 *
 *   import { generateTeam } from "./scripts/generate-team.js";   // or run through tsx
 *   generateTeam({ outDir: "tmp/team-1", seed: 1, scale: "ips-25", specialists: 6, format: "excel-nb" });
 *
 * A team folder gets utetid.csv, arbeidsgiverkontakter.csv, portefolje.csv, team.json and vurderinger.json
 * (see docs/design.md §4). `buildTeam` returns the same data in memory; `writeTeamFolder` and
 * `writeMultiTeamExport` serialise it (the latter as one set of files with a `team` column).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type Cell, csvText, date, encode, num, type OutputFormat, text } from "./lib/csv.js";
import { dayOf, isoOf, isWeekend } from "./lib/days.js";
import { type Employer, employerPool, personNames, pseudonyms, shelteredEmployer } from "./lib/names.js";
import { Rng } from "./lib/prng.js";

export { OUTPUT_FORMATS, type OutputFormat } from "./lib/csv.js";

export const SCALE_IDS = ["ips-25", "kvalitetsveileder"] as const;
export type ScaleId = (typeof SCALE_IDS)[number];
export type FileKind = "utetid" | "contacts" | "caseload";

/**
 * How files are named and headed, and how keyword values are written:
 * - `canonical`: `portefolje.csv`, `forste_arbeidsgiverkontakt`, `oppmøte`, `ja` (as `fidelity init` writes);
 * - `display`: as a person types them in Excel: `Portefølje.csv`, `Første arbeidsgiverkontakt`, `Oppmøte`, `Ja`;
 * - `english`: the English aliases: `caseload.csv`, `first_employer_contact`, `in person`, `yes`.
 */
export type HeaderStyle = "canonical" | "display" | "english";

/** Inclusive date range of leave (holiday, sickness): 0 hours (or no utetid rows) and no contacts. */
export interface Absence {
  from: string;
  to: string;
}

export interface SpecialistPlan {
  name?: string;
  /** Full-time equivalent, 0 < fte ≤ 1 (default 1). A part-timer logs 7,5 × fte hours a day. */
  fte?: number;
  /** Mean share of logged hours spent out of the office, 0–1. */
  outShare?: number;
  /**
   * Mean in-person, non-follow-up employer contacts per working week, per FTE (a 50 % specialist makes half
   * as many). Visits on a participant's first employer contact come on top of these.
   */
  contactsPerWeek?: number;
  /** Participants active on the day before the visit. */
  activeCaseload?: number;
  /** Participants discharged earlier (history; they feed rapid job search, jobs and follow-up). */
  dischargedParticipants?: number;
  /** Leave. Random plans get some by chance; an explicit plan gets exactly these. */
  absences?: Absence[];
}

/** An explicit participant (for examples that must contain a given case). */
export interface ParticipantPlan {
  /** Index into the specialists (0-based). */
  specialist: number;
  participant?: string;
  startDate: string;
  endDate?: string;
  firstContact?: string;
  jobs?: JobPlan[];
}

export interface JobPlan {
  start: string;
  end?: string;
  employer: string;
  jobType: string;
  competitive: boolean;
}

export interface GenerateTeamOptions {
  /** Folder to write (created if missing). Only `generateTeam` needs it. */
  outDir?: string;
  seed: string | number;
  teamName?: string;
  office?: string;
  scale?: ScaleId;
  /** YYYY-MM-DD, default 2026-11-26. */
  visitDate?: string;
  lookbackWeeks?: number;
  /** A number of random specialists (default 6), or one plan per specialist (unset fields are random). */
  specialists?: number | SpecialistPlan[];
  format?: OutputFormat;
  headerStyle?: HeaderStyle | Partial<Record<FileKind, HeaderStyle>>;
  /** Add a `team` column (first) with the team name on every row. */
  teamColumn?: boolean;
  /** Multiplies the number of employer contacts (for large benchmark files). Default 1. */
  rowsScale?: number;
  /** How days of leave appear in utetid: rows with 0 hours (default) or no rows at all. */
  absentRows?: "zero" | "missing";
  /** Weeks of rows before the window (the tool reads them and ignores them). Default 2. */
  historyWeeks?: number;
  /** Where FTE is written: the caseload's stillingsprosent column (default), team.json `fte`, or both. */
  fteIn?: "caseload" | "team.json" | "both";
  /** Multiplies the chance that a participant gets a job (default 1). */
  jobRate?: number;
  /** Team quality 0–1 (higher = closer to full fidelity); random when unset. */
  quality?: number;
  extraParticipants?: ParticipantPlan[];
  /** `"complete"` (default): rate every item the data cannot score; `"none"`; or an answers object as is. */
  answers?: "complete" | "none" | Record<string, unknown>;
  evaluators?: string[];
  countingRules?: Record<string, unknown>;
  /** team.json `group` (county, region) for the batch overview. */
  group?: string;
  /** team.json `reviewType`: independent-review, guided-self-assessment or self-assessment. */
  reviewType?: string;
}

// ------------------------------------------------------------------------------------------- the data

export interface UtetidRow {
  specialist: string;
  date: string;
  total: number;
  out: number;
}

export type Mode = "oppmøte" | "telefon" | "e-post" | "video";
export type Purpose = "jobbutvikling" | "oppfølging" | "kartlegging";

export interface ContactRow {
  specialist: string;
  date: string;
  employer: string;
  mode: Mode;
  purpose: Purpose;
  participant?: string;
}

export interface CaseloadRow {
  specialist: string;
  participant: string;
  startDate: string;
  fte?: number;
  endDate?: string;
  status: "aktiv" | "avsluttet";
  firstContact?: string;
  jobStart?: string;
  jobEnd?: string;
  employer?: string;
  jobType?: string;
  competitive?: boolean;
}

export interface TeamData {
  name: string;
  office?: string;
  scale: ScaleId;
  visitDate: string;
  lookbackWeeks: number;
  evaluators: string[];
  specialists: { name: string; fte: number }[];
  utetid: UtetidRow[];
  contacts: ContactRow[];
  caseload: CaseloadRow[];
  /** team.json as written (single-team folder). */
  meta: Record<string, unknown>;
  /** Whether the caseload file has a stillingsprosent column (false when FTE is only in team.json). */
  fteColumn: boolean;
  answers?: Record<string, unknown>;
}

// --------------------------------------------------------------------------------------- generation

const DEFAULT_VISIT = "2026-11-26";
const FULL_DAY = 7.5;

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const quarter = (x: number) => Math.round(x * 4) / 4;

interface Participant {
  id: string;
  start: number;
  end?: number;
  firstContact?: number;
  jobs: { start: number; end?: number; employer: Employer; jobType: string }[];
}

/** Build a team in memory (no files). */
export function buildTeam(options: GenerateTeamOptions): TeamData {
  const seed = options.seed;
  const teamRng = Rng.derive(seed, "team");
  const quality = options.quality ?? clamp(teamRng.normal(0.55, 0.2), 0.05, 0.98);
  const scale: ScaleId = options.scale ?? "ips-25";
  const visitDate = options.visitDate ?? DEFAULT_VISIT;
  const weeks = options.lookbackWeeks ?? 8;
  const rowsScale = options.rowsScale ?? 1;
  const v = dayOf(visitDate);
  const d = v - 1;
  const windowFrom = v - 7 * weeks;
  const historyFrom = windowFrom - 7 * (options.historyWeeks ?? 2);

  const plans: SpecialistPlan[] =
    typeof options.specialists === "object"
      ? options.specialists
      : Array.from({ length: options.specialists ?? 6 }, () => ({}));
  const explicitPlans = typeof options.specialists === "object";
  const names = personNames(Rng.derive(seed, "names"), plans.length + 2);
  const evaluators = options.evaluators ?? names.slice(plans.length);
  // Employers the team contacts (the first ones most often) and a wider set where participants get jobs.
  const jobPool = employerPool(Rng.derive(seed, "employers"), 160);
  const pool = jobPool.slice(0, 45);
  const employerWeights = pool.map((_, i) => 1 / (i + 1) ** 0.7);
  const usedIds = new Set<string>();
  for (const p of options.extraParticipants ?? []) if (p.participant) usedIds.add(p.participant);
  const idRng = Rng.derive(seed, "ids");

  const specialists: { name: string; fte: number }[] = [];
  const utetid: UtetidRow[] = [];
  const contacts: ContactRow[] = [];
  const caseload: CaseloadRow[] = [];

  plans.forEach((plan, index) => {
    const rng = Rng.derive(seed, "specialist", index);
    const name = plan.name ?? (names[index] as string);
    const fte = plan.fte ?? (explicitPlans || !rng.chance(0.15) ? 1 : rng.pick([0.5, 0.6, 0.8]));
    specialists.push({ name, fte });
    const outShare = plan.outShare ?? clamp(rng.normal(0.3 + 0.35 * quality, 0.08), 0.08, 0.85);
    const perWeek = plan.contactsPerWeek ?? Math.max(0.3, rng.normal(1.5 + 5 * quality, 1));
    const active = plan.activeCaseload ?? Math.max(3, Math.round(fte * rng.normal(23 - 6 * quality, 2.5)));
    const discharged = plan.dischargedParticipants ?? Math.round(active * 0.7);

    // Leave: explicit, or by chance for random plans (block-aligned holiday and single sick days).
    const absent = new Set<number>();
    const absences: Absence[] = plan.absences ? [...plan.absences] : [];
    if (!plan.absences && !explicitPlans) {
      if (rng.chance(0.25)) {
        const blocks = rng.int(1, 2);
        const first = rng.int(blocks, weeks);
        absences.push({ from: isoOf(v - 7 * first), to: isoOf(v - 7 * (first - blocks) - 1) });
      }
      for (let k = rng.poisson(0.6); k > 0; k--) {
        const day = rng.int(historyFrom, d);
        absences.push({ from: isoOf(day), to: isoOf(day) });
      }
    }
    for (const a of absences) for (let x = dayOf(a.from); x <= dayOf(a.to); x++) absent.add(x);
    const works = (day: number) => !isWeekend(day) && !absent.has(day);
    const nextWorkday = (day: number) => {
      let x = day;
      for (let guard = 0; !works(x) && guard < 60; guard++) x++;
      return x;
    };

    // ---------------------------------------------------------------- utetid
    const dailyTotal = Math.round(FULL_DAY * fte * 100) / 100;
    for (let day = historyFrom; day <= d; day++) {
      if (isWeekend(day)) continue;
      if (absent.has(day)) {
        if (options.absentRows !== "missing") utetid.push({ specialist: name, date: isoOf(day), total: 0, out: 0 });
        continue;
      }
      const out = clamp(quarter(dailyTotal * (outShare + rng.normal(0, 0.17))), 0, dailyTotal);
      utetid.push({ specialist: name, date: isoOf(day), total: dailyTotal, out });
    }

    // ---------------------------------------------------------------- caseload
    const delay = () => {
      const bucket = rng.weighted(
        [
          [3, 30],
          [31, 60],
          [61, 150],
          [151, 300],
        ],
        [0.3 + 0.5 * quality, 0.3, 0.3 - 0.2 * quality, 0.1 - 0.08 * quality],
      );
      return rng.int(bucket[0] as number, bucket[1] as number);
    };
    const pickJob = (from: number, until: number): Participant["jobs"][number] | undefined => {
      if (from > until) return undefined;
      const start = Math.min(nextWorkday(from), until);
      const employer = rng.chance(0.93) ? rng.pick(jobPool) : shelteredEmployer(rng);
      return { start, employer, jobType: rng.pick(employer.jobTypes) };
    };
    const ids = pseudonyms(idRng, active + discharged, "D", usedIds);
    const people: Participant[] = [];
    for (let i = 0; i < active + discharged; i++) {
      const id = ids[i] as string;
      const isActive = i < active;
      const ageBucket = rng.weighted(
        [
          [1, 45],
          [46, 365],
          [366, 1000],
        ],
        isActive ? [0.12, 0.48, 0.4] : [0, 0.35, 0.65],
      );
      let start = d - rng.int(ageBucket[0] as number, ageBucket[1] as number);
      while (isWeekend(start)) start--;
      let until = d; // last day the participant is in the service
      let end: number | undefined;
      if (!isActive) {
        end = start + rng.int(60, 560);
        if (end >= d) end = d - rng.int(1, 40);
        if (end <= start + 14) continue;
        while (isWeekend(end)) end--;
        until = end;
      }
      const p: Participant = { id, start, jobs: [] };
      if (end !== undefined) p.end = end;
      const fc = nextWorkday(start + delay());
      if (fc <= until) p.firstContact = fc;
      const jobChance = (isActive ? 0.18 + 0.15 * quality : 0.35 + 0.25 * quality) * (options.jobRate ?? 1);
      if (p.firstContact !== undefined && rng.chance(jobChance)) {
        const job = pickJob(p.firstContact + rng.int(7, 110), until);
        if (job) {
          p.jobs.push(job);
          if (rng.chance(0.3)) {
            const jobEnd = job.start + rng.int(20, 260);
            if (jobEnd < until) {
              job.end = jobEnd;
              if (rng.chance(0.45)) {
                const second = pickJob(jobEnd + rng.int(10, 90), until);
                if (second) p.jobs.push(second);
              }
            }
          }
        }
      }
      people.push(p);
    }
    for (const extra of options.extraParticipants ?? []) {
      if (extra.specialist !== index) continue;
      const id = extra.participant ?? (pseudonyms(idRng, 1, "D", usedIds)[0] as string);
      const p: Participant = { id, start: dayOf(extra.startDate), jobs: [] };
      if (extra.endDate) p.end = dayOf(extra.endDate);
      if (extra.firstContact) p.firstContact = dayOf(extra.firstContact);
      for (const j of extra.jobs ?? []) {
        const employer = jobPool.find((e) => e.name === j.employer) ?? {
          name: j.employer,
          jobTypes: [j.jobType],
          ordinary: j.competitive,
        };
        const job: Participant["jobs"][number] = {
          start: dayOf(j.start),
          employer: { ...employer, ordinary: j.competitive },
          jobType: j.jobType,
        };
        if (j.end) job.end = dayOf(j.end);
        p.jobs.push(job);
      }
      people.push(p);
    }
    people.sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : 1));
    for (const p of people) {
      const base: CaseloadRow = {
        specialist: name,
        participant: p.id,
        startDate: isoOf(p.start),
        status: p.end === undefined ? "aktiv" : "avsluttet",
      };
      if (options.fteIn !== "team.json") base.fte = fte;
      if (p.end !== undefined) base.endDate = isoOf(p.end);
      if (p.firstContact !== undefined) base.firstContact = isoOf(p.firstContact);
      if (p.jobs.length === 0) caseload.push(base);
      for (const j of p.jobs) {
        const row: CaseloadRow = {
          ...base,
          jobStart: isoOf(j.start),
          employer: j.employer.name,
          jobType: j.jobType,
          competitive: j.employer.ordinary,
        };
        if (j.end !== undefined) row.jobEnd = isoOf(j.end);
        caseload.push(row);
      }
    }

    // ---------------------------------------------------------------- employer contacts
    const inService = (p: Participant, day: number) => p.start <= day && (p.end === undefined || p.end >= day);
    const working = (p: Participant, day: number) =>
      p.jobs.find((j) => j.start <= day && (j.end === undefined || j.end >= day));
    const pickEmployer = () => rng.weighted(pool, employerWeights).name;
    const perDay = (weekly: number) => (weekly * fte * rowsScale) / 5;
    for (let day = historyFrom; day <= d; day++) {
      if (!works(day)) continue;
      const date = isoOf(day);
      const present = people.filter((p) => inService(p, day));
      const seeking = present.filter((p) => !working(p, day));
      const employed = present.filter((p) => working(p, day));
      const add = (mode: Mode, purpose: Purpose, employer: string, participant?: string) => {
        const c: ContactRow = { specialist: name, date, employer, mode, purpose };
        if (participant !== undefined) c.participant = participant;
        contacts.push(c);
      };
      // A participant's first employer contact is an in-person job-development visit.
      for (const p of people) if (p.firstContact === day) add("oppmøte", "jobbutvikling", pickEmployer(), p.id);
      // In-person contacts name only participants whose first employer contact has happened.
      const met = seeking.filter((p) => p.firstContact !== undefined && p.firstContact <= day);
      for (let k = rng.poisson(perDay(perWeek)); k > 0; k--) {
        const purpose: Purpose = rng.chance(0.18) && met.length > 0 ? "kartlegging" : "jobbutvikling";
        const who = met.length > 0 && (purpose === "kartlegging" || rng.chance(0.6)) ? rng.pick(met) : undefined;
        add("oppmøte", purpose, pickEmployer(), who?.id);
      }
      for (let k = rng.poisson(perDay(1.6)); k > 0; k--)
        add("telefon", "jobbutvikling", pickEmployer(), seeking.length > 0 ? rng.pick(seeking).id : undefined);
      for (let k = rng.poisson(perDay(0.8)); k > 0; k--) add("e-post", "jobbutvikling", pickEmployer());
      for (let k = rng.poisson(perDay(0.25)); k > 0; k--) add("video", "jobbutvikling", pickEmployer());
      if (employed.length > 0) {
        for (let k = rng.poisson(perDay(1.4)); k > 0; k--) {
          const p = rng.pick(employed);
          add("oppmøte", "oppfølging", (working(p, day) as Participant["jobs"][number]).employer.name, p.id);
        }
        for (let k = rng.poisson(perDay(0.7)); k > 0; k--) {
          const p = rng.pick(employed);
          add("telefon", "oppfølging", (working(p, day) as Participant["jobs"][number]).employer.name, p.id);
        }
      }
    }
  });

  contacts.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const name = options.teamName ?? `Jobbspesialistteam ${String(hashLabel(seed)).padStart(4, "0")}`;
  const meta: Record<string, unknown> = { name };
  if (options.office) meta.office = options.office;
  meta.scale = scale;
  meta.visitDate = visitDate;
  meta.evaluators = evaluators;
  if (weeks !== 8) meta.lookbackWeeks = weeks;
  if (options.fteIn === "team.json" || options.fteIn === "both")
    meta.fte = Object.fromEntries(specialists.map((s) => [s.name, Math.round(s.fte * 100)]));
  if (options.countingRules) meta.countingRules = options.countingRules;
  if (options.group) meta.group = options.group;
  if (options.reviewType) meta.reviewType = options.reviewType;

  const team: TeamData = {
    name,
    scale,
    visitDate,
    lookbackWeeks: weeks,
    evaluators,
    specialists,
    utetid,
    contacts,
    caseload,
    meta,
    fteColumn: options.fteIn !== "team.json",
  };
  if (options.office) team.office = options.office;
  const answers = options.answers ?? "complete";
  if (answers === "complete") team.answers = completeAnswers(scale, Rng.derive(seed, "answers"), quality);
  else if (answers !== "none") team.answers = answers;
  return team;
}

function hashLabel(seed: string | number): number {
  return new Rng(seed).int(1, 9999);
}

// ------------------------------------------------------------------------------------------- answers

interface ScaleItem {
  id: string;
  kind: "data" | "anchor" | "elements";
  elements?: { id: string }[];
}

/** The shipped scale file's items (templates/scales/<id>.json). */
export function scaleItems(scale: ScaleId): ScaleItem[] {
  const file = resolve(dirname(fileURLToPath(import.meta.url)), "..", "templates", "scales", `${scale}.json`);
  const json = JSON.parse(readFileSync(file, "utf8")) as { sections: { items: ScaleItem[] }[] };
  return json.sections.flatMap((s) => s.items);
}

const NOTES = [
  "Bekreftet i intervju med metodeveileder.",
  "Teamet beskriver dette som et satsingsområde for neste halvår.",
  "Varierer mellom jobbspesialistene.",
  "Rutinen er skriftlig, men ikke alltid fulgt.",
  "Ledelsen er kjent med utfordringen.",
];

const CONTEXTS = [
  "Teamet har hatt økt dokumentasjonskrav etter innføring av nytt journalsystem i høst.",
  "Stramt lokalt arbeidsmarked etter nedleggelse av en stor industribedrift i kommunen.",
  "Én jobbspesialist begynte i teamet for tre måneder siden og er fortsatt under opplæring.",
  "Lange reiseavstander i distriktet gjør at mye tid går til transport.",
];

/** A complete answers file: every item the data cannot score, rated around the team's quality. */
export function completeAnswers(scale: ScaleId, rng: Rng, quality: number): Record<string, unknown> {
  const out: Record<string, unknown> = {
    $comment: "Syntetiske vurderinger generert av scripts/generate-team.ts (oppdiktede data).",
  };
  for (const item of scaleItems(scale)) {
    if (item.kind === "data") continue;
    const level = clamp(rng.normal(1 + 4 * quality, 0.9), 1, 5);
    // Notes go with items that fall short (scores below 5, colours other than green).
    const note = level < 4.5 && rng.chance(0.3) ? rng.pick(NOTES) : undefined;
    if (scale === "kvalitetsveileder") {
      const colour = level >= 3.8 ? "grønn" : level >= 2.4 ? "gul" : "rød";
      out[item.id] = note ? { colour, note } : colour;
    } else if (item.kind === "elements") {
      const all = (item.elements ?? []).map((e) => e.id);
      const k = clamp(Math.round((level / 5) * all.length + rng.normal(0, 0.5)), 0, all.length);
      const elements = rng.shuffle(all).slice(0, k);
      const ordered = all.filter((e) => elements.includes(e));
      out[item.id] = note ? { elements: ordered, note } : { elements: ordered };
    } else {
      const score = Math.round(level);
      out[item.id] = note ? { score, note } : score;
    }
  }
  out.context = rng.pick(CONTEXTS);
  return out;
}

// ------------------------------------------------------------------------------------------ writing

const FILE_NAMES: Record<HeaderStyle, Record<FileKind, string>> = {
  canonical: { utetid: "utetid.csv", contacts: "arbeidsgiverkontakter.csv", caseload: "portefolje.csv" },
  display: { utetid: "Utetid.csv", contacts: "Arbeidsgiverkontakter.csv", caseload: "Portefølje.csv" },
  english: { utetid: "time.csv", contacts: "employer-contacts.csv", caseload: "caseload.csv" },
};

const HEADERS: Record<HeaderStyle, Record<FileKind | "team", string[]>> = {
  canonical: {
    team: ["team"],
    utetid: ["jobbspesialist", "dato", "timer_totalt", "timer_ute"],
    contacts: ["jobbspesialist", "dato", "arbeidsgiver", "kontaktform", "formaal", "deltaker"],
    caseload: [
      "jobbspesialist",
      "deltaker",
      "startdato",
      "stillingsprosent",
      "sluttdato",
      "status",
      "forste_arbeidsgiverkontakt",
      "jobbstart",
      "jobbslutt",
      "arbeidsgiver",
      "yrke",
      "ordinaer",
    ],
  },
  display: {
    team: ["Team"],
    utetid: ["Jobbspesialist", "Dato", "Timer totalt", "Timer ute"],
    contacts: ["Jobbspesialist", "Dato", "Arbeidsgiver", "Kontaktform", "Formål", "Deltaker"],
    caseload: [
      "Jobbspesialist",
      "Deltaker",
      "Startdato",
      "Stillingsprosent",
      "Sluttdato",
      "Status",
      "Første arbeidsgiverkontakt",
      "Jobbstart",
      "Jobbslutt",
      "Arbeidsgiver",
      "Yrke",
      "Ordinær",
    ],
  },
  english: {
    team: ["team"],
    utetid: ["specialist", "date", "hours_total", "hours_out"],
    contacts: ["specialist", "date", "employer", "mode", "purpose", "participant"],
    caseload: [
      "specialist",
      "participant",
      "intake_date",
      "fte",
      "discharge_date",
      "status",
      "first_employer_contact",
      "job_start",
      "job_end",
      "employer",
      "job_type",
      "competitive",
    ],
  },
};

const MODE_WORDS: Record<HeaderStyle, Record<Mode, string>> = {
  canonical: { oppmøte: "oppmøte", telefon: "telefon", "e-post": "e-post", video: "video" },
  display: { oppmøte: "Oppmøte", telefon: "Telefon", "e-post": "E-post", video: "Teams" },
  english: { oppmøte: "in person", telefon: "phone", "e-post": "email", video: "video" },
};
const PURPOSE_WORDS: Record<HeaderStyle, Record<Purpose, string>> = {
  canonical: { jobbutvikling: "jobbutvikling", oppfølging: "oppfølging", kartlegging: "kartlegging" },
  display: { jobbutvikling: "Jobbutvikling", oppfølging: "Oppfølging", kartlegging: "Kartlegging" },
  english: { jobbutvikling: "job development", oppfølging: "follow-up", kartlegging: "assessment" },
};
const STATUS_WORDS: Record<HeaderStyle, Record<CaseloadRow["status"], string>> = {
  canonical: { aktiv: "aktiv", avsluttet: "avsluttet" },
  display: { aktiv: "Aktiv", avsluttet: "Avsluttet" },
  english: { aktiv: "active", avsluttet: "discharged" },
};
const YES_NO: Record<HeaderStyle, [string, string]> = {
  canonical: ["ja", "nei"],
  display: ["Ja", "Nei"],
  english: ["yes", "no"],
};

/** Position of stillingsprosent among the caseload columns (without the team column). */
const FTE_COLUMN_INDEX = 3;

function styleOf(style: GenerateTeamOptions["headerStyle"], kind: FileKind): HeaderStyle {
  if (style === undefined) return "canonical";
  return typeof style === "string" ? style : (style[kind] ?? "canonical");
}

export interface WriteOptions {
  format?: OutputFormat;
  headerStyle?: GenerateTeamOptions["headerStyle"];
  teamColumn?: boolean;
}

/** Rows of one file kind as cells, with an optional leading team cell. */
function cellsOf(team: TeamData, kind: FileKind, style: HeaderStyle, teamColumn: boolean): Cell[][] {
  const lead: Cell[] = teamColumn ? [text(team.name)] : [];
  switch (kind) {
    case "utetid":
      return team.utetid.map((r) => [...lead, text(r.specialist), date(r.date), num(r.total), num(r.out)]);
    case "contacts":
      return team.contacts.map((r) => [
        ...lead,
        text(r.specialist),
        date(r.date),
        text(r.employer),
        text(MODE_WORDS[style][r.mode]),
        text(PURPOSE_WORDS[style][r.purpose]),
        text(r.participant),
      ]);
    case "caseload":
      return team.caseload.map((r) => [
        ...lead,
        text(r.specialist),
        text(r.participant),
        date(r.startDate),
        num(r.fte === undefined ? undefined : r.fte * 100),
        date(r.endDate),
        text(STATUS_WORDS[style][r.status]),
        date(r.firstContact),
        date(r.jobStart),
        date(r.jobEnd),
        text(r.employer),
        text(r.jobType),
        text(r.competitive === undefined ? undefined : YES_NO[style][r.competitive ? 0 : 1]),
      ]);
  }
}

function writeCsv(
  dir: string,
  kind: FileKind,
  teams: readonly TeamData[],
  opts: WriteOptions,
  teamColumn: boolean,
): { file: string; rows: number } {
  const style = styleOf(opts.headerStyle, kind);
  const format = opts.format ?? "utf8";
  const fteColumn = kind === "caseload" && teams.some((t) => t.fteColumn);
  const drop = kind === "caseload" && !fteColumn ? FTE_COLUMN_INDEX : -1;
  const without = <T>(list: readonly T[], at: number) => (at < 0 ? [...list] : list.filter((_, i) => i !== at));
  const lead = teamColumn ? 1 : 0;
  const header = [...(teamColumn ? HEADERS[style].team : []), ...without(HEADERS[style][kind], drop)];
  const rows = teams
    .flatMap((t) => cellsOf(t, kind, style, teamColumn))
    .map((r) => without(r, drop < 0 ? -1 : drop + lead));
  const file = join(dir, FILE_NAMES[style][kind]);
  writeFileSync(file, encode(csvText(header, rows, format), format));
  return { file, rows: rows.length };
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export interface WrittenTeam {
  dir: string;
  files: string[];
  rows: Record<FileKind, number>;
}

/** Write one team folder: the three CSVs, team.json and (if any) vurderinger.json. */
export function writeTeamFolder(dir: string, team: TeamData, opts: WriteOptions = {}): WrittenTeam {
  mkdirSync(dir, { recursive: true });
  const teamColumn = opts.teamColumn ?? false;
  const files: string[] = [];
  const rows = {} as Record<FileKind, number>;
  for (const kind of ["utetid", "contacts", "caseload"] as const) {
    const w = writeCsv(dir, kind, [team], opts, teamColumn);
    files.push(w.file);
    rows[kind] = w.rows;
  }
  files.push(join(dir, "team.json"));
  writeFileSync(join(dir, "team.json"), json(team.meta));
  if (team.answers) {
    files.push(join(dir, "vurderinger.json"));
    writeFileSync(join(dir, "vurderinger.json"), json(team.answers));
  }
  return { dir, files, rows };
}

/** File-name part for a team: lower case, æøå spelt out, runs of other characters as `-`. */
export function teamSlug(name: string): string {
  return name
    .normalize("NFC")
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "o")
    .replace(/å/g, "a")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/**
 * A multi-team export: ONE set of CSVs with a `team` column (rows of every team), ONE `team.json` shared by
 * all teams (the loader in src/io/team-folder.ts applies it to every team split out of the folder; its
 * `name` names the export, each team is named by its `team` value), and one answers file per team,
 * `vurderinger-<team>.json`, where <team> is the team name as a slug (it folds to the same text as the name).
 * Fields of the shared team.json that differ between teams (scale, visit date, evaluators) are left out.
 */
export function writeMultiTeamExport(
  dir: string,
  teams: readonly TeamData[],
  opts: WriteOptions & { exportName?: string; office?: string } = {},
): WrittenTeam {
  if (teams.length === 0) throw new Error("a multi-team export needs at least one team");
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  const rows = {} as Record<FileKind, number>;
  for (const kind of ["utetid", "contacts", "caseload"] as const) {
    const w = writeCsv(dir, kind, teams, opts, true);
    files.push(w.file);
    rows[kind] = w.rows;
  }
  const first = teams[0] as TeamData;
  const same = (f: (t: TeamData) => unknown) => teams.every((t) => JSON.stringify(f(t)) === JSON.stringify(f(first)));
  const meta: Record<string, unknown> = { name: opts.exportName ?? `Eksport av ${teams.length} team` };
  if (opts.office) meta.office = opts.office;
  if (same((t) => t.scale)) meta.scale = first.scale;
  if (same((t) => t.visitDate)) meta.visitDate = first.visitDate;
  if (same((t) => t.evaluators)) meta.evaluators = first.evaluators;
  if (same((t) => t.lookbackWeeks) && first.lookbackWeeks !== 8) meta.lookbackWeeks = first.lookbackWeeks;
  const metaFile = join(dir, "team.json");
  writeFileSync(metaFile, json(meta));
  files.push(metaFile);
  for (const t of teams) {
    if (!t.answers) continue;
    const f = join(dir, `vurderinger-${teamSlug(t.name)}.json`);
    writeFileSync(f, json(t.answers));
    files.push(f);
  }
  return { dir, files, rows };
}

/** Build a team from `options` and write it to `options.outDir`. */
export function generateTeam(options: GenerateTeamOptions & { outDir: string }): WrittenTeam & { team: TeamData } {
  const team = buildTeam(options);
  const written = writeTeamFolder(options.outDir, team, {
    format: options.format ?? "utf8",
    headerStyle: options.headerStyle,
    teamColumn: options.teamColumn ?? false,
  });
  return { ...written, team };
}
