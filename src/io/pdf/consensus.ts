/**
 * The consensus appendix page (`fidelity merge`): both evaluators and their files, the agreement before the
 * consensus and the totals, then every item with A, B and the consensus, disagreements marked (≠, the
 * consensus in bold) with the rationale. Self-contained: it draws only `model.consensus`.
 */
import type { ConsensusAppendixRow } from "../../core/report/consensus.js";
import type { Colour } from "../../core/scale.js";
import { freshPage, gap, type Layout } from "./document.js";
import { drawTable, type TableCell } from "./table.js";
import { heading1, heading2, paragraph, setFont, withoutId } from "./text.js";
import { INK, SIZE } from "./theme.js";

export function drawConsensus(L: Layout): void {
  const appendix = L.model.consensus;
  if (!appendix) return;
  freshPage(L);
  heading1(L, appendix.title, 120);
  paragraph(L, appendix.intro, { after: 6 });

  const labelled = (rows: { label: string; value: string }[]) => {
    setFont(L.doc, true, SIZE.small + 0.5);
    const longest = Math.max(...rows.map((r) => L.doc.widthOfString(r.label)));
    const share = Math.min(0.4, Math.max(0.06, (longest + 14) / L.width));
    drawTable(
      L,
      [
        { header: "", share },
        { header: "", share: 1 - share },
      ],
      rows.map((r) => ({ cells: [{ text: r.label, bold: true }, { text: r.value }] })),
      { header: false },
    );
  };
  labelled(appendix.sources);
  gap(L, 8);
  heading2(L, appendix.statisticsTitle, 90);
  labelled(appendix.statistics);

  gap(L, 10);
  const c = appendix.columns;
  const mark = (text: string, colour: Colour | undefined, bold = false): TableCell =>
    colour ? { text, colour } : { text, bold, ...(text === "–" ? { muted: true } : {}) };
  const row = (r: ConsensusAppendixRow) => ({
    cells: [
      { text: r.differ ? `≠ ${r.id}` : r.id, bold: true, ...(r.differ ? { ink: INK.accent } : {}) },
      { text: withoutId(r.id, r.title) },
      mark(r.a, r.colours?.a),
      mark(r.b, r.colours?.b),
      mark(r.consensus, r.colours?.consensus, r.differ),
      { text: r.rationale ?? "", ...(r.differ ? {} : { muted: true }) },
    ],
  });
  drawTable(
    L,
    [
      { header: c.id, share: 0.08 },
      { header: c.item, share: 0.3 },
      { header: c.a, share: 0.09, align: "center" },
      { header: c.b, share: 0.09, align: "center" },
      { header: c.consensus, share: 0.12, align: "center" },
      { header: c.rationale, share: 0.32 },
    ],
    appendix.rows.map(row),
  );
  gap(L, 4);
  paragraph(L, appendix.legend, { size: SIZE.small, colour: INK.muted });
}
