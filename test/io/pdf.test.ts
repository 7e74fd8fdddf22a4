import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { ReportModel } from "../../src/core/report/model.js";
import { renderReportPdf } from "../../src/io/pdf/index.js";
import { ipsReportModel, ipsReportModelEn, kvReportModel } from "../fixtures/report-models.js";
import { type PdfPages, pdfPages, pdfStreams } from "../helpers/pdf-text.js";

/** pdfjs may split a line into several items; compare with all whitespace collapsed. */
const squash = (s: string) => s.replace(/\s+/g, " ");

describe("renderReportPdf – IPS-25 sample", () => {
  const model = ipsReportModel();
  let buf: Buffer;
  let pdf: PdfPages;
  let text: string;

  beforeAll(async () => {
    buf = await renderReportPdf(model);
    pdf = await pdfPages(buf);
    text = squash(pdf.text);
  });

  it("is an A4 PDF with several pages", () => {
    expect(buf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(buf.toString("latin1")).toContain("/MediaBox [0 0 595.28 841.89]");
    expect(pdf.pageCount).toBeGreaterThanOrEqual(5);
  });

  it("embeds DejaVu Sans and no standard font", () => {
    const raw = buf.toString("latin1");
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans-Bold\b/);
    expect(raw).not.toContain("Helvetica");
    expect(raw).toContain("/FontFile2");
  });

  it("prints the team, office, visit date, window and headline", () => {
    expect(text).toContain("IPS-teamet Østre Fjordbyen");
    expect(text).toContain("NAV Østre Fjordbyen / DPS Fjordbyen");
    expect(text).toContain("27.11.2026");
    expect(text).toContain("02.10.2026–26.11.2026 (8 uker)");
    expect(text).toContain(model.summary.headline);
    expect(pdf.pages[0]).toContain("Totalsum 100 av 125 – God kvalitet");
  });

  it("keeps æøå, ≥, – and ✓ intact", () => {
    for (const s of [
      "Åse Bjørnstad og Pål Ødegård",
      "≥ 115 poeng",
      "Jobbutvikling – hyppig arbeidsgiverkontakt",
      "✓",
    ]) {
      expect(text).toContain(s);
    }
    expect(text).toContain("✓ Teamet har allerede innført en fast «arbeidsgiverdag» på torsdager.");
  });

  it("lists every item with its score in the item table", () => {
    const rows = model.itemTable.filter((r) => r.id !== undefined);
    expect(rows).toHaveLength(25);
    for (const r of rows) {
      // id, then (possibly wrapped) title, then the score
      const title = squash(r.title ?? "");
      const re = new RegExp(`${r.id} ${rx(title)} ${rx(r.score ?? "")} ${rx(r.source ?? "")}`);
      expect(text, `${r.id}`).toMatch(re);
    }
  });

  it("shows every item on the summary bars with its score", () => {
    const page1 = squash(pdf.pages[0] ?? "");
    for (const bar of model.summary.bars) {
      expect(page1).toContain(`${bar.id} `);
      expect(page1).toMatch(new RegExp(`${bar.id} [^\\n]*?${bar.value} av ${bar.max}`));
    }
    // strengths and the priorities are on page 1 too
    expect(page1).toContain("Styrker");
    expect(page1).toContain("Prioriterte forbedringsområder");
    expect(page1).toContain("B1 Portefølje.");
  });

  it("writes the charts' titles, categories, reference labels and footnotes", () => {
    for (const c of model.charts) {
      expect(text).toContain(c.title);
      for (const f of c.footnotes) expect(text).toContain(squash(f));
      if (c.reference) expect(text).toContain(c.reference.label);
    }
    expect(text).toContain("20.11–26.11");
    // bar values are printed in Norwegian style
    expect(text).toContain("68,2");
    expect(text).toContain("25,6");
  });

  it("writes the improvement notes with their labelled parts and the context", () => {
    expect(text).toContain("T6 Jobbutvikling – hyppig arbeidsgiverkontakt — 3 av 5");
    expect(text).toContain("Avstand til full skår: 3,4 kontakter per jobbspesialist per uke; 6 trengs");
    expect(text).toContain("Forhold utenfor teamets kontroll");
    expect(text).toContain(squash(model.context ?? ""));
    for (const n of model.notes) expect(text).toContain(`${n.id} ${n.title} — ${n.scoreText}`);
  });

  it("writes the method section with shortened checksums", () => {
    expect(text).toContain("arbeidsgiverkontakter.csv 2 037 487 12 12 a0b1c2d3e4f5");
    expect(text).not.toContain("a0b1c2d3e4f50");
    expect(text).toContain("Overstyrte forslag");
    expect(text).toContain("T13 Data foreslo 4");
  });

  it("numbers every page 'Side i av N' and repeats the running header", () => {
    const n = pdf.pageCount;
    pdf.pages.forEach((page, i) => {
      expect(page).toContain(`Side ${i + 1} av ${n}`);
      expect(page).toContain(model.meta.pageHeader);
    });
  });

  it("has no empty page", () => {
    for (const page of pdf.pages) {
      const body = page
        .replace(model.meta.pageHeader, "")
        .replace(/Side \d+ av \d+/, "")
        .replace(model.meta.team, "");
      expect(body.trim().length).toBeGreaterThan(40);
    }
  });

  it("sets fixed metadata from the model", () => {
    expect(pdf.info.Title).toBe(model.meta.title);
    expect(pdf.info.Producer).toBe("fidelity (pdfkit)");
    expect(pdf.info.Creator).toBe("fidelity");
    expect(pdf.info.CreationDate).toBe("D:20261127140500Z");
    expect(pdf.info.ModDate).toBe("D:20261127140500Z");
  });

  it("renders the same bytes twice", async () => {
    const again = await renderReportPdf(ipsReportModel());
    expect(again.equals(buf)).toBe(true);
  });

  it("renders the same bytes in a separate process", () => {
    const script = `
      import { renderReportPdf } from "./src/io/pdf/index.ts";
      import { ipsReportModel } from "./test/fixtures/report-models.ts";
      import { createHash } from "node:crypto";
      const b = await renderReportPdf(ipsReportModel());
      process.stdout.write(createHash("sha256").update(b).digest("hex"));
    `;
    const out = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      cwd: join(import.meta.dirname, "..", ".."),
      encoding: "utf8",
    });
    expect(out).toBe(createHash("sha256").update(buf).digest("hex"));
    // A child process (tsx compiling the renderer) on a loaded 2-core machine: a generous timeout.
  }, 120_000);
});

