/**
 * The overview's comparison with the previous round: each scale's distribution then and now, every team's
 * change, and the teams that are new or gone.
 */
import { formatNumber, formatPercent } from "../format.js";
import type { Lang } from "../lang.js";
import { COLOUR_NAMES, type Colour } from "../scale.js";
import type { ItemChange, TeamChange } from "./aggregate.js";
import type { OverviewModelOptions } from "./build-model.js";
import type { OverviewTable, RoundsSection } from "./model.js";
import { colourCounts, signed, type Words } from "./model-text.js";
import type { ColourOverview, Overview, PointsOverview } from "./overview.js";

export function roundsSection(o: Overview, options: OverviewModelOptions, w: Words): RoundsSection {
  const { lang } = options;
  const r = o.rounds;
  if (!r) throw new Error("roundsSection without rounds");
  const distribution: OverviewTable[] = [];
  for (const p of o.points) if (p.previous) distribution.push(bandsThenNow(p, p.previous, lang, w));
  for (const c of o.colours) if (c.previous) distribution.push(coloursThenNow(c, c.previous, lang, w));
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
    table: teamChanges(o, r.changes, lang, w),
    lines,
  };
}

/** A points scale: teams and share per band, then and now, and the mean total. */
function bandsThenNow(
  p: PointsOverview,
  prev: NonNullable<PointsOverview["previous"]>,
  lang: Lang,
  w: Words,
): OverviewTable {
  const pct = (x: number | undefined) => (x === undefined ? "–" : formatPercent(x, lang, 0));
  return {
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
  };
}

/** A colour scale: each point's colour counts, then and now. */
function coloursThenNow(
  c: ColourOverview,
  before: NonNullable<ColourOverview["previous"]>,
  lang: Lang,
  w: Words,
): OverviewTable {
  return {
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
  };
}

/** Every team's total (or colour counts) before and now, the change and its largest items. */
function teamChanges(o: Overview, changes: readonly TeamChange[], lang: Lang, w: Words): OverviewTable {
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
  const rows: OverviewTable["rows"] = changes.map((c) => {
    const isColour = current.get(`${c.scaleId}\u0000${c.team}`)?.scoring === "colours";
    const before = isColour
      ? colourTally(c.items, "previous")
      : c.previousTotal !== undefined
        ? String(c.previousTotal)
        : "–";
    const nowText = isColour ? colourTally(c.items, "current") : c.total !== undefined ? String(c.total) : "–";
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
  return { columns, rows };
}

/** A team's items by colour, then or now: "green·yellow·red". */
function colourTally(items: readonly ItemChange[], key: "previous" | "current"): string {
  const counts: Record<Colour, number> = { green: 0, yellow: 0, red: 0 };
  for (const i of items) {
    const v = i[key];
    if (typeof v === "string") counts[v]++;
  }
  return `${counts.green}·${counts.yellow}·${counts.red}`;
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
