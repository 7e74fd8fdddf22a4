/** The labels of the wizard's keys (keys.ts), as the menus and `evaluate --help` show them. */
import { defineMessages } from "../../core/i18n.js";

export const KEYS = defineMessages("wizard.keys", {
  note: { nb: "notat", en: "note" },
  back: { nb: "tilbake", en: "back" },
  skip: { nb: "hopp over", en: "skip" },
  goto: { nb: "gå til punkt", en: "go to item" },
  overview: { nb: "oversikt", en: "overview" },
  details: { nb: "hele beregningen", en: "full computation" },
  saveAndQuit: { nb: "lagre og avslutt", en: "save and quit" },
  finish: { nb: "fullfør", en: "finish" },
  rateMissing: { nb: "vurder manglende", en: "rate missing" },
  backToItem: { nb: "tilbake til punktet", en: "back to the item" },
  openItem: { nb: "åpne punkt", en: "open item" },
  countingRules: { nb: "telleregler", en: "counting rules" },
  context: { nb: "kontekst", en: "context" },
  actionPlan: { nb: "handlingsplan", en: "action plan" },
  recommendation: { nb: "anbefaling", en: "recommendation" },
  previousPlan: { nb: "forrige plan", en: "previous plan" },
  edit: { nb: "endre", en: "edit" },
  remove: { nb: "fjern", en: "remove" },
  newAction: { nb: "nytt tiltak", en: "new action" },
});
