/** Locks on a wizard session and on a score output folder (lock.ts). */
import { defineMessages, type Text } from "../core/i18n.js";

export const LOCK = defineMessages("lock", {
  sessionHeld: (p: { path: string; holder: Text }) => ({
    nb: `Økten ${p.path} er åpen i en annen veiviser (${p.holder.nb}). To veivisere på samme økt ville skrevet over hverandres svar: fullfør eller avslutt den andre (q), og prøv igjen.`,
    en: `The session ${p.path} is open in another wizard (${p.holder.en}). Two wizards on one session would overwrite each other's answers: finish or quit the other one (q), then try again.`,
  }),
  outHeld: (p: { path: string; holder: Text }) => ({
    nb: `Utmappen ${p.path} brukes av en annen kjøring av fidelity score (${p.holder.nb}). To kjøringer i samme mappe ville blandet filene: vent til den er ferdig, eller velg en annen --out.`,
    en: `The output folder ${p.path} is in use by another run of fidelity score (${p.holder.en}). Two runs in one folder would mix their files: wait until it is done, or choose another --out.`,
  }),
  holder: (p: { pid: number; host: string; since: string }) => ({
    nb: `prosess ${p.pid} på ${p.host}, startet ${p.since}`,
    en: `process ${p.pid} on ${p.host}, started ${p.since}`,
  }),
  /** The holder when the lock file cannot be read (being written, or damaged). */
  unknownHolder: { nb: "ukjent prosess", en: "unknown process" },
  staleHint: (p: { lock: string }) => ({
    nb: `Hvis den andre ikke lenger kjører (maskinen krasjet), slett ${p.lock}.`,
    en: `If the other one no longer runs (its machine crashed), delete ${p.lock}.`,
  }),
});
