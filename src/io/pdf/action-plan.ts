/** The action plan: the follow-up of the previous plan (with each action's status), then the new plan's rows. */
import type { Colour } from "../../core/scale.js";
import { gap, type Layout } from "./document.js";
import { drawTable, type TableCell } from "./table.js";
import { heading1, heading2, paragraph } from "./text.js";
import { INK, SIZE } from "./theme.js";

const STATUS_COLOUR: Record<"done" | "partly" | "notDone", Colour> = {
  done: "green",
  partly: "yellow",
  notDone: "red",
};

export function drawActionPlan(L: Layout): void {
  const plan = L.model.actionPlan;
  if (!plan) return;
  gap(L, 16);
  const previous = plan.previous;
  // The follow-up's heading and summary stay with its table's header and first row (no heading alone at the foot
  // of a page): the section heading keeps that much with it too.
  const outline = heading1(L, plan.title, previous ? 190 : 120);

  if (previous) {
    outline.addItem(previous.title);
    heading2(L, previous.title, 150);
    paragraph(L, previous.summary, { bold: true, after: 4 });
    const c = previous.columns;
    drawTable(
      L,
      [
        { header: c.item, share: 0.075 },
        { header: c.action, share: 0.43 },
        { header: c.responsible, share: 0.2 },
        { header: c.deadline, share: 0.12 },
        { header: c.status, share: 0.175 },
      ],
      previous.rows.map((r) => {
        const status: TableCell = r.statusKey
          ? { text: r.status, colour: STATUS_COLOUR[r.statusKey] }
          : { text: r.status, muted: true };
        return {
          cells: [
            { text: r.itemId ?? "–", bold: true },
            { text: r.measure ? `${r.action} (${r.measure})` : r.action },
            { text: r.responsible },
            { text: r.deadline },
            status,
          ],
        };
      }),
      { size: SIZE.small },
    );
    gap(L, 12);
  }

  for (const p of plan.intro) paragraph(L, p, { after: 4 });
  if (plan.rows.length === 0) {
    paragraph(L, plan.empty, { colour: INK.muted });
    return;
  }
  const c = plan.columns;
  drawTable(
    L,
    [
      { header: c.item, share: 0.075 },
      { header: c.action, share: 0.27 },
      { header: c.responsible, share: 0.17 },
      { header: c.deadline, share: 0.12 },
      { header: c.support, share: 0.17 },
      { header: c.measure, share: 0.195 },
    ],
    plan.rows.map((r) => ({
      cells: [
        { text: r.itemId ?? "–", bold: true },
        { text: r.action },
        { text: r.responsible },
        { text: r.deadline },
        { text: r.support },
        { text: r.measure },
      ],
    })),
    { size: SIZE.small },
  );
}
