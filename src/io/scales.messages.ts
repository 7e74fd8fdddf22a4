/** Choosing a shipped scale (scales.ts). */
import { defineMessages } from "../core/i18n.js";

export const SCALES = defineMessages("scale-files", {
  unknown: (p: { id: string; known: string }) => ({
    nb: `ukjent skala "${p.id}": velg en av ${p.known}, eller bruk din egen med --scale-file`,
    en: `unknown scale "${p.id}": choose one of ${p.known}, or load your own with --scale-file`,
  }),
});
