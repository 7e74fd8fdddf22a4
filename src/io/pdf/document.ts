/**
 * Document setup: A4, margins, the embedded DejaVu Sans (never a standard PDF font: æøå, ≥, –, ✓ must render),
 * fixed metadata so the same model always gives the same bytes, and the small page-flow helpers every section uses.
 *
 * Fonts are parsed once per process and shaped words shared across documents, each document keeping the bytes
 * it would have with a font of its own (fonts.ts).
 *
 * Determinism (checked against pdfkit 0.17): the trailer /ID is an MD5 of the info dictionary, whose dates we
 * set from `model.creationDate`; font subsets are tagged from the font's internal id (F1, F2, …), which depends only
 * on the order fonts are first used; streams are deflated with zlib, which is deterministic for the same input.
 */
import { fileURLToPath } from "node:url";
import PDFDocument from "pdfkit";
import type { Lang } from "../../core/lang.js";
import type { ReportModel } from "../../core/report/model.js";
import { fontSource } from "./fonts.js";
import { collectPageContent } from "./page-content.js";
import { installLeanText } from "./pdfkit-text.js";
import { FONT, PAGE } from "./theme.js";
import { installWrappedText } from "./wrap.js";

export type Doc = PDFKit.PDFDocument;

/** The document and the content box every section writes into (the page-flow, text and table helpers need only this). */
export interface Box {
  doc: Doc;
  left: number;
  right: number;
  width: number;
  top: number;
  bottom: number;
}

/** A team report's box and its model. */
export interface Layout extends Box {
  model: ReportModel;
}

export const PRODUCER = "fidelity (pdfkit)";
export const CREATOR = "fidelity";

/** src/io/pdf and dist/io/pdf are at the same depth, so one relative URL serves both. */
export function fontFile(name: "DejaVuSans" | "DejaVuSans-Bold"): string {
  return fileURLToPath(new URL(`../../../templates/fonts/${name}.ttf`, import.meta.url));
}

export function parseCreationDate(iso: string): Date {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new Error(`report model: creationDate is not a date: ${JSON.stringify(iso)}`);
  return date;
}

/** What a document says about itself (its info dictionary) and the language it is in. */
export interface DocumentInfo {
  lang: Lang;
  /** ISO date-time: the document's creation and modification date (so the same model gives the same bytes). */
  creationDate: string;
  title: string;
  author?: string;
  subject: string;
}

/**
 * One document as every PDF of the program starts it (team reports, oversikt.pdf): A4 with the report's margins,
 * DejaVu Sans and Bold from the process's parsed-font cache (fontSource), fixed metadata; and its content box.
 */
export function createBox(info: DocumentInfo): Box {
  const created = parseCreationDate(info.creationDate);
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
    bufferPages: true,
    autoFirstPage: true,
    // No default font: Helvetica is never loaded (pdfkit skips it for `null`), and DejaVu is set below before
    // anything is drawn. (A font given here is opened again for every page.)
    font: null as unknown as string,
    lang: info.lang === "nb" ? "nb-NO" : "en-GB",
    displayTitle: true,
    pdfVersion: "1.7",
    info: {
      Title: info.title,
      ...(info.author !== undefined ? { Author: info.author } : {}),
      Subject: info.subject,
      Creator: CREATOR,
      Producer: PRODUCER,
      CreationDate: created,
      ModDate: created,
    },
  });
  // Each font file is parsed once per process; every document gets its own view of it (see fonts.ts).
  doc.registerFont(FONT.regular, fontSource(fontFile("DejaVuSans")) as string);
  doc.registerFont(FONT.bold, fontSource(fontFile("DejaVuSans-Bold")) as string);
  doc.font(FONT.regular);
  installLeanText(doc);
  // Paragraphs wrapped once per process for measuring and drawing (wrap.ts), same bytes.
  installWrappedText(doc);
  collectPageContent(doc);
  return {
    doc,
    left: PAGE.margin,
    right: PAGE.width - PAGE.margin,
    width: PAGE.width - 2 * PAGE.margin,
    top: PAGE.margin,
    bottom: PAGE.height - PAGE.margin,
  };
}

/** A team report's document. */
export function createDocument(model: ReportModel): Layout {
  const { meta } = model;
  const box = createBox({
    lang: model.lang,
    creationDate: model.creationDate,
    title: meta.title,
    author: meta.evaluators,
    subject: meta.team,
  });
  return { ...box, model };
}

/** Collects the document's bytes; call before `doc.end()`. */
export function collect(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
}

export function newPage(L: Box): void {
  L.doc.addPage();
  L.doc.x = L.left;
  L.doc.y = L.top;
}

/** Starts a new page unless `height` points still fit below the cursor. */
export function ensureSpace(L: Box, height: number): void {
  if (L.doc.y + height > L.bottom) newPage(L);
}

/** Starts a new page unless the cursor is already at the top of an empty one. */
export function freshPage(L: Box): void {
  if (L.doc.y > L.top + 1) newPage(L);
}

/** A line across the content box at `y`. */
export function rule(L: Box, y: number, colour: string, width: number): void {
  L.doc.moveTo(L.left, y).lineTo(L.right, y).lineWidth(width).strokeColor(colour).stroke();
}

/** Vertical space, except at the top of a page. */
export function gap(L: Box, points: number): void {
  if (L.doc.y <= L.top + 0.5) return;
  L.doc.y = Math.min(L.doc.y + points, L.bottom);
}
