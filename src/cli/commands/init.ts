/**
 * `fidelity init <dir>`: a new team folder with header-only CSVs (the headers the reader expects), a team.json
 * to fill in, and an answers skeleton listing every item the evaluator rates. Never overwrites a file.
 */
import { copyFileSync, existsSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { IoError, UsageError } from "../../core/errors.js";
import { allItems, type Lang, type PointsItem, type Scale } from "../../core/scale.js";
import { writeFileAtomic } from "../../io/atomic-write.js";
import { makeDirs } from "../../io/make-dirs.js";
import { loadScale, TEMPLATES_DIR } from "../../io/scales.js";
import { type CliContext, command, info } from "../context.js";
import { parseOptions, type RawOptions } from "../options.js";
import { INIT } from "./init.messages.js";

const CSV_FILES = ["utetid.csv", "arbeidsgiverkontakter.csv", "portefolje.csv"];

/**
 * The `$comment` at the top of the answers skeleton: how to rate this scale's items, in the run's language,
 * with examples built from the scale's own item ids (each example is a valid answer as written).
 */
export function answersComment(scale: Scale, lang: Lang): string {
  const t = INIT.in(lang);
  const items = allItems(scale);
  const byHand = (items.find((i) => i.kind === "anchor") ?? items.find((i) => i.kind !== "data"))?.id;
  const fromData = items.find((i) => i.kind === "data");
  const withElements = items.find((i) => i.kind === "elements") as PointsItem | undefined;
  const ids = items
    .filter((i) => i.kind === "data")
    .map((i) => i.id)
    .join(", ");
  const parts: string[] = [t("ratings")];
  if (scale.scoring === "colours") {
    parts.push(t("colourEach", { byHand }));
    if (fromData) parts.push(t("colourFromData", { ids, id: fromData.id }));
  } else {
    parts.push(t("scoreEach", { byHand }));
    if (withElements) {
      const example = JSON.stringify((withElements.elements ?? []).slice(0, 2).map((e) => e.id)).replace(/,/g, ", ");
      parts.push(t("elementItems", { id: withElements.id, example }));
    }
    if (fromData) parts.push(t("scoreFromData", { ids, id: fromData.id }));
  }
  parts.push(t("notRatedYet"));
  return parts.join(" ");
}

export function answersSkeleton(scale: Scale, lang: Lang = "nb"): Record<string, unknown> {
  const skeleton: Record<string, unknown> = { $comment: answersComment(scale, lang) };
  for (const item of allItems(scale)) {
    if (item.kind === "data") continue;
    skeleton[`$${item.id}`] =
      item.kind === "elements"
        ? `${item.title[lang]}. ${INIT.in(lang)("elements")}: ${((item as PointsItem).elements ?? []).map((e) => e.id).join(", ")}`
        : item.title[lang];
    // Left empty on purpose: an untouched item stays unrated (an empty element list would score 1).
    skeleton[item.id] = {};
  }
  skeleton.context = "";
  return skeleton;
}

export async function runInit(ctx: CliContext, dir: string, raw: RawOptions<"init">) {
  const opts = parseOptions("init", raw);
  const target = resolve(ctx.cwd, dir);
  const scale = loadScale(opts.scale, opts.scaleFile);
  const files = [...CSV_FILES, "team.json", "vurderinger.json"];
  const existing = files.filter((f) => existsSync(join(target, f)));
  if (existing.length) throw new UsageError(INIT.text("alreadyThere", { dir, files: existing.join(", ") }));
  try {
    makeDirs(target);
    for (const f of CSV_FILES) copyFileSync(join(TEMPLATES_DIR, "init", f), join(target, f));
  } catch (e) {
    throw new IoError(INIT.text("cannotCreate", { dir, code: (e as NodeJS.ErrnoException).code ?? String(e) }), target);
  }
  const team = {
    name: basename(target),
    office: "",
    scale: scale.id,
    // Never invented: today is rarely the visit date, and a wrong one shifts the whole data window.
    ...(opts.visitDate ? { visitDate: opts.visitDate } : {}),
    evaluators: [],
    fte: {},
    countingRules: {},
  };
  writeFileAtomic(join(target, "team.json"), `${JSON.stringify(team, null, 2)}\n`);
  writeFileAtomic(join(target, "vurderinger.json"), `${JSON.stringify(answersSkeleton(scale, ctx.lang), null, 2)}\n`);
  const t = INIT.in(ctx.lang);
  info(ctx, t("created", { dir }));
  for (const f of files) info(ctx, `  ${join(dir, f)}`);
  if (!opts.visitDate) info(ctx, t("noVisitDate"));
  info(ctx, t("fillIn", { command: command(ctx, `validate ${dir}`) }));
  return 0;
}
