/** The calendar rules in words (describe.ts), for the report's method section and the import's own summary. */
import { formatNumber } from "../format.js";
import { defineMessages } from "../i18n.js";

function list(items: readonly string[], or: string): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${or} ${items[items.length - 1]}`;
}

export const CALENDAR_RULES = defineMessages("calendar-rules", {
  /** `outCategories`: the categories that make time out; `workingDayHours`: what a weekday counts. */
  described: (p: { outCategories: readonly string[]; workingDayHours: number }) => ({
    nb: `Utetid er hentet fra kalendereksporter (fidelity import kalender): tid ute er hendelser med kategorien ${list(p.outCategories, "eller")}, i norsk tid, med overlapp telt én gang og delt ved midnatt. En hverdag teller ${formatNumber(p.workingDayHours, "nb", 2)} timer (tiden ute når den er lengre), lørdag og søndag bare med tid ute; en dag med heldagshendelse eller fravær (OOF) og uten tid ute er fraværsdag.`,
    en: `Utetid was taken from calendar exports (fidelity import kalender): time out is events with the category ${list(p.outCategories, "or")}, in Norwegian time, overlaps counted once and split at midnight. A weekday counts ${formatNumber(p.workingDayHours, "en", 2)} hours (the time out when that is longer), Saturday and Sunday only with time out; a day with an all-day or out-of-office (OOF) event and no time out is an absent day.`,
  }),
});
