/**
 * Invented names for synthetic teams: specialists, evaluators, employers and job types. All combinations are
 * made up; employer names are built from fictional place-like words so they read as clearly invented.
 */
import type { Rng } from "./prng.js";

const FIRST_NAMES = [
  "Ingrid",
  "Kari",
  "Siri",
  "Marte",
  "Hanne",
  "Silje",
  "Ida",
  "Nora",
  "Tone",
  "Randi",
  "Åse",
  "Solveig",
  "Guro",
  "Linn",
  "Mari",
  "Tuva",
  "Eline",
  "Oda",
  "Astrid",
  "Hege",
  "Sigrid",
  "Ragnhild",
  "Synnøve",
  "Mette",
  "Lars",
  "Ola",
  "Per",
  "Erik",
  "Håkon",
  "Sindre",
  "Øyvind",
  "Magnus",
  "Jonas",
  "Kristian",
  "Bjørn",
  "Arne",
  "Torbjørn",
  "Even",
  "Sigurd",
  "Vegard",
  "Eirik",
  "Anders",
  "Jørgen",
  "Tor",
  "Stian",
  "Geir",
  "Knut",
  "Ørjan",
] as const;

const SURNAMES = [
  "Haugen",
  "Berg",
  "Dahl",
  "Lie",
  "Moen",
  "Strand",
  "Solberg",
  "Bakken",
  "Lunde",
  "Eide",
  "Nygård",
  "Sæther",
  "Høyland",
  "Fjeld",
  "Aasen",
  "Brekke",
  "Myklebust",
  "Vik",
  "Rønning",
  "Kvam",
  "Sandvik",
  "Hovland",
  "Løken",
  "Tveit",
  "Ødegård",
  "Grønli",
  "Holm",
  "Nesheim",
  "Skaar",
  "Bø",
  "Engen",
  "Rød",
  "Aune",
  "Hagen",
  "Åsheim",
  "Furuseth",
  "Kleppe",
  "Lyngstad",
  "Mæland",
  "Os",
  "Rustad",
  "Sunde",
  "Teigen",
  "Ulvestad",
  "Vatne",
  "Øien",
] as const;

/** `count` distinct "First Last" names. */
export function personNames(rng: Rng, count: number, avoid: ReadonlySet<string> = new Set()): string[] {
  const out: string[] = [];
  const seen = new Set(avoid);
  let guard = 0;
  while (out.length < count) {
    const name = `${rng.pick(FIRST_NAMES)} ${rng.pick(SURNAMES)}`;
    if (!seen.has(name)) {
      seen.add(name);
      out.push(name);
    } else if (++guard > 100_000) {
      // More names than the lists can combine: add a middle initial.
      const extra = `${rng.pick(FIRST_NAMES)} ${String.fromCharCode(65 + rng.int(0, 25))}. ${rng.pick(SURNAMES)}`;
      if (!seen.has(extra)) {
        seen.add(extra);
        out.push(extra);
      }
    }
  }
  return out;
}

const EMPLOYER_WORDS = [
  "Solsiden",
  "Nordlys",
  "Fjellbris",
  "Havgløtt",
  "Bryggekanten",
  "Lyngheia",
  "Granly",
  "Elvebakken",
  "Måkeskjær",
  "Tindeglimt",
  "Kvernhuset",
  "Sjøbris",
  "Løvetann",
  "Bjørkelund",
  "Furulund",
  "Strandkanten",
  "Vestavind",
  "Østerlia",
  "Fjordglimt",
  "Skogly",
  "Blåklokke",
  "Solbær",
  "Tyttebær",
  "Multebær",
  "Vårsol",
  "Nordavind",
  "Lysløypa",
  "Kløverenga",
  "Revehiet",
  "Ospelia",
  "Bekkelund",
  "Lerkeli",
  "Mosetunet",
  "Snøklokka",
  "Bølgeskvulp",
  "Kystlys",
  "Fossekallen",
  "Høstlauv",
  "Seljebakken",
  "Rognetunet",
] as const;

export interface EmployerKind {
  /** Added after the word: "Solsiden Kafé AS". */
  suffix: string;
  jobTypes: readonly string[];
}

