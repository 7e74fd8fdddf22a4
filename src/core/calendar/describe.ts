/** The calendar rules in words, for the report's method section and the import's own summary. */
import { formatNumber } from "../format.js";
import type { LocalizedText } from "../scale.js";
import type { CalendarRules } from "./types.js";

function list(items: readonly string[], or: string): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${or} ${items[items.length - 1]}`;
}

export function describeCalendarRules(rules: CalendarRules): LocalizedText {
  const hoursNb = formatNumber(rules.workingDayHours, "nb", 2);
  const hoursEn = formatNumber(rules.workingDayHours, "en", 2);
  const nb = list(rules.outCategories, "eller");
  const en = list(rules.outCategories, "or");
  return {
    nb: `Utetid er hentet fra kalendereksporter (fidelity import kalender): tid ute er hendelser med kategorien ${nb}, i norsk tid, med overlapp telt én gang og delt ved midnatt. En hverdag teller ${hoursNb} timer (tiden ute når den er lengre), lørdag og søndag bare med tid ute; en dag med heldagshendelse eller fravær (OOF) og uten tid ute er fraværsdag.`,
    en: `Utetid was taken from calendar exports (fidelity import kalender): time out is events with the category ${en}, in Norwegian time, overlaps counted once and split at midnight. A weekday counts ${hoursEn} hours (the time out when that is longer), Saturday and Sunday only with time out; a day with an all-day or out-of-office (OOF) event and no time out is an absent day.`,
  };
}
