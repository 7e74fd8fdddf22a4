/**
 * Every file `fidelity` writes for a team, named in one place, and the renderers that draw a file from an
 * evaluation (the PDF report now). `score`, `report`, `evaluate` and setting an evaluation aside all name
 * their files here, so a new kind of output is one entry in {@link RENDERERS}: it is then written with the
 * evaluation, drawn again by `report`, and kept with the evaluation when that is set aside.
 *
 * Names: `<stem>.evaluation.json`; the action plan `<stem>.handlingsplan.csv`; a rendered file `<stem>.<ext>` in the evaluation's own language and
 * `<stem>.<lang>.<ext>` in another; the wizard's session `<team-dir>/.fidelity/<stem>-<date>.session.json`.
 * The stem comes from the team's name ({@link teamFileStem}); change naming here and nowhere else.
 */
import { basename, dirname, join } from "node:path";
import type { Evaluation } from "../core/evaluation.js";
import { buildReportModel } from "../core/report/build.js";
import { LANGS, type Lang } from "../core/scale.js";
import { teamFileStem } from "./evaluation-file.js";

export interface RenderOptions {
  lang: Lang;
  showStaffNames?: boolean;
  previous?: Evaluation;
}

export interface Renderer {
  /** The file name's ending after the stem (and the language, for another language than the evaluation's). */
  extension: string;
  render(evaluation: Evaluation, options: RenderOptions): Promise<Buffer>;
}

/** Render the report PDF for an evaluation (pdfkit is loaded only when a PDF is made). */
async function renderPdf(evaluation: Evaluation, options: RenderOptions): Promise<Buffer> {
  const { renderReportPdf } = await import("./pdf/index.js");
  return renderReportPdf(buildReportModel(evaluation, options));
}

/** Every kind of file drawn from an evaluation. */
export const RENDERERS = {
  pdf: { extension: "pdf", render: renderPdf },
} as const satisfies Record<string, Renderer>;

export type RendererId = keyof typeof RENDERERS;
export const RENDERER_IDS = Object.keys(RENDERERS) as RendererId[];

/** The files of one team in one folder. */
export interface TeamFiles {
  /** The folder and the name every file starts with: `<dir>/<stem>`. */
  base: string;
  evaluation: string;
  /** `<stem>.handlingsplan.csv`: the action plan for follow-up, in the report's language (issue 11). */
  actionPlan: string;
  /** A rendered file: in the evaluation's own language without `lang`, `<stem>.<lang>.<ext>` with it. */
  rendered(renderer: RendererId, lang?: Lang): string;
  /**
   * The endings after `base` of the evaluation file and of every file that may have been drawn from it (each
   * renderer, each language, and the action plan): `.evaluation.json`, `.handlingsplan.csv`, `.pdf`, `.nb.pdf`,
   * `.en.pdf`.
   */
  endings: string[];
}

const EVALUATION = ".evaluation.json";
const ACTION_PLAN = ".handlingsplan.csv";
const rendering = (renderer: RendererId, lang?: Lang) => `${lang ? `.${lang}` : ""}.${RENDERERS[renderer].extension}`;

function filesAt(base: string): TeamFiles {
  return {
    base,
    evaluation: `${base}${EVALUATION}`,
    actionPlan: `${base}${ACTION_PLAN}`,
    rendered: (renderer, lang) => `${base}${rendering(renderer, lang)}`,
    endings: [
      EVALUATION,
      ACTION_PLAN,
      ...RENDERER_IDS.flatMap((r) => [rendering(r), ...LANGS.map((l) => rendering(r, l))]),
    ],
  };
}

/** The files `score` and `evaluate` write for a team in `outDir`. */
export function teamFiles(outDir: string, teamName: string): TeamFiles {
  return filesAt(join(outDir, teamFileStem(teamName)));
}

/** The files beside an evaluation file, named after it (`x.evaluation.json`, or any `x.json` → `x`). */
export function filesBeside(evaluationPath: string): TeamFiles {
  return filesAt(join(dirname(evaluationPath), basename(evaluationPath).replace(/(\.evaluation)?\.json$/i, "")));
}

/** The folder in a team folder where the wizard keeps its sessions. */
export const SESSION_DIR = ".fidelity";
export const SESSION_SUFFIX = ".session.json";

/** The wizard's session file for a team and visit date. */
export function sessionFile(teamDir: string, teamName: string, visitDate: string): string {
  return join(teamDir, SESSION_DIR, `${teamFileStem(teamName)}-${visitDate}${SESSION_SUFFIX}`);
}

/** The run's own files in `outDir` (not of one team): the summaries and the overview across all teams. */
export function runFiles(outDir: string): { summaryCsv: string; summaryJson: string; overview: string } {
  return {
    summaryCsv: join(outDir, "summary.csv"),
    summaryJson: join(outDir, "summary.json"),
    overview: join(outDir, "oversikt.pdf"),
  };
}

/** The files of a consensus merge of a team's evaluations in `outDir`: `<stem>.consensus.evaluation.json`, …. */
export function consensusFiles(outDir: string, teamName: string): TeamFiles {
  return filesAt(join(outDir, `${teamFileStem(teamName)}.consensus`));
}

/** The merge's session file for a team and visit date, in the output folder until the merge is finished. */
export function mergeSessionFile(outDir: string, teamName: string, visitDate: string): string {
  return join(outDir, SESSION_DIR, `${teamFileStem(teamName)}-${visitDate}.consensus${SESSION_SUFFIX}`);
}
