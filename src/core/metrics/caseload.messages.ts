/** Caseload size (caseload.ts): its counting rule and its warning. */
import { defineMessages } from "../i18n.js";

export const CASELOAD = defineMessages("caseload", {
  rule: {
    nb: "Aktive deltakere dagen før besøket (startdato den dagen eller tidligere, ingen sluttdato eller sluttdato etter den dagen, status ikke avsluttet), hver deltaker én gang per jobbspesialist. Teamverdien er Σ aktive / Σ årsverk.",
    en: "Participants active on the day before the visit (started on or before it, no end date or a later one, status not discharged), each counted once per specialist. The team value is Σ active / Σ FTE.",
  },
  participantUnderSeveralSpecialists: (p: { specialists: number }) => ({
    nb: `Samme deltaker er aktiv hos ${p.specialists} jobbspesialister og telles hos hver av dem.`,
    en: `The same participant is active with ${p.specialists} specialists and is counted for each.`,
  }),
});
