/** What `fidelity agreement` says: its tables, the files left unpaired and why, and files it could not read. */
import { formatDate } from "../../core/format.js";
import { defineMessages } from "../../core/i18n.js";

/** Which visit an unpaired file is about: team, visit date, instrument. */
interface What {
  team: string;
  visitDate: string;
  scale: string;
}
const what = (p: What, lang: "nb" | "en") => `${p.team}, ${formatDate(p.visitDate, lang)}, ${p.scale}`;

export const AGREEMENT = defineMessages("agreement", {
  // --- nothing to compare, files not read -----------------------------------------------------------------
  noFiles: (p: { paths: string }) => ({
    nb: `ingen evalueringsfiler (*.evaluation.json) under ${p.paths}`,
    en: `no evaluation files (*.evaluation.json) under ${p.paths}`,
  }),
  noPairs: (p: { files: number }) => ({
    nb: `ingen to evalueringer av samme team, besøksdato og instrument blant ${p.files} fil${p.files === 1 ? "" : "er"}: ingenting å sammenligne`,
    en: `no two evaluations of the same team, visit date and instrument among ${p.files} file${p.files === 1 ? "" : "s"}: nothing to compare`,
  }),
  notRead: (p: { files: number }) => ({
    nb: `fidelity: ${p.files === 1 ? "en fil" : `${p.files} filer`} kunne ikke leses som en evaluering:\n`,
    en: `fidelity: ${p.files === 1 ? "a file" : `${p.files} files`} could not be read as an evaluation:\n`,
  }),
  notPaired: (p: { n: number }) => ({ nb: `\nIkke parret (${p.n}):`, en: `\nNot paired (${p.n}):` }),
  setAside: (p: { n: number }) => ({
    nb: `${p.n} tilsidesatt(e) fil(er) (*.replaced-*.evaluation.json) er ikke tatt med.`,
    en: `${p.n} set-aside file(s) (*.replaced-*.evaluation.json) left out.`,
  }),
  unpairedConsensus: (p: What) => ({
    nb: `en konsensus (${what(p, "nb")}), ikke én evaluators egen vurdering: ikke tatt med`,
    en: `a consensus (${what(p, "en")}), not one evaluator's own rating: left out`,
  }),
  unpairedUnfinished: (p: What) => ({
    nb: `ikke ferdig (${what(p, "nb")}): bare ferdige vurderinger sammenlignes`,
    en: `not finished (${what(p, "en")}): only finished evaluations are compared`,
  }),
  unpairedMoreThanTwo: (p: What & { count: number }) => ({
    nb: `${p.count} vurderinger av samme team, besøksdato og skala (${what(p, "nb")}): uklart hvilke to som hører sammen; gi bare de to som skal sammenlignes`,
    en: `${p.count} evaluations of the same team, visit date and instrument (${what(p, "en")}): which two belong together is unclear; give only the two to compare`,
  }),
  unpairedAlone: (p: What) => ({
    nb: `ingen annen vurdering av samme team, besøksdato og skala (${what(p, "nb")})`,
    en: `no other evaluation of the same team, visit date and instrument (${what(p, "en")})`,
  }),

  // --- the tables -----------------------------------------------------------------------------------------
  pairCount: (p: { n: number }) => ({
    nb: `${p.n} par av vurderinger (samme team, besøksdato og instrument)`,
    en: `${p.n} ${p.n === 1 ? "pair" : "pairs"} of evaluations (same team, visit date and instrument)`,
  }),
  pooled: { nb: "Samlet over alle punkter i alle par", en: "Pooled over every item of every pair" },
  totalsIcc: { nb: "ICC(A,1) for totalsummene", en: "ICC(A,1) of the totals" },
  pairs: { nb: "Par", en: "Pairs" },
  team: { nb: "Team", en: "Team" },
  visit: { nb: "Besøk", en: "Visit" },
  totalA: { nb: "Sum A", en: "Total A" },
  totalB: { nb: "Sum B", en: "Total B" },
  differ: { nb: "Uenige", en: "Differ" },
  exact: { nb: "Eksakt", en: "Exact" },
  perItem: { nb: "Uenighet per punkt", en: "Disagreement per item" },
  item: { nb: "Punkt", en: "Item" },
  rate: { nb: "Andel", en: "Rate" },
  meanDifference: { nb: "Snitt |A−B|", en: "Mean |A−B|" },
  kappaUndefined: {
    nb: "\nKappa «–»: ikke definert, alle vurderingene i paret er i samme kategori (eksakt enighet sier da det som er å si).",
    en: "\nKappa “–”: not defined, every rating of the pair is in the same category (exact agreement then says it all).",
  },
});
