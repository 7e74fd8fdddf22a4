/** The calendar rules in words, for the report's method section and the import's own summary. */
import type { LocalizedText } from "../scale.js";
import { CALENDAR_RULES } from "./describe.messages.js";
import type { CalendarRules } from "./types.js";

export function describeCalendarRules(rules: CalendarRules): LocalizedText {
  return CALENDAR_RULES.text("described", {
    outCategories: rules.outCategories,
    workingDayHours: rules.workingDayHours,
  });
}
