/**
 * The improvement notes' sentences (improvement.ts, recommendation.ts): evidence, recommendation and the plan's
 * progress measure. Numbers come in already formatted in the report's language.
 */
import { defineMessages } from "../i18n.js";

export const NOTES = defineMessages("notes", {
  // What each metric measures, as a plan's progress measure names it ("kontakter per uke: 4,2 → 6").
  utetidPct: { nb: "utetid", en: "time out of the office" },
  daysToFirstEmployerContact: { nb: "dager til første arbeidsgiverkontakt", en: "days to the first employer contact" },
  jobTypeDiversityPct: { nb: "ulike yrker", en: "different job types" },
  employerDiversityPct: { nb: "ulike arbeidsgivere", en: "different employers" },
  competitiveJobsPct: { nb: "ordinære jobber", en: "competitive jobs" },
  followUpSixMonthsPct: { nb: "fulgt opp i minst et halvt år", en: "followed up for half a year or more" },

  scoreOutOfFive: (p: { score: number }) => ({ nb: `${p.score} av 5`, en: `${p.score} of 5` }),
  /** The last join of a list: "a, b og c". */
  and: { nb: "og", en: "and" },
  overridden: (p: { from: string; to: string; reason: string | undefined }) => ({
    nb: `Dataene foreslo ${p.from}; evaluator satte ${p.to}.${p.reason ? ` Begrunnelse: ${p.reason}` : ""}`,
    en: `The data suggested ${p.from}; the evaluator set ${p.to}.${p.reason ? ` Reason: ${p.reason}` : ""}`,
  }),
  notInPlace: (p: { elements: string }) => ({
    nb: `Ikke på plass: ${p.elements}.`,
    en: `Not in place: ${p.elements}.`,
  }),

  // ─── Evidence ───
  teamMean: (p: { value: string; specialists: number }) => ({
    nb: `Teamet: ${p.value} i snitt (${p.specialists} jobbspesialister).`,
    en: `Team: ${p.value} on average (${p.specialists} specialists).`,
  }),
  team: (p: { value: string }) => ({ nb: `Teamet: ${p.value}.`, en: `Team: ${p.value}.` }),
  dataAlone: (p: { rating: string }) => ({
    nb: `Dataene alene ville gitt ${p.rating}.`,
    en: `The data alone would give ${p.rating}.`,
  }),
  elementsInPlace: (p: { n: number; of: number }) => ({
    nb: `${p.n} av ${p.of} elementer er på plass.`,
    en: `${p.n} of ${p.of} elements are in place.`,
  }),

  // ─── Target ───
  eachSpecialist: { nb: " for hver jobbspesialist", en: " for every specialist" },
  targetRange: (p: { min: string; max: string; unit: string; each: string }) => ({
    nb: `Målet er ${p.min}–${p.max} ${p.unit}${p.each}`,
    en: `The target is ${p.min}–${p.max} ${p.unit}${p.each}`,
  }),
  targetAtLeast: (p: { target: string; each: string; now: string }) => ({
    nb: `Målet er minst ${p.target}${p.each} (nå ${p.now})`,
    en: `The target is at least ${p.target}${p.each} (now ${p.now})`,
  }),
  targetAtMost: (p: { target: string; each: string; now: string }) => ({
    nb: `Målet er høyst ${p.target}${p.each} (nå ${p.now})`,
    en: `The target is at most ${p.target}${p.each} (now ${p.now})`,
  }),
  mostToGain: (p: { goal: string; who: string }) => ({
    nb: `${p.goal}; mest å hente hos ${p.who}.`,
    en: `${p.goal}; most to gain with ${p.who}.`,
  }),

  // ─── Recommendation ───
  evaluatorSet: (p: { rating: string; reason: string | undefined }) => ({
    nb: `Evaluator satte ${p.rating}${p.reason ? ` fordi: ${p.reason}` : "."}`,
    en: `The evaluator set ${p.rating}${p.reason ? ` because: ${p.reason}` : "."}`,
  }),
  addressTheReason: {
    nb: "Tiltakene bør ta tak i det evaluator pekte på, ikke bare i tallene.",
    en: "Actions should address what the evaluator pointed out, not only the numbers.",
  },
  nextStep: (p: { name: string; text: string }) => ({
    nb: `Neste steg (${p.name}): ${p.text}`,
    en: `Next step (${p.name}): ${p.text}`,
  }),
  oneElementMissing: (p: { element: string }) => ({
    nb: `Ett element mangler for full skår: ${p.element}`,
    en: `One element is missing for full score: ${p.element}`,
  }),
  elementsMissing: (p: { elements: string }) => ({
    nb: `Få på plass det som mangler, ett om gangen: ${p.elements}`,
    en: `Put what is missing in place, one at a time: ${p.elements}`,
  }),
  startWithTheNote: {
    nb: "Begynn med det evaluator pekte på i merknaden.",
    en: "Start with what the evaluator pointed out in the note.",
  },

  // ─── Progress measure ───
  specialistsWithin: (p: { name: string; inside: number; of: number; range: string }) => ({
    nb: `${p.name}: ${p.inside} av ${p.of} jobbspesialister innen ${p.range} → alle`,
    en: `${p.name}: ${p.inside} of ${p.of} specialists within ${p.range} → all`,
  }),
  elementsMeasure: (p: { n: number; all: number }) => ({
    nb: `elementer på plass: ${p.n} av ${p.all} → ${p.all} av ${p.all}`,
    en: `elements in place: ${p.n} of ${p.all} → ${p.all} of ${p.all}`,
  }),
  scoreMeasure: (p: { score: number; next: number }) => ({
    nb: `skår ved neste evaluering: ${p.score} → ${p.next}`,
    en: `score at the next evaluation: ${p.score} → ${p.next}`,
  }),
  colourMeasure: (p: { colour: string; next: string }) => ({
    nb: `farge ved neste evaluering: ${p.colour} → ${p.next}`,
    en: `colour at the next evaluation: ${p.colour} → ${p.next}`,
  }),
  ratedNextTime: { nb: "vurderes ved neste evaluering", en: "rated at the next evaluation" },
});
