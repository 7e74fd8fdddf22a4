/**
 * When a file was saved, as the evaluator reads a clock: local time, in the language's date form. This lives in
 * the CLI layer because it depends on the machine's time zone.
 */
import { formatDate } from "../core/format.js";
import type { Lang } from "../core/scale.js";

/** An ISO timestamp as local time: "26.11.2026 22:09" (nb), "2026-11-26 22:09" (en); as given if not a time. */
export function localTime(iso: string, lang: Lang): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, "0");
  const day = `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
  return `${formatDate(day, lang)} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
