/**
 * The concrete gap between what the team's data shows and what full implementation needs, in the team's own
 * numbers (docs/design.md §7.4): "3,4 kontakter per jobbspesialist per uke; 6 trengs: omtrent 2,6 flere hver uke".
 * Targets are read from the scale file's data rule, never hard-coded; each metric's own words are in its
 * definition (metrics/registry).
 */
import { notAbove, reaches } from "../bands.js";
import { formatNumber as n } from "../format.js";
import { METRICS } from "../metrics/registry/index.js";
import { targetOf } from "../metrics/registry/target.js";
import { listText as list } from "../metrics/registry/text.js";
import type { TeamMetrics } from "../metrics/types.js";
import type { StaffLabel } from "../report/staff.js";
import type { Lang, ScaleItem } from "../scale.js";
import type { DataSuggestion } from "../suggestion.js";

export { FULL_TIME_HOURS_PER_WEEK } from "../metrics/registry/index.js";
export { type Target, targetOf } from "../metrics/registry/target.js";

export function gapText(
  item: ScaleItem,
  suggestion: DataSuggestion | undefined,
  metrics: TeamMetrics | undefined,
  lang: Lang,
  label: StaffLabel,
): string | undefined {
  const target = targetOf(item);
  const value = suggestion?.value;
  if (!target || !metrics || !suggestion || value === undefined || !item.data) return undefined;
  const gap = METRICS[item.data.metric].gap;
  if (!gap) return undefined;
  const t = target.value;
  const meets = target.direction === "higherIsBetter" ? reaches(value, t) : notAbove(value, t);
  const below = (suggestion.perSpecialist ?? []).filter((s) =>
    target.range
      ? !(reaches(s.value, target.range.min) && notAbove(s.value, target.range.max))
      : target.direction === "higherIsBetter"
        ? !reaches(s.value, t)
        : !notAbove(s.value, t),
  );
  const who = list(
    below.map((s) => label(s.specialist)),
    lang,
  );
  const whoWithValues = (unit: string) =>
    list(
      below.map((s) => `${label(s.specialist)} (${n(s.value, lang)}${unit})`),
      lang,
    );
  return gap({
    item,
    suggestion,
    metrics,
    lang,
    target,
    value,
    t,
    meets,
    below,
    who,
    whoWithValues,
  });
}
