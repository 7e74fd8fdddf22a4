/**
 * The overview's section for a scale scored in points (IPS-25): the distribution of totals, the teams per
 * band, the heatmap of every team's items and the table of items — each beside the previous round when there
 * is one.
 */
import { formatNumber, formatPercent } from "../format.js";
import type { Lang } from "../lang.js";
import { allItems } from "../scale.js";
import type { OverviewTable, PointsSection } from "./model.js";
import { inGroups, scaleTitle, signed, teamLabel, totalText, type Words } from "./model-text.js";
import type { Overview, PointsOverview } from "./overview.js";

export function pointsSection(p: PointsOverview, o: Overview, lang: Lang, w: Words): PointsSection {
  const titles = new Map(allItems(p.scale).map((i) => [i.id, i.title[lang]]));
  return {
    heading: scaleTitle(p.scale, lang, w),
    name: p.scale.name[lang],
    distribution: distribution(p, lang, w),
    bandTable: bandTable(p, lang, w),
    heatmap: heatmap(p, o, w, titles),
    items: itemsTable(p, lang, w, titles),
  };
}

const percentOrDash = (x: number | undefined, lang: Lang) => (x === undefined ? "–" : formatPercent(x, lang, 0));

/** The totals' histogram over the scale's bands, with the previous round's bars. */
function distribution(p: PointsOverview, lang: Lang, w: Words): PointsSection["distribution"] {
  const n = allItems(p.scale).length;
  const prev = p.previous;
  const fmt1 = (x: number | undefined) => (x === undefined ? "–" : formatNumber(x, lang, 1));
  const caption =
    p.totals.n > 0
      ? w("distributionCaption", {
          n: p.totals.n,
          mean: fmt1(p.totals.mean),
          min: fmt1(p.totals.min),
          max: fmt1(p.totals.max),
          provisional: p.provisional,
        })
      : w("noTotals", { provisional: p.provisional });
  return {
    heading: w("distribution"),
    lowest: n,
    highest: 5 * n,
    bins: p.histogram.map((b, i) => ({
      ...b,
      ...(prev ? { previous: prev.histogram[i]?.count ?? 0 } : {}),
    })),
    bands: [...p.scale.bands]
      .sort((a, b) => a.min - b.min)
      .map((b) => ({ label: b.label[lang], min: b.min, max: b.max })),
    xLabel: w("total"),
    yLabel: w("factTeams"),
    ...(prev ? { legend: { now: w("now"), previous: w("previousRound") } } : {}),
    caption,
  };
}

/** Teams per band, highest band first. */
function bandTable(p: PointsOverview, lang: Lang, w: Words): OverviewTable {
  const prev = p.previous;
  const pct = (x: number | undefined) => percentOrDash(x, lang);
  const columns: OverviewTable["columns"] = [
    { header: w("band"), share: 3 },
    { header: w("total"), share: 1.5, align: "right" },
    { header: w("teams"), share: 1, align: "right" },
    { header: w("share"), share: 1, align: "right" },
    ...(prev
      ? [
          { header: w("previousTeams"), share: 1.3, align: "right" as const },
          { header: w("previousShare"), share: 1.3, align: "right" as const },
        ]
      : []),
  ];
  const rows = [...p.bands].reverse().map((b) => {
    const before = prev?.bands.find((x) => x.id === b.id);
    return {
      cells: [
        { text: b.label[lang], bold: true },
        { text: `${b.min}–${b.max}` },
        { text: String(b.count) },
        { text: pct(b.pct) },
        ...(prev
          ? [
              { text: String(before?.count ?? 0), muted: true },
              { text: pct(before?.pct), muted: true },
            ]
          : []),
      ],
    };
  });
  return { columns, rows };
}

/** Every team's item scores, by group. */
function heatmap(p: PointsOverview, o: Overview, w: Words, titles: Map<string, string>): PointsSection["heatmap"] {
  const order = p.items.map((i) => i.id);
  return {
    heading: w("heatmap"),
    note: w("heatmapNote"),
    totalHeader: w("total"),
    items: order.map((id) => ({ id, title: titles.get(id) ?? id })),
    groups: inGroups(p.rows, o.grouped, w, (r) => ({
      team: teamLabel(r),
      provisional: !r.complete,
      total: totalText(r),
      cells: order.map((id) => {
        const v = r.items[id];
        return typeof v === "number" ? v : undefined;
      }),
    })),
  };
}

/** Per item: teams, mean, the shares at 4 or more, at 3 and below 3, and the change since the previous round. */
function itemsTable(p: PointsOverview, lang: Lang, w: Words, titles: Map<string, string>): PointsSection["items"] {
  const prev = p.previous;
  const pct = (x: number | undefined) => percentOrDash(x, lang);
  return {
    heading: w("items"),
    note: w("itemsNote"),
    columns: {
      id: w("itemId"),
      item: w("item"),
      teams: w("teams"),
      mean: w("mean"),
      atLeast4: w("atLeast4"),
      three: w("three"),
      below3: w("below3"),
      ...(prev ? { change: w("change") } : {}),
    },
    rows: p.items.map((s) => {
      const before = prev?.items.get(s.id);
      const change =
        prev && s.mean !== undefined && before?.mean !== undefined ? signed(s.mean - before.mean, lang, 2) : "–";
      return {
        id: s.id,
        title: titles.get(s.id) ?? s.id,
        teams: String(s.n),
        mean: s.mean === undefined ? "–" : formatNumber(s.mean, lang, 2, true),
        pct: { atLeast4: s.pct.atLeast4 ?? 0, three: s.pct.three ?? 0, below3: s.pct.below3 ?? 0 },
        pctText: { atLeast4: pct(s.pct.atLeast4), three: pct(s.pct.three), below3: pct(s.pct.below3) },
        ...(prev ? { change } : {}),
      };
    }),
  };
}
