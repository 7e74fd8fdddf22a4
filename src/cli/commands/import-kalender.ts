/**
 * `fidelity import kalender <files…> --team <dir>` (issue 14): utetid rows from the specialists' calendar
 * exports — iCalendar (.ics) from Outlook/Exchange or Google, or classic Outlook's calendar CSV — merged into the
 * team's utetid.csv for the lookback window, with the rules saved in team.json (countingRules.calendar) so the
 * report's method section states them. Everything is read and checked before anything is written. Only
 * categories, times and busy status are used: no subject, description, location or attendee is printed or written.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { basename, extname, join, resolve } from "node:path";
import { type ImportedSpecialist, planMerge } from "../../core/calendar/merge.js";
import { type CalendarDays, calendarDays } from "../../core/calendar/rules.js";
import { type CalendarRules, DEFAULT_CALENDAR_RULES } from "../../core/calendar/types.js";
import { fold, parseNumber } from "../../core/cells.js";
import { addDays, daysBetween, isoWeekday, toDay } from "../../core/dates.js";
import { InputDataError, type InputIssue, UsageError } from "../../core/errors.js";
import { countingRulesSchema } from "../../core/metrics/counting-rules.js";
import { specialistKey } from "../../core/metrics/names.js";
import { parseTeamMeta, type TeamMeta } from "../../core/team-meta.js";
import { DEFAULT_LOOKBACK_WEEKS, lookbackWindow } from "../../core/window.js";
import { writeFileAtomic } from "../../io/atomic-write.js";
import type { CalendarRead } from "../../io/calendar/ics.js";
import { readCalendarFile } from "../../io/calendar/read-calendar.js";
import { localClock } from "../../io/calendar/time-zone.js";
import { mergedText, readUtetidForMerge, type UtetidFile, writeUtetid } from "../../io/calendar/utetid-file.js";
import { scanCsv } from "../../io/csv/read.js";
import { readJsonFile } from "../../io/json.js";
import { teamFileKind } from "../../io/team-files.js";
import { type CliContext, info } from "../context.js";
import { optionalIsoDate, parseWeeks } from "../options.js";
import { IMPORT_KALENDER as IK } from "./import-kalender.messages.js";

export interface ImportKalenderOptions {
  team?: string;
  jobbspesialist?: string[];
  uteKategori?: string[];
  arbeidsdag?: string;
  visitDate?: string;
  lookbackWeeks?: string;
  dryRun?: boolean;
}

/** File names that name a calendar, not a person (Outlook's default "Kalender.ics", "Calendar.csv"). */
const GENERIC_NAMES = new Set(
  ["kalender", "calendar", "outlook", "basic", "export", "eksport", "mycalendar", "minkalender", "calendarexport"].map(
    fold,
  ),
);

/** The specialist a file is about, from its name: `Kari Nordmann.ics` → "Kari Nordmann". */
export function specialistFromFileName(file: string): string | undefined {
  const name = basename(file, extname(file)).trim();
  if (name === "" || name.includes("@") || GENERIC_NAMES.has(fold(name))) return undefined;
  return name;
}

function parseWorkingDay(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = parseNumber(raw);
  if (n === undefined || !(n > 0) || n > 24) throw new UsageError(IK.text("badWorkingDay", { raw }));
  return n;
}

interface FileResult {
  file: string;
  specialist: string;
  read: CalendarRead;
  days: CalendarDays;
}

/** The options, checked: nothing is read before they are all right. */
interface CheckedOptions {
  team: string;
  visitDate: string | undefined;
  weeks: number | undefined;
  workingDay: number | undefined;
  categories: string[] | undefined;
  names: string[] | undefined;
}

function checkOptions(opts: ImportKalenderOptions, files: number): CheckedOptions {
  if (!opts.team) throw new UsageError(IK.text("teamRequired"));
  // Any date form the CSVs take (26.11.2026 …), kept as YYYY-MM-DD.
  const visitDate = optionalIsoDate(opts.visitDate, "--visit-date");
  const weeks = parseWeeks(opts.lookbackWeeks);
  const workingDay = parseWorkingDay(opts.arbeidsdag);
  const categories = opts.uteKategori?.map((c) => c.trim()).filter((c) => c !== "");
  if (opts.uteKategori && categories?.length === 0) throw new UsageError(IK.text("emptyCategory"));
  const names = opts.jobbspesialist?.map((n) => n.trim());
  if (names && names.length !== files) throw new UsageError(IK.text("namesPerFile", { names: names.length, files }));
  if (names?.some((n) => n === "")) throw new UsageError(IK.text("emptyName"));
  return { team: opts.team, visitDate, weeks, workingDay, categories, names };
}

