/** `<team>.handlingsplan.csv`'s column headers (action-plan-csv.ts), in the report's language. */
import { defineMessages } from "../core/i18n.js";

export const ACTION_PLAN_CSV = defineMessages("action-plan-csv", {
  no: { nb: "nr", en: "no" },
  item: { nb: "punkt", en: "item" },
  itemTitle: { nb: "punktnavn", en: "item title" },
  action: { nb: "tiltak", en: "action" },
  responsible: { nb: "ansvarlig", en: "responsible" },
  deadline: { nb: "frist", en: "deadline" },
  support: { nb: "støtte som trengs", en: "support needed" },
  measure: { nb: "slik måles fremgangen", en: "how progress is measured" },
  status: { nb: "status", en: "status" },
});

/** The columns in file order. */
export const ACTION_PLAN_COLUMNS = [
  "no",
  "item",
  "itemTitle",
  "action",
  "responsible",
  "deadline",
  "support",
  "measure",
  "status",
] as const satisfies readonly (keyof typeof ACTION_PLAN_CSV.messages)[];
