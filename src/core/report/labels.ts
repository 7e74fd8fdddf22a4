/**
 * The report's fixed words per language, from the reportLabels catalogue (labels.messages.ts): a missing
 * translation is a compile error there (docs/decisions.md).
 */
import { COLOUR_NAMES, LANGS, type Lang } from "../scale.js";
import type { ItemSource } from "../scoring.js";
import { REPORT_LABELS } from "./labels.messages.js";
import type { ReportLabels } from "./model.js";

function labelsIn(lang: Lang): ReportLabels {
  const t = REPORT_LABELS.in(lang);
  return {
    summary: t("summary"),
    itemTable: t("itemTable"),
    data: t("data"),
    notes: t("notes"),
    otherNotes: t("otherNotes"),
    context: t("context"),
    method: t("method"),
    trend: t("trend"),
    page: t("page"),
    of: t("of"),
    strengths: t("strengths"),
    priorities: t("priorities"),
    noStrengths: t("noStrengths"),
    columns: {
      id: t("columnId"),
      item: t("columnItem"),
      score: t("columnScore"),
      source: t("columnSource"),
      evidence: t("columnEvidence"),
    },
    noteParts: {
      fullImplementation: t("fullImplementation"),
      dataShows: t("dataShows"),
      gap: t("gap"),
      override: t("override"),
      evaluatorNote: t("evaluatorNote"),
      advice: t("advice"),
      evidence: t("evidence"),
      recommendation: t("recommendation"),
    },
    colourNames: COLOUR_NAMES[lang],
    unrated: t("unrated"),
    methodParts: {
      rules: t("rules"),
      files: t("files"),
      warnings: t("warnings"),
      overrides: t("overrides"),
      fileColumns: {
        file: t("file"),
        rowsRead: t("rowsRead"),
        inWindow: t("inWindow"),
        ignored: t("ignored"),
        used: t("used"),
        sha256: "SHA-256",
      },
    },
    trendColumns: {
      id: t("columnId"),
      item: t("columnItem"),
      previous: t("previous"),
      current: t("current"),
      change: t("change"),
    },
  };
}

function sourceLabelsIn(lang: Lang): Record<ItemSource | "unrated", string> {
  const t = REPORT_LABELS.in(lang);
  return { data: t("sourceData"), evaluator: t("sourceEvaluator"), override: t("sourceOverride"), unrated: "–" };
}

/** Words used in sentences the report builds. */
function wordsIn(lang: Lang) {
  const t = REPORT_LABELS.in(lang);
  return {
    title: t("title"),
    team: t("team"),
    office: t("office"),
    visitDate: t("visitDate"),
    evaluators: t("evaluators"),
    window: t("window"),
    instrument: t("instrument"),
    status: t("status"),
    complete: t("complete"),
    provisional: t("provisional"),
    total: t("total"),
    outOf: t("of"),
    itemsUnrated: (n: number) => t("itemsUnrated", { n }),
    weeksBefore: (weeks: number, visit: string) => t("weeksBefore", { weeks, visit }),
    week: t("week"),
    specialist: t("specialist"),
    notMeasured: t("notMeasured"),
  };
}

const perLang = <T>(make: (lang: Lang) => T): Record<Lang, T> =>
  Object.fromEntries(LANGS.map((l) => [l, make(l)])) as Record<Lang, T>;

export const LABELS: Record<Lang, ReportLabels> = perLang(labelsIn);
export const SOURCE_LABEL: Record<Lang, Record<ItemSource | "unrated", string>> = perLang(sourceLabelsIn);
export const WORDS: Record<Lang, ReturnType<typeof wordsIn>> = perLang(wordsIn);
