/**
 * `fidelity agreement <path…>`: agreement between evaluators over many pairs of evaluations (reviewer training
 * and calibration). Every `*.evaluation.json` under the paths is read; evaluations of the same team, visit date
 * and instrument are paired; per instrument it prints the statistics pooled over every item of every pair,
 * the ICC(A,1) of the totals (IPS), each pair's figures and each item's disagreement rate — or all of it as
 * JSON with `--json`. Files that find no partner are listed on stderr with the reason.
 */
import { isAbsolute, relative, resolve } from "node:path";
import {
  agreementAcross,
  type EvaluationFile,
  type ScaleAgreement,
  type Unpaired,
} from "../../core/agreement/across-pairs.js";
import { EXIT, InputDataError, type InputIssue } from "../../core/errors.js";
import { formatDate, formatNumber, formatPercent } from "../../core/format.js";
import type { Lang } from "../../core/scale.js";
import { findEvaluationFiles, readEvaluations } from "../../io/evaluation-files.js";
import {
  clip,
  columns,
  iccJson,
  iccText,
  percentText,
  statisticsJson,
  statisticsRows,
  totalJson,
  totalText,
} from "../agreement-text.js";
import { type CliContext, info, print, printJson } from "../context.js";
import { printIssues } from "../run.js";
import { tr } from "../wizard/style.js";

export interface AgreementOptions {
  json?: boolean;
}

export async function runAgreement(ctx: CliContext, paths: string[], opts: AgreementOptions): Promise<number> {
  const lang = ctx.lang;
  const t = tr(lang);
  const shown = (p: string) => {
    const rel = relative(ctx.cwd, p);
    return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : p;
  };
  const found = findEvaluationFiles(paths.map((p) => resolve(ctx.cwd, p)));
  const read = readEvaluations(found.files);
  const files: EvaluationFile[] = [];
  const problems: InputIssue[] = [];
  for (const r of read) {
    if ("evaluation" in r) files.push({ file: shown(r.path), evaluation: r.evaluation });
    else if (r.problem instanceof InputDataError && r.problem.issues.length)
      problems.push(...r.problem.issues.map((i) => ({ ...i, file: shown(i.file) })));
    else problems.push({ file: shown(r.path), message: r.problem.message });
  }
  const result = agreementAcross(files);
  const pairCount = result.scales.reduce((n, s) => n + s.pairs.length, 0);

  if (pairCount === 0) {
    const issues: InputIssue[] = [...problems, ...result.unpaired.map((u) => unpairedIssue(u, lang))];
    throw new InputDataError(
      files.length + problems.length === 0
        ? `no evaluation files (*.evaluation.json) under ${paths.join(", ")}`
        : `no two evaluations of the same team, visit date and instrument among ${files.length + problems.length} file${files.length + problems.length === 1 ? "" : "s"}: nothing to compare`,
      issues,
    );
  }

  if (opts.json)
    printJson(ctx, {
      scales: result.scales.map(scaleJson),
      unpaired: result.unpaired,
      setAside: found.setAside.map(shown),
      problems: problems.map((p) => ({ file: p.file, message: p.message })),
    });
  else for (const [i, s] of result.scales.entries()) printScale(ctx, s, lang, i > 0);

  if (result.unpaired.length) {
    info(ctx, t(`\nIkke parret (${result.unpaired.length}):`, `\nNot paired (${result.unpaired.length}):`));
    for (const u of result.unpaired) info(ctx, `  ${unpairedIssue(u, lang).file}: ${unpairedIssue(u, lang).message}`);
  }
  if (found.setAside.length)
    info(
      ctx,
      t(
        `${found.setAside.length} tilsidesatt(e) fil(er) (*.replaced-*.evaluation.json) er ikke tatt med.`,
        `${found.setAside.length} set-aside file(s) (*.replaced-*.evaluation.json) left out.`,
      ),
    );
  if (problems.length) {
    ctx.stderr.write(
      `fidelity: ${problems.length === 1 ? "a file" : `${problems.length} files`} could not be read as an evaluation:\n`,
    );
    printIssues(
      ctx,
      problems.map((p) => `${p.file}: ${p.message}`),
    );
    return EXIT.invalidData;
  }
  return EXIT.ok;
}

function unpairedIssue(u: Unpaired, lang: Lang): InputIssue {
  const t = tr(lang);
  const what = `${u.team}, ${formatDate(u.visitDate, lang)}, ${u.scale}`;
  const message =
    u.reason === "consensus"
      ? t(
          `en konsensus (${what}), ikke én evaluators egen vurdering: ikke tatt med`,
          `a consensus (${what}), not one evaluator's own rating: left out`,
        )
      : u.reason === "unfinished"
        ? t(
            `ikke ferdig (${what}): bare ferdige vurderinger sammenlignes`,
            `not finished (${what}): only finished evaluations are compared`,
          )
        : u.reason === "more-than-two"
          ? t(
              `${u.count} vurderinger av samme team, besøksdato og skala (${what}): uklart hvilke to som hører sammen; gi bare de to som skal sammenlignes`,
              `${u.count} evaluations of the same team, visit date and instrument (${what}): which two belong together is unclear; give only the two to compare`,
            )
          : t(
              `ingen annen vurdering av samme team, besøksdato og skala (${what})`,
              `no other evaluation of the same team, visit date and instrument (${what})`,
            );
  return { file: u.file, message };
}