describe("renderReportPdf – Kvalitetsveilederen sample", () => {
  const model = kvReportModel();
  let buf: Buffer;
  let pdf: PdfPages;
  let text: string;

  beforeAll(async () => {
    buf = await renderReportPdf(model);
    pdf = await pdfPages(buf);
    text = squash(pdf.text);
  });

  it("prints the team, window and colour headline", () => {
    expect(text).toContain("Jobbspesialistteamet NAV Ås og Frogn");
    expect(text).toContain("17.03.2026–11.05.2026 (8 uker)");
    expect(pdf.pages[0]).toContain("6 grønne, 2 gule, 1 rød – 1 punkt ikke vurdert");
    expect(text).toContain("Øystein Grønås");
  });

  it("names the colour of every item (never colour alone)", () => {
    for (const r of model.itemTable.filter((row) => row.id !== undefined)) {
      const title = squash(r.title ?? "");
      expect(text, `${r.id}`).toMatch(new RegExp(`${r.id} ${rx(title)} ${rx(r.score ?? "")}`));
    }
    const page1 = squash(pdf.pages[0] ?? "");
    expect(page1).toMatch(/KV8 Oppsøkende arbeidsgiverkontakt Rød/);
    expect(page1).toMatch(/KV5 Ingen eksklusjon Ikke vurdert/);
    expect(page1).toMatch(/Grønn 6 Gul 2 Rød 1 Ikke vurdert: 1/);
  });

  it("fills chips and bars with the colour-blind-safe green, yellow and red", () => {
    const streams = pdfStreams(buf).join("\n");
    for (const hex of ["#1a7f37", "#d4a72c", "#c62828"]) expect(streams, hex).toMatch(fillOperator(hex));
  });

  it("writes the colour notes and the trend table", () => {
    // The colour is named once, by its chip beside the heading.
    expect(text).toMatch(/KV8 Oppsøkende arbeidsgiverkontakt\s+Rød/);
    expect(text).not.toContain("KV8 Oppsøkende arbeidsgiverkontakt — Rød");
    // An override is said in the note itself, so "… gir gul" above it does not contradict the chip.
    expect(text).toContain("Evaluatorens vurdering: Dataene foreslo gul; evaluator satte rød. Begrunnelse: Mange");
    expect(text).toContain("Utvikling siden forrige gjennomgang");
    expect(text).toContain("KV1 Samarbeid i NAV-kontoret Gul Grønn ↑ bedre");
    expect(text).toContain("KV8 Oppsøkende arbeidsgiverkontakt Gul Rød ↓ dårligere");
  });

  it("numbers every page", () => {
    pdf.pages.forEach((page, i) => {
      expect(page).toContain(`Side ${i + 1} av ${pdf.pageCount}`);
    });
  });

  it("renders the same bytes twice", async () => {
    expect((await renderReportPdf(kvReportModel())).equals(buf)).toBe(true);
  });
});

