/** Utetid (utetid.ts): its counting rule and its warnings about the hours logged. */
import { formatDate, formatNumber } from "../format.js";
import { defineMessages } from "../i18n.js";

export const UTETID = defineMessages("utetid", {
  rule: {
    nb: "Utetid per jobbspesialist = Σ timer ute / Σ timer totalt i vinduet (ukerader telles i blokken der ukens mandag ligger). En blokk uten registrerte timer er fravær. Teamverdien er snittet av jobbspesialistenes prosenter.",
    en: "Utetid per specialist = Σ hours out / Σ total hours in the window (weekly rows count in the block holding the week's Monday). A block with no hours logged is an absent block. The team value is the mean of the specialists' percentages.",
  },
  /** `date` (ISO) is the day for daily rows; for weekly rows, `year` and `week` name the ISO week. */
  implausibleHours: (p: { hours: number; day: boolean; date: string; year: number; week: number; rows: boolean }) => {
    const ww = String(p.week).padStart(2, "0");
    return {
      nb: `${formatNumber(p.hours, "nb", 2)} timer registrert på én ${p.day ? `dag (${formatDate(p.date, "nb")})` : `uke (uke ${p.week}, ${p.year})`} – sjekk ${p.rows ? "radene" : "raden"}`,
      en: `${formatNumber(p.hours, "en", 2)} hours logged in one ${p.day ? `day (${formatDate(p.date, "en")})` : `week (${p.year}-W${ww})`} – check the ${p.rows ? "rows" : "row"}`,
    };
  },
  noHoursInWindow: (p: { weeks: number }) => ({
    nb: `Har utetidsrader i vinduet, men 0 timer totalt i alle ${p.weeks} ukene: regnes som fraværende hele vinduet.`,
    en: `Has utetid rows in the window but 0 total hours in all ${p.weeks} weeks: counted as absent for the whole window.`,
  }),
  dailyAndWeeklyRows: {
    nb: "Har både dagsrader og ukerader i vinduet; sjekk at timene ikke er ført to ganger.",
    en: "Has both daily and weekly rows in the window; check the hours are not logged twice.",
  },
});
