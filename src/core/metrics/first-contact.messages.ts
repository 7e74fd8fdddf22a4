/** Days to first employer contact (first-contact.ts): its counting rule and its warning. */
import { defineMessages } from "../i18n.js";

export const FIRST_CONTACT = defineMessages("first-contact", {
  rule: {
    nb: "Dager fra startdato til første arbeidsgiverkontakt for deltakere som startet i perioden. Deltakere uten kontakt telles bare når de har ventet over grensen, målt til dagen før besøket (venter fortsatt) eller til sluttdato om de er skrevet ut (sluttet uten kontakt). Teamverdien er snittet.",
    en: "Days from start date to first employer contact, for participants who started in the period. Participants without a contact count only once they have waited past the limit, measured to the day before the visit (still waiting) or to their end date if discharged (left without one). The team value is the mean.",
  },
  contactBeforeStart: {
    nb: "Første arbeidsgiverkontakt er før startdato; regnes som 0 dager.",
    en: "First employer contact is before the start date; counted as 0 days.",
  },
});
