/**
 * Fallbacks for the few static words the report model may leave out (optional labels added for the method and
 * trend tables). The model's own labels always win.
 */
import type { ReportLabels } from "../../core/report/model.js";
import type { Lang } from "../../core/scale.js";

type MethodParts = NonNullable<ReportLabels["methodParts"]>;
type TrendColumns = NonNullable<ReportLabels["trendColumns"]>;

const METHOD: Record<Lang, MethodParts> = {
  nb: {
    rules: "Telleregler",
    files: "Filer",
    warnings: "Merknader om dataene",
    overrides: "Overstyrte forslag",
    fileColumns: {
      file: "Fil",
      rowsRead: "Rader lest",
      inWindow: "I perioden",
      ignored: "Ignorert",
      sha256: "SHA-256",
    },
  },
  en: {
    rules: "Counting rules",
    files: "Files",
    warnings: "Data warnings",
    overrides: "Overridden suggestions",
    fileColumns: { file: "File", rowsRead: "Rows read", inWindow: "In window", ignored: "Ignored", sha256: "SHA-256" },
  },
};

const TREND: Record<Lang, TrendColumns> = {
  nb: { id: "Nr.", item: "Punkt", previous: "Forrige", current: "Nå", change: "Endring" },
  en: { id: "No.", item: "Item", previous: "Previous", current: "Now", change: "Change" },
};

export function methodParts(labels: ReportLabels, lang: Lang): MethodParts {
  return labels.methodParts ?? METHOD[lang];
}

export function trendColumns(labels: ReportLabels, lang: Lang): TrendColumns {
  return labels.trendColumns ?? TREND[lang];
}
