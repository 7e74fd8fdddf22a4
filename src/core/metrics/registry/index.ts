/**
 * The metric registry: one definition per metric id, each in its own file. The data items, the improvement
 * notes' gap text, the report's charts and the counting rules shown for an instrument are all loops over
 * this table, so adding a metric is its id in `METRIC_IDS` (core/scale.ts), one file here, one line below,
 * and the scale JSON that scores it; the compiler names every part still missing (docs/design.md, "Adding a
 * metric").
 */
import type { MetricId, Scale } from "../../scale.js";
import { allItems } from "../../scale.js";
import { caseloadPerFte } from "./caseload-per-fte.js";
import { competitiveJobsPct } from "./competitive-jobs-pct.js";
import { daysToFirstEmployerContact } from "./days-to-first-employer-contact.js";
import type { MetricDefinition } from "./definition.js";
import { employerContactsPerWeek } from "./employer-contacts-per-week.js";
import { employerDiversityPct } from "./employer-diversity-pct.js";
import { followUpSixMonthsPct } from "./follow-up-six-months-pct.js";
import { jobTypeDiversityPct } from "./job-type-diversity-pct.js";
import { utetidPct } from "./utetid-pct.js";

export type * from "./definition.js";
export { FULL_TIME_HOURS_PER_WEEK } from "./utetid-pct.js";

/** Every metric, keyed by id. The key order is the report's chart order. */
export const METRICS: { readonly [Id in MetricId]: MetricDefinition<Id> } = {
  utetidPct,
  employerContactsPerWeek,
  caseloadPerFte,
  daysToFirstEmployerContact,
  jobTypeDiversityPct,
  employerDiversityPct,
  competitiveJobsPct,
  followUpSixMonthsPct,
};

/** The definitions in table order. */
export const METRIC_LIST: readonly MetricDefinition[] = Object.values(METRICS);

/** The metric's definition. */
export function metricDefinition(id: MetricId): MetricDefinition {
  return METRICS[id];
}

/** The metrics a scale's data items are scored on. */
export function usedMetrics(scale: Scale): Set<MetricId> {
  return new Set(allItems(scale).flatMap((i) => (i.data ? [i.data.metric] : [])));
}
