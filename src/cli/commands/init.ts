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

const CSV_FILES = ["utetid.csv", "arbeidsgiverkontakter.csv", "portefolje.csv"];

/**
 * The `$comment` at the top of the answers skeleton: how to rate this scale's items, in the run's language,
 * with examples built from the scale's own item ids (each example is a valid answer as written).
 */
export function answersComment(scale: Scale, lang: Lang): string {
  const nb = lang === "nb";
  const items = allItems(scale);
  const byHand = items.find((i) => i.kind === "anchor") ?? items.find((i) => i.kind !== "data");
  const fromData = items.find((i) => i.kind === "data");
  const withElements = items.find((i) => i.kind === "elements") as PointsItem | undefined;
  const reason = nb ? "begrunnelse" : "why";
  const note = nb ? "notat" : "note";
  const parts: string[] = [nb ? "Evaluatorens vurderinger." : "The evaluator's ratings."];
  if (scale.scoring === "colours") {
    parts.push(
      nb
        ? `Gi hvert punkt en farge: grønn, gul eller rød${byHand ? `, f.eks. "${byHand.id}": "gul", eller med notat "${byHand.id}": { "colour": "gul", "note": "${note}" }` : ""}. Ikke skår (1–5): dette instrumentet bruker farger.`
        : `Give each point a colour: grønn (green), gul (yellow) or rød (red)${byHand ? `, e.g. "${byHand.id}": "gul", or with a note "${byHand.id}": { "colour": "gul", "note": "${note}" }` : ""}. No scores (1–5): this instrument uses colours.`,
    );
    if (fromData)
      parts.push(
        nb
          ? `Punkter dataene gir farge på (${items
              .filter((i) => i.kind === "data")
              .map((i) => i.id)
              .join(
                ", ",
              )}) får den fra CSV-filene; for å overstyre, gi farge og begrunnelse, f.eks. "${fromData.id}": { "colour": "gul", "reason": "${reason}" }.`
          : `Points the data gives a colour (${items
              .filter((i) => i.kind === "data")
              .map((i) => i.id)
              .join(
                ", ",
              )}) get it from the CSV files; to override, give a colour and a reason, e.g. "${fromData.id}": { "colour": "gul", "reason": "${reason}" }.`,
      );
  } else {
    parts.push(
      nb
        ? `Gi hvert punkt en skår 1–5${byHand ? `, f.eks. "${byHand.id}": 4, eller med notat "${byHand.id}": { "score": 4, "note": "${note}" }` : ""}.`
        : `Give each item a score 1–5${byHand ? `, e.g. "${byHand.id}": 4, or with a note "${byHand.id}": { "score": 4, "note": "${note}" }` : ""}.`,
    );
    if (withElements) {
      const example = JSON.stringify((withElements.elements ?? []).slice(0, 2).map((e) => e.id)).replace(/,/g, ", ");
      parts.push(
        nb
          ? `Elementpunkter: kryss av elementene som er på plass (de står i $-linjen over punktet), f.eks. "${withElements.id}": { "elements": ${example} }.`
          : `Element items: list the elements in place (named in the $ line above the item), e.g. "${withElements.id}": { "elements": ${example} }.`,
      );
    }
    if (fromData)
      parts.push(
        nb
          ? `Datapunktene (${items
              .filter((i) => i.kind === "data")
              .map((i) => i.id)
              .join(
                ", ",
              )}) skåres fra CSV-filene; for å overstyre, gi skår og begrunnelse, f.eks. "${fromData.id}": { "score": 3, "reason": "${reason}" }.`
          : `Data items (${items
              .filter((i) => i.kind === "data")
              .map((i) => i.id)
              .join(
                ", ",
              )}) are scored from the CSV files; to override, give a score and a reason, e.g. "${fromData.id}": { "score": 3, "reason": "${reason}" }.`,
      );
  }
  parts.push(
    nb
      ? `Et punkt som står som {} er ikke vurdert ennå. "context": forhold utenfor teamets kontroll. Nøkler som begynner med $ er kommentarer.`
      : `An item left as {} is not rated yet. "context": conditions outside the team's control. Keys starting with $ are comments.`,
  );
  return parts.join(" ");
}

export function answersSkeleton(scale: Scale, lang: Lang = "nb"): Record<string, unknown> {
  const skeleton: Record<string, unknown> = { $comment: answersComment(scale, lang) };
  for (const item of allItems(scale)) {
    if (item.kind === "data") continue;
    skeleton[`$${item.id}`] =
      item.kind === "elements"
        ? `${item.title[lang]}. ${lang === "nb" ? "Elementer" : "Elements"}: ${((item as PointsItem).elements ?? []).map((e) => e.id).join(", ")}`
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
  if (existing.length)
    throw new UsageError(`${dir} already has ${existing.join(", ")}; nothing was written (init never overwrites)`);
  try {
    makeDirs(target);
    for (const f of CSV_FILES) copyFileSync(join(TEMPLATES_DIR, "init", f), join(target, f));
  } catch (e) {
    throw new IoError(`cannot create ${dir}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, target);
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
  info(ctx, ctx.lang === "nb" ? `Opprettet ${dir}:` : `Created ${dir}:`);
  for (const f of files) info(ctx, `  ${join(dir, f)}`);
  if (!opts.visitDate)
    info(
      ctx,
      ctx.lang === "nb"
        ? `Besøksdatoen er ikke satt: skriv den i team.json ("visitDate": "ÅÅÅÅ-MM-DD"), eller gi --visit-date når du kjører validate, score eller evaluate (evaluate spør om den). Uten den brukes dagens dato, og det sies fra.`
        : `The visit date is not set: write it in team.json ("visitDate": "YYYY-MM-DD"), or give --visit-date when you run validate, score or evaluate (evaluate asks for it). Without it today's date is used, and a warning says so.`,
    );
  info(
    ctx,
    ctx.lang === "nb"
      ? `Fyll inn CSV-eksportene, team.json og vurderinger.json, og kjør så: ${command(ctx, `validate ${dir}`)}`
      : `Fill in the CSV exports, team.json and vurderinger.json, then run: ${command(ctx, `validate ${dir}`)}`,
  );
  return 0;
}
