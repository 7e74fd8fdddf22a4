/** What `fidelity report` says: why a --previous evaluation does not fit, a file it cannot render, the PDF written. */
import { formatDate } from "../../core/format.js";
import { defineMessages } from "../../core/i18n.js";

export const REPORT = defineMessages("report-command", {
  previousOtherScale: (p: { was: string; file: string; now: string }) => ({
    nb: `--previous er en ${p.was}-evaluering, men ${p.file} er ${p.now}: en trend trenger samme instrument`,
    en: `--previous is a ${p.was} evaluation, but ${p.file} is ${p.now}: a trend needs the same instrument`,
  }),
  previousOtherTeam: (p: { was: string; file: string; now: string }) => ({
    nb: `--previous er en evaluering av "${p.was}", men ${p.file} er "${p.now}": en trend sammenligner samme team`,
    en: `--previous is an evaluation of "${p.was}", but ${p.file} is "${p.now}": a trend compares the same team`,
  }),
  previousNotBefore: (p: { was: string; now: string }) => ({
    nb: `--previous er fra ${formatDate(p.was, "nb")}, ikke før dette besøket (${formatDate(p.now, "nb")}): gi den tidligere evalueringen`,
    en: `--previous is from ${p.was}, not before this visit (${p.now}): give the earlier evaluation`,
  }),
  cannotRender: (p: { file: string }) => ({
    nb: `${p.file} kan ikke gjøres om til rapport: dataene er skadet eller fra en annen versjon av fidelity`,
    en: `${p.file} cannot be rendered: its data is damaged or from another version of fidelity`,
  }),
  written: (p: { file: string }) => ({ nb: `Rapport skrevet: ${p.file}`, en: `Report written: ${p.file}` }),
});
