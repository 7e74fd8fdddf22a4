/** Scoring one team: the defaults it is scored with, and why it cannot be. */
import { defineMessages, type Text } from "../core/i18n.js";

const list = (items: readonly Text[], lang: "nb" | "en") => items.map((i) => i[lang]).join(", ");
const flags = (names: readonly string[], and: string) =>
  names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} ${and} ${names[names.length - 1]}`;

export const TEAM_EVAL = defineMessages("teamEvaluation", {
  unknownScale: (p: { team: string }) => ({
    nb: `${p.team}: team.json oppgir en ukjent skala`,
    en: `${p.team}: team.json names an unknown scale`,
  }),
  scaleProblem: (p: { problem: Text }) => ({ nb: `scale: ${p.problem.nb}`, en: `scale: ${p.problem.en}` }),
  teamName: (p: { name: string }) => ({
    nb: `lagnavnet «${p.name}» (mappens navn)`,
    en: `the team name "${p.name}" (the folder's name)`,
  }),
  defaultScale: { nb: "skalaen ips-25 (standard)", en: "the ips-25 scale (the default)" },
  today: (p: { nb: string; en: string }) => ({
    nb: `besøksdatoen ${p.nb} (i dag)`,
    en: `the visit date ${p.en} (today)`,
  }),
  /** `flags`: only the options that would give what is missing (none for the team name). */
  teamJsonLeavesOut: (p: { used: readonly Text[]; flags: readonly string[] }) => ({
    nb: `team.json oppgir ikke alt: bruker ${list(p.used, "nb")} – skriv det i team.json${p.flags.length ? ` eller gi ${flags(p.flags, "og")}` : ""}`,
    en: `team.json leaves things out: using ${list(p.used, "en")} – write them in team.json${p.flags.length ? ` or give ${flags(p.flags, "and")}` : ""}`,
  }),
  noTeamJson: (p: { used: readonly Text[]; flags: readonly string[] }) => ({
    nb: `ingen team.json: bruker ${list(p.used, "nb")} – lag en team.json (fidelity init)${p.flags.length ? ` eller gi ${flags(p.flags, "og")}` : ""}`,
    en: `no team.json: using ${list(p.used, "en")} – write a team.json (fidelity init)${p.flags.length ? ` or give ${flags(p.flags, "and")}` : ""}`,
  }),
  otherScale: (p: { other: string; scale: string }) => ({
    nb: `punktene i svarfilen hører til skalaen ${p.other}, men laget vurderes etter ${p.scale}: gi --scale ${p.other}, eller skriv "scale": "${p.other}" i team.json`,
    en: `the items in the answers file belong to the ${p.other} scale, but the team is scored on ${p.scale}: give --scale ${p.other}, or write "scale": "${p.other}" in team.json`,
  }),
  dataProblems: (p: { team: string; n: number }) => ({
    nb: `${p.team}: teamets data har ${p.n} ${p.n === 1 ? "problem" : "problemer"}`,
    en: `${p.team}: the team's data has ${p.n} problem${p.n === 1 ? "" : "s"}`,
  }),
  answersProblems: (p: { team: string; n: number }) => ({
    nb: `${p.team}: svarene har ${p.n} ${p.n === 1 ? "problem" : "problemer"}`,
    en: `${p.team}: the answers have ${p.n} problem${p.n === 1 ? "" : "s"}`,
  }),
});
