/** What `fidelity evaluate` says around the wizard: sessions found, set aside or saved, files in the way, the end. */
import { defineMessages, type Text } from "../../core/i18n.js";

export const EVALUATE = defineMessages("evaluate", {
  interruptedBeforeStart: {
    nb: "\nAvbrutt før vurderingen startet; ingenting er lagret.",
    en: "\nInterrupted before the evaluation started; nothing was saved.",
  },
  unfinishedFound: (p: { name: string; date: string; rated: number; saved: string; declined: string }) => ({
    nb: `Det finnes en påbegynt vurdering av ${p.name} for ${p.date} (${p.rated} ${p.rated === 1 ? "punkt" : "punkter"} vurdert, sist lagret ${p.saved}). Fortsette den?${p.declined}`,
    en: `There is an unfinished evaluation of ${p.name} for ${p.date} (${p.rated} ${p.rated === 1 ? "item" : "items"} rated, last saved ${p.saved}). Continue it?${p.declined}`,
  }),
  oldSessionSetAside: (p: { file: string }) => ({
    nb: `Den gamle økten er lagt til side: ${p.file}`,
    en: `The old session was set aside: ${p.file}`,
  }),
  declinedReopens: {
    nb: " (Nei: åpne den ferdige vurderingen igjen – den påbegynte beholdes med nytt navn)",
    en: " (No: reopen the finished evaluation – the unfinished one is kept under a new name)",
  },
  dataNotBeside: (p: { file: string; nbCommand: string; enCommand: string }) => ({
    nb: `Teamets data ligger ikke ved ${p.file}, så tellereglene kan ikke endres, og notater kan ikke sjekkes mot deltakernes id-er. Gi teammappen for å kunne det: ${p.nbCommand}`,
    en: `The team's data is not next to ${p.file}, so the counting rules cannot be changed and notes cannot be checked against the participants' ids. Give the team folder to allow it: ${p.enCommand}`,
  }),
  previousFound: (p: { date: string }) => ({
    nb: `Forrige evaluering (${p.date}) er funnet: handlingsplanen derfra følges opp før rapporten skrives, og rapporten viser utviklingen.`,
    en: `The previous evaluation (${p.date}) was found: its action plan is followed up before the report is written, and the report shows the change.`,
  }),
  finishedFound: (p: { name: string; date: string; file: string; saved: string }) => ({
    nb: `${p.name} har allerede en ferdig vurdering for ${p.date} (${p.file}, lagret ${p.saved}). Åpne den igjen? (Nei: start på nytt – den gamle beholdes med nytt navn)`,
    en: `${p.name} already has a finished evaluation for ${p.date} (${p.file}, saved ${p.saved}). Reopen it? (No: start over – the old one is kept under a new name)`,
  }),
  finishedKeptAs: (p: { file: string }) => ({
    nb: `Den ferdige vurderingen er beholdt som ${p.file}`,
    en: `The finished evaluation is kept as ${p.file}`,
  }),
  fileInTheWay: (p: { file: string; other: string }) => ({
    nb: `${p.file} finnes fra før (${p.other}). Den overskrives ikke: når denne vurderingen skrives, får den gamle et nytt navn.`,
    en: `${p.file} already exists (${p.other}). It is not overwritten: when this evaluation is written, the old one gets a new name.`,
  }),
  sessionSaved: (p: { file: string; command: string }) => ({
    nb: `Økten er lagret: ${p.file}\nFortsett med:\n${p.command}`,
    en: `The session is saved: ${p.file}\nContinue with:\n${p.command}`,
  }),
  interrupted: { nb: "Avbrutt.", en: "Interrupted." },
  writing: { nb: "Skriver evaluering og rapport …", en: "Writing the evaluation and the report …" },
  keptAs: (p: { file: string; kept: string }) => ({
    nb: `${p.file} fantes fra før og er beholdt som ${p.kept}`,
    en: `${p.file} already existed and is kept as ${p.kept}`,
  }),
  done: { nb: "Ferdig.", en: "Done." },
  fileHolds: (p: { team: string; date: string; complete: boolean; saved: string }) => ({
    nb: `${p.team}, besøk ${p.date}, ${p.complete ? "lagret" : "ikke ferdig, sist lagret"} ${p.saved}`,
    en: `${p.team}, visit ${p.date}, ${p.complete ? "saved" : "unfinished, last saved"} ${p.saved}`,
  }),
  notAnEvaluation: { nb: "kan ikke leses som en evaluering", en: "cannot be read as an evaluation" },
  prefilled: (p: { n: number }) => ({
    nb: `${p.n} svar, fylt inn på forhånd`,
    en: `${p.n} answers, filled in beforehand`,
  }),
  filesChanged: {
    nb: "Filene i teammappen er endret siden økten startet. Økten beholder dataene den startet med; start en ny vurdering for å bruke de nye.",
    en: "The files in the team folder changed since the session started. The session keeps the data it started with; start a new evaluation to use the new files.",
  },
  folderGone: (p: { dir: string }) => ({
    nb: `Teammappen ${p.dir} finnes ikke lenger; økten bruker dataene den startet med, og tellereglene kan ikke endres.`,
    en: `The team folder ${p.dir} is gone; the session uses the data it started with, and the counting rules cannot be changed.`,
  }),
  filesHaveProblems: {
    nb: "Filene i teammappen har feil nå; økten bruker dataene den startet med, og tellereglene kan ikke endres.",
    en: "The files in the team folder have problems now; the session uses the data it started with, and the counting rules cannot be changed.",
  },

  resumeNeedsTerminal: (p: { file: string }) => ({
    nb: `--resume trenger en terminal for å stille de gjenstående spørsmålene (stdin eller skjermen er ikke en terminal); økten ${p.file} er uendret`,
    en: `--resume needs a terminal to ask the remaining questions (stdin or the screen is not a terminal); the session ${p.file} is unchanged`,
  }),
  setupProblems: (p: { dir: string }) => ({
    nb: `${p.dir}: svarene eller team.json har feil`,
    en: `${p.dir}: the answers or team.json have problems`,
  }),
  answersMissItems: (p: { file: string; ids: readonly string[] }) => ({
    nb: `${p.file} vurderer ikke ${p.ids.length} punkt${p.ids.length === 1 ? "" : "er"}: ${p.ids.join(", ")}`,
    en: `${p.file} does not rate ${p.ids.length} item${p.ids.length === 1 ? "" : "s"}: ${p.ids.join(", ")}`,
  }),
  noAnswersFile: (p: { ids: readonly string[] }) => ({
    nb: `teammappen har ingen svarfil (vurderinger.json), og ${p.ids.length} punkter trenger en evaluator: ${p.ids.join(", ")}`,
    en: `the team folder has no answers file (vurderinger.json), and ${p.ids.length} items need an evaluator: ${p.ids.join(", ")}`,
  }),
  reopenFinished: (p: { file: string; command: string }) => ({
    nb: `. En ferdig evaluering av dette besøket ligger i ${p.file}; for å åpne den igjen, kjør i en terminal:\n  ${p.command}`,
    en: `. A finished evaluation of this visit is in ${p.file}; to reopen it, run in a terminal:\n  ${p.command}`,
  }),
  /**
   * Not a terminal and the evaluation file differs from this scoring: it is kept. `there`: what the file holds
   * (fileHolds); `from`: the answers file, or none (the team folder); the commands to reopen it or write elsewhere.
   */
  differsNotOverwritten: (p: {
    file: string;
    there: Text;
    from: string | undefined;
    reopen: string;
    resume: string;
    evaluateElsewhere: string;
    scoreElsewhere: string;
  }) => {
    const commands = (l: string) =>
      `  ${p.reopen}\n  ${p.resume}\n${l}\n  ${p.evaluateElsewhere}\n  ${p.scoreElsewhere}`;
    return {
      nb: `${p.file} har allerede en evaluering (${p.there.nb}) som er ulik det ${p.from ?? "teammappen"} gir; den ble ikke overskrevet (ikke en terminal, så 'evaluate' kan ikke spørre).\nFor å åpne den igjen og fortsette i veiviseren, kjør en av disse i en terminal:\n${commands("For en ny skåring fra svarfilen, skriv den et annet sted:")}`,
      en: `${p.file} already holds an evaluation (${p.there.en}) that differs from what ${p.from ?? "the team folder"} gives; it was not overwritten (not a terminal, so 'evaluate' cannot ask).\nTo reopen it and go on in the wizard, run one of these in a terminal:\n${commands("For a fresh scoring from the answers file, write it elsewhere:")}`,
    };
  },
  notTerminal: (p: { what: Text; command: string; reopen: Text | undefined }) => ({
    nb: `ikke en terminal, så 'evaluate' kan ikke spørre: ${p.what.nb}. Vurder dem i svarfilen, eller kjør '${p.command}' i en terminal${p.reopen?.nb ?? ""}`,
    en: `not a terminal, so 'evaluate' cannot ask: ${p.what.en}. Rate them in the answers file, or run '${p.command}' in a terminal${p.reopen?.en ?? ""}`,
  }),
});