function printScale(ctx: CliContext, s: ScaleAgreement, lang: Lang, gapBefore: boolean): void {
  const t = tr(lang);
  const n = s.pairs.length;
  if (gapBefore) print(ctx);
  print(ctx, `${s.scaleName[lang]} · ${s.scaleId} ${s.scaleVersion}`);
  print(
    ctx,
    t(
      `${n} ${n === 1 ? "par" : "par"} av vurderinger (samme team, besøksdato og instrument)`,
      `${n} ${n === 1 ? "pair" : "pairs"} of evaluations (same team, visit date and instrument)`,
    ),
  );
  print(ctx);
  print(ctx, t("Samlet over alle punkter i alle par", "Pooled over every item of every pair"));
  const rows = statisticsRows(s.overall, lang);
  if (s.totalsIcc) rows.push([t("ICC(A,1) for totalsummene", "ICC(A,1) of the totals"), iccText(s.totalsIcc, lang)]);
  for (const line of columns(rows)) print(ctx, line);

  print(ctx);
  print(ctx, t("Par", "Pairs"));
  const points = s.scoring === "points";
  const pairRows = [
    [
      t("Team", "Team"),
      t("Besøk", "Visit"),
      "A",
      "B",
      ...(points ? [t("Total A", "Total A"), t("Total B", "Total B")] : []),
      t("Uenige", "Differ"),
      t("Eksakt", "Exact"),
      "Kappa",
    ],
    ...s.pairs.map((p) => [
      clip(p.team, 32),
      formatDate(p.visitDate, lang),
      clip(p.a.evaluation.evaluators.join(", ") || p.a.file, 20),
      clip(p.b.evaluation.evaluators.join(", ") || p.b.file, 20),
      ...(points ? [totalCell(p.comparison.totals.a), totalCell(p.comparison.totals.b)] : []),
      String(p.comparison.disagreements.length),
      percentText(p.comparison.statistics.exact, lang),
      p.comparison.statistics.kappa.value === undefined
        ? "–"
        : formatNumber(p.comparison.statistics.kappa.value, lang, 2, true),
    ]),
  ];
  for (const line of columns(pairRows)) print(ctx, line);
  if (!points)
    for (const p of s.pairs)
      print(
        ctx,
        `  ${clip(p.team, 32)}: A ${totalText(p.comparison.totals.a, lang)}  ·  B ${totalText(p.comparison.totals.b, lang)}`,
      );

  print(ctx);
  print(ctx, t("Uenighet per punkt", "Disagreement per item"));
  const itemRows = [
    [
      t("Punkt", "Item"),
      "",
      t("Par", "Pairs"),
      t("Uenige", "Differ"),
      t("Andel", "Rate"),
      ...(points ? [t("Snitt |A−B|", "Mean |A−B|")] : []),
    ],
    ...s.items.map((i) => [
      i.itemId,
      clip(i.title[lang], 40),
      String(i.n),
      String(i.disagreements),
      i.rate === undefined ? "–" : formatPercent(i.rate * 100, lang, 0),
      ...(points
        ? [i.meanAbsoluteDifference === undefined ? "–" : formatNumber(i.meanAbsoluteDifference, lang, 2, true)]
        : []),
    ]),
  ];
  for (const line of columns(itemRows)) print(ctx, line);
  if (s.pairs.some((p) => p.comparison.statistics.kappa.value === undefined))
    print(
      ctx,
      t(
        "\nKappa «–»: ikke definert, alle vurderingene i paret er i samme kategori (eksakt enighet sier da det som er å si).",
        "\nKappa “–”: not defined, every rating of the pair is in the same category (exact agreement then says it all).",
      ),
    );
}

function totalCell(total: Parameters<typeof totalText>[0]): string {
  if ("green" in total) return "";
  return total.value !== undefined ? String(total.value) : `${total.min}–${total.max}`;
}

function scaleJson(s: ScaleAgreement) {
  return {
    scale: { id: s.scaleId, version: s.scaleVersion, name: s.scaleName },
    scoring: s.scoring,
    pairs: s.pairs.map((p) => ({
      team: p.team,
      visitDate: p.visitDate,
      a: { file: p.a.file, evaluators: p.a.evaluation.evaluators, total: totalJson(p.comparison.totals.a) },
      b: { file: p.b.file, evaluators: p.b.evaluation.evaluators, total: totalJson(p.comparison.totals.b) },
      disagreements: p.comparison.disagreements,
      notRatedByBoth: p.comparison.notRatedByBoth,
      statistics: statisticsJson(p.comparison.statistics),
    })),
    items: s.items.map((i) => ({
      itemId: i.itemId,
      n: i.n,
      disagreements: i.disagreements,
      rate: i.rate ?? null,
      ...(s.scoring === "points" ? { meanAbsoluteDifference: i.meanAbsoluteDifference ?? null } : {}),
    })),
    overall: statisticsJson(s.overall),
    ...(s.totalsIcc ? { totalsIcc: iccJson(s.totalsIcc) } : {}),
  };
}
