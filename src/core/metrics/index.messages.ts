/** Warnings about the caseload file as a whole, given once by computeMetrics (index.ts). */
import { defineMessages } from "../i18n.js";

export const METRIC_WARNINGS = defineMessages("metric-warnings", {
  dischargedWithoutEndDate: (p: { participants: number }) => ({
    nb: `${p.participants} deltakere har status avsluttet, men ingen sluttdato; de kan ikke plasseres i tid og holdes utenfor ventetid og oppfølgingstid.`,
    en: `${p.participants} participants have status discharged but no end date; they cannot be placed in time and are left out of waiting time and follow-up duration.`,
  }),
});
