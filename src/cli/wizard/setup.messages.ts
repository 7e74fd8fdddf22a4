/** Setting up a visit (setup.ts): the team folder, a CSV export with errors, the questions asked. */
import { defineMessages } from "../../core/i18n.js";

export const SETUP = defineMessages("wizard.setup", {
  // A CSV export with errors.
  fileProblems: (p: { file: string; n: number }) => ({
    nb: `${p.file} har ${p.n} feil:`,
    en: `${p.file} has ${p.n} problem${p.n === 1 ? "" : "s"}:`,
  }),
  moreProblems: (p: { n: number }) => ({ nb: `  … og ${p.n} til`, en: `  … and ${p.n} more` }),
  goOnWithout: (p: { file: string }) => ({
    nb: `Gå videre uten ${p.file}? Punktene som bygger på den, vurderer du selv, og rapporten sier at filen er holdt utenfor. (Nei: avslutt og rett filen)`,
    en: `Go on without ${p.file}? The items that rely on it are yours to rate, and the report says the file was left out. (No: stop and fix the file)`,
  }),
  stillLeftOut: (p: { file: string; problems: number }) => ({
    nb: `${p.file} er fortsatt holdt utenfor (${p.problems} feil), som da økten startet.`,
    en: `${p.file} is still left out (${p.problems} problem${p.problems === 1 ? "" : "s"}), as when the session started.`,
  }),
  leftOut: (p: { file: string }) => ({
    nb: `${p.file} er holdt utenfor: dataene i den brukes ikke.`,
    en: `${p.file} is left out: its data is not used.`,
  }),

  // The team folder and the team.
  dataFolder: {
    nb: "Datamappe (teammappen med CSV-eksportene)",
    en: "Data folder (the team folder with the CSV exports)",
  },
  noFolder: (p: { path: string }) => ({ nb: `Finner ikke mappen ${p.path}`, en: `Cannot find the folder ${p.path}` }),
  rowsTime: { nb: "utetid", en: "time" },
  rowsContacts: { nb: "kontakter", en: "contacts" },
  rowsCaseload: { nb: "portefølje", en: "caseload" },
  rows: (p: { counts: string }) => ({ nb: `rader: ${p.counts}`, en: `rows: ${p.counts}` }),
  whichTeam: { nb: "Hvilket team?", en: "Which team?" },
  whichScale: { nb: "Hvilket instrument?", en: "Which instrument?" },

  // What the visit needs.
  teamName: { nb: "Teamets navn", en: "Team name" },
  visitDate: { nb: "Besøksdato (f.eks. 26.11.2026)", en: "Visit date (e.g. 26.11.2026)" },
  writeDate: {
    nb: "Skriv en dato, f.eks. 26.11.2026, 26.11.26 eller 2026-11-26.",
    en: "Write a date, e.g. 26.11.2026, 26.11.26 or 2026-11-26.",
  },
  evaluators: { nb: "Evaluatorer (navn, skilt med komma)", en: "Evaluators (names, separated by commas)" },
});