/** The team folder as the import needs it: its files, team.json, the rules and the window. */
interface TeamSide {
  dir: string;
  files: string[];
  teamJsonName: string | undefined;
  teamJsonDisplay: string;
  teamJson: Record<string, unknown> | undefined;
  meta: TeamMeta | undefined;
  utetidNames: string[];
  rules: CalendarRules;
  visitDate: string;
  /** Where the visit date came from (--visit-date, team.json, today). */
  visitFrom: string;
  window: ReturnType<typeof lookbackWindow>;
}

async function readTeamSide(ctx: CliContext, o: CheckedOptions): Promise<TeamSide> {
  const dir = resolve(ctx.cwd, o.team);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(IK.text("noTeamFolder", { team: o.team }));
  const files = readdirSync(dir).sort();
  const teamJsonName = files.find((f) => teamFileKind(f) === "team");
  const utetidNames = files.filter((f) => teamFileKind(f) === "utetid");
  if (utetidNames.length > 1)
    throw new UsageError(IK.text("twoUtetidFiles", { team: o.team, files: utetidNames.join(", ") }));
  // team.json: the visit date, the lookback, and the calendar rules saved by an earlier import.
  const teamJsonDisplay = join(o.team, teamJsonName ?? "team.json");
  const { meta, teamJson } = teamJsonName
    ? await readTeamJson(join(dir, teamJsonName), teamJsonDisplay)
    : { meta: undefined, teamJson: undefined };
  const saved = countingRulesSchema.shape.calendar.safeParse(
    (meta?.countingRules as Record<string, unknown> | undefined)?.calendar,
  );
  if (!saved.success)
    throw new InputDataError(IK.text("savedRulesInvalid", { file: teamJsonDisplay }), [
      { file: teamJsonDisplay, message: IK.text("savedRulesProblem", { problem: saved.error.issues[0]?.message }) },
    ]);
  const rules: CalendarRules = {
    outCategories: o.categories ?? saved.data?.outCategories ?? DEFAULT_CALENDAR_RULES.outCategories,
    workingDayHours: o.workingDay ?? saved.data?.workingDayHours ?? DEFAULT_CALENDAR_RULES.workingDayHours,
  };
  const visitDate = o.visitDate ?? meta?.visitDate ?? ctx.today;
  const visitFrom = o.visitDate
    ? "--visit-date"
    : meta?.visitDate
      ? (teamJsonName ?? "team.json")
      : IK.in(ctx.lang)("today");
  const window = lookbackWindow(visitDate, o.weeks ?? meta?.lookbackWeeks ?? DEFAULT_LOOKBACK_WEEKS);
  return {
    dir,
    files,
    teamJsonName,
    teamJsonDisplay,
    teamJson,
    meta,
    utetidNames,
    rules,
    visitDate,
    visitFrom,
    window,
  };
}

async function readTeamJson(
  path: string,
  display: string,
): Promise<{ meta: TeamMeta; teamJson: Record<string, unknown> }> {
  const json = await readJsonFile(path);
  if (json.issues.length > 0)
    throw new InputDataError(
      IK.text("teamJsonUnreadable", { file: display }),
      json.issues.map((i) => ({ ...i, file: display })),
    );
  const r = parseTeamMeta(json.value);
  const errors = r.problems.filter((p) => p.severity !== "warning");
  if (errors.length > 0 || !r.meta)
    throw new InputDataError(
      IK.text("teamJsonInvalid", { file: display }),
      errors.map((p) => ({ file: display, ...json.locate(p.path), message: p.message })),
    );
  return { meta: r.meta, teamJson: json.value as Record<string, unknown> };
}

/** Read and check every calendar file before anything is written. */
async function readCalendars(
  ctx: CliContext,
  files: readonly string[],
  names: readonly string[] | undefined,
  team: TeamSide,
): Promise<FileResult[]> {
  const { window, rules } = team;
  const clock = localClock();
  const from = clock.startOfDay(window.from);
  const to = clock.startOfDay(addDays(window.to, 1));
  const windowDays = daysBetween(window.from, window.to) + 1;
  const results: FileResult[] = [];
  const issues: InputIssue[] = [];
  const seen = new Map<string, string>();
  for (const [i, file] of files.entries()) {
    const specialist = names?.[i] ?? specialistFromFileName(file);
    if (!specialist) throw new UsageError(IK.text("noSpecialistInName", { file: basename(file) }));
    const other = seen.get(fold(specialist));
    if (other !== undefined) throw new UsageError(IK.text("sameSpecialist", { other, file, specialist }));
    seen.set(fold(specialist), file);
    let read: CalendarRead;
    try {
      read = await readCalendarFile(resolve(ctx.cwd, file), file, from, to);
    } catch (e) {
      if (e instanceof InputDataError) {
        issues.push(...e.issues);
        continue;
      }
      throw e;
    }
    const days = calendarDays(read.entries, window, rules, clock, read.exportRange);
    const inWindow = days.outcomes.out + days.outcomes.noOutCategory + days.outcomes.allDayNoTimes;
    if (days.notCovered.length === windowDays && read.exportRange)
      issues.push({
        file,
        message: IK.text("exportOutsideWindow", {
          exportFrom: read.exportRange.from,
          exportTo: read.exportRange.to,
          from: window.from,
          to: window.to,
        }),
      });
    else if (inWindow === 0)
      issues.push({
        file,
        message: IK.text("noEventsInWindow", { from: window.from, to: window.to, visitDate: team.visitDate }),
      });
    else results.push({ file, specialist, read, days });
  }
  if (issues.length > 0) throw new InputDataError(IK.text("notImported"), issues);
  return results;
}

