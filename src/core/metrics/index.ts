/**
 * All metrics for one team and one visit (docs/design.md §5), with their trail. Pure: records in, data out.
 *
 * Where each rule lives:
 *   specialists.ts        who counts as a specialist in the window        fte.ts            FTE per specialist
 *   utetid.ts             §5.1 share of time out of the office            employer-contacts.ts  §5.2 contacts per week
 *   caseload.ts           §5.3 active participants per FTE                first-contact.ts  §5.3 days to first employer contact
 *   jobs.ts               §5.3 job types, employers, competitive share    follow-up.ts      §5.3 KV10 follow-up duration
 *   counting-rules.ts     §5.4 the evaluator's counting rules             types.ts          every result shape
 *   contact-tally.ts      the contacts file as the rules read it: rows in the window, the rest counted (streamed by `score`)
 *   registry/             one definition per metric id: the computation it reads, the counting rules it uses,
 *                         its view for the wizard and report, its gap text and its chart
 */
import type { TeamRecords } from "../records.js";
import type { LookbackWindow } from "../window.js";
import { computeCaseload } from "./caseload.js";
import { contactTallyOf } from "./contact-tally.js";
import { type CountingRules, describeCountingRules } from "./counting-rules.js";
import { datedFiles, windowCoverage } from "./coverage.js";
import { computeEmployerContacts } from "./employer-contacts.js";
import { computeFirstContact } from "./first-contact.js";
import { computeFollowUp } from "./follow-up.js";
import { resolveFte } from "./fte.js";
import { METRIC_WARNINGS } from "./index.messages.js";
import { computeJobs } from "./jobs.js";
import { enrolments } from "./participants.js";
import { rowsWarning } from "./rows.js";
import { buildRoster, specialistNames } from "./specialists.js";
import type { FileUse, MetricWarning, MissingCode, RowUse, TeamMetrics } from "./types.js";
import { computeUtetid } from "./utetid.js";

export * from "./counting-rules.js";
export { DEFAULT_FTE, normaliseFte } from "./fte.js";
export { employerKey, nameKey, specialistKey } from "./names.js";
export { activeRowsOn, isActiveOn } from "./participants.js";
export type * from "./types.js";
export { MISSING_TEXT } from "./types.js";

export interface MetricOptions {
  rules: CountingRules;
  /** FTE per specialist from team.json (name → fraction, or percentage if > 1). Wins over the caseload column. */
  fte?: Record<string, number>;
  /** Files the evaluator went on without because of their errors: their metrics say so instead of "no file". */
  leftOut?: readonly ("utetid" | "contacts" | "caseload")[];
}

export function computeTeamMetrics(records: TeamRecords, window: LookbackWindow, options: MetricOptions): TeamMetrics {
  const { rules } = options;
  const warnings: MetricWarning[] = [];
  const contacts = contactTallyOf(records, window);
  const names = specialistNames(records, contacts);
  const fte = resolveFte(names.keys(), records.caseload, options.fte, warnings);
  const roster = buildRoster(records, contacts, window, names, fte, warnings);

  const utetid = computeUtetid(records.utetid, window, roster, warnings);
  const employerContacts = computeEmployerContacts(contacts, window, roster, utetid, rules, warnings);
  const coverage = windowCoverage(datedFiles(records, contacts), window);
  // The coverage comes first: a visit date past the export's end explains many of the warnings after it.
  warnings.unshift(...coverage.warnings);
  const caseload = computeCaseload(records.caseload, window, roster, rules, warnings);
  const firstContact = computeFirstContact(records.caseload, window, rules, warnings);
  const jobs = computeJobs(records.caseload, window, rules, warnings, records.columns?.caseload);
  const followUp = computeFollowUp(records.caseload, window, rules);

  const noEndDate = enrolments(records.caseload ?? []).filter((e) => e.discharged && e.endDate === undefined);
  if (noEndDate.length > 0)
    warnings.push(
      rowsWarning(
        {
          code: "dischargedWithoutEndDate",
          message: METRIC_WARNINGS.text("dischargedWithoutEndDate", { participants: noEndDate.length }),
        },
        noEndDate.flatMap((e) => e.rows.map((r) => r.source)),
      ),
    );

  const caseloadUsed = new Set<number>([
    ...caseload.specialists.flatMap((s) => s.lines),
    ...firstContact.lines,
    ...jobs.lines,
    ...followUp.lines,
  ]);
  const files: FileUse[] = [
    fileUse("utetid", utetid.rows),
    fileUse("contacts", employerContacts.rows),
    { ...fileUse("caseload", caseload.rows), used: caseloadUsed.size, outsideWindow: 0 },
  ];

  const leftOut = new Set(options.leftOut ?? []);
  const relabel = (m: { missing?: MissingCode }, kind: "utetid" | "contacts" | "caseload") => {
    if (m.missing === "noFile" && leftOut.has(kind)) m.missing = "fileLeftOut";
  };
  relabel(utetid, "utetid");
  relabel(employerContacts, "contacts");
  for (const m of [caseload, firstContact, followUp, jobs, jobs.jobTypes, jobs.employers, jobs.competitive])
    relabel(m, "caseload");

  return {
    window,
    rules,
    rulesText: rulesTextOf(rules),
    roster,
    utetid,
    employerContacts,
    caseload,
    firstContact,
    jobs,
    followUp,
    files,
    coverage: coverage.files,
    warnings,
  };
}

/**
 * The counting rules in words: the same few sets of rules (mostly the defaults) for every team of a run, so each
 * set is put in words once (keyed by its settings; bounded). The lines are shared, never changed.
 */
const rulesTexts = new Map<string, ReturnType<typeof describeCountingRules>>();
function rulesTextOf(rules: CountingRules): ReturnType<typeof describeCountingRules> {
  const key = JSON.stringify(rules);
  let text = rulesTexts.get(key);
  if (text === undefined) {
    text = describeCountingRules(rules);
    if (rulesTexts.size >= 100) rulesTexts.clear();
    rulesTexts.set(key, text);
  }
  return text;
}

/** How one input file's rows were used, for the method section. */
function fileUse(kind: FileUse["kind"], rows: RowUse): FileUse {
  return {
    kind,
    ...(rows.file ? { file: rows.file } : {}),
    present: rows.present,
    read: rows.read,
    used: rows.used,
    outsideWindow: rows.ignored.outsideWindow ?? 0,
  };
}
