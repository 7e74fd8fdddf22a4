/**
 * Plain-text layout for the wizard's screens: wrapping with a hanging indent, padding and truncation that
 * ignore colour codes, so screens read well at 80 columns with or without colour.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escape codes
const ANSI = /\x1b\[[0-9;]*m/g;

export function visibleLength(s: string): number {
  return s.replace(ANSI, "").length;
}

/**
 * Wrap text: the first line to `width`, later lines to `width` minus the indent, each later line starting
 * with `indent`. Existing line breaks are kept.
 */
export function wrapHanging(text: string, width: number, indent: string, firstWidth = width): string {
  const out: string[] = [];
  for (const para of text.split("\n")) {
    let line = "";
    for (const word of para.split(/ +/)) {
      const room = out.length === 0 ? firstWidth : width;
      if (line && visibleLength(line) + 1 + visibleLength(word) > room) {
        out.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    out.push(line);
  }
  return out.map((l, i) => (i === 0 ? l : indent + l)).join("\n");
}

export function padEnd(s: string, width: number): string {
  const n = visibleLength(s);
  return n >= width ? s : s + " ".repeat(width - n);
}

/** Shorten to `width` characters with an ellipsis (plain text only). */
export function truncate(s: string, width: number): string {
  return s.length <= width ? s : `${s.slice(0, Math.max(0, width - 1))}…`;
}

/** A rule line: "── title ─────". */
export function rule(title: string, width: number): string {
  const head = title ? `── ${title} ` : "";
  return head + "─".repeat(Math.max(3, width - visibleLength(head)));
}

/** A paragraph wrapped to `width` columns, later lines starting with `indent`, the first with `first`. */
export function paragraph(text: string, width: number, indent = "", first = indent): string {
  return first + wrapHanging(text, width - indent.length, indent, width - visibleLength(first));
}
