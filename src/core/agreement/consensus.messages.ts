/** Why two evaluations cannot be merged into a consensus (consensus.ts, `fidelity merge`). */
import { defineMessages } from "../i18n.js";

export const MERGE_REFUSAL = defineMessages("mergeRefusal", {
  sameFile: {
    nb: "A og B er samme fil (samme innhold): gi de to evaluatorenes filer",
    en: "A and B are the same file (same content): give the two evaluators' files",
  },
  notFinished: (p: { side: string; file: string }) => ({
    nb: `${p.side} (${p.file}) er ikke ferdig: fullfør den med evaluate først`,
    en: `${p.side} (${p.file}) is not finished: finish it with evaluate first`,
  }),
  alreadyConsensus: (p: { side: string; file: string }) => ({
    nb: `${p.side} (${p.file}) er allerede en konsensus: slå sammen de to evaluatorenes egne filer`,
    en: `${p.side} (${p.file}) is already a consensus: merge the two evaluators' own files`,
  }),
  differentTeams: (p: { a: string; b: string }) => ({
    nb: `ulike team: A er «${p.a}», B er «${p.b}»`,
    en: `different teams: A is "${p.a}", B is "${p.b}"`,
  }),
  differentVisitDates: (p: { a: string; b: string }) => ({
    nb: `ulike besøksdatoer: A ${p.a}, B ${p.b}`,
    en: `different visit dates: A ${p.a}, B ${p.b}`,
  }),
  differentScales: (p: { a: string; b: string }) => ({
    nb: `ulike skalaer: A ${p.a}, B ${p.b}`,
    en: `different scales: A ${p.a}, B ${p.b}`,
  }),
  differentInputs: (p: { kinds: string }) => ({
    nb: `ulike inndata (sha256): ${p.kinds} – de to vurderingene bygger ikke på de samme filene`,
    en: `different input data (sha256): ${p.kinds} – the two evaluations do not rest on the same files`,
  }),
  differentWindows: (p: { a: string; b: string }) => ({
    nb: `ulik dataperiode: A ${p.a}, B ${p.b}`,
    en: `different data windows: A ${p.a}, B ${p.b}`,
  }),
  differentRules: {
    nb: "ulike telleregler, så dataene foreslår ulikt: bli enige om tellereglene og endre dem i den ene vurderingen (evaluate --resume) først",
    en: "different counting rules, so the data suggests differently: agree on the rules and change them in one evaluation (evaluate --resume) first",
  },
});
