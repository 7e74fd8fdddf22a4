/** The consensus appendix of the report (consensus.ts). Numbers and dates come in formatted. */
import { defineMessages } from "../i18n.js";

export const CONSENSUS = defineMessages("consensus", {
  title: { nb: "Vedlegg: Konsensus mellom to evaluatorer", en: "Appendix: Consensus of two evaluators" },
  intro: {
    nb: "Evaluatorene vurderte teamet hver for seg og ble deretter enige om en felles vurdering. Der de var enige, er vurderingen tatt med som den var; der de var uenige, er konsensus og begrunnelsen vist nedenfor.",
    en: "The evaluators rated the team independently and then agreed on one rating. Where they agreed, the rating is taken as it was; where they differed, the consensus and its rationale are shown below.",
  },
  statistics: { nb: "Enighet før konsensus", en: "Agreement before the consensus" },
  rated: { nb: "Punkter vurdert av begge", en: "Items rated by both" },
  exact: { nb: "Eksakt enighet", en: "Exact agreement" },
  withinOne: { nb: "Innenfor ett poeng", en: "Within one point" },
  mad: { nb: "Gjennomsnittlig absolutt forskjell", en: "Mean absolute difference" },
  kappaLinear: { nb: "Cohens kappa, lineært vektet", en: "Cohen's kappa, linearly weighted" },
  kappa: { nb: "Cohens kappa", en: "Cohen's kappa" },
  notDefinedOne: (p: { n: number }) => ({
    nb: `ikke definert (alle vurderinger i samme kategori) (n = ${p.n})`,
    en: `not defined (every rating in the same category) (n = ${p.n})`,
  }),
  notDefinedNone: {
    nb: "ikke definert (ingen punkter vurdert av begge)",
    en: "not defined (no item rated by both)",
  },
  total: (p: { who: string }) => ({ nb: `Totalsum ${p.who}`, en: `Total ${p.who}` }),
  colours: (p: { who: string }) => ({ nb: `Farger ${p.who}`, en: `Colours ${p.who}` }),
  consensus: { nb: "konsensus", en: "consensus" },
  notRated: (p: { n: number }) => ({ nb: `${p.n} ikke vurdert`, en: `${p.n} not rated` }),
  /** A provisional total: "40–52 av 60 (ikke ferdig)". */
  range: (p: { min: number; max: number; of: number }) => ({
    nb: `${p.min}–${p.max} av ${p.of} (ikke ferdig)`,
    en: `${p.min}–${p.max} of ${p.of} (not finished)`,
  }),
  totalOf: (p: { value: number; of: number; band: string }) => ({
    nb: `${p.value} av ${p.of}${p.band}`,
    en: `${p.value} of ${p.of}${p.band}`,
  }),
  saved: (p: { date: string }) => ({ nb: `lagret ${p.date}`, en: `saved ${p.date}` }),
  columnId: { nb: "Nr.", en: "No." },
  columnItem: { nb: "Punkt", en: "Item" },
  columnConsensus: { nb: "Konsensus", en: "Consensus" },
  columnRationale: { nb: "Begrunnelse", en: "Rationale" },
  legend: {
    nb: "≠ A og B var uenige (eller bare én vurderte punktet); konsensus er avgjort med begrunnelse.",
    en: "≠ A and B differed (or only one rated the item); the consensus was decided with a rationale.",
  },
});
