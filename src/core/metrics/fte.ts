/**
 * FTE per specialist (stillingsprosent as a fraction: 0.5 = 50 %), docs/design.md §4–§5.
 *
 * Sources, first that has a valid value wins:
 *  1. team.json `fte` (keyed by specialist name, matched like every name: see names.ts);
 *  2. the caseload `stillingsprosent` column, which may appear on every row of a specialist and should agree;
 *  3. the default 1.0.
 *
 * The caseload rows of one specialist agree: the reader refuses a row whose `stillingsprosent` differs from
 * an earlier row of the same team and specialist (FteAgreement in row-schemas.ts, matching names as here).
 * One corner is left: a single-team file whose `team` cell is filled on some rows and blank on others (the
 * reader keeps those apart). Then the first value in the file is used, with a warning listing every value.
 *
 * Decisions where the design is silent:
 *  - team.json and caseload disagree: team.json is used (it is the deliberate statement), with a warning.
 *  - A value above 1 is a percentage (80 → 0.8), as for the CSV column. A value ≤ 0 or not finite is
 *    ignored with a warning (the next source is used), since dividing by it is meaningless.
 */

import type { CaseloadRecord, SourceRef } from "../records.js";
import { FTE } from "./fte.messages.js";
import { specialistKey } from "./names.js";
import { rowsWarning } from "./rows.js";
import type { FteSource, MetricWarning } from "./types.js";

export const DEFAULT_FTE = 1;

export interface ResolvedFte {
  fte: number;
  source: FteSource;
}

/** A fraction from a fraction or a percentage; undefined when unusable. */
export function normaliseFte(value: number): number | undefined {
  if (!Number.isFinite(value) || value <= 0) return undefined;
  return value > 1 ? value / 100 : value;
}

/**
 * Resolve the FTE of every specialist in `keys` (specialist keys). Warnings are appended to `warnings`.
 * `teamFte` keys are specialist names as written in team.json.
 */
export function resolveFte(
  keys: Iterable<string>,
  caseload: readonly CaseloadRecord[] | undefined,
  teamFte: Readonly<Record<string, number>> | undefined,
  warnings: MetricWarning[],
): Map<string, ResolvedFte> {
  const wanted = new Set(keys);
  const fromTeam = teamJsonFtes(teamFte, wanted, warnings);
  const fromCaseload = caseloadFtes(caseload, warnings);
  const caseloadChoice = firstCaseloadFtes(fromCaseload, warnings);
  const out = new Map<string, ResolvedFte>();
  for (const key of wanted) {
    const t = fromTeam.get(key);
    const c = caseloadChoice.get(key);
    if (t !== undefined) {
      out.set(key, { fte: t, source: "team.json" });
      if (c !== undefined && Math.abs(c - t) > 1e-6) warnings.push(teamJsonDiffers(key, t, c, fromCaseload.get(key)));
    } else if (c !== undefined) out.set(key, { fte: c, source: "caseload" });
    else out.set(key, { fte: DEFAULT_FTE, source: "default" });
  }
  return out;
}

/** team.json's FTE per specialist key; a value that cannot be used, or a specialist not in the data, is warned of. */
function teamJsonFtes(
  teamFte: Readonly<Record<string, number>> | undefined,
  wanted: ReadonlySet<string>,
  warnings: MetricWarning[],
): Map<string, number> {
  const fromTeam = new Map<string, number>();
  for (const [name, raw] of Object.entries(teamFte ?? {})) {
    const key = specialistKey(name);
    const fte = normaliseFte(raw);
    if (fte === undefined) {
      warnings.push({
        code: "fteInvalid",
        file: "team.json",
        specialist: name,
        message: FTE.text("invalidInTeamJson", { raw }),
      });
      continue;
    }
    fromTeam.set(key, fte);
    if (!wanted.has(key))
      warnings.push({
        code: "fteUnknownSpecialist",
        file: "team.json",
        specialist: name,
        message: FTE.text("unknownSpecialist"),
      });
  }
  return fromTeam;
}

/** A specialist's caseload FTE values in file order: value → the rows that carry it. */
interface CaseloadFtes {
  name: string;
  values: Map<number, SourceRef[]>;
}

/** The caseload's FTE values per specialist key; a row's value that cannot be used is warned of. */
function caseloadFtes(
  caseload: readonly CaseloadRecord[] | undefined,
  warnings: MetricWarning[],
): Map<string, CaseloadFtes> {
  const fromCaseload = new Map<string, CaseloadFtes>();
  for (const r of caseload ?? []) {
    if (r.fte === undefined) continue;
    const key = specialistKey(r.specialist);
    const fte = normaliseFte(r.fte);
    if (fte === undefined) {
      warnings.push(
        rowsWarning({ code: "fteInvalid", specialist: r.specialist, message: FTE.text("invalidOnRow") }, [r.source]),
      );
      continue;
    }
    let entry = fromCaseload.get(key);
    if (!entry) {
      entry = { name: r.specialist, values: new Map() };
      fromCaseload.set(key, entry);
    }
    // Round so 0.8 and 80 % (→ 0.8000000000000002) are the same value.
    const v = Math.round(fte * 1e6) / 1e6;
    const refs = entry.values.get(v) ?? [];
    refs.push(r.source);
    entry.values.set(v, refs);
  }
  return fromCaseload;
}

/** The first caseload value in the file per specialist; rows that disagree are warned of. */
function firstCaseloadFtes(
  fromCaseload: ReadonlyMap<string, CaseloadFtes>,
  warnings: MetricWarning[],
): Map<string, number> {
  const caseloadChoice = new Map<string, number>();
  for (const [key, { name, values }] of fromCaseload) {
    // Map order is file order: the first value in the file.
    const first = values.keys().next();
    if (first.done) continue;
    const used = first.value;
    caseloadChoice.set(key, used);
    if (values.size > 1) {
      const all = [...values.entries()];
      warnings.push(
        rowsWarning(
          {
            code: "fteDisagrees",
            specialist: name,
            message: FTE.text("rowsDisagree", {
              values: all.map(([fte, refs]) => ({ fte, lines: refs.map((s) => s.line) })),
              used,
            }),
          },
          all.flatMap(([, refs]) => refs),
        ),
      );
    }
  }
  return caseloadChoice;
}

function teamJsonDiffers(key: string, team: number, caseload: number, entry: CaseloadFtes | undefined): MetricWarning {
  return rowsWarning(
    {
      code: "fteTeamJsonDiffersFromCaseload",
      specialist: entry?.name ?? key,
      message: FTE.text("teamJsonDiffers", { team, caseload }),
    },
    [...(entry?.values.values() ?? [])].flat(),
  );
}
