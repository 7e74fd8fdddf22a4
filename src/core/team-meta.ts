/**
 * team.json: team metadata (docs/design.md §4). Checked with zod; problems carry the JSON path so the reader
 * can point at the line and column in the file.
 */
import { z } from "zod";
import { ID_IN_TEXT } from "./answers.js";
import { parseFte } from "./cells.js";
import { dayNumber } from "./dates.js";
import { didYouMean } from "./did-you-mean.js";
import type { Text } from "./i18n.js";
import { identifyingInJson, KEY_NOT_SHOWN } from "./identifier-guard.js";
import { REVIEW_TYPES } from "./overview/review-type.js";
import { TEAM_META } from "./team-meta.messages.js";

/** A zod issue carrying its text in both languages (zod keeps the English as its message). */
const withText = (text: Text) => ({ message: text.en, params: { text } });

const isoDate = z.string().refine((s) => dayNumber(s) !== undefined, withText(TEAM_META.text("notDate")));

/** FTE as a fraction; numbers and strings follow the stillingsprosent rule (≤ 1 fraction, else percentage). */
const fte = z.union([z.number(), z.string()]).transform((v, ctx) => {
  const r = parseFte(String(v));
  if (!r.ok) {
    ctx.addIssue({ code: "custom", ...withText(r.message) });
    return z.NEVER;
  }
  return r.value;
});

const nonEmpty = z
  .string({ error: (i) => (i.input === undefined ? TEAM_META.text("required").en : TEAM_META.text("notText").en) })
  .trim()
  .min(1, { error: TEAM_META.text("empty").en });

export const teamMetaSchema = z.object({
  name: nonEmpty,
  office: z.string().trim().optional(),
  /** Scale id: "ips-25", "kvalitetsveileder" or the id of a custom scale file. */
  scale: nonEmpty.optional(),
  visitDate: isoDate.optional(),
  evaluators: z.array(nonEmpty).optional(),
  /** Specialist → FTE as a fraction (0 < fte ≤ 1). */
  fte: z.record(z.string(), fte).optional(),
  /** Counting rules (docs/design.md §5.4); validated by the counting-rules schema, not here. */
  countingRules: z.record(z.string(), z.unknown()).optional(),
  lookbackWeeks: z.number().int().min(1).max(52).optional(),
  /** Conditions outside the team's control, printed with the improvement notes. */
  context: z.string().optional(),
  /** The county, region or other group the team is compared within in the batch overview (oversikt.pdf). */
  group: nonEmpty.optional(),
  /** How the review was done: independent review, guided self-assessment or self-assessment. */
  reviewType: z.enum(REVIEW_TYPES, { error: () => REVIEW_TYPE_TEXT.en }).optional(),
});

export type TeamMeta = z.infer<typeof teamMetaSchema>;

/** zod's English message back as the text it came from; zod's own messages by kind. */
function issueText(i: z.core.$ZodIssue): Text | string {
  const carried = (i as { params?: { text?: Text } }).params?.text;
  if (carried) return carried;
  for (const known of [
    TEAM_META.text("required"),
    TEAM_META.text("notText"),
    TEAM_META.text("empty"),
    REVIEW_TYPE_TEXT,
  ])
    if (i.message === known.en) return known;
  if (i.path[0] === "lookbackWeeks") return TEAM_META.text("wholeNumber", { min: 1, max: 52 });
  if (i.code === "invalid_type")
    return i.expected === "array"
      ? TEAM_META.text("expectedList")
      : i.expected === "object" || i.expected === "record"
        ? TEAM_META.text("expectedObject")
        : i.expected === "string"
          ? TEAM_META.text("notText")
          : i.message;
  return i.message;
}

export const TEAM_META_KEYS: readonly string[] = Object.keys(teamMetaSchema.shape);

const REVIEW_TYPE_TEXT: Text = TEAM_META.text("oneOf", { values: REVIEW_TYPES.map((t) => `"${t}"`).join(", ") });

export interface MetaProblem {
  /** JSON path of the value the problem is about ([] = the whole document). */
  path: (string | number)[];
  message: Text | string;
  severity?: "warning";
}

/** Check parsed team.json. Unknown fields are warnings (ignored), everything else an error. */
export function parseTeamMeta(json: unknown): { meta?: TeamMeta; problems: MetaProblem[] } {
  if (typeof json !== "object" || json === null || Array.isArray(json))
    return { problems: [{ path: [], message: TEAM_META.text("notObject") }] };
  // An identity number anywhere (a name, an fte key, an unknown field, the scale, a counting rule) is refused
  // before anything else is looked at, so no other message can quote it: the file must be fixed first.
  const ids = identifyingInJson(json);
  if (ids.length > 0)
    return {
      problems: ids.map((f) => ({
        path: [...(f.inKey ? f.path.slice(0, -1) : f.path)],
        message: TEAM_META.text("at", {
          path: jsonPathText(f.path) || "team.json",
          problem: f.inKey ? ID_IN_KEY : ID_IN_TEXT,
        }),
      })),
    };
  const problems: MetaProblem[] = [];
  for (const key of Object.keys(json)) {
    if (!TEAM_META_KEYS.includes(key))
      problems.push({
        path: [key],
        message: TEAM_META.text("unknownField", {
          key,
          known: TEAM_META_KEYS.join(", "),
          ...guessOf(key),
        }),
        severity: "warning",
      });
  }
  const r = teamMetaSchema.safeParse(json);
  if (!r.success) {
    for (const i of r.error.issues) {
      const path = i.path.map((p) => (typeof p === "number" ? p : String(p)));
      problems.push({
        path,
        message: TEAM_META.text("at", { path: jsonPathText(path) || "team.json", problem: asText(issueText(i)) }),
      });
    }
    return { problems };
  }
  if (problems.some((p) => p.severity !== "warning")) return { problems };
  return { meta: r.data, problems };
}

/** A key of team.json that is an identity number (the key is not shown). */
export const ID_IN_KEY: Text = TEAM_META.text("idInKey");

const asText = (t: Text | string): Text => (typeof t === "string" ? { nb: t, en: t } : t);

/** A known field close to an unknown one (`visitdate` → visitDate), as the message's `guess`. */
function guessOf(key: string): { guess?: string } {
  const guess =
    TEAM_META_KEYS.find((k) => k !== key && k.toLowerCase() === key.toLowerCase()) ?? didYouMean(key, TEAM_META_KEYS);
  return guess ? { guess } : {};
}

/** `fte.JS1`, `evaluators[0]`; keys that are not identifiers in quotes: `fte["Kari N."]`. */
function jsonPathText(path: readonly (string | number)[]): string {
  let out = "";
  for (const p of path) {
    if (typeof p === "number") out += `[${p}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(p)) out += out === "" ? p : `.${p}`;
    else if (p === KEY_NOT_SHOWN) out += `[${p}]`;
    else out += `[${JSON.stringify(p)}]`;
  }
  return out;
}
