/** Problems with `--previous-dir` (previous-round.ts). */
import { defineMessages, type Text } from "../core/i18n.js";

export const PREVIOUS_ROUND = defineMessages("previousRound", {
  notAFolder: (p: { dir: string }) => ({
    nb: `--previous-dir: ${p.dir} er ikke en mappe (oppgi en tidligere utmappe fra fidelity score)`,
    en: `--previous-dir: ${p.dir} is not a folder (give an earlier output folder of fidelity score)`,
  }),
  notJson: (p: { path: string; detail: string }) => ({
    nb: `--previous-dir: ${p.path} er ikke gyldig JSON (${p.detail})`,
    en: `--previous-dir: ${p.path} is not valid JSON (${p.detail})`,
  }),
  notASummary: (p: { path: string; detail: Text }) => ({
    nb: `--previous-dir: ${p.path} er ikke et sammendrag skrevet av fidelity score (${p.detail.nb})`,
    en: `--previous-dir: ${p.path} is not a summary written by fidelity score (${p.detail.en})`,
  }),
  unexpectedShape: { nb: "uventet form", en: "unexpected shape" },
  nothingToRead: (p: { dir: string }) => ({
    nb: `--previous-dir: ${p.dir} har ingen summary.json og ingen *.evaluation.json (oppgi en tidligere utmappe fra fidelity score)`,
    en: `--previous-dir: ${p.dir} has no summary.json and no *.evaluation.json (give an earlier output folder of fidelity score)`,
  }),
});
