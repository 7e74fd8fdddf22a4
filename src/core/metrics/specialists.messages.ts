/** Who the specialists are (specialists.ts): the warnings about where the roster comes from. */
import { defineMessages } from "../i18n.js";

export const SPECIALISTS = defineMessages("specialists", {
  /** After "no utetid rows in the window": the roster comes from contacts and caseload instead. */
  fromContactsAndCaseload: (p: { everyWeekPresent: boolean }) => ({
    nb: `Jobbspesialistene hentes derfor fra kontakter og portefølje${p.everyWeekPresent ? ", og alle uker regnes som til stede" : ""}.`,
    en: `Specialists are therefore taken from contacts and caseload${p.everyWeekPresent ? ", and every week counts as present" : ""}.`,
  }),
  caseloadWithoutUtetid: {
    nb: "Har aktive deltakere i porteføljen, men ingen utetidsrader i vinduet. Deltakerne telles med i porteføljestørrelsen; sjekk navnet i utetidsfilen.",
    en: "Has active participants in the caseload but no utetid rows in the window. The participants count in the caseload size; check the name in the utetid file.",
  },
});
