/**
 * The items across the teams, weakest first: number, item, teams rated, mean, a bar split into the shares
 * ≥ 4 / 3 / < 3 and the three shares as numbers (and the change in the mean since the previous round).
 */
import type { PointsSection } from "../../../core/overview/model.js";
import { type Box, ensureSpace, gap, newPage, rule } from "../document.js";
import { fitText, line, paragraph, setFont } from "../text.js";
import { INK, SIZE } from "../theme.js";
import { SHARE_FILL } from "./palette.js";

const ROW = 12.5;

export function drawItemStats(L: Box, s: PointsSection["items"]): void {
  const { doc } = L;
  paragraph(L, s.note, { size: SIZE.small, colour: INK.muted });
  const hasChange = s.columns.change !== undefined;
  // Column layout, left to right.
  const wId = 24;
  const wTeams = 28;
  const wMean = 30;
  const wBar = 110;
  const wPct = 30;
  const wChange = hasChange ? 40 : 0;
  const wTitle = L.width - wId - wTeams - wMean - wBar - 3 * wPct - wChange - 12;
  const x = {
    id: L.left,
    title: L.left + wId,
    teams: L.left + wId + wTitle,
    mean: L.left + wId + wTitle + wTeams,
    bar: L.left + wId + wTitle + wTeams + wMean + 6,
    pct: L.left + wId + wTitle + wTeams + wMean + 12 + wBar,
    change: L.left + L.width - wChange,
  };
  const right = (text: string, rightEdge: number, y: number) => line(doc, text, rightEdge - doc.widthOfString(text), y);
  const header = () => {
    const y = doc.y;
    doc.rect(L.left, y, L.width, 14).fill(INK.headerFill);
    setFont(doc, true, SIZE.tiny + 0.5, INK.muted);
    line(doc, s.columns.id, x.id + 2, y + 4);
    line(doc, s.columns.item, x.title, y + 4);
    right(s.columns.teams, x.teams + wTeams - 2, y + 4);
    right(s.columns.mean, x.mean + wMean - 2, y + 4);
    const keys = ["atLeast4", "three", "below3"] as const;
    keys.forEach((k, i) => {
      doc.rect(x.pct + i * wPct + 2, y + 4.5, 5, 5).fill(SHARE_FILL[k]);
      setFont(doc, true, SIZE.tiny + 0.5, INK.muted);
      right(s.columns[k], x.pct + (i + 1) * wPct - 2, y + 4);
    });
    if (hasChange && s.columns.change) right(s.columns.change, L.right - 2, y + 4);
    doc.y = y + 15;
  };
  ensureSpace(L, 15 + 3 * ROW);
  header();
  for (const r of s.rows) {
    if (doc.y + ROW > L.bottom) {
      newPage(L);
      header();
    }
    const y = doc.y;
    setFont(doc, true, SIZE.tiny + 0.5, INK.text);
    line(doc, r.id, x.id + 2, y + 3);
    setFont(doc, false, SIZE.tiny + 0.5, INK.text);
    line(doc, fitText(doc, r.title, wTitle - 6), x.title, y + 3);
    right(r.teams, x.teams + wTeams - 2, y + 3);
    setFont(doc, true, SIZE.tiny + 0.5, INK.text);
    right(r.mean, x.mean + wMean - 2, y + 3);
    // The bar: shares side by side, in the order ≥ 4, 3, < 3.
    let bx = x.bar;
    doc.rect(x.bar, y + 3, wBar, ROW - 6).fill(INK.track);
    for (const k of ["atLeast4", "three", "below3"] as const) {
      const w = (wBar * r.pct[k]) / 100;
      if (w > 0) doc.rect(bx, y + 3, w, ROW - 6).fill(SHARE_FILL[k]);
      bx += w;
    }
    setFont(doc, false, SIZE.tiny + 0.5, INK.text);
    (["atLeast4", "three", "below3"] as const).forEach((k, i) => {
      right(r.pctText[k], x.pct + (i + 1) * wPct - 2, y + 3);
    });
    if (hasChange && r.change !== undefined) right(r.change, L.right - 2, y + 3);
    rule(L, y + ROW, INK.rule, 0.4);
    doc.y = y + ROW;
  }
  doc.x = L.left;
  gap(L, 8);
}
