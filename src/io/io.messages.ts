/** Reading and writing files: what is said when the file system says no. */
import { defineMessages } from "../core/i18n.js";

export const IO = defineMessages("io", {
  noSuchPath: { nb: "finnes ikke (ingen slik fil eller mappe)", en: "no such file or folder" },
  permissionDenied: { nb: "ingen tilgang", en: "permission denied" },
  notAFolder: { nb: "ikke en mappe", en: "not a folder" },
  cannotReadCode: (p: { code: string }) => ({ nb: `kan ikke leses (${p.code})`, en: `cannot read (${p.code})` }),
  didYouMean: (p: { name: string }) => ({ nb: ` – mente du ${p.name}?`, en: ` – did you mean ${p.name}?` }),
  pathProblem: (p: { path: string; problem: string }) => ({
    nb: `${p.path}: ${p.problem}`,
    en: `${p.path}: ${p.problem}`,
  }),
  cannotWrite: (p: { path: string; code: string }) => ({
    nb: `kan ikke skrive ${p.path}: ${p.code}`,
    en: `cannot write ${p.path}: ${p.code}`,
  }),
  cannotReadFile: (p: { path: string; code: string }) => ({
    nb: `${p.path}: kan ikke lese filen (${p.code})`,
    en: `${p.path}: cannot read the file (${p.code})`,
  }),
  cannotReadFolder: (p: { path: string; code: string }) => ({
    nb: `${p.path}: kan ikke lese mappen (${p.code})`,
    en: `${p.path}: cannot read the folder (${p.code})`,
  }),
  doesNotExist: (p: { path: string }) => ({ nb: `${p.path} finnes ikke`, en: `${p.path} does not exist` }),
  cannotRead: (p: { path: string; code: string }) => ({
    nb: `kan ikke lese ${p.path}: ${p.code}`,
    en: `cannot read ${p.path}: ${p.code}`,
  }),
  cannotReadScale: (p: { path: string; code: string }) => ({
    nb: `kan ikke lese skalafilen ${p.path}: ${p.code}`,
    en: `cannot read scale file ${p.path}: ${p.code}`,
  }),
  scaleNotRegular: (p: { path: string }) => ({
    nb: `kan ikke lese skalafilen ${p.path}: det er ikke en vanlig fil`,
    en: `cannot read scale file ${p.path}: it is not a regular file`,
  }),
  scaleTooLarge: (p: { path: string; mb: number }) => ({
    nb: `kan ikke lese skalafilen ${p.path}: den er på ${p.mb} MB, større enn en skalafil kan være`,
    en: `cannot read scale file ${p.path}: it is ${p.mb} MB, larger than a scale file can be`,
  }),
  notJson: (p: { path: string }) => ({ nb: `${p.path} er ikke gyldig JSON`, en: `${p.path} is not valid JSON` }),
  notScaleFile: (p: { path: string }) => ({
    nb: `${p.path} er ikke en gyldig skalafil`,
    en: `${p.path} is not a valid scale file`,
  }),
  notTeamFile: (p: { path: string; expected: string }) => ({
    nb: `${p.path}: ikke en teamfil (ventet en av ${p.expected})`,
    en: `${p.path}: not a team file (expected one of ${p.expected})`,
  }),
});
