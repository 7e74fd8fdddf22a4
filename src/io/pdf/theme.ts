/**
 * The look of the report: page geometry, type sizes and colours. One accent colour, dark text, light grey rules.
 * Green / yellow / red are chosen to stay apart for the common colour-vision deficiencies, and the colour's NAME is
 * always printed next to it, so no meaning rests on hue alone.
 */
import type { Colour } from "../../core/scale.js";

export const PAGE = {
  width: 595.28,
  height: 841.89,
  margin: 50,
  /** Baseline area of the running header (inside the top margin) and of the footer (inside the bottom margin). */
  headerY: 24,
  footerY: 841.89 - 34,
} as const;

export const FONT = { regular: "DejaVuSans", bold: "DejaVuSans-Bold" } as const;

export const SIZE = {
  title: 17,
  h1: 13.5,
  h2: 11,
  headline: 15,
  body: 9,
  small: 8,
  tiny: 7,
} as const;

export const INK = {
  text: "#1f2328",
  muted: "#57606a",
  accent: "#1f4e79",
  accentLight: "#dbe6f1",
  rule: "#d0d7de",
  track: "#eef1f4",
  headerFill: "#f3f5f7",
  white: "#ffffff",
} as const;

export const SIGNAL: Record<Colour, { fill: string; text: string }> = {
  green: { fill: "#1a7f37", text: "#ffffff" },
  yellow: { fill: "#d4a72c", text: "#1f2328" },
  red: { fill: "#c62828", text: "#ffffff" },
};

/**
 * Series colours for line charts: the Okabe–Ito palette (distinguishable with colour-vision deficiencies),
 * with a marker shape and a dash pattern per series so lines also differ in greyscale.
 */
export const SERIES = [
  { colour: "#0072B2", marker: "circle", dash: null },
  { colour: "#D55E00", marker: "square", dash: [4, 2] },
  { colour: "#009E73", marker: "triangle", dash: null },
  { colour: "#CC79A7", marker: "diamond", dash: [1.5, 1.5] },
  { colour: "#56B4E9", marker: "circle", dash: [4, 2] },
  { colour: "#000000", marker: "square", dash: null },
  { colour: "#E69F00", marker: "triangle", dash: [1.5, 1.5] },
  { colour: "#7f3c8d", marker: "diamond", dash: [4, 2] },
] as const satisfies readonly { colour: string; marker: Marker; dash: readonly number[] | null }[];

export type Marker = "circle" | "square" | "triangle" | "diamond";

export const LINE_GAP = 1.6;
