/**
 * Running page header and "Side 2 av 7" footer, written on every buffered page once the content is done. A
 * provisional report says so ("FORELØPIG") at the right of every page's header, so no page read on its own can
 * pass for a final result.
 */
import { type Box, type Layout, rule } from "./document.js";
import { fitText, line, setFont } from "./text.js";
import { INK, PAGE, SIGNAL, SIZE } from "./theme.js";

export function drawPageFrames(L: Layout): void {
  const { model } = L;
  drawFrames(L, {
    header: model.meta.pageHeader,
    footer: model.meta.team,
    page: model.labels.page,
    of: model.labels.of,
    ...(model.provisionalMark ? { mark: model.provisionalMark } : {}),
  });
}

/** The header line (with `mark` in red at its right), the footer text and "Side 2 av 7" on every buffered page. */
export function drawFrames(
  L: Box,
  words: { header: string; footer: string; page: string; of: string; mark?: string },
): void {
  const { doc } = L;
  const range = doc.bufferedPageRange();
  const count = range.count;
  for (let i = 0; i < count; i++) {
    doc.switchToPage(range.start + i);
    // Writing inside the margins must not trigger pdfkit's automatic page break.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;

    let headerWidth = L.width;
    if (words.mark) {
      setFont(doc, true, SIZE.small, SIGNAL.red.fill);
      const mw = doc.widthOfString(words.mark);
      line(doc, words.mark, L.right - mw, PAGE.headerY - 0.5);
      headerWidth -= mw + 12;
    }
    setFont(doc, false, SIZE.tiny + 0.5, INK.muted);
    line(doc, fitText(doc, words.header, headerWidth), L.left, PAGE.headerY);
    const hy = PAGE.headerY + 12;
    rule(L, hy, INK.rule, 0.5);

    const fy = PAGE.footerY;
    rule(L, fy - 5, INK.rule, 0.5);
    const pageText = `${words.page} ${i + 1} ${words.of} ${count}`;
    setFont(doc, false, SIZE.small, INK.muted);
    const pw = doc.widthOfString(pageText);
    line(doc, pageText, L.right - pw, fy);
    setFont(doc, false, SIZE.tiny + 0.5, INK.muted);
    line(doc, fitText(doc, words.footer, L.width - pw - 20), L.left, fy + 0.5);

    doc.page.margins.bottom = bottom;
  }
}
