/**
 * The two matrices of the overview: IPS scores per team and item (a heat map, the score printed in every cell)
 * and Kvalitetsveilederen colours per team and point (the colour's name in every cell). A header row of ids
 * repeated after each page break, a band per group, rows never split.
 */
import type { ColourSection, PointsSection } from "../../../core/overview/model.js";
import type { Colour } from "../../../core/scale.js";
import { type Box, ensureSpace, gap, newPage, rule } from "../document.js";
import { fitText, line, paragraph, setFont } from "../text.js";
import { INK, SIGNAL, SIZE } from "../theme.js";
import { SCORE_FILL } from "./palette.js";

const ROW = 11;
const HEAD = 13;

interface GridSpec<T> {
  ids: string[];
  /** Columns between the team name and the cells (e.g. the total). */
  extra?: { header: string; width: number; text: (row: T) => string };
  groups: { title?: string; rows: T[] }[];
  team: (row: T) => string;
  teamWidth: number;
  drawCell: (row: T, index: number, x: number, y: number, w: number, h: number) => void;
  /** A last row under the grid (counts), drawn like a row. */
  footer?: { label: string; draw: (index: number, x: number, y: number, w: number, h: number) => void };
}

function drawGrid<T>(L: Box, spec: GridSpec<T>): void {
  const { doc } = L;
  const extraW = spec.extra?.width ?? 0;
  const x0 = L.left + spec.teamWidth + extraW;
  const cellW = (L.right - x0) / Math.max(1, spec.ids.length);

  const header = () => {
    const y = doc.y;
    doc.rect(L.left, y, L.width, HEAD).fill(INK.headerFill);
    setFont(doc, true, SIZE.tiny, INK.muted);
    if (spec.extra) {
      const t = spec.extra.header;
      line(doc, t, L.left + spec.teamWidth + extraW - 3 - doc.widthOfString(t), y + 3.5);
    }
    spec.ids.forEach((id, i) => {
      setFont(doc, true, SIZE.tiny - 1, INK.muted);
      const t = fitText(doc, id, cellW - 1);
      line(doc, t, x0 + i * cellW + (cellW - doc.widthOfString(t)) / 2, y + 3.5);
    });
    doc.y = y + HEAD + 1;
  };
  const fits = (h: number) => doc.y + h <= L.bottom;

  ensureSpace(L, HEAD + ROW * 3);
  header();
  for (const g of spec.groups) {
    if (g.title !== undefined) {
      if (!fits(ROW * 2 + 2)) {
        newPage(L);
        header();
      }
      const y = doc.y;
      doc.rect(L.left, y, L.width, ROW).fill(INK.accentLight);
      setFont(doc, true, SIZE.tiny + 0.5, INK.accent);
      line(doc, g.title, L.left + 3, y + 2.5);
      doc.y = y + ROW + 1;
    }
    for (const row of g.rows) {
      if (!fits(ROW)) {
        newPage(L);
        header();
      }
      const y = doc.y;
      setFont(doc, false, SIZE.tiny + 0.5, INK.text);
      line(doc, fitText(doc, spec.team(row), spec.teamWidth - 4), L.left + 2, y + 2.5);
      if (spec.extra) {
        setFont(doc, true, SIZE.tiny + 0.5, INK.text);
        const t = spec.extra.text(row);
        line(doc, t, L.left + spec.teamWidth + extraW - 3 - doc.widthOfString(t), y + 2.5);
      }
      spec.ids.forEach((_, i) => {
        spec.drawCell(row, i, x0 + i * cellW + 0.5, y + 0.5, cellW - 1, ROW - 1);
      });
      doc.y = y + ROW;
    }
  }
  if (spec.footer) {
    if (!fits(ROW + 2)) {
      newPage(L);
      header();
    }
    const y = doc.y + 2;
    rule(L, y - 1, INK.muted, 0.6);
    setFont(doc, true, SIZE.tiny + 0.5, INK.text);
    line(doc, spec.footer.label, L.left + 2, y + 2.5);
    spec.ids.forEach((_, i) => {
      spec.footer?.draw(i, x0 + i * cellW, y, cellW, ROW);
    });
    doc.y = y + ROW;
  }
  doc.x = L.left;
  gap(L, 6);
}

