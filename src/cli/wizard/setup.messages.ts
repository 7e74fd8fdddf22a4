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

  // Stopped: the data has errors, or there is no one team to evaluate.
  dataProblems: (p: { dir: string }) => ({
    nb: `${p.dir}: dataene har feil; ingenting er skrevet (rett dem og start på nytt)`,
    en: `${p.dir}: the data has problems; nothing was written (fix them and start again)`,
  }),
  fileProblemsStop: (p: { file: string }) => ({
    nb: `${p.file}: filen har feil; ingenting er skrevet (rett dem og start på nytt)`,
    en: `${p.file}: the file has problems; nothing was written (fix them and start again)`,
  }),
  noTeamFolder: (p: { invocation: string }) => ({
    nb: `ingen teammappe er oppgitt, og mappen du står i har ingen teamfiler: kjør '${p.invocation} evaluate <teammappe>'`,
    en: `no team folder given, and the current folder holds no team files: run '${p.invocation} evaluate <team-folder>'`,
  }),
  noTeam: (p: { dir: string }) => ({ nb: `${p.dir}: fant ikke noe team`, en: `${p.dir}: no team found` }),
  severalTeams: (p: { dir: string; n: number; names: string; invocation: string }) => ({
    nb: `${p.dir} har ${p.n} team (${p.names}): 'evaluate' tar ett team; bruk '${p.invocation} score' for flere`,
    en: `${p.dir} holds ${p.n} teams (${p.names}): 'evaluate' takes one team; use '${p.invocation} score' for several`,
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
