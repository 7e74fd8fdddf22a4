/** Warnings about FTE (stillingsprosent) values: team.json, the caseload rows, and the two against each other (fte.ts). */
import { formatNumber } from "../format.js";
import { defineMessages, type Lang } from "../i18n.js";

const pct = (f: number, lang: Lang) => `${formatNumber(f * 100, lang, 1)} %`;

export const FTE = defineMessages("fte", {
  invalidInTeamJson: (p: { raw: number }) => ({
    nb: `Stillingsprosent ${formatNumber(p.raw, "nb", 3)} i team.json kan ikke brukes; den ignoreres.`,
    en: `FTE ${formatNumber(p.raw, "en", 3)} in team.json cannot be used; it is ignored.`,
  }),
  unknownSpecialist: {
    nb: "team.json har stillingsprosent for en jobbspesialist som ikke finnes i dataene.",
    en: "team.json gives an FTE for a specialist who does not appear in the data.",
  },
  invalidOnRow: {
    nb: "Stillingsprosenten på denne raden kan ikke brukes; den ignoreres.",
    en: "The FTE on this row cannot be used; it is ignored.",
  },
  /** `values`: each FTE (a fraction) with the lines that carry it, in file order; `used` is the first. */
  rowsDisagree: (p: { values: { fte: number; lines: number[] }[]; used: number }) => {
    const list = (lang: Lang, line: string) =>
      p.values.map((v) => `${pct(v.fte, lang)} (${line} ${v.lines.join(", ")})`).join("; ");
    return {
      nb: `Stillingsprosenten er ulik på porteføljeradene: ${list("nb", "linje")}. Brukt: ${pct(p.used, "nb")}, den første i filen. Oppgi riktig verdi i team.json.`,
      en: `The FTE differs between caseload rows: ${list("en", "line")}. Used: ${pct(p.used, "en")}, the first in the file. Give the right value in team.json.`,
    };
  },
  teamJsonDiffers: (p: { team: number; caseload: number }) => ({
    nb: `team.json sier ${pct(p.team, "nb")}, porteføljen ${pct(p.caseload, "nb")}; team.json brukes.`,
    en: `team.json says ${pct(p.team, "en")}, the caseload ${pct(p.caseload, "en")}; team.json is used.`,
  }),
});
