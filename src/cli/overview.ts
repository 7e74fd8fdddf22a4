/**
 * oversikt.pdf for a batch run: the compact overview row of each team, taken as the team finishes (never its
 * metrics), and at the end the overview drawn from those rows beside summary.csv/json.
 */
import type { Evaluation } from "../core/evaluation.js";
import { groupStats } from "../core/overview/aggregate.js";
import { buildOverviewModel } from "../core/overview/build-model.js";
import { buildOverview } from "../core/overview/overview.js";
import { type FailedOverviewRow, type OverviewRow, overviewRow, type TeamGrouping } from "../core/overview/row.js";
import type { Lang, PointsScale, Scale } from "../core/scale.js";
import { writeFileAtomic } from "../io/atomic-write.js";
import type { PdfRenderer } from "../io/pdf/pool.js";
import type { PreviousRound } from "../io/previous-round.js";
import { runFiles } from "../io/team-outputs.js";

export class OverviewCollector {
  private readonly rows: OverviewRow[] = [];
  private readonly failed: FailedOverviewRow[] = [];
  private readonly scales = new Map<string, Scale>();

  add(evaluation: Evaluation, grouping: TeamGrouping): void {
    this.rows.push(overviewRow(evaluation, grouping));
    if (!this.scales.has(evaluation.scale.id)) this.scales.set(evaluation.scale.id, evaluation.scale);
  }

  fail(team: string, group: string | undefined, failure: FailedOverviewRow["failure"]): void {
    this.failed.push({ team, ...(group ? { group } : {}), failure });
  }

  /**
   * summary.json's `groups`: per group (name order, teams without a group last) the teams, review types,
   * totals and band counts of the first points instrument, colours given, and the key metrics' means.
   * Empty when no team names a group.
   */
  groups() {
    const grouped = this.rows.some((r) => r.group) || this.failed.some((f) => f.group);
    if (!grouped) return [];
    const points = [...this.scales.values()]
      .filter((s): s is PointsScale => s.scoring === "points")
      .sort((a, b) => a.id.localeCompare(b.id))[0];
    return groupStats(this.rows, points, this.failed).map((g) => ({
      ...(g.group !== undefined ? { group: g.group } : {}),
      teams: g.teams,
      complete: g.complete,
      provisional: g.provisional,
      failed: g.failed,
      reviewTypes: g.reviewTypes,
      ...(points ? { scale: points.id, totals: g.totals, bands: g.bands } : {}),
      colours: g.colours,
      metrics: Object.fromEntries(Object.entries(g.metrics).map(([id, m]) => [id, m.mean])),
    }));
  }

  /**
   * Render the overview (on `renderer`'s workers when given, else here); undefined when no team was scored
   * (nothing to compare).
   */
  async render(lang: Lang, previous?: PreviousRound, renderer?: PdfRenderer): Promise<Buffer | undefined> {
    if (this.rows.length === 0) return undefined;
    const overview = buildOverview({
      rows: this.rows,
      failed: this.failed,
      scales: [...this.scales.values()],
      ...(previous ? { previous: previous.rows } : {}),
    });
    const model = buildOverviewModel(overview, { lang, ...(previous ? { previousName: previous.name } : {}) });
    if (renderer) return renderer.renderOverview(model);
    const { renderOverviewPdf } = await import("../io/pdf/overview/index.js");
    return renderOverviewPdf(model);
  }

  /** Write `<outDir>/oversikt.pdf`; returns its path, or undefined when no team was scored. */
  async write(
    outDir: string,
    lang: Lang,
    previous?: PreviousRound,
    renderer?: PdfRenderer,
  ): Promise<string | undefined> {
    const bytes = await this.render(lang, previous, renderer);
    if (!bytes) return undefined;
    const path = runFiles(outDir).overview;
    writeFileAtomic(path, bytes, { durable: false });
    return path;
  }
}
