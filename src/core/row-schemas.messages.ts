/** Problems with one row of a CSV export (each starts with the column it is about). */
import { defineMessages, type Text } from "./i18n.js";

export const ROW = defineMessages("row", {
  cell: (p: { column: string; problem: Text }) => ({
    nb: `${p.column}: ${p.problem.nb}`,
    en: `${p.column}: ${p.problem.en}`,
  }),
  missingValue: (p: { column: string }) => ({ nb: `${p.column}: mangler verdi`, en: `${p.column}: missing value` }),
  missingDateOrWeek: (p: { column: string }) => ({
    nb: `${p.column}: mangler verdi (en dato i dato, eller en uke i uke)`,
    en: `${p.column}: missing value (a date in dato, or a week in uke)`,
  }),
  dateNotInWeek: (p: { date: string; week: string }) => ({
    nb: `dato (${p.date}) er ikke i uke ${p.week}: hvilken periode gjelder radens timer?`,
    en: `dato (${p.date}) is not in uke ${p.week}: which period do the row's hours cover?`,
  }),
  tooManyHours: (p: { column: string; value: string; hours: number; period: "day" | "week" }) => ({
    nb: `${p.column} (${p.value}) er mer enn ${p.hours} timer på ${p.period === "day" ? "ett døgn" : "én uke"}`,
    en: `${p.column} (${p.value}) is more than ${p.hours} hours in one ${p.period}`,
  }),
  outOverTotal: (p: { out: string; total: string }) => ({
    nb: `timer_ute (${p.out}) er større enn timer_totalt (${p.total})`,
    en: `timer_ute (${p.out}) is greater than timer_totalt (${p.total})`,
  }),
  endBeforeStart: (p: { end: string; endValue: string; start: string; startValue: string }) => ({
    nb: `${p.end} (${p.endValue}) er før ${p.start} (${p.startValue})`,
    en: `${p.end} (${p.endValue}) is before ${p.start} (${p.startValue})`,
  }),
  fteDisagrees: (p: { fte: string; specialist: string; first: string; firstSpelt?: string; line: number }) => ({
    nb: `stillingsprosent: ${p.fte} for ${p.specialist} stemmer ikke med ${p.first}${p.firstSpelt === undefined ? "" : ` for ${p.firstSpelt}`} på linje ${p.line}`,
    en: `stillingsprosent: ${p.fte} for ${p.specialist} disagrees with ${p.first}${p.firstSpelt === undefined ? "" : ` for ${p.firstSpelt}`} on line ${p.line}`,
  }),
});
