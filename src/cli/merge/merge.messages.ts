/** What `fidelity merge` says: refusals, the disagreement screen and its prompts, and the run's end. */
import { formatDate } from "../../core/format.js";
import { defineMessages } from "../../core/i18n.js";

export const MERGE = defineMessages("merge", {
  // --- the command ----------------------------------------------------------------------------------------
  cannotMerge: (p: { a: string; b: string; reasons: string }) => ({
    nb: `kan ikke slå sammen ${p.a} og ${p.b}:\n${p.reasons}`,
    en: `cannot merge ${p.a} and ${p.b}:\n${p.reasons}`,
  }),
  resume: (p: { team: string; visitDate: string; decided: number; total: number; saved: string }) => ({
    nb: `Det finnes en påbegynt konsensus for ${p.team} (${formatDate(p.visitDate, "nb")}): ${p.decided} av ${p.total} uenigheter avgjort, sist lagret ${p.saved}. Fortsette den?`,
    en: `There is an unfinished consensus for ${p.team} (${formatDate(p.visitDate, "en")}): ${p.decided} of ${p.total} disagreements decided, last saved ${p.saved}. Continue it?`,
  }),
  interruptedNothingChanged: { nb: "\nAvbrutt; ingenting er endret.", en: "\nInterrupted; nothing was changed." },
  setAside: (p: { file: string }) => ({
    nb: `En tidligere påbegynt konsensus er lagt til side: ${p.file}`,
    en: `An earlier unfinished consensus was set aside: ${p.file}`,
  }),
  answersNotJson: (p: { file: string }) => ({
    nb: `${p.file} er ikke gyldig JSON`,
    en: `${p.file} is not valid JSON`,
  }),
  answersProblems: (p: { file: string }) => ({
    nb: `${p.file} har problemer`,
    en: `${p.file} has problems`,
  }),
  notTerminal: (p: { pending: readonly string[]; answers: string | undefined; example: string; rerun: string }) => {
    const n = p.pending.length;
    return {
      nb: `ikke en terminal, så 'merge' kan ikke spørre: A og B er uenige om ${n} punkt${n === 1 ? "" : "er"} ${p.answers ? `som ${p.answers} ikke avgjør` : "og ingen fil med konsensussvar er gitt"}: ${p.pending.join(", ")}. Avgjør dem i en fil med konsensussvar (--answers <fil>, f.eks. ${p.example}), eller kjør '${p.rerun}' i en terminal`,
      en: `not a terminal, so 'merge' cannot ask: A and B differ on ${n} item${n === 1 ? "" : "s"} ${p.answers ? `${p.answers} does not decide` : "and no consensus answers file was given"}: ${p.pending.join(", ")}. Decide them in a consensus answers file (--answers <file>, e.g. ${p.example}), or run '${p.rerun}' in a terminal`,
    };
  },
  saved: (p: { file: string; rerun: string }) => ({
    nb: `Konsensusen er lagret: ${p.file}\nFortsett med:\n${p.rerun}`,
    en: `The consensus is saved: ${p.file}\nContinue with:\n${p.rerun}`,
  }),
  interrupted: (p: { hint: string }) => ({ nb: `\nAvbrutt. ${p.hint}`, en: `\nInterrupted. ${p.hint}` }),
  keptAs: (p: { file: string; kept: string }) => ({
    nb: `${p.file} fantes fra før og er beholdt som ${p.kept}`,
    en: `${p.file} already existed and is kept as ${p.kept}`,
  }),
  agreedOn: (p: { team: string; a: string; b: string; agreed: number; n: number }) => ({
    nb: `Konsensus for ${p.team}: A (${p.a}) og B (${p.b}) var enige om ${p.agreed} av ${p.n} punkter vurdert av begge.`,
    en: `Consensus for ${p.team}: A (${p.a}) and B (${p.b}) agreed on ${p.agreed} of ${p.n} items rated by both.`,
  }),
  a: { nb: "A", en: "A" },
  b: { nb: "B", en: "B" },
  consensus: { nb: "Konsensus", en: "Consensus" },

  // --- the disagreement screen ----------------------------------------------------------------------------
  notRated: { nb: "ikke vurdert", en: "not rated" },
  fromData: { nb: "dataenes forslag", en: "the data's suggestion" },
  fromOverride: { nb: "overstyrt", en: "override" },
  fromEvaluator: { nb: "evaluator", en: "evaluator" },
  heading: (p: { team: string; visitDate: string }) => ({
    nb: `Konsensus · ${p.team} · besøk ${formatDate(p.visitDate, "nb")}`,
    en: `Consensus · ${p.team} · visit ${formatDate(p.visitDate, "en")}`,
  }),
  position: (p: { index: number; total: number }) => ({
    nb: `uenighet ${p.index} av ${p.total}`,
    en: `disagreement ${p.index} of ${p.total}`,
  }),
  score: { nb: "Skår", en: "Score" },
  colour: { nb: "Farge", en: "Colour" },
  source: { nb: "Kilde", en: "Source" },
  elements: { nb: "Elementer", en: "Elements" },
  reason: { nb: "Begrunnelse", en: "Reason" },
  note: { nb: "Notat", en: "Note" },
  data: { nb: "Data", en: "Data" },
  suggestion: (p: { value: string }) => ({
    nb: `  ◆ Dataenes forslag: ${p.value}`,
    en: `  ◆ The data's suggestion: ${p.value}`,
  }),
  cannotSuggest: (p: { why: string }) => ({
    nb: `Data kan ikke foreslå her: ${p.why}`,
    en: `The data cannot suggest here: ${p.why}`,
  }),
  decided: (p: { rationale: string }) => ({
    nb: `Avgjort: begrunnelse: ${p.rationale}`,
    en: `Decided: rationale: ${p.rationale}`,
  }),

  // --- the walk's prompts ---------------------------------------------------------------------------------
  suggestionTag: { nb: "◆ forslag", en: "◆ suggestion" },
  pick: (p: { id: string }) => ({ nb: `Konsensus for ${p.id}`, en: `Consensus for ${p.id}` }),
  back: { nb: "tilbake", en: "back" },
  saveAndQuit: { nb: "lagre og avslutt", en: "save and quit" },
  keepGiven: { nb: "Enter: behold konsensusen som er gitt", en: "Enter: keep the consensus given" },
  pickScore: { nb: "Velg konsensusskåren (1–5)", en: "Pick the consensus score (1–5)" },
  pickColour: {
    nb: "Velg konsensusfargen (1 grønn, 2 gul, 3 rød)",
    en: "Pick the consensus colour (1 green, 2 yellow, 3 red)",
  },
  rationale: (p: { id: string }) => ({
    nb: `Begrunnelse for konsensus på ${p.id} (påkrevd)`,
    en: `Rationale for the consensus on ${p.id} (required)`,
  }),
  rationaleRequired: {
    nb: "En begrunnelse er påkrevd: hvorfor ble dere enige om dette?",
    en: "A rationale is required: why did you agree on this?",
  },
});
