/**
 * Colours for scores 1–5 in the heat map and the item shares: ColorBrewer's RdYlBu (red for weak, blue for
 * strong), readable with the common colour-vision deficiencies; the score itself is printed in every cell, so
 * no meaning rests on hue alone. The shares ≥ 4 / 3 / < 3 use the same colours as scores 4–5, 3 and 1–2.
 */
export const SCORE_FILL: Record<number, { fill: string; text: string }> = {
  1: { fill: "#d73027", text: "#ffffff" },
  2: { fill: "#fc8d59", text: "#1f2328" },
  3: { fill: "#fee090", text: "#1f2328" },
  4: { fill: "#91bfdb", text: "#1f2328" },
  5: { fill: "#4575b4", text: "#ffffff" },
};

export const SHARE_FILL = { atLeast4: "#4575b4", three: "#fee090", below3: "#d73027" } as const;

/** Key metric against its target: reached / missed (text colour; "✓" marks reached too). */
export const TONE_INK = { good: "#1a7f37", bad: "#b42318" } as const;

/** The previous round in the distribution chart. */
export const PREVIOUS_FILL = "#b7c0c9";