export async function runImportKalender(
  ctx: CliContext,
  files: string[],
  opts: ImportKalenderOptions,
): Promise<number> {
  const t = IK.in(ctx.lang);
  const options = checkOptions(opts, files.length);
  const team = await readTeamSide(ctx, options);
  const results = await readCalendars(ctx, files, options.names, team);
  const { window, rules, visitDate, teamJsonDisplay } = team;

  // Merge into utetid.csv.
  const utetidName = team.utetidNames[0] ?? "utetid.csv";
  const utetidDisplay = join(options.team, utetidName);
  const utetid = await readUtetidForMerge(join(team.dir, utetidName), utetidDisplay);
  const teamName = utetid.layout.columns.has("team") ? (team.meta?.name ?? basename(team.dir)) : undefined;
  const imported: ImportedSpecialist[] = results.map((r) => ({ specialist: r.specialist, rows: r.days.rows }));
  const plan = planMerge(utetid.rows, utetid.layout, imported, window, utetid.dialect, teamName);
  const otherFiles = team.files.filter((f) => teamFileKind(f) === "contacts" || teamFileKind(f) === "caseload");
  const nameNotes = await checkNames(
    ctx,
    results.map((r) => r.specialist),
    utetid,
    otherFiles.map((f) => join(team.dir, f)),
  );
  const text = mergedText(utetid, plan);

  // What was read, per file.
  info(ctx, t("window", { from: window.from, to: window.to, weeks: window.weeks, visitDate, source: team.visitFrom }));
  for (const r of results) {
    const name = plan.spelling.get(r.specialist) ?? r.specialist;
    for (const line of describeFile(r, name, window.from, window.to, ctx)) info(ctx, line);
    for (const line of nameNotes.get(r.specialist) ?? []) info(ctx, line);
  }

  // Write.
  const counts = {
    file: utetidDisplay,
    kept: plan.keep.filter(Boolean).length,
    newRows: plan.newRows.length,
    replaced: [...plan.replaced.values()].reduce((a, b) => a + b, 0),
  };
  const calendar = { outCategories: [...rules.outCategories], workingDayHours: rules.workingDayHours };
  const teamJsonText = teamJsonAfter(team.teamJson, calendar, team.dir, visitDate);
  if (opts.dryRun) {
    info(ctx, t("dryRun", counts));
    return 0;
  }
  writeUtetid(utetid, text, utetidDisplay);
  info(ctx, t("written", { ...counts, newFile: !utetid.exists }));
  if (teamJsonText !== undefined) writeFileAtomic(join(team.dir, team.teamJsonName ?? "team.json"), teamJsonText);
  info(
    ctx,
    t("rulesSaved", {
      file: teamJsonDisplay,
      already: teamJsonText === undefined,
      categories: rules.outCategories.join(", "),
      hours: rules.workingDayHours,
    }),
  );
  return 0;
}

/**
 * Whether each imported name is a name the team's files use (utetid.csv, the contacts, the caseload), matched
 * as the metrics match names (case and spacing do not matter): a name written differently there (`Kåre` /
 * `Kare`) would be another specialist in the report. Warnings only; the import goes ahead.
 */
