/**
 * From the overview's numbers to what oversikt.pdf says, in the run's language. Pure: the same overview and
 * language give the same model (and so the same PDF bytes).
 */
import { batchTimestamp } from "../evaluation.js";
import { formatDateRange, formatNumber, formatPercent } from "../format.js";
import type { Translator } from "../i18n.js";
import type { Lang } from "../lang.js";
import { allItems, COLOUR_NAMES, COLOURS, type Colour, type Scale } from "../scale.js";
import type { ItemChange, TeamChange } from "./aggregate.js";
import { KEY_METRICS, type KeyMetricId, type MetricTarget, meetsTarget } from "./key-metrics.js";
import type {
  ColourSection,
  OverviewCell,
  OverviewModel,
  OverviewTable,
  PointsSection,
  RoundsSection,
} from "./model.js";
import type { ColourOverview, MetricsOverview, Overview, PointsOverview } from "./overview.js";
import { OVERVIEW } from "./overview.messages.js";
import { REVIEW_TYPES } from "./review-type.js";
import type { OverviewRow } from "./row.js";

export interface OverviewModelOptions {
  lang: Lang;
  /** How the previous round is named (its folder's name), when there is one. */
  previousName?: string;
}

/** The overview's words in the run's language. */
type Words = Translator<typeof OVERVIEW.messages>;

function colourCounts(c: Record<Colour, number>, t: Words): string {
  return COLOURS.map((k) => t(`colourCount.${k}`, { n: c[k] })).join(" · ");
}

/** "+3", "−1,5" (nb) / "-1.5" (en), "0". */
export function signed(n: number, lang: Lang, decimals = 0): string {
  const text = formatNumber(n, lang, decimals, decimals > 0);
  return n > 0 && /[1-9]/.test(text) ? `+${text}` : text.replace(/^[−-](?=0[,.]?0*$)/, "");
}

const sortedGroupTitle = (t: Words, g: string | undefined) => g ?? t("noGroup");

/** Rows split into their groups (in the order they come), titled when the batch has groups. */
function inGroups<T>(rows: readonly OverviewRow[], grouped: boolean, w: Words, make: (r: OverviewRow) => T) {
  const out: { title?: string; rows: T[] }[] = [];
  let key: string | undefined | null = null;
  for (const r of rows) {
    if (!grouped) {
      if (out.length === 0) out.push({ rows: [] });
    } else if (r.group !== key || out.length === 0) {
      out.push({ title: sortedGroupTitle(w, r.group), rows: [] });
      key = r.group;
    }
    out[out.length - 1]?.rows.push(make(r));
  }
  return out;
}

