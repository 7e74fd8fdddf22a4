/**
 * `fidelity scales [id]`: list the instruments, or print one by section with its anchors (or colours),
 * readable in an 80-column terminal; `--json` prints the validated scale.
 */
import { allItems, type Scale } from "../../core/scale.js";
import { loadScale, shippedScaleIds } from "../../io/scales.js";
import { type CliContext, command, print, printJson } from "../context.js";
import { wrap } from "../wrap.js";
import { SCALES } from "./scales.messages.js";

const KIND_LABEL = { data: "kindData", anchor: "kindAnchor", elements: "kindElements" } as const;

export async function runScales(ctx: CliContext, id: string | undefined, opts: { scaleFile?: string; json?: boolean }) {
  if (!id && !opts.scaleFile) {
    const scales = shippedScaleIds().map((s) => loadScale(s));
    if (opts.json)
      printJson(
        ctx,
        scales.map((s) => ({ id: s.id, version: s.version, name: s.name[ctx.lang], items: allItems(s).length })),
      );
    else {
      for (const s of scales)
        print(
          ctx,
          `${s.id.padEnd(18)} ${`v${s.version}`.padEnd(12)} ${String(allItems(s).length).padStart(2)} ${SCALES.in(ctx.lang)("items")}  ${s.name[ctx.lang]}`,
        );
      print(ctx);
      print(ctx, SCALES.in(ctx.lang)("showOne", { command: command(ctx, "scales <id>") }));
    }
    return 0;
  }
  const scale = loadScale(id, opts.scaleFile);
  if (opts.json) printJson(ctx, scale);
  else for (const line of describeScale(scale, ctx)) print(ctx, line);
  return 0;
}

function describeScale(scale: Scale, ctx: CliContext): string[] {
  const L = ctx.lang;
  const t = SCALES.in(L);
  const width = Math.min(Math.max(ctx.stdout.columns ?? 80, 60), 100);
  const out: string[] = [];
  out.push(`${scale.name[L]} · ${scale.id} v${scale.version}`);
  out.push(...wrap(scale.description[L], width));
  if (scale.scoring === "points") {
    const bands = [...scale.bands].sort((a, b) => b.min - a.min).map((b) => `${b.min}–${b.max} ${b.label[L]}`);
    out.push(...wrap(t("bands", { bands: bands.join(" · ") }), width));
  } else {
    const colours = (["green", "yellow", "red"] as const).map((c) => scale.colours[c][L]).join(" · ");
    out.push(t("colours", { colours }));
  }
  for (const section of scale.sections) {
    out.push("");
    const max = scale.scoring === "points" ? t("max", { n: section.items.length * 5 }) : "";
    out.push(`${section.title[L].toUpperCase()}${max}`);
    for (const item of section.items as Scale["sections"][number]["items"]) {
      out.push("");
      out.push(
        ...wrap(`${item.id}  ${item.title[L]}  [${t(KIND_LABEL[item.kind])}; ${item.sources.join("/")}]`, width),
      );
      out.push(...wrap(item.fullImplementation[L], width, "    "));
      if ("anchors" in item) {
        for (const a of [...item.anchors].sort((x, y) => y.score - x.score))
          out.push(...wrap(a.text[L], width, "      ", `  ${a.score}   `));
        if (item.elements) {
          out.push(t("elements"));
          for (const e of item.elements) out.push(...wrap(e.text[L], width, "        ", "      □ "));
        }
      } else {
        for (const c of ["green", "yellow", "red"] as const)
          out.push(...wrap(item.colours[c][L], width, "             ", `  ${t(c).padEnd(10)} `));
      }
    }
  }
  return out;
}
