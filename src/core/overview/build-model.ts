/**
 * From the overview's numbers to what oversikt.pdf says, in the run's language. Pure: the same overview and
 * language give the same model (and so the same PDF bytes).
 */
import { batchTimestamp } from "../evaluation.js";
import { formatDateRange, formatNumber, formatPercent } from "../format.js";
import type { Lang } from "../lang.js";
import { allItems, COLOUR_NAMES } from "../scale.js";
import { KEY_METRICS, type KeyMetricId, type MetricTarget, meetsTarget } from "./key-metrics.js";
import type { ColourSection, OverviewCell, OverviewModel, OverviewTable } from "./model.js";
import { colourCounts, inGroups, scaleTitle, sortedGroupTitle, teamLabel, type Words } from "./model-text.js";
import type { ColourOverview, MetricsOverview, Overview } from "./overview.js";
import { OVERVIEW } from "./overview.messages.js";
import { pointsSection } from "./points-section.js";
import { REVIEW_TYPES } from "./review-type.js";
import { roundsSection } from "./rounds-section.js";

export interface OverviewModelOptions {
  lang: Lang;
  /** How the previous round is named (its folder's name), when there is one. */
  previousName?: string;
}

function targetText(id: KeyMetricId, t: MetricTarget | undefined, lang: Lang, w: Words): string {
  if (!t) return w("noTarget");
  const v = (x: number) => metricText(id, x, lang);
  return t.kind === "atLeast" ? `≥ ${v(t.value)}` : t.kind === "atMost" ? `≤ ${v(t.value)}` : `${v(t.min)}–${v(t.max)}`;
}

function metricText(id: KeyMetricId, value: number, lang: Lang): string {
  return id === "utetidPct" || id === "competitiveJobsPct"
    ? formatPercent(value, lang, 1)
    : formatNumber(value, lang, 1);
}

export function buildOverviewModel(o: Overview, options: OverviewModelOptions): OverviewModel {
  const { lang } = options;
  const w = OVERVIEW.in(lang);
  const latest = o.visitDates?.to ?? "2000-01-01";
  return {
    lang,
    creationDate: batchTimestamp(latest),
    title: w("title"),
    pageHeader: w("pageHeader", { teams: o.teams }),
    page: w("page"),
    of: w("of"),
    facts: facts(o, options, w),
    notes: [w("privacy"), w("whoIsCounted")],
    points: o.points.map((p) => pointsSection(p, o, lang, w)),
    colours: o.colours.map((c) => colourSection(c, o, lang, w)),
    metrics: o.metrics.map((m) => ({
      heading: w("metrics", { scale: m.scale.name[lang] }),
      note: w("metricsNote"),
      table: metricsTable(m, o.grouped, lang, w),
    })),
    ...(o.grouped ? { groups: groupsSection(o, lang, w) } : {}),
    ...(o.rounds ? { rounds: roundsSection(o, options, w) } : {}),
  };
}

function facts(o: Overview, options: OverviewModelOptions, w: Words): { label: string; value: string }[] {
  const { lang } = options;
  const out = [
    {
      label: w("factTeams"),
      value: w("teamsLine", { all: o.teams, complete: o.complete, provisional: o.provisional }),
    },
  ];
  const instruments = [
    ...o.points.map((p) => ({ s: p.scale, n: p.rows.length })),
    ...o.colours.map((c) => ({ s: c.scale, n: c.rows.length })),
  ];
  out.push({
    label: w("factInstruments"),
    value: instruments.map((x) => `${scaleTitle(x.s, lang, w)}: ${w("teamCount", { n: x.n })}`).join("; ") || "–",
  });
  if (o.visitDates)
    out.push({ label: w("factVisitDates"), value: formatDateRange(o.visitDates.from, o.visitDates.to, lang) });
  if (o.grouped)
    out.push({
      label: w("factGroups"),
      value: o.groups.map((g) => `${sortedGroupTitle(w, g.group)} (${g.teams + g.failed})`).join(", "),
    });
  const types = REVIEW_TYPES.map((t) => [t, o.groups.reduce((s, g) => s + (g.reviewTypes[t] ?? 0), 0)] as const);
  const given = types.reduce((s, [, n]) => s + n, 0);
  if (given > 0) {
    const parts = types.filter(([, n]) => n > 0).map(([t, n]) => `${w(`reviewType.${t}`)}: ${n}`);
    if (given < o.teams) parts.push(`${w("notGiven")}: ${o.teams - given}`);
    out.push({ label: w("factReviewTypes"), value: parts.join(" · ") });
  }
  if (o.rounds && options.previousName)
    out.push({
      label: w("factPrevious"),
      value: `${options.previousName} (${w("teamCount", { n: o.rounds.previousTeams })})`,
    });
  if (o.failed.length)
    out.push({
      label: w("factNotScored"),
      value: o.failed
        .map((f) => `${f.team}${f.group ? ` (${f.group})` : ""}: ${w(`notScored.${f.failure}`)}`)
        .join("; "),
    });
  return out;
}

