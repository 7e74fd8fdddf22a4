/** What `fidelity validate` prints per team: the window, each file's rows and problems, and the verdict. */
import { defineMessages } from "../../core/i18n.js";

export const VALIDATE = defineMessages("validate", {
  window: { nb: "vindu", en: "window" },
  rowsRead: (p: { n: number }) => ({ nb: `${p.n} rader lest`, en: `${p.n} rows read` }),
  inWindow: (p: { n: number }) => ({ nb: `${p.n} i vinduet`, en: `${p.n} in the window` }),
  outside: (p: { n: number }) => ({ nb: `${p.n} utenfor (ignorert)`, en: `${p.n} outside (ignored)` }),
  errors: (p: { n: number }) => ({ nb: `${p.n} feil`, en: `${p.n} ${p.n === 1 ? "problem" : "problems"}` }),
  warnings: (p: { n: number }) => ({
    nb: `, ${p.n} advarsel${p.n === 1 ? "" : "er"}`,
    en: `, ${p.n} warning${p.n === 1 ? "" : "s"}`,
  }),
  valid: { nb: "  Gyldig.", en: "  Valid." },
  invalid: { nb: "  Ugyldig: rett feilene over.", en: "  Invalid: fix the problems above." },
});
