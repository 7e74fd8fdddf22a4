/** Word-wrap for terminal output: `indent` before every line, lines at most `width` characters. */
export function wrap(text: string, width = 80, indent = "", firstIndent = indent): string[] {
  const lines: string[] = [];
  let line = firstIndent;
  let empty = true;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = empty ? line + word : `${line} ${word}`;
    if (!empty && candidate.length > width) {
      lines.push(line);
      line = indent + word;
    } else line = candidate;
    empty = false;
  }
  if (!empty || lines.length === 0) lines.push(line);
  return lines;
}
