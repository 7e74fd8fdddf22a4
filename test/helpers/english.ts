/**
 * The English of every text in a value: each `{ nb, en }` (a catalogue Text) replaced by its `en`, so tests
 * written against the English messages compare them as they are (issue 9 made messages two-language).
 */
export function english<T>(value: T): unknown {
  if (Array.isArray(value)) return value.map(english);
  if (value !== null && typeof value === "object") {
    const keys = Object.keys(value);
    const v = value as Record<string, unknown>;
    if (keys.length === 2 && typeof v.nb === "string" && typeof v.en === "string") return v.en;
    return Object.fromEntries(keys.map((k) => [k, english(v[k])]));
  }
  return value;
}
