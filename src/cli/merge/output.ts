/**
 * Where a merge writes: `<team>.consensus.evaluation.json` and `<team>.consensus.pdf` in `--out`, and its
 * session at `<out>/.fidelity/<team>-<visit-date>.consensus.session.json` until it is finished.
 */
import { join } from "node:path";
import type { Evaluation } from "../../core/evaluation.js";
import { writeFileAtomic } from "../../io/atomic-write.js";
import { teamFileStem, writeEvaluationFile } from "../../io/evaluation-file.js";
import { renderPdf } from "../outputs.js";
import { SESSION_DIR } from "../wizard/session.js";

export function consensusPaths(outDir: string, teamName: string): { evaluation: string; pdf: string } {
  const stem = teamFileStem(teamName);
  return { evaluation: join(outDir, `${stem}.consensus.evaluation.json`), pdf: join(outDir, `${stem}.consensus.pdf`) };
}

export function mergeSessionPath(outDir: string, teamName: string, visitDate: string): string {
  return join(outDir, SESSION_DIR, `${teamFileStem(teamName)}-${visitDate}.consensus.session.json`);
}

/** Render first (a failure leaves nothing half-written), then the evaluation file, then the PDF. */
export async function writeConsensus(
  outDir: string,
  consensus: Evaluation,
  options: { lang: "nb" | "en"; showStaffNames?: boolean },
): Promise<{ evaluation: string; pdf: string }> {
  const paths = consensusPaths(outDir, consensus.team.name);
  const pdf = await renderPdf(consensus, options);
  writeEvaluationFile(paths.evaluation, consensus);
  writeFileAtomic(paths.pdf, pdf);
  return paths;
}
