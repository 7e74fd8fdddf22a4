/**
 * The sentences the report builds (build.ts). Dates and numbers come in already formatted in the report's
 * language; the catalogue only words them.
 */
import { defineMessages } from "../i18n.js";

export const REPORT = defineMessages("report", {
  instrument: (p: { scale: string; version: string }) => ({
    nb: `${p.scale}, versjon ${p.version}`,
    en: `${p.scale}, version ${p.version}`,
  }),
  provisionalMark: { nb: "FORELØPIG", en: "PROVISIONAL" },

  // ─── Action plan ───
  statusDone: { nb: "Gjennomført", en: "Done" },
  statusPartly: { nb: "Delvis", en: "Partly" },
  statusNotDone: { nb: "Ikke gjennomført", en: "Not done" },
  statusUnknown: { nb: "Ikke oppgitt", en: "Not given" },
  planIntro: (p: { adjusted: boolean; agreeBy: string; deadline: string; nextReview: string }) => ({
    nb: `Ett tiltak per prioritert forbedringsområde, foreslått ut fra skåren, dataene og evaluatorens merknader${p.adjusted ? " og justert av evaluator" : ""}. Teamet og evaluator avtaler planen innen seks uker etter besøket (innen ${p.agreeBy}). Tiltakene har frist ${p.deadline}, og fremgangen følges opp ved neste evaluering (innen ${p.nextReview}).`,
    en: `One action per improvement priority, proposed from the score, the data and the evaluator's notes${p.adjusted ? " and adjusted by the evaluator" : ""}. The team and the evaluator agree the plan within six weeks of the visit (by ${p.agreeBy}). The actions are due ${p.deadline}, and progress is followed up at the next evaluation (by ${p.nextReview}).`,
  }),
  planTitle: { nb: "Handlingsplan", en: "Action plan" },
  columnItem: { nb: "Punkt", en: "Item" },
  columnAction: { nb: "Tiltak", en: "Action" },
  columnResponsible: { nb: "Ansvarlig", en: "Responsible" },
  columnDeadline: { nb: "Frist", en: "Deadline" },
  columnSupport: { nb: "Støtte som trengs", en: "Support needed" },
  columnMeasure: { nb: "Slik måles fremgangen", en: "How progress is measured" },
  columnStatus: { nb: "Status", en: "Status" },
  planEmpty: {
    nb: "Ingen tiltak: ingen punkter er under full skår, og evaluator har ikke lagt til tiltak.",
    en: "No actions: no item is below full score, and the evaluator added none.",
  },
  previousDone: (p: { done: number; of: number }) => ({
    nb: `${p.done} av ${p.of} tiltak gjennomført`,
    en: `${p.done} of ${p.of} actions done`,
  }),
  previousPartly: (p: { n: number }) => ({ nb: `${p.n} delvis`, en: `${p.n} partly` }),
  previousNotDone: (p: { n: number }) => ({ nb: `${p.n} ikke gjennomført`, en: `${p.n} not done` }),
  previousOpen: (p: { n: number }) => ({ nb: `${p.n} uten oppgitt status`, en: `${p.n} without a status` }),
  previousTitle: (p: { date: string }) => ({
    nb: `Oppfølging av handlingsplanen fra ${p.date}`,
    en: `Follow-up of the action plan of ${p.date}`,
  }),

  // ─── Next review ───
  goodPoints: (p: { from: string }) => ({
    nb: `god kvalitet (${p.from} eller mer)`,
    en: `good fidelity (${p.from} or more)`,
  }),
  goodColours: { nb: "ingen røde punkter og flere grønne enn gule", en: "no red points and more green than yellow" },
  nextProvisional: (p: { date: string; goodIs: string }) => ({
    nb: `Neste evaluering: innen ${p.date}. Vurderingen er foreløpig; til teamet har ${p.goodIs}, gjentas evalueringen hvert halvår.`,
    en: `Next evaluation: by ${p.date}. The evaluation is provisional; until the team has ${p.goodIs}, it is repeated every six months.`,
  }),
  nextYearly: (p: { date: string; goodIs: string }) => ({
    nb: `Neste evaluering: innen ${p.date} (hvert år, siden teamet har ${p.goodIs}).`,
    en: `Next evaluation: by ${p.date} (yearly, as the team has ${p.goodIs}).`,
  }),
  nextHalfYearly: (p: { date: string; goodIs: string }) => ({
    nb: `Neste evaluering: innen ${p.date} (hvert halvår til teamet har ${p.goodIs}).`,
    en: `Next evaluation: by ${p.date} (every six months until the team has ${p.goodIs}).`,
  }),

  // ─── Summary ───
  bands: (p: { bands: string }) => ({ nb: `Nivåer: ${p.bands}`, en: `Bands: ${p.bands}` }),
  totalIsRange: {
    nb: "Totalsummen er et intervall til alle punkter er vurdert; nivå gis først da.",
    en: "The total is a range until every item is rated; the band is given only then.",
  },
  strengthsGreen: { nb: "Styrker (grønne punkter)", en: "Strengths (green points)" },
  noStrengthsGreen: { nb: "Ingen punkter er grønne ennå.", en: "No point is green yet." },
  columnColour: { nb: "Farge", en: "Colour" },
  goodPractice: { nb: "God praksis", en: "Good practice" },
  dataPointsTo: { nb: "Hva dataene peker på", en: "What the data points to" },
  leftOut: (p: { file: string; n: number; full: boolean; why: string }) => ({
    nb: `${p.file} er holdt utenfor fordi den har ${p.n} feil (${p.n === 1 ? "" : p.full ? "de første: " : "den første: "}${p.why}). Punktene som bygger på filen, er vurdert av evaluator uten dataene.`,
    en: `${p.file} was left out because it has ${p.n} problem${p.n === 1 ? "" : "s"} (${p.n === 1 ? "" : "the first: "}${p.why}). The items that rely on it were rated by the evaluator without its data.`,
  }),

  // ─── Item table and appendix ───
  scoreOutOfFive: (p: { score: number }) => ({ nb: `${p.score} av 5`, en: `${p.score} of 5` }),
  elementsInPlace: (p: { n: number; of: number }) => ({
    nb: `${p.n} av ${p.of} elementer på plass.`,
    en: `${p.n} of ${p.of} elements in place.`,
  }),
  meanAndScores: (p: { value: string; scores: string }) => ({
    nb: `Snitt ${p.value}; skår per jobbspesialist ${p.scores}.`,
    en: `Mean ${p.value}; score per specialist ${p.scores}.`,
  }),
  teamValue: (p: { value: string }) => ({ nb: `Teamet: ${p.value}.`, en: `Team: ${p.value}.` }),
  perSpecialist: (p: { unit: string; values: string }) => ({
    nb: `Per jobbspesialist${p.unit}: ${p.values}.`,
    en: `Per specialist${p.unit}: ${p.values}.`,
  }),
  appendixTitle: { nb: "Vedlegg: metode og beregninger", en: "Appendix: method and computations" },
  computationsTitle: { nb: "Beregningen for hvert datapunkt", en: "The computation of each data item" },

  // ─── Method ───
  methodWindow: (p: { window: string; weeks: number; visit: string; reference: string }) => ({
    nb: `Datavinduet er ${p.window}: de ${p.weeks} hele ukene før besøket ${p.visit}, delt i sjudagersblokker regnet bakover fra besøket. Porteføljen telles per ${p.reference}.`,
    en: `The data window is ${p.window}: the ${p.weeks} whole weeks before the visit on ${p.visit}, in seven-day blocks counted back from the visit. The caseload is counted on ${p.reference}.`,
  }),
  methodDataItems: (p: { points: boolean; complete: boolean; unrated: number }) => ({
    nb: `Datapunktene foreslår ${p.points ? "en skår" : "en farge"} ut fra teamets egne eksporter; evaluator godtar eller overstyrer hvert forslag. Øvrige punkter vurderes av evaluator ut fra intervjuer, dokumenter og observasjon.${p.complete ? "" : ` Vurderingen er foreløpig: ${p.unrated} ${p.unrated === 1 ? "punkt" : "punkter"} er ikke vurdert.`}`,
    en: `Data items suggest a ${p.points ? "score" : "colour"} from the team's own exports; the evaluator accepts or overrides each suggestion. The other items are rated by the evaluator from interviews, documents and observation.${p.complete ? "" : ` The evaluation is provisional: ${p.unrated} ${p.unrated === 1 ? "item is" : "items are"} not rated.`}`,
  }),
  methodScaleTexts: (p: { id: string; version: string }) => ({
    nb: `Skalaens tekster er våre egne sammenfatninger (${p.id} v${p.version}). Grensene for hver skår sammenlignes med eksakt verdi; bare gjennomsnitt av skårer avrundes (halv opp).`,
    en: `The scale texts are our own paraphrase (${p.id} v${p.version}). Each score's limits compare the exact value; only averages of scores are rounded (half up).`,
  }),
  methodGuideTexts: (p: { id: string; version: string }) => ({
    nb: `Veilederens tekster er våre egne sammenfatninger (${p.id} v${p.version}). Veilederen sier ikke hvor grensene mellom grønn, gul og rød går; grensene dataene bruker, er verktøyets forslag, og evaluator setter hver farge.`,
    en: `The guide's texts are our own paraphrase (${p.id} v${p.version}). The guide does not say where green, yellow and red divide; the limits the data uses are the tool's defaults, and the evaluator sets every colour.`,
  }),
  ratedByEvaluator: { nb: "Punktet er vurdert av evaluator.", en: "The item was rated by the evaluator." },
  notRatedYet: { nb: "Punktet er ikke vurdert ennå.", en: "The item is not rated yet." },
  overridden: (p: { from: string; to: string; reason: string }) => ({
    nb: `Dataene foreslo ${p.from}, evaluator satte ${p.to}. Begrunnelse: ${p.reason}`,
    en: `The data suggested ${p.from}, the evaluator set ${p.to}. Reason: ${p.reason}`,
  }),

  // ─── Trend ───
  unchanged: { nb: "uendret", en: "unchanged" },
  better: { nb: "bedre", en: "better" },
  weaker: { nb: "svakere", en: "weaker" },
  moved: (p: { up: number; down: number }) => ({
    nb: `${p.up} ${p.up === 1 ? "punkt" : "punkter"} bedre, ${p.down} svakere`,
    en: `${p.up} ${p.up === 1 ? "item" : "items"} better, ${p.down} weaker`,
  }),
  greens: (p: { moved: string; before: number; now: number }) => ({
    nb: `${p.moved} (grønne ${p.before} → ${p.now})`,
    en: `${p.moved} (green ${p.before} → ${p.now})`,
  }),
  previousEvaluation: (p: { date: string }) => ({
    nb: `Forrige evaluering ${p.date}.`,
    en: `Previous evaluation ${p.date}.`,
  }),
  sincePrevious: (p: { date: string; totals: string }) => ({
    nb: `Siden forrige evaluering ${p.date}: ${p.totals}.`,
    en: `Since the previous evaluation on ${p.date}: ${p.totals}.`,
  }),
});
