/** What `--previous` says when the previous evaluation cannot be used (cli/previous.ts). */
import { defineMessages } from "../core/i18n.js";

export const PREVIOUS = defineMessages("previous", {
  missing: (p: { option: string }) => ({
    nb: `--previous: ${p.option} finnes ikke (oppgi en evalueringsfil eller en mappe med slike)`,
    en: `--previous: ${p.option} does not exist (give an evaluation file or a folder of them)`,
  }),
  doesNotFit: (p: { team: string }) => ({
    nb: `${p.team}: --previous passer ikke`,
    en: `${p.team}: --previous does not fit`,
  }),
  otherScale: (p: { was: string; now: string }) => ({
    nb: `--previous er en ${p.was}-evaluering, men teamet skåres nå med ${p.now}: utviklingen må måles med samme instrument`,
    en: `--previous is a ${p.was} evaluation, but the team is now scored with ${p.now}: a trend needs the same instrument`,
  }),
  notBefore: (p: { was: string; now: string }) => ({
    nb: `--previous er fra ${p.was}, ikke før dette besøket (${p.now}): oppgi den tidligere evalueringen`,
    en: `--previous is from ${p.was}, not before this visit (${p.now}): give the earlier evaluation`,
  }),
  notEarlier: (p: {
    option: string;
    team: string;
    scale: string;
    wasTeam: string;
    wasScale: string;
    wasDate: string;
  }) => ({
    nb: `--previous må være en tidligere evaluering av ${p.team} med ${p.scale}; ${p.option} er av «${p.wasTeam}» (${p.wasScale}) fra ${p.wasDate}`,
    en: `--previous must be an earlier evaluation of ${p.team} with ${p.scale}; ${p.option} is of "${p.wasTeam}" (${p.wasScale}) from ${p.wasDate}`,
  }),
});