const EMPLOYER_KINDS: readonly EmployerKind[] = [
  { suffix: "Kafé AS", jobTypes: ["kafémedarbeider", "barista", "kokkeassistent"] },
  { suffix: "Bakeri AS", jobTypes: ["bakeriassistent", "butikkmedarbeider"] },
  { suffix: "Bygg AS", jobTypes: ["hjelpearbeider bygg", "tømrerlærling", "lagermedarbeider"] },
  { suffix: "Dagligvare AS", jobTypes: ["butikkmedarbeider", "varepåfyller"] },
  { suffix: "Logistikk AS", jobTypes: ["lagermedarbeider", "truckfører", "sjåfør"] },
  { suffix: "Renhold AS", jobTypes: ["renholder"] },
  { suffix: "Barnehage AS", jobTypes: ["barnehageassistent"] },
  { suffix: "Hotell AS", jobTypes: ["resepsjonist", "romholder", "kjøkkenassistent"] },
  { suffix: "Bilverksted AS", jobTypes: ["verkstedmedarbeider", "dekkmontør"] },
  { suffix: "Regnskap AS", jobTypes: ["kontormedarbeider"] },
  { suffix: "Gartneri AS", jobTypes: ["gartneriarbeider"] },
  { suffix: "Sykkelverksted AS", jobTypes: ["sykkelmekaniker"] },
  { suffix: "Eiendomsservice AS", jobTypes: ["vaktmester"] },
  { suffix: "Bokhandel AS", jobTypes: ["bokhandelmedarbeider"] },
  { suffix: "Trykkeri AS", jobTypes: ["produksjonsmedarbeider"] },
  { suffix: "Data AS", jobTypes: ["IT-brukerstøtte"] },
  { suffix: "Kantine AS", jobTypes: ["kantinemedarbeider"] },
  { suffix: "Dyreklinikk AS", jobTypes: ["dyrepleierassistent"] },
  { suffix: "Sjømat AS", jobTypes: ["produksjonsmedarbeider", "fiskeforedler"] },
  { suffix: "Omsorg AS", jobTypes: ["miljøarbeider", "assistent"] },
  { suffix: "Blomster AS", jobTypes: ["blomsterbutikkmedarbeider"] },
  { suffix: "Flyttebyrå AS", jobTypes: ["flyttearbeider"] },
  { suffix: "Transport AS", jobTypes: ["sjåfør", "budbilsjåfør"] },
  { suffix: "Frisørsalong", jobTypes: ["frisørassistent"] },
  { suffix: "Treverksted AS", jobTypes: ["produksjonsmedarbeider", "snekkerassistent"] },
  { suffix: "Kino AS", jobTypes: ["kinovert"] },
  { suffix: "Treningssenter AS", jobTypes: ["resepsjonsmedarbeider", "renholder"] },
  { suffix: "Pizzeria AS", jobTypes: ["pizzabaker", "kjøkkenassistent"] },
  { suffix: "Elektro AS", jobTypes: ["elektrikerlærling", "lagermedarbeider"] },
  { suffix: "Rørleggerservice AS", jobTypes: ["rørleggerlærling"] },
  { suffix: "Maling AS", jobTypes: ["malerassistent"] },
  { suffix: "Catering AS", jobTypes: ["kokk", "kjøkkenassistent"] },
  { suffix: "Vaskeri AS", jobTypes: ["vaskerimedarbeider"] },
  { suffix: "Gjenbruk AS", jobTypes: ["butikkmedarbeider", "sorteringsmedarbeider"] },
  { suffix: "Reklamebyrå AS", jobTypes: ["grafisk designer", "kontormedarbeider"] },
  { suffix: "Maskinentreprenør AS", jobTypes: ["anleggsarbeider", "maskinførerlærling"] },
  { suffix: "Dyrebutikk AS", jobTypes: ["dyrebutikkmedarbeider"] },
];

const BRANCHES = ["Sentrum", "Nord", "Sør", "Havna", "Stasjonen", "Torget"] as const;

/** Sheltered / work-training places (jobs that are not ordinary competitive work). */
const SHELTERED = [
  { name: "Vekstverkstedet AS", jobTypes: ["arbeidstrening", "produksjon (VTA)"] },
  { name: "Arbeidssenteret Lysgården AS", jobTypes: ["arbeidstrening"] },
] as const;

export interface Employer {
  name: string;
  jobTypes: readonly string[];
  /** False for sheltered work / work training. */
  ordinary: boolean;
}

/** `count` distinct invented employers (ordinary work places). */
export function employerPool(rng: Rng, count: number, branches = true): Employer[] {
  const out: Employer[] = [];
  const seen = new Set<string>();
  let guard = 0;
  while (out.length < count) {
    const kind = rng.pick(EMPLOYER_KINDS);
    const word = rng.pick(EMPLOYER_WORDS);
    let base = `${word} ${kind.suffix}`;
    if (seen.has(base)) {
      if (++guard < 5_000) continue;
      base = `${word} ${kind.suffix.replace(/ AS$/, "")} ${out.length} AS`;
    }
    seen.add(base);
    // Now and then a branch, as exports often write it (a comma inside the name, so the field is quoted).
    const name = branches && rng.chance(0.08) ? `${base}, avd. ${rng.pick(BRANCHES)}` : base;
    out.push({ name, jobTypes: kind.jobTypes, ordinary: true });
  }
  return out;
}

export function shelteredEmployer(rng: Rng): Employer {
  const s = rng.pick(SHELTERED);
  return { name: s.name, jobTypes: s.jobTypes, ordinary: false };
}

/** Distinct participant pseudonyms `D-0412` (prefix configurable), never anything like a national id. */
export function pseudonyms(rng: Rng, count: number, prefix = "D", used: Set<string> = new Set()): string[] {
  if (used.size + count > 8000) {
    // Large synthetic caseloads (benchmarks): five digits.
    const out: string[] = [];
    for (let i = 0; out.length < count; i++) {
      const id = `${prefix}-${String(10000 + i).padStart(5, "0")}`;
      if (!used.has(id)) {
        used.add(id);
        out.push(id);
      }
    }
    return out;
  }
  const out: string[] = [];
  while (out.length < count) {
    const id = `${prefix}-${String(rng.int(1, 9999)).padStart(4, "0")}`;
    if (!used.has(id)) {
      used.add(id);
      out.push(id);
    }
  }
  return out;
}
