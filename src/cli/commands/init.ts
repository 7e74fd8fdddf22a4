/**
 * `fidelity init <dir>`: a new team folder with header-only CSVs (the headers the reader expects), a team.json
 * to fill in, and an answers skeleton listing every item the evaluator rates. Never overwrites a file.
 */
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { IoError, UsageError } from "../../core/errors.js";
import { allItems, type PointsItem, type Scale } from "../../core/scale.js";
import { writeFileAtomic } from "../../io/atomic-write.js";
import { loadScale, TEMPLATES_DIR } from "../../io/scales.js";
import { type CliContext, info } from "../context.js";
import { optionalIsoDate } from "../options.js";

const CSV_FILES = ["utetid.csv", "arbeidsgiverkontakter.csv", "portefolje.csv"];

export function answersSkeleton(scale: Scale): Record<string, unknown> {
  const skeleton: Record<string, unknown> = {
    $comment:
      "Evaluator ratings. Points scale: a score 1-5, or { score, note }. Element items: { elements: [ids] }. Colour scale: grønn/gul/rød. Data items are scored from the CSVs; to override, give { score, reason }.",
  };
  for (const item of allItems(scale)) {
    if (item.kind === "data") continue;
    skeleton[`$${item.id}`] =
      item.kind === "elements"
        ? `${item.title.nb}. Elementer: ${((item as PointsItem).elements ?? []).map((e) => e.id).join(", ")}`
        : item.title.nb;
    // Left empty on purpose: an untouched item stays unrated (an empty element list would score 1).
    skeleton[item.id] = {};
  }
  skeleton.context = "";
  return skeleton;
}

export async function runInit(
  ctx: CliContext,
  dir: string,
  opts: { scale?: string; scaleFile?: string; visitDate?: string },
) {
  optionalIsoDate(opts.visitDate, "--visit-date");
  const target = resolve(ctx.cwd, dir);
  const scale = loadScale(opts.scale, opts.scaleFile);
  const files = [...CSV_FILES, "team.json", "vurderinger.json"];
  const existing = files.filter((f) => existsSync(join(target, f)));
  if (existing.length)
    throw new UsageError(`${dir} already has ${existing.join(", ")}; nothing was written (init never overwrites)`);
  try {
    mkdirSync(target, { recursive: true });
    for (const f of CSV_FILES) copyFileSync(join(TEMPLATES_DIR, "init", f), join(target, f));
  } catch (e) {
    throw new IoError(`cannot create ${dir}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, target);
  }
  const team = {
    name: basename(target),
    office: "",
    scale: scale.id,
    visitDate: opts.visitDate ?? ctx.today,
    evaluators: [],
    fte: {},
    countingRules: {},
  };
  writeFileAtomic(join(target, "team.json"), `${JSON.stringify(team, null, 2)}\n`);
  writeFileAtomic(join(target, "vurderinger.json"), `${JSON.stringify(answersSkeleton(scale), null, 2)}\n`);
  info(ctx, ctx.lang === "nb" ? `Opprettet ${dir}:` : `Created ${dir}:`);
  for (const f of files) info(ctx, `  ${join(dir, f)}`);
  info(
    ctx,
    ctx.lang === "nb"
      ? "Fyll inn CSV-eksportene og team.json, og kjør så: fidelity validate " + dir
      : "Fill in the CSV exports and team.json, then run: fidelity validate " + dir,
  );
  return 0;
}