function colourSection(c: ColourOverview, o: Overview, lang: Lang, w: Words): ColourSection {
  const points = allItems(c.scale).map((i) => ({ id: i.id, title: i.title[lang] }));
  return {
    heading: w("colourMatrix"),
    note: w("colourMatrixNote"),
    colourNames: COLOUR_NAMES[lang],
    points,
    groups: inGroups(c.rows, o.grouped, w, (r) => ({
      team: teamLabel(r),
      provisional: !r.complete,
      cells: points.map((p) => {
        const v = r.items[p.id];
        return typeof v === "string" ? v : undefined;
      }),
    })),
    countsLabel: w("colourCountsRow"),
    counts: c.points.map((s) => ({ green: s.green, yellow: s.yellow, red: s.red })),
  };
}

function metricsTable(m: MetricsOverview, grouped: boolean, lang: Lang, w: Words): OverviewTable {
  const columns: OverviewTable["columns"] = [
    { header: w("team"), share: 2.4 },
    ...KEY_METRICS.map((id) => ({ header: w(`metric.${id}`), share: 1.15, align: "right" as const })),
  ];
  const rows: OverviewTable["rows"] = [
    {
      cells: [
        { text: w("target"), bold: true },
        ...KEY_METRICS.map((id) => ({ text: targetText(id, m.targets[id], lang, w), bold: true })),
      ],
    },
  ];
  for (const g of inGroups(m.rows, grouped, w, (r) => r)) {
    if (g.title !== undefined) rows.push({ section: g.title });
    for (const r of g.rows)
      rows.push({
        cells: [
          { text: teamLabel(r) },
          ...KEY_METRICS.map((id): OverviewCell => {
            const v = r.metrics[id];
            if (v === undefined) return { text: "" };
            const t = m.targets[id];
            if (!t) return { text: metricText(id, v, lang) };
            const met = meetsTarget(v, t);
            return { text: `${metricText(id, v, lang)}${met ? " ✓" : ""}`, tone: met ? "good" : "bad" };
          }),
        ],
      });
  }
  rows.push({
    cells: [
      { text: w("mean"), bold: true },
      ...KEY_METRICS.map((id) => {
        const x = m.means[id];
        return { text: x ? metricText(id, x.mean, lang) : "", bold: true };
      }),
    ],
  });
  return { columns, rows };
}

function groupsSection(o: Overview, lang: Lang, w: Words): NonNullable<OverviewModel["groups"]> {
  const points = o.points[0];
  const hasColours = o.colours.length > 0;
  const columns: OverviewTable["columns"] = [
    { header: w("group"), share: 1.6 },
    { header: w("teams"), share: 1.2 },
    { header: w("factReviewTypes"), share: 2.2 },
    ...(points
      ? [
          { header: w("meanTotal"), share: 1.3, align: "right" as const },
          { header: w("band"), share: 2.4 },
        ]
      : []),
    ...(hasColours ? [{ header: w("colours"), share: 2 }] : []),
  ];
  const rows = o.groups.map((g) => {
    const types = REVIEW_TYPES.filter((t) => g.reviewTypes[t]).map(
      (t) => `${w(`reviewType.${t}`)}: ${g.reviewTypes[t]}`,
    );
    const given = Object.values(g.reviewTypes).reduce((s, n) => s + (n ?? 0), 0);
    if (given < g.teams && given > 0) types.push(`${w("notGiven")}: ${g.teams - given}`);
    const mean =
      g.totals.mean === undefined ? "–" : `${formatNumber(g.totals.mean, lang, 1)} (${g.totals.min}–${g.totals.max})`;
    const bands = points
      ? [...points.bands]
          .reverse()
          .filter((b) => (g.bands[b.id] ?? 0) > 0)
          .map((b) => `${b.label[lang]}: ${g.bands[b.id]}`)
          .join("\n") || "–"
      : "";
    return {
      cells: [
        { text: sortedGroupTitle(w, g.group), bold: true },
        { text: w("groupTeams", { teams: g.teams, provisional: g.provisional, failed: g.failed }) },
        { text: types.join("\n") || "–" },
        ...(points ? [{ text: mean }, { text: bands }] : []),
        ...(hasColours
          ? [{ text: g.colours.green + g.colours.yellow + g.colours.red ? colourCounts(g.colours, w) : "–" }]
          : []),
      ],
    };
  });
  const metricsColumns: OverviewTable["columns"] = [
    { header: w("group"), share: 2.4 },
    ...KEY_METRICS.map((id) => ({ header: w(`metric.${id}`), share: 1.15, align: "right" as const })),
  ];
  const metricsRows = o.groups.map((g) => ({
    cells: [
      { text: sortedGroupTitle(w, g.group), bold: true },
      ...KEY_METRICS.map((id) => {
        const x = g.metrics[id];
        return { text: x ? metricText(id, x.mean, lang) : "" };
      }),
    ],
  }));
  return {
    heading: w("groupsHeading"),
    table: { columns, rows },
    metricsHeading: w("groupMetrics"),
    metricsTable: { columns: metricsColumns, rows: metricsRows },
  };
}
