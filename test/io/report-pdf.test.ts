/**
 * The report a team keeps (issue 11), as PDF text: the band scale, the colour legend, the plan's rows, the next
 * review, FORELØPIG on every page of a provisional report, the outline, and the same bytes for the same evaluation.
 */
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { evaluateLoadedTeam } from "../../src/cli/team-evaluation.js";
import type { Evaluation } from "../../src/core/evaluation.js";
import { buildReportModel } from "../../src/core/report/build.js";
import { renderReportPdf } from "../../src/io/pdf/index.js";
import { loadTeams } from "../../src/io/team-folder.js";
import { type PdfPages, pdfPages } from "../helpers/pdf-text.js";

const squash = (s: string) => s.replace(/\s+/g, " ");

async function example(folder: string): Promise<Evaluation> {
  const [team] = await loadTeams([join(import.meta.dirname, "../../examples", folder)]);
  if (!team) throw new Error("no team");
  return evaluateLoadedTeam(team, { lang: "nb", today: "2026-11-26" }).evaluation;
}

async function outlineTitles(buf: Buffer): Promise<string[]> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await getDocument({ data: new Uint8Array(buf), verbosity: 0 }).promise;
  try {
    const out: string[] = [];
    const walk = (items: { title: string; items: unknown[] }[] | null, depth: number) => {
      for (const i of items ?? []) {
        out.push(`${"  ".repeat(depth)}${i.title}`);
        walk(i.items as { title: string; items: unknown[] }[], depth + 1);
      }
    };
    walk((await doc.getOutline()) as { title: string; items: unknown[] }[] | null, 0);
    return out;
  } finally {
    await doc.destroy();
  }
}

describe("an IPS report", () => {
  let e: Evaluation;
  let buf: Buffer;
  let pdf: PdfPages;
  let text: string;

  beforeAll(async () => {
    e = await example("ips-team");
    // The evaluator added a row for T6 to the plan.
    e = { ...e, actionPlan: [{ itemId: "T6", responsible: "Metodeveileder" }] };
    buf = await renderReportPdf(buildReportModel(e, { lang: "nb" }));
    pdf = await pdfPages(buf);
    text = squash(pdf.text);
  }, 60_000);

  it("prints the band thresholds and the next review on page 1", () => {
    const page1 = squash(pdf.pages[0] ?? "");
    expect(page1).toContain(
      "Ikke IPS 25–73 · Godkjent kvalitet 74–99 · God kvalitet 100–114 · Meget god kvalitet 115–125",
    );
    expect(text).toContain("Neste evaluering: innen 26.05.2027");
  });

  it("has the plan's rows, with the data item's metric and target", () => {
    const model = buildReportModel(e, { lang: "nb" });
    expect(text).toContain("Handlingsplan");
    for (const row of model.actionPlan?.rows ?? []) {
      expect(text).toContain(`${row.itemId} `);
      expect(text).toContain(squash(row.action).slice(0, 30));
    }
    expect(text).toContain("kontakter per uke: 4,2 → 6");
  });

  it("keeps the computations in the appendix, not in the item notes", () => {
    const appendixAt = text.indexOf("Vedlegg: metode og beregninger");
    expect(appendixAt).toBeGreaterThan(0);
    const computation = text.indexOf("Aktive deltakere 114 / årsverk 5,5");
    expect(computation).toBeGreaterThan(appendixAt);
    expect(text.indexOf("Dataene viser:")).toBe(-1);
  });

  it("has an outline entry for every section and item note, and its title and language set", async () => {
    const titles = await outlineTitles(buf);
    for (const t of [
      "Sammendrag",
      "Alle punkter",
      "Forbedringsområder",
      "Handlingsplan",
      "Data fra teamet",
      "Vedlegg: metode og beregninger",
    ])
      expect(titles).toContain(t);
    expect(titles).toContain("  T6 Jobbutvikling – hyppig arbeidsgiverkontakt");
    expect(pdf.info.Title).toBe("Kvalitetsevaluering – IPS-kvalitetsskala (IPS-25)");
    expect(buf.toString("latin1")).toContain("/Lang (nb-NO)");
  });

  it("is not marked provisional when complete", () => {
    expect(text).not.toContain("FORELØPIG");
  });

  it("gives the same bytes for the same evaluation", async () => {
    const again = await renderReportPdf(buildReportModel(e, { lang: "nb" }));
    expect(again.equals(buf)).toBe(true);
  }, 30_000);
});

describe("a provisional report", () => {
  it("says FORELØPIG on every page", async () => {
    const e = await example("ips-team");
    const partly = { ...e, items: e.items.filter((r) => r.itemId !== "O3" && r.itemId !== "T1") };
    const pdf = await pdfPages(await renderReportPdf(buildReportModel(partly, { lang: "nb" })));
    expect(pdf.pageCount).toBeGreaterThan(3);
    pdf.pages.forEach((page, i) => {
      expect(page, `page ${i + 1}`).toContain("FORELØPIG");
    });
  }, 30_000);
});

describe("a Kvalitetsveilederen report", () => {
  it("prints the colour legend and the plan", async () => {
    const e = await example("uo-team");
    const pdf = await pdfPages(await renderReportPdf(buildReportModel(e, { lang: "nb" })));
    const page1 = squash(pdf.pages[0] ?? "");
    expect(page1).toContain("Grønn God etterlevelse");
    expect(page1).toContain("Gul Delvis eller varierende etterlevelse");
    expect(page1).toContain("Rød Liten etterlevelse");
    expect(squash(pdf.text)).toContain("Handlingsplan");
    expect(squash(pdf.text)).toMatch(/farge ved neste evaluering: (rød → gul|gul → grønn)/);
  }, 30_000);
});
