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
import { inLang } from "../../core/i18n.js";
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
import { AGREEMENT } from "./agreement.messages.js";

export interface AgreementOptions {
  json?: boolean;
}

export async function runAgreement(ctx: CliContext, paths: string[], opts: AgreementOptions): Promise<number> {
  const lang = ctx.lang;
  const t = AGREEMENT.in(lang);
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
    const issues: InputIssue[] = [...problems, ...result.unpaired.map((u) => unpairedIssue(u))];
    const count = files.length + problems.length;
    throw new InputDataError(
      count === 0
        ? AGREEMENT.text("noFiles", { paths: paths.join(", ") })
        : AGREEMENT.text("noPairs", { files: count }),
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
    info(ctx, t("notPaired", { n: result.unpaired.length }));
    for (const u of result.unpaired) {
      const issue = unpairedIssue(u);
      info(ctx, `  ${issue.file}: ${inLang(issue.message, lang)}`);
    }
  }
  if (found.setAside.length) info(ctx, t("setAside", { n: found.setAside.length }));
  if (problems.length) {
    ctx.stderr.write(t("notRead", { files: problems.length }));
    printIssues(
      ctx,
      problems.map((p) => `${p.file}: ${inLang(p.message, lang)}`),
    );
    return EXIT.invalidData;
  }
  return EXIT.ok;
}

function unpairedIssue(u: Unpaired): InputIssue {
  const what = { team: u.team, visitDate: u.visitDate, scale: u.scale };
  const message =
    u.reason === "consensus"
      ? AGREEMENT.text("unpairedConsensus", what)
      : u.reason === "unfinished"
        ? AGREEMENT.text("unpairedUnfinished", what)
        : u.reason === "more-than-two"
          ? AGREEMENT.text("unpairedMoreThanTwo", { ...what, count: u.count ?? 0 })
          : AGREEMENT.text("unpairedAlone", what);
  return { file: u.file, message };
}

/** One instrument's agreement: the pooled statistics, each pair, each item. */
function printScale(ctx: CliContext, s: ScaleAgreement, lang: Lang, gapBefore: boolean): void {
  const t = AGREEMENT.in(lang);
  if (gapBefore) print(ctx);
  print(ctx, `${s.scaleName[lang]} · ${s.scaleId} ${s.scaleVersion}`);
  print(ctx, t("pairCount", { n: s.pairs.length }));
  print(ctx);
  print(ctx, t("pooled"));
  const rows = statisticsRows(s.overall, lang);
  if (s.totalsIcc) rows.push([t("totalsIcc"), iccText(s.totalsIcc, lang)]);
  for (const line of columns(rows)) print(ctx, line);
  print(ctx);
  print(ctx, t("pairs"));
  for (const line of pairLines(s, lang)) print(ctx, line);
  print(ctx);
  print(ctx, t("perItem"));
  for (const line of columns(itemRows(s, lang))) print(ctx, line);
  if (s.pairs.some((p) => p.comparison.statistics.kappa.value === undefined)) print(ctx, t("kappaUndefined"));
}

/** The table of pairs (and, for colours, each pair's colour counts below it). */
function pairLines(s: ScaleAgreement, lang: Lang): string[] {
  const t = AGREEMENT.in(lang);
  const points = s.scoring === "points";
  const pairRows = [
    [t("team"), t("visit"), "A", "B", ...(points ? [t("totalA"), t("totalB")] : []), t("differ"), t("exact"), "Kappa"],
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
  const lines = columns(pairRows);
  if (!points)
    for (const p of s.pairs)
      lines.push(
        `  ${clip(p.team, 32)}: A ${totalText(p.comparison.totals.a, lang)}  ·  B ${totalText(p.comparison.totals.b, lang)}`,
      );
  return lines;
}

/** The rows of the disagreement-per-item table. */
function itemRows(s: ScaleAgreement, lang: Lang): string[][] {
  const t = AGREEMENT.in(lang);
  const points = s.scoring === "points";
  return [
    [t("item"), "", t("pairs"), t("differ"), t("rate"), ...(points ? [t("meanDifference")] : [])],
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