function scaleTitle(scale: Scale, lang: Lang, w: Words): string {
  return w("scaleTitle", { name: scale.name[lang], version: scale.version });
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

function totalText(r: OverviewRow): string {
  if (r.complete && r.total !== undefined) return String(r.total);
  if (r.totalMin !== undefined && r.totalMax !== undefined) return `${r.totalMin}–${r.totalMax}`;
  return "–";
}

const teamLabel = (r: { team: string; complete: boolean }) => (r.complete ? r.team : `${r.team} *`);

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

function pointsSection(p: PointsOverview, o: Overview, lang: Lang, w: Words): PointsSection {
  const scale = p.scale;
  const n = allItems(scale).length;
  const titles = new Map(allItems(scale).map((i) => [i.id, i.title[lang]]));
  const prev = p.previous;
  const fmt1 = (x: number | undefined) => (x === undefined ? "–" : formatNumber(x, lang, 1));
  const pct = (x: number | undefined) => (x === undefined ? "–" : formatPercent(x, lang, 0));
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
  const bandColumns: OverviewTable["columns"] = [
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
  const bandRows = [...p.bands].reverse().map((b) => {
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
  const order = p.items.map((i) => i.id);
  return {
    heading: scaleTitle(scale, lang, w),
    name: scale.name[lang],
    distribution: {
      heading: w("distribution"),
      lowest: n,
      highest: 5 * n,
      bins: p.histogram.map((b, i) => ({
        ...b,
        ...(prev ? { previous: prev.histogram[i]?.count ?? 0 } : {}),
      })),
      bands: [...scale.bands]
        .sort((a, b) => a.min - b.min)
        .map((b) => ({ label: b.label[lang], min: b.min, max: b.max })),
      xLabel: w("total"),
      yLabel: w("factTeams"),
      ...(prev ? { legend: { now: w("now"), previous: w("previousRound") } } : {}),
      caption,
    },
    bandTable: { columns: bandColumns, rows: bandRows },
    heatmap: {
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
    },
    items: {
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
    },
  };
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

function roundsSection(o: Overview, options: OverviewModelOptions, w: Words): RoundsSection {
  const { lang } = options;
  const r = o.rounds;
  if (!r) throw new Error("roundsSection without rounds");
  const pct = (x: number | undefined) => (x === undefined ? "–" : formatPercent(x, lang, 0));
  const distribution: OverviewTable[] = [];
  for (const p of o.points) {
    if (!p.previous) continue;
    const prev = p.previous;
    distribution.push({
      columns: [
        { header: w("bandOf", { scale: p.scale.name[lang] }), share: 3 },
        { header: w("previousTeams"), share: 1.3, align: "right" },
        { header: w("previousShare"), share: 1.3, align: "right" },
        { header: w("teams"), share: 1, align: "right" },
        { header: w("share"), share: 1, align: "right" },
      ],
      rows: [
        ...[...p.bands].reverse().map((b) => {
          const before = prev.bands.find((x) => x.id === b.id);
          return {
            cells: [
              { text: b.label[lang], bold: true },
              { text: String(before?.count ?? 0), muted: true },
              { text: pct(before?.pct), muted: true },
              { text: String(b.count) },
              { text: pct(b.pct) },
            ],
          };
        }),
        {
          cells: [
            { text: w("mean"), bold: true },
            { text: prev.totals.mean === undefined ? "–" : formatNumber(prev.totals.mean, lang, 1), muted: true },
            { text: "" },
            { text: p.totals.mean === undefined ? "–" : formatNumber(p.totals.mean, lang, 1), bold: true },
            { text: "" },
          ],
        },
      ],
    });
  }
  for (const c of o.colours) {
    if (!c.previous) continue;
    const before = c.previous;
    distribution.push({
      columns: [
        { header: c.scale.name[lang], share: 3 },
        { header: w("previousRound"), share: 2.6 },
        { header: w("now"), share: 2.6 },
      ],
      rows: c.points.map((s, i) => {
        const b = before.points[i];
        return {
          cells: [
            { text: s.id, bold: true },
            { text: b ? colourCounts(b, w) : "–", muted: true },
            { text: colourCounts(s, w) },
          ],
        };
      }),
    });
  }
  const columns: OverviewTable["columns"] = [
    { header: w("team"), share: 2.2 },
    ...(o.grouped ? [{ header: w("group"), share: 1.2 }] : []),
    { header: w("before"), share: 1.1, align: "right" },
    { header: w("now"), share: 1.1, align: "right" },
    { header: w("change"), share: 1, align: "right" },
    { header: w("improved"), share: 0.9, align: "right" },
    { header: w("worsened"), share: 1, align: "right" },
    { header: w("largest"), share: 2.6 },
  ];
  const current = new Map(
    [...o.points, ...o.colours].flatMap((s) => s.rows).map((x) => [`${x.scaleId}\u0000${x.team}`, x]),
  );
  const rows: OverviewTable["rows"] = r.changes.map((c) => {
    const now = current.get(`${c.scaleId}\u0000${c.team}`);
    const isColour = now?.scoring === "colours";
    const colourText = (items: ItemChange[], key: "previous" | "current") => {
      const counts: Record<Colour, number> = { green: 0, yellow: 0, red: 0 };
      for (const i of items) {
        const v = i[key];
        if (typeof v === "string") counts[v]++;
      }
      return `${counts.green}·${counts.yellow}·${counts.red}`;
    };
    const before = isColour
      ? colourText(c.items, "previous")
      : c.previousTotal !== undefined
        ? String(c.previousTotal)
        : "–";
    const nowText = isColour ? colourText(c.items, "current") : c.total !== undefined ? String(c.total) : "–";
    return {
      cells: [
        { text: c.team },
        ...(o.grouped ? [{ text: c.group ?? w("noGroup") }] : []),
        { text: before, muted: true },
        { text: nowText, bold: true },
        {
          text: c.totalChange === undefined ? "" : signed(c.totalChange, lang),
          ...(c.totalChange ? { tone: c.totalChange > 0 ? ("good" as const) : ("bad" as const) } : {}),
        },
        { text: String(c.improved) },
        { text: String(c.worsened) },
        { text: largestChanges(c, lang) },
      ],
    };
  });
  const lines: string[] = [];
  if (r.changes.length === 0) lines.push(w("noChanges"));
  if (r.newTeams.length) lines.push(w("newTeams", { teams: r.newTeams.map((x) => x.team).join(", ") }));
  if (r.gone.length) lines.push(w("goneTeams", { teams: r.gone.map((x) => x.team).join(", ") }));
  return {
    heading: w("rounds"),
    note: w("roundsNote", {
      previous: options.previousName ?? w("previousRoundInText"),
      teams: r.previousTeams,
    }),
    distributionHeading: w("distributionThenNow"),
    distribution,
    table: { columns, rows },
    lines,
  };
}

/** Up to three items with the largest change, largest first: "T6 +2 · O3 −1" or "KV1 gul → grønn". */
function largestChanges(c: TeamChange, lang: Lang): string {
  const rank = (i: ItemChange) => Math.abs(i.change ?? (i.direction === "same" ? 0 : colourStep(i)));
  const moved = c.items.filter((i) => i.direction === "up" || i.direction === "down");
  const top = moved
    .map((i, k) => ({ i, k }))
    .sort((a, b) => rank(b.i) - rank(a.i) || a.k - b.k)
    .slice(0, 3)
    .map(({ i }) =>
      typeof i.previous === "string" && typeof i.current === "string"
        ? `${i.id} ${COLOUR_NAMES[lang][i.previous].toLowerCase()} → ${COLOUR_NAMES[lang][i.current].toLowerCase()}`
        : `${i.id} ${signed(i.change ?? 0, lang)}`,
    );
  return top.join(" · ") || "–";
}

function colourStep(i: ItemChange): number {
  const r: Record<Colour, number> = { green: 3, yellow: 2, red: 1 };
  return typeof i.previous === "string" && typeof i.current === "string" ? r[i.current] - r[i.previous] : 0;
}
