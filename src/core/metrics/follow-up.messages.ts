/** Follow-up duration after a job start (follow-up.ts): its counting rule. */
import { defineMessages } from "../i18n.js";

export const FOLLOW_UP = defineMessages("follow-up", {
  rule: {
    nb: "Deltakere skrevet ut i perioden som hadde jobbstart før utskrivning: andelen som ble fulgt opp minst så mange dager som målet krever, regnet fra første jobbstart til sluttdato.",
    en: "Participants discharged in the period who had a job start before discharge: share with at least the target number of days from first job start to end date.",
  },
});
