/** oversikt.pdf's renderer: same model → same bytes; the text says what the model says, in both languages. */
import { describe, expect, it } from "vitest";
import { buildOverviewModel } from "../../src/core/overview/build-model.js";
import { buildOverview } from "../../src/core/overview/overview.js";
import { renderOverviewPdf } from "../../src/io/pdf/overview/index.js";
import { FAILED, PREVIOUS, ROWS } from "../core/overview/fixtures.js";
import { pdfPages } from "../helpers/pdf-text.js";
import { ips25, kvalitetsveileder } from "../helpers/scales.js";

const overview = buildOverview({
  rows: ROWS,
  failed: FAILED,
  scales: [ips25(), kvalitetsveileder()],
  previous: PREVIOUS,
});

describe("oversikt.pdf", () => {
  it("the same model gives the same bytes", async () => {
    const model = buildOverviewModel(overview, { lang: "nb", previousName: "runde-2025" });
    const a = await renderOverviewPdf(model);
    const b = await renderOverviewPdf(buildOverviewModel(overview, { lang: "nb", previousName: "runde-2025" }));
    expect(a.equals(b)).toBe(true);
  });

  it("in bokmål: facts, distribution, heat map, items, colour matrix, key metrics, groups, rounds", async () => {
    const pdf = await pdfPages(
      await renderOverviewPdf(buildOverviewModel(overview, { lang: "nb", previousName: "runde-2025" })),
    );
    const t = pdf.text;
    for (const s of [
      "Oversikt over kvalitetsevalueringer",
      "6 (5 fullstendig vurdert, 1 foreløpig)",
      "Agder (3), Viken (3), Uten gruppe (1)",
      "Team F (Agder): feil i dataene",
      "Fordeling av totalskår",
      "4 team med totalskår: snitt 90,8, lavest 73, høyest 110. 1 foreløpig team er ikke med.",
      "Skår per team og punkt",
      "Team D *",
      "Punktene på tvers av teamene",
      "Kvalitetsveilederen: farge per team og punkt",
      "Nøkkeltall per team",
      "≥ 65 %",
      "12–20",
      "Per gruppe",
      "Endring siden forrige runde",
      "Sammenlignet med runde-2025 (4 team)",
      "+10",
      "Med forrige gang, ikke nå: Team Z.",
      "Side 1 av",
    ])
      expect(t).toContain(s);
    // The item table is weakest first: T6 (2,40) before T13 (3,75) before B1 (3,80).
    const items = pdf.pages.find((p) => p.includes("Punktene på tvers")) ?? "";
    expect(items.indexOf("2,40")).toBeLessThan(items.indexOf("3,75"));
    expect(items.indexOf("3,75")).toBeLessThan(items.indexOf("3,80"));
  });

  it("in English with --lang en", async () => {
    const pdf = await pdfPages(await renderOverviewPdf(buildOverviewModel(overview, { lang: "en" })));
    for (const s of [
      "Overview of fidelity reviews",
      "Distribution of totals",
      "4 teams with a total: mean 90.8, lowest 73, highest 110. 1 provisional team is not included.",
      "Scores per team and item",
      "Key metrics per team",
      "By group",
      "Change since the previous round",
      "Page 1 of",
    ])
      expect(pdf.text).toContain(s);
    expect(pdf.text).not.toContain("Oversikt");
  });

  it("band names are never cut: a narrow band's name wraps, and one too narrow for a word is numbered with a key", async () => {
    const model = buildOverviewModel(overview, { lang: "nb" });
    const first = model.points[0];
    if (!first) throw new Error("no points section");
    // IPS-25 as it is: «Meget god kvalitet» (115–125) over two lines, nothing cut.
    const asIs = await pdfPages(await renderOverviewPdf(model));
    expect(asIs.pages[0]).toContain("Meget god");
    expect(asIs.pages[0]).not.toContain("…");
    // A made-up band of two totals: too narrow for «Fremragende» (or its totals), so the chart says «5» and the
    // key under it says the rest.
    const bands = [
      ...first.distribution.bands.map((b) => (b.max === 125 ? { ...b, max: 123 } : b)),
      { label: "Fremragende kvalitet", min: 124, max: 125 },
    ];
    const narrow = { ...model, points: [{ ...first, distribution: { ...first.distribution, bands } }] };
    const page = (await pdfPages(await renderOverviewPdf(narrow))).pages[0] ?? "";
    expect(page).toContain("5 Fremragende kvalitet (124–125)");
    expect(page).not.toContain("…");
  });
});
