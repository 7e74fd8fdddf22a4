/** What `fidelity score` says: teams that fail, the run's end, evaluations reused or kept. */
import { defineMessages } from "../../core/i18n.js";

const teams = (n: number) => ({ nb: `${n} team`, en: `${n} team${n === 1 ? "" : "s"}` });

/** Why --fail-under leaves Kvalitetsveilederen teams alone (said in both --fail-under errors). */
const colourOnly = {
  nb: "Kvalitetsveilederen-team har farger, ingen sum, og er aldri under den",
  en: "Kvalitetsveilederen teams have colours, no total, and never count as below it",
};

export const SCORE = defineMessages("score", {
  failUnderNoTotal: (p: { file: string }) => ({
    nb: `--fail-under sammenligner IPS-summer, og ${p.file} har ingen (den bruker farger): ${colourOnly.nb}; utelat --fail-under`,
    en: `--fail-under compares IPS totals, and ${p.file} has none (it uses colours): ${colourOnly.en}; leave --fail-under out`,
  }),
  failUnderTooHigh: (p: { max: number; scale: string; n: number }) => ({
    nb: `--fail-under kan være høyst ${p.max}, den høyeste summen på ${p.scale}, ikke ${p.n} (gjelder bare IPS-summer; ${colourOnly.nb})`,
    en: `--fail-under must be at most ${p.max}, the highest ${p.scale} total, got ${p.n} (it applies to IPS totals only; ${colourOnly.en})`,
  }),
  sameFiles: (p: { team: string }) => ({
    nb: `${p.team}: et annet team i denne kjøringen skriver de samme filene`,
    en: `${p.team}: another team in this run writes the same files`,
  }),
  sameFilesDetail: (p: { team: string; file: string; taken: string }) => ({
    nb: `lagnavnet «${p.team}» gir de samme filnavnene (${p.file}) som et team i ${p.taken}: gi teamene ulike navn i team.json`,
    en: `the team name "${p.team}" gives the same file names (${p.file}) as a team in ${p.taken}: give the teams different names in team.json`,
  }),
  nothingWritten: (p: { problem: { nb: string; en: string } }) => ({
    nb: `${p.problem.nb}; ingenting skrevet for dette teamet`,
    en: `${p.problem.en}; nothing written for this team`,
  }),
  below: (p: { n: number; failUnder: number; list: string }) => ({
    nb: `${teams(p.n).nb} fikk under ${p.failUnder}: ${p.list}`,
    en: `${teams(p.n).en} scored below ${p.failUnder}: ${p.list}`,
  }),
  notRated: (p: { team: string; n: number }) => ({
    nb: `${p.team}: ${p.n} ${p.n === 1 ? "punkt er" : "punkter er"} ikke vurdert (--require-complete)`,
    en: `${p.team}: ${p.n} ${p.n === 1 ? "item is" : "items are"} not rated (--require-complete)`,
  }),
  notRatedIds: (p: { ids: string }) => ({ nb: `ikke vurdert: ${p.ids}`, en: `not rated: ${p.ids}` }),
  notCovered: (p: { team: string }) => ({
    nb: `${p.team}: dataene dekker ikke hele vinduet (--require-complete)`,
    en: `${p.team}: the data does not cover the whole window (--require-complete)`,
  }),
  finishedIdentifies: (p: { team: string; command: string }) => ({
    nb: `${p.team}: evalueringen som ble fullført i veiviseren kan ikke gå inn i en rapport: fjern det som identifiserer en deltaker (${p.command})`,
    en: `${p.team}: the evaluation finished in the wizard cannot go into a report: remove what identifies a participant (${p.command})`,
  }),
  finishedUsed: (p: { team: string; path: string; saved: string }) => ({
    nb: `${p.team}: bruker vurderingen som ble fullført i veiviseren (${p.path}, lagret ${p.saved}); dataene er de samme, så den er ikke skåret på nytt.`,
    en: `${p.team}: using the evaluation finished in the wizard (${p.path}, saved ${p.saved}); the data is the same, so it was not scored again.`,
  }),
  keptUnreadable: (p: { path: string }) => ({
    nb: `Beholdt filen som lå der fra før (den kan ikke leses som en evaluering) som ${p.path}.`,
    en: `Kept the file that was there before (it cannot be read as an evaluation) as ${p.path}.`,
  }),
  keptEarlier: (p: { path: string; saved: string }) => ({
    nb: `Beholdt den tidligere vurderingen fra veiviseren som ${p.path} (den var lagret ${p.saved}).`,
    en: `Kept the earlier evaluation from the wizard as ${p.path} (saved ${p.saved}).`,
  }),
  provisional: { nb: "foreløpig", en: "provisional" },
  unrated: { nb: "ikke vurdert", en: "unrated" },
  summary: { nb: "Sammendrag", en: "Summary" },
  overview: { nb: "Oversikt over alle team", en: "Overview of all teams" },
  notFullyRated: (p: { n: number; list: string }) => ({
    nb: `${teams(p.n).nb} ble ikke ferdig vurdert: ${p.list}`,
    en: `${teams(p.n).en} ${p.n === 1 ? "was" : "were"} not fully rated: ${p.list}`,
  }),
  invalidData: (p: { n: number; list: string }) => ({
    nb: `${teams(p.n).nb} med feil i dataene: ${p.list}`,
    en: `${teams(p.n).en} with invalid data: ${p.list}`,
  }),
});