describe("renderReportPdf – variations", () => {
  it("uses the model's words for page numbers (English)", async () => {
    const pdf = await pdfPages(await renderReportPdf(ipsReportModelEn()));
    expect(pdf.pages[0]).toContain(`Page 1 of ${pdf.pageCount}`);
    expect(squash(pdf.text)).toContain("Rows read");
  });

  it("changes bytes only with the model (creation date)", async () => {
    const a = await renderReportPdf(ipsReportModel());
    const b = await renderReportPdf({ ...ipsReportModel(), creationDate: "2026-11-28T08:00:00.000Z" });
    expect(a.equals(b)).toBe(false);
  });

  it("rejects an invalid creation date", async () => {
    await expect(renderReportPdf({ ...ipsReportModel(), creationDate: "yesterday" })).rejects.toThrow(/creationDate/);
  });

  it("copes with a minimal model: no charts, notes, strengths, method rows or trend", async () => {
    const full = ipsReportModel();
    const model: ReportModel = {
      ...full,
      summary: { ...full.summary, strengths: [], priorities: [], lines: [] },
      charts: [],
      notes: [],
      otherNotes: [],
      method: { lines: [], rules: [], files: [], warnings: [], overrides: [] },
    };
    delete model.context;
    const pdf = await pdfPages(await renderReportPdf(model));
    expect(pdf.text).toContain(full.labels.noStrengths);
    expect(pdf.text).not.toContain(full.labels.notes);
    expect(pdf.pages.at(-1)).toContain(`Side ${pdf.pageCount} av ${pdf.pageCount}`);
  });

  it("keeps a chart with many categories and long labels on one page", async () => {
    const full = ipsReportModel();
    const categories = Array.from({ length: 20 }, (_, i) => `Jobbspesialist ${i + 1}`);
    const model: ReportModel = {
      ...full,
      charts: [
        {
          id: "caseload",
          title: "Portefølje per årsverk",
          kind: "bars",
          unit: "deltakere per årsverk",
          categories,
          series: [{ label: "Portefølje", values: categories.map((_, i) => (i % 7 === 3 ? null : 12 + i * 1.37)) }],
          reference: { value: 20, label: "Grense: 20", kind: "limit" },
          footnotes: ["20 jobbspesialister."],
        },
      ],
    };
    const pdf = await pdfPages(await renderReportPdf(model));
    const page = pdf.pages.find((p) => p.includes("Portefølje per årsverk") && p.includes("deltakere per årsverk"));
    expect(page).toBeDefined();
    expect(page).toContain("20 jobbspesialister.");
  });
});

describe("renderReportPdf – odd inputs do not break the layout", () => {
  it("renders charts with no categories, only nulls, NaN, negatives, a zero yMax and a single category", async () => {
    const full = ipsReportModel();
    const base = { unit: "u", footnotes: [] as string[] };
    const model: ReportModel = {
      ...full,
      summary: {
        ...full.summary,
        bars: [
          { id: "X1", label: "Null max", value: 3, max: 0 },
          { id: "X2", label: "Unrated", max: 5 },
        ],
        sections: [{ title: "Tom", text: "0 av 0", value: 0, max: 0 }],
      },
      charts: [
        { ...base, id: "a", title: "Ingen kategorier", kind: "bars", categories: [], series: [] },
        {
          ...base,
          id: "b",
          title: "Bare null",
          kind: "lines",
          categories: ["1", "2"],
          series: [{ label: "JS1", values: [null, null] }],
        },
        {
          ...base,
          id: "c",
          title: "Rare tall",
          kind: "bars",
          categories: ["a", "b", "c"],
          series: [{ label: "s", values: [Number.NaN, -4, 1e6] }],
          yMax: 0,
          reference: { value: 5, label: "Mål", kind: "target" },
        },
        {
          ...base,
          id: "d",
          title: "Én kategori",
          kind: "lines",
          categories: ["Uke 1"],
          series: [{ label: "JS1", values: [3] }],
        },
        {
          ...base,
          id: "e",
          title: "To serier som stolper",
          kind: "bars",
          categories: ["JS1", "JS2"],
          series: [
            { label: "Før", values: [2, 3] },
            { label: "Nå", values: [4, null] },
          ],
        },
      ],
    };
    const buf = await renderReportPdf(model);
    const pdf = await pdfPages(buf);
    for (const t of [
      "Ingen kategorier",
      "Bare null",
      "Rare tall",
      "Én kategori",
      "To serier som stolper",
      "Før",
      "Nå",
    ]) {
      expect(pdf.text).toContain(t);
    }
    const streams = pdfStreams(buf).join("\n");
    expect(streams).toContain(" re"); // the content was inflated and holds drawing operators
    expect(streams).not.toMatch(/NaN|Infinity/);
  });
});

/** pdfkit writes a fill colour as "r g b scn" with components 0–1 at full precision. */
function fillOperator(hex: string): RegExp {
  const parts = [1, 3, 5].map((i) => String(Math.floor((Number.parseInt(hex.slice(i, i + 2), 16) / 255) * 1e4) / 1e4));
  return new RegExp(`${parts.map((p) => rx(p)).join("\\d* ")}\\d* scn`);
}

function rx(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
}
