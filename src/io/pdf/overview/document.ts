/** oversikt.pdf's document: the report's A4 geometry, embedded DejaVu Sans and fixed metadata (same model → same bytes). */
import PDFDocument from "pdfkit";
import type { OverviewModel } from "../../../core/overview/model.js";
import { type Box, CREATOR, fontFile, PRODUCER, parseCreationDate } from "../document.js";
import { FONT, PAGE } from "../theme.js";

export interface OverviewLayout extends Box {
  model: OverviewModel;
}

export function createOverviewDocument(model: OverviewModel): OverviewLayout {
  const created = parseCreationDate(model.creationDate);
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
    bufferPages: true,
    autoFirstPage: true,
    font: fontFile("DejaVuSans"),
    lang: model.lang === "nb" ? "nb-NO" : "en-GB",
    displayTitle: true,
    pdfVersion: "1.7",
    info: {
      Title: model.title,
      Subject: model.pageHeader,
      Creator: CREATOR,
      Producer: PRODUCER,
      CreationDate: created,
      ModDate: created,
    },
  });
  doc.registerFont(FONT.regular, fontFile("DejaVuSans"));
  doc.registerFont(FONT.bold, fontFile("DejaVuSans-Bold"));
  doc.font(FONT.regular);
  return {
    doc,
    model,
    left: PAGE.margin,
    right: PAGE.width - PAGE.margin,
    width: PAGE.width - 2 * PAGE.margin,
    top: PAGE.margin,
    bottom: PAGE.height - PAGE.margin,
  };
}
