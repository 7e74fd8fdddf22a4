/** Problems with a team folder as a whole: several files of one kind, a multi-team export's team column. */
import { defineMessages, type Lang } from "../core/i18n.js";

/** `a, b and c` / `a, b og c`. */
export function listWith(items: readonly string[], word: { nb: string; en: string }, lang: Lang): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${word[lang]} ${items[items.length - 1]}`;
}

export const TEAM_FOLDER = defineMessages("team-folder", {
  and: { nb: "og", en: "and" },
  or: { nb: "eller", en: "or" },
  severalFiles: (p: { kind: string; list: string }) => ({
    nb: `mer enn én ${p.kind}-fil i mappen (${p.list}): behold bare én`,
    en: `more than one ${p.kind} file in the folder (${p.list}): keep only one`,
  }),
  noTeamColumn: (p: { listing: string }) => ({
    nb: `ingen team-kolonne, men mappen er en eksport med flere team (${p.listing}): legg til en team-kolonne`,
    en: `no team column, but the folder is a multi-team export (${p.listing}): add a team column`,
  }),
  teamMissing: (p: { listing: string }) => ({
    nb: `team: mangler verdi (mappen er en eksport med flere team: ${p.listing})`,
    en: `team: missing value (the folder is a multi-team export: ${p.listing})`,
  }),
  rowsIn: (p: { file: string; rows: number; line?: number }) => ({
    nb: `${p.file} (${p.rows} ${p.rows === 1 ? "rad" : "rader"}${p.line === undefined ? "" : `, først på linje ${p.line}`})`,
    en: `${p.file} (${p.rows} ${p.rows === 1 ? "row" : "rows"}${p.line === undefined ? "" : `, first on line ${p.line}`})`,
  }),
  misspeltTeam: (p: {
    name: string;
    has: { nb: string; en: string };
    lacks: { nb: string; en: string };
    close: string[];
  }) => ({
    nb: `teamet "${p.name}" har rader bare i ${p.has.nb}, ikke i ${p.lacks.nb}: et feilstavet teamnavn?${p.close.length === 0 ? "" : ` (ligner ${p.close.map((n) => `"${n}"`).join(" eller ")})`}`,
    en: `team "${p.name}" has rows only in ${p.has.en}, not in ${p.lacks.en}: a misspelt team name?${p.close.length === 0 ? "" : ` (close to ${p.close.map((n) => `"${n}"`).join(" or ")})`}`,
  }),
  answersMatchNoTeam: (p: { teams: string }) => ({
    nb: `passer ikke med noe team i eksporten (teamene: ${p.teams})`,
    en: `matches no team in the export (teams: ${p.teams})`,
  }),
});
