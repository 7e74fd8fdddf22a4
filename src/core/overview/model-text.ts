/** Text helpers shared by the sections of the overview model (build-model.ts, points-section.ts, rounds-section.ts). */
import { formatNumber } from "../format.js";
import type { Translator } from "../i18n.js";
import type { Lang } from "../lang.js";
import { COLOURS, type Colour, type Scale } from "../scale.js";
import type { OVERVIEW } from "./overview.messages.js";
import type { OverviewRow } from "./row.js";

/** The overview's words in the run's language. */
export type Words = Translator<typeof OVERVIEW.messages>;

export function colourCounts(c: Record<Colour, number>, t: Words): string {
  return COLOURS.map((k) => t(`colourCount.${k}`, { n: c[k] })).join(" · ");
}

/** "+3", "−1,5" (nb) / "-1.5" (en), "0". */
export function signed(n: number, lang: Lang, decimals = 0): string {
  const text = formatNumber(n, lang, decimals, decimals > 0);
  return n > 0 && /[1-9]/.test(text) ? `+${text}` : text.replace(/^[−-](?=0[,.]?0*$)/, "");
}

export const sortedGroupTitle = (t: Words, g: string | undefined) => g ?? t("noGroup");

/** Rows split into their groups (in the order they come), titled when the batch has groups. */
export function inGroups<T>(rows: readonly OverviewRow[], grouped: boolean, w: Words, make: (r: OverviewRow) => T) {
  const out: { title?: string; rows: T[] }[] = [];
  let key: string | undefined | null = null;
  for (const r of rows) {
    if (!grouped) {
      if (out.length === 0) out.push({ rows: [] });
    } else if (r.group !== key || out.length === 0) {
      out.push({ title: sortedGroupTitle(w, r.group), rows: [] });
      key = r.group;
    }
    out[out.length - 1]?.rows.push(make(r));
  }
  return out;
}

export function scaleTitle(scale: Scale, lang: Lang, w: Words): string {
  return w("scaleTitle", { name: scale.name[lang], version: scale.version });
}

export function totalText(r: OverviewRow): string {
  if (r.complete && r.total !== undefined) return String(r.total);
  if (r.totalMin !== undefined && r.totalMax !== undefined) return `${r.totalMin}–${r.totalMax}`;
  return "–";
}

export const teamLabel = (r: { team: string; complete: boolean }) => (r.complete ? r.team : `${r.team} *`);
