// The overview's own step, as `fidelity score` runs it at the end of a batch: the compact row of every team, then
// oversikt.pdf drawn and written. Reading the evaluation files is not counted. In a fresh process, either
//   - cold: drawn in this thread (pdfkit loaded and fonts parsed for this one PDF), as score did before the
//     overview went to the PDF workers, and as it still does with --jobs 1 or under 4 teams; or
//   - --warm: drawn by one of 2 PDF workers that have first drawn every team's report, as score does now.
//
//   node bench/overview-step.mjs <score output folder> <previous output folder> [--warm]
//   prints {"teams": N, "rowsMs": …, "renderMs": …, "bytes": …}
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { OverviewCollector } from "../dist/cli/overview.js";
import { buildReportModel } from "../dist/core/report/build.js";
import { readEvaluationFile } from "../dist/io/evaluation-file.js";
import { createPdfRenderer } from "../dist/io/pdf/pool.js";
import { readPreviousRound } from "../dist/io/previous-round.js";

const [outDir, prevDir, flag] = process.argv.slice(2);
const files = readdirSync(outDir)
  .filter((f) => f.endsWith(".evaluation.json"))
  .sort();
const evaluations = files.map((f) => readEvaluationFile(join(outDir, f)));
// The teams' groups as score took them from team.json (the evaluation file does not keep them).
const summary = JSON.parse(readFileSync(join(outDir, "summary.json"), "utf8"));
const grouping = new Map(summary.teams.map((t) => [t.team, { group: t.group, reviewType: t.reviewType }]));
const previous = prevDir ? readPreviousRound(prevDir) : undefined;
const renderer = flag === "--warm" ? createPdfRenderer(2, evaluations.length) : undefined;
if (renderer) await Promise.all(evaluations.map((e) => renderer.render(buildReportModel(e, { lang: "nb" }))));
const t0 = performance.now();
const collector = new OverviewCollector();
for (const e of evaluations) collector.add(e, grouping.get(e.team.name) ?? {});
const t1 = performance.now();
const path = await collector.write(outDir, "nb", previous, renderer);
const t2 = performance.now();
await renderer?.close();
console.log(
  JSON.stringify({
    teams: evaluations.length,
    rowsMs: t1 - t0,
    renderMs: t2 - t1,
    bytes: path ? statSync(path).size : 0,
  }),
);
