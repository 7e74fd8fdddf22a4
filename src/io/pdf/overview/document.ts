/** oversikt.pdf's document: the team reports' set-up (createBox: A4, DejaVu Sans, fixed metadata) and its model. */
import type { OverviewModel } from "../../../core/overview/model.js";
import { type Box, createBox } from "../document.js";

export interface OverviewLayout extends Box {
  model: OverviewModel;
}

export function createOverviewDocument(model: OverviewModel): OverviewLayout {
  const box = createBox({
    lang: model.lang,
    creationDate: model.creationDate,
    title: model.title,
    subject: model.pageHeader,
  });
  return { ...box, model };
}
