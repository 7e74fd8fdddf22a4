/**
 * PDFs drawn on worker threads (src/io/pdf/pool.ts) are the same bytes as drawn in the calling thread, in
 * whatever order the workers take them. The workers here load the TypeScript sources (through tsx), as under
 * vitest; the e2e tests run the built worker.
 */
import { describe, expect, it } from "vitest";
import { buildOverviewModel } from "../../src/core/overview/build-model.js";
import { buildOverview } from "../../src/core/overview/overview.js";
import type { ReportModel } from "../../src/core/report/model.js";
import { renderOverviewPdf } from "../../src/io/pdf/overview/index.js";
import { createPdfRenderer, MIN_REPORTS_FOR_WORKERS } from "../../src/io/pdf/pool.js";
import { FAILED, PREVIOUS, ROWS } from "../core/overview/fixtures.js";
import { ipsReportModel, ipsReportModelEn, kvReportModel } from "../fixtures/report-models.js";
import { ips25, kvalitetsveileder } from "../helpers/scales.js";

function ligature(first: string, later: string): ReportModel {
  const m = ipsReportModel();
  m.summary.headline = `${m.summary.headline} – ${first} og ${later}`;
  return m;
}

const models = (): ReportModel[] => [
  ligature("\uFB01nansiering", "profil"),
  kvReportModel(),
  ligature("profil", "\uFB01nansiering"),
  ipsReportModelEn(),
  ipsReportModel(),
];

describe("PDF worker pool", () => {
  it("draws the same bytes on two workers as in one thread", async () => {
    const single = createPdfRenderer(1);
    expect(single.workers).toBe(0);
    const expected = [];
    for (const m of models()) expected.push(await single.render(m));

    const pool = createPdfRenderer(2);
    expect(pool.workers).toBe(2);
    try {
      // All at once (the workers take them in any order), then once more in reverse.
      const first = await Promise.all(models().map((m) => pool.render(m)));
      const second = await Promise.all(
        models()
          .reverse()
          .map((m) => pool.render(m)),
      );
      second.reverse();
      for (let i = 0; i < expected.length; i++) {
        expect(first[i]?.equals(expected[i] as Buffer), `model ${i}`).toBe(true);
        expect(second[i]?.equals(expected[i] as Buffer), `model ${i}, again`).toBe(true);
      }
    } finally {
      await pool.close();
    }
  }, 180_000);

  it("draws the batch overview on a worker that has drawn reports: the same bytes as in this thread", async () => {
    const overview = buildOverview({
      rows: ROWS,
      failed: FAILED,
      scales: [ips25(), kvalitetsveileder()],
      previous: PREVIOUS,
    });
    const model = buildOverviewModel(overview, { lang: "nb", previousName: "runde-2025" });
    const expected = await renderOverviewPdf(model);
    const pool = createPdfRenderer(2);
    try {
      await Promise.all(models().map((m) => pool.render(m)));
      const [a, b] = await Promise.all([pool.renderOverview(model), pool.renderOverview(model)]);
      expect(a?.equals(expected)).toBe(true);
      expect(b?.equals(expected)).toBe(true);
    } finally {
      await pool.close();
    }
  }, 180_000);

  it("draws a handful of reports, or with one job, in the calling thread", () => {
    expect(createPdfRenderer(2, MIN_REPORTS_FOR_WORKERS - 1).workers).toBe(0);
    expect(createPdfRenderer(1, 1000).workers).toBe(0);
    expect(createPdfRenderer(8, 5).workers).toBe(5);
  });

  it("rejects what is asked after closing", async () => {
    const pool = createPdfRenderer(2);
    await pool.close();
    await expect(pool.render(kvReportModel())).rejects.toThrow(/closed/);
  });
});