export function drawHeatmap(L: Box, h: PointsSection["heatmap"]): void {
  const { doc } = L;
  paragraph(L, h.note, { size: SIZE.small, colour: INK.muted });
  drawScoreLegend(L);
  drawGrid(L, {
    ids: h.items.map((i) => i.id),
    extra: { header: h.totalHeader, width: 34, text: (r) => r.total },
    groups: h.groups,
    team: (r) => r.team,
    teamWidth: 112,
    drawCell: (r, i, x, y, w, hh) => {
      const v = r.cells[i];
      if (v === undefined) {
        doc.rect(x, y, w, hh).lineWidth(0.4).strokeColor(INK.rule).stroke();
        return;
      }
      const c = SCORE_FILL[v] ?? { fill: INK.track, text: INK.text };
      doc.rect(x, y, w, hh).fill(c.fill);
      setFont(doc, true, SIZE.tiny, c.text);
      const t = String(v);
      line(doc, t, x + (w - doc.widthOfString(t)) / 2, y + 2);
    },
  });
}

function drawScoreLegend(L: Box): void {
  const { doc } = L;
  ensureSpace(L, 14);
  const y = doc.y;
  let x = L.left;
  for (const s of [1, 2, 3, 4, 5]) {
    const c = SCORE_FILL[s];
    if (!c) continue;
    doc.rect(x, y, 16, 10).fill(c.fill);
    setFont(doc, true, SIZE.tiny, c.text);
    line(doc, String(s), x + 6, y + 1.5);
    x += 19;
  }
  doc.y = y + 14;
  doc.x = L.left;
}

export function drawColourMatrix(L: Box, c: ColourSection): void {
  const { doc } = L;
  paragraph(L, c.note, { size: SIZE.small, colour: INK.muted });
  drawGrid(L, {
    ids: c.points.map((p) => p.id),
    groups: c.groups,
    team: (r) => r.team,
    teamWidth: 130,
    drawCell: (r, i, x, y, w, hh) => {
      const v = r.cells[i];
      if (v === undefined) {
        doc.rect(x, y, w, hh).lineWidth(0.4).strokeColor(INK.rule).stroke();
        return;
      }
      colourCell(L, v, c.colourNames[v], x, y, w, hh);
    },
    footer: {
      label: c.countsLabel,
      draw: (i, x, y, w) => {
        const n = c.counts[i];
        if (!n) return;
        // Three small numbers in the colours' order, each on its colour.
        const third = (w - 2) / 3;
        (["green", "yellow", "red"] as const).forEach((k, j) => {
          const s = SIGNAL[k];
          doc.rect(x + 1 + j * third, y + 0.5, third - 0.5, ROW - 1).fill(s.fill);
          setFont(doc, true, SIZE.tiny - 0.5, s.text);
          const t = String(n[k]);
          line(doc, t, x + 1 + j * third + (third - doc.widthOfString(t)) / 2, y + 2.5);
        });
      },
    },
  });
}

function colourCell(L: Box, colour: Colour, name: string, x: number, y: number, w: number, h: number): void {
  const { doc } = L;
  const s = SIGNAL[colour];
  doc.rect(x, y, w, h).fill(s.fill);
  let size: number = SIZE.tiny;
  setFont(doc, true, size, s.text);
  while (size > 4.5 && doc.widthOfString(name) > w - 2) {
    size -= 0.5;
    doc.fontSize(size);
  }
  line(doc, name, x + (w - doc.widthOfString(name)) / 2, y + (h - size * 1.17) / 2 + 0.3);
}