async function checkNames(
  ctx: CliContext,
  specialists: readonly string[],
  utetid: UtetidFile,
  otherFiles: readonly string[],
): Promise<Map<string, string[]>> {
  const t = IK.in(ctx.lang);
  const known = new Map<string, string>(); // key → first spelling
  const add = (name: string) => {
    const n = name.trim().replace(/\s+/g, " ");
    if (n !== "" && !known.has(specialistKey(n))) known.set(specialistKey(n), n);
  };
  const column = utetid.layout.columns.get("jobbspesialist");
  if (column !== undefined) for (const r of utetid.rows) add(r.cells[column] ?? "");
  const fromOthers = new Set<string>();
  for (const file of otherFiles) {
    const kind = teamFileKind(file);
    if (kind !== "contacts" && kind !== "caseload") continue;
    await scanCsv(file, kind, (record) => {
      add(record.specialist);
      fromOthers.add(specialistKey(record.specialist));
    }).catch(() => undefined);
  }
  const notes = new Map<string, string[]>();
  for (const s of specialists) {
    const key = specialistKey(s);
    const alike = known.has(key) ? undefined : [...known.values()].find((k) => fold(k) === fold(s));
    const lines: string[] = [];
    if (alike) lines.push(t("nameSpeltOtherwise", { theirs: alike, ours: s }));
    else if (fromOthers.size > 0 && !fromOthers.has(key)) {
      const there = [...known.entries()].filter(([k]) => fromOthers.has(k)).map(([, v]) => v);
      lines.push(t("nameNotInOtherFiles", { name: s, names: there.join(", ") }));
    }
    if (lines.length) notes.set(s, lines);
  }
  return notes;
}

/** team.json's new text with the calendar rules set (undefined when nothing changes); a new team.json when there is none. */
function teamJsonAfter(
  teamJson: Record<string, unknown> | undefined,
  calendar: { outCategories: string[]; workingDayHours: number },
  teamDir: string,
  visitDate: string,
): string | undefined {
  if (!teamJson) {
    const created = { name: basename(teamDir), visitDate, countingRules: { calendar } };
    return `${JSON.stringify(created, null, 2)}\n`;
  }
  const rules = (teamJson.countingRules ?? {}) as Record<string, unknown>;
  if (JSON.stringify(rules.calendar) === JSON.stringify(calendar)) return undefined;
  const next = { ...teamJson, countingRules: { ...rules, calendar } };
  return `${JSON.stringify(next, null, 2)}\n`;
}

/** What one calendar file gave: its counts, the days without a row, what was not time out, and warnings. */
function describeFile(r: FileResult, name: string, from: string, to: string, ctx: CliContext): string[] {
  const t = IK.in(ctx.lang);
  const { days, read } = r;
  const o = days.outcomes;
  const weekdays = days.rows.filter((d) => isoWeekday(toDay(d.date)) <= 5).length;
  const lines = [
    `${r.file} (${t("formatName", { ics: read.format === "ics" })}) → ${name}`,
    t("fileRead", {
      events: read.events,
      ics: read.format === "ics",
      occurrences: o.out + o.noOutCategory + o.allDayNoTimes,
      out: o.out,
    }),
    t("fileDays", { rows: days.rows.length, weekdays, weekends: days.rows.length - weekdays }),
    t("fileHours", {
      total: days.rows.reduce((a, d) => a + d.hoursTotal, 0),
      out: days.rows.reduce((a, d) => a + d.hoursOut, 0),
    }),
  ];
  const allDay = days.absent.filter((a) => a.reason === "allDay").map((a) => a.date);
  const outOfOffice = days.absent.filter((a) => a.reason === "outOfOffice").map((a) => a.date);
  if (allDay.length + outOfOffice.length > 0) lines.push(t("absentDays", { allDay, outOfOffice }));
  if (days.notCovered.length > 0 && read.exportRange)
    lines.push(
      t("exportPartly", {
        exportFrom: read.exportRange.from,
        exportTo: read.exportRange.to,
        days: days.notCovered.length,
        from,
        to,
      }),
    );
  const ignored = notTimeOut(r, t);
  if (ignored.length) lines.push(t("notTimeOut", { list: ignored.join("; ") }));
  if (o.out === 0) lines.push(t("noOutCategory", { categories: days.unusedOutCategories.join(", ") }));
  for (const [tzid, zone] of read.zonesAssumed) lines.push(t("zoneAssumed", { tzid, zone }));
  return lines;
}

/** The events of a file that gave no time out, by why. */
function notTimeOut({ days, read }: FileResult, t: ReturnType<typeof IK.in>): string[] {
  const o = days.outcomes;
  const ignored: string[] = [];
  if (o.noOutCategory) ignored.push(t("ignoredNoOutCategory", { n: o.noOutCategory, others: days.otherCategories }));
  if (o.allDayNoTimes)
    ignored.push(t("ignoredAllDay", { n: o.allDayNoTimes, withOutCategory: days.allDayWithOutCategory }));
  if (read.skipped.cancelled) ignored.push(t("ignoredCancelled", { n: read.skipped.cancelled }));
  const outside = o.outsideWindow + read.skipped.seriesOutsideWindow;
  if (outside) ignored.push(t("ignoredOutside", { n: outside }));
  if (o.noLength) ignored.push(t("ignoredNoLength", { n: o.noLength }));
  if (read.skipped.noStart) ignored.push(t("ignoredNoStart", { n: read.skipped.noStart }));
  return ignored;
}
