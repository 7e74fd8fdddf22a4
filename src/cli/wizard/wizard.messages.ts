/** Texts more than one of the wizard's steps show (each step's own are in its `*.messages.ts`). */
import { defineMessages } from "../../core/i18n.js";

export const WIZARD = defineMessages("wizard", {
  whichItem: { nb: "Hvilket punkt? (skriv id eller ord)", en: "Which item? (type an id or a word)" },
  sources: { nb: "Kilder", en: "Sources" },
  /** The IPS form's source codes, said where they are shown. */
  ADM: { nb: "fagsystem/statistikk", en: "records/statistics" },
  DOK: { nb: "dokumenter", en: "documents" },
  INT: { nb: "intervju", en: "interviews" },
  OBS: { nb: "observasjon", en: "observation" },
  reviewEnterNext: (p: { n: number; id: string }) => ({
    nb: `Enter: åpne ${p.id}, neste av de ${p.n} som mangler`,
    en: `Enter: open ${p.id}, the next of the ${p.n} missing`,
  }),
  backTo: (p: { id: string }) => ({ nb: `tilbake til ${p.id}`, en: `back to ${p.id}` }),
  computationFolded: (p: { n: number; key: string }) => ({
    nb: `… ${p.n} linjer til i beregningen (${p.key} viser dem)`,
    en: `… ${p.n} more lines of the computation (${p.key} shows them)`,
  }),
});
