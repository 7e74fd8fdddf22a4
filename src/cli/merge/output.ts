/**
 * Where a merge writes: `<team>.consensus.evaluation.json` and `<team>.consensus.pdf` in `--out`, and its
 * session at `<out>/.fidelity/<team>-<visit-date>.consensus.session.json` until it is finished.
 */
import type { Evaluation } from "../../core/evaluation.js";
import { writeFileAtomic } from "../../io/atomic-write.js";
import { writeEvaluationFile } from "../../io/evaluation-file.js";
import { consensusFiles, mergeSessionFile, RENDERERS } from "../../io/team-outputs.js";

export function consensusPaths(outDir: string, teamName: string): { evaluation: string; pdf: string } {
  const files = consensusFiles(outDir, teamName);
  return { evaluation: files.evaluation, pdf: files.rendered("pdf") };
}

export const mergeSessionPath = mergeSessionFile;

/** Render first (a failure leaves nothing half-written), then the evaluation file, then the PDF. */
export async function writeConsensus(
  outDir: string,
  consensus: Evaluation,
  options: { lang: "nb" | "en"; showStaffNames?: boolean },
): Promise<{ evaluation: string; pdf: string }> {
  const paths = consensusPaths(outDir, consensus.team.name);
  const pdf = await RENDERERS.pdf.render(consensus, options);
  writeEvaluationFile(paths.evaluation, consensus);
  writeFileAtomic(paths.pdf, pdf);
  return paths;
}
