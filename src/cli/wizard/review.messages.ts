/** The review (review.ts) and the data summary's prompt (flow.ts). */
import { defineMessages } from "../../core/i18n.js";

export const REVIEW = defineMessages("wizard.review", {
  review: { nb: "Gjennomgang", en: "Review" },
  enterFinish: { nb: "Enter: fullfør og skriv rapport", en: "Enter: finish and write the report" },
  /** Where identifying text was found, when it is not an item. */
  context: { nb: "kontekst", en: "context" },
  identifying: (p: { where: string }) => ({
    nb: `Kan ikke fullføre: teksten i ${p.where} identifiserer en deltaker (vises ikke). Åpne punktet (a) eller konteksten (k) og rett den.`,
    en: `Cannot finish: the text in ${p.where} identifies a participant (not shown). Open the item (a) or the context (k) and correct it.`,
  }),
  finishUnrated: (p: { n: number; ids: string }) => ({
    nb: `${p.n} ${p.n === 1 ? "punkt er" : "punkter er"} ikke vurdert (${p.ids}). Fullføre likevel? Rapporten blir merket foreløpig.`,
    en: `${p.n} ${p.n === 1 ? "item is" : "items are"} unrated (${p.ids}). Finish anyway? The report will be marked provisional.`,
  }),
  contextPrompt: {
    nb: "Forhold utenfor teamets kontroll (dokumentasjonskrav, møter, arbeidsmarked); tomt fjerner",
    en: "Conditions outside the team's control (documentation load, meetings, labour market); empty removes",
  },
  rulesChanged: (p: { changes: string }) => ({
    nb: `Tellereglene er endret. Nye dataforslag: ${p.changes}.`,
    en: `The counting rules changed. New data suggestions: ${p.changes}.`,
  }),
  rulesChangedNoSuggestion: {
    nb: "Tellereglene er endret; ingen dataforslag ble endret.",
    en: "The counting rules changed; no data suggestion changed.",
  },
  dataSummary: { nb: "Dataoversikt", en: "Data summary" },
  onToRules: { nb: "Enter: videre til tellereglene", en: "Enter: on to the counting rules" },
});
