/** Agreement statistics as the user reads them (agreement-text.ts): labels and why a statistic is not defined. */
import { defineMessages } from "../core/i18n.js";

export const AGREEMENT_TEXT = defineMessages("agreementText", {
  kappaOneCategory: (p: { n: number }) => ({
    nb: `ikke definert: alle vurderinger i samme kategori (n = ${p.n})`,
    en: `not defined: every rating in the same category (n = ${p.n})`,
  }),
  kappaNoneByBoth: {
    nb: "ikke definert: ingen punkter vurdert av begge",
    en: "not defined: no item rated by both",
  },
  pairs: (p: { n: number }) => ({ nb: `${p.n} par`, en: `${p.n} ${p.n === 1 ? "pair" : "pairs"}` }),
  iccTooFew: (p: { pairs: string }) => ({
    nb: `ikke definert: trenger minst to par med totalsum (${p.pairs})`,
    en: `not defined: needs at least two pairs with totals (${p.pairs})`,
  }),
  iccNoSpread: (p: { pairs: string }) => ({
    nb: `ikke definert: ingen spredning i totalsummene (${p.pairs})`,
    en: `not defined: no spread in the totals (${p.pairs})`,
  }),
  ratedByBoth: { nb: "Punkter vurdert av begge", en: "Items rated by both" },
  exact: { nb: "Eksakt enighet", en: "Exact agreement" },
  withinOne: { nb: "Innenfor ett poeng", en: "Within one point" },
  meanAbsoluteDifference: { nb: "Gjennomsnittlig absolutt forskjell", en: "Mean absolute difference" },
  kappaLinear: { nb: "Cohens kappa, lineært vektet", en: "Cohen's kappa, linearly weighted" },
  kappa: { nb: "Cohens kappa", en: "Cohen's kappa" },
  notRated: { nb: "ikke vurdert", en: "not rated" },
  notFinished: { nb: "ikke ferdig", en: "not finished" },
});
