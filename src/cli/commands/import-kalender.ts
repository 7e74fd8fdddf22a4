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
import { formatDate, formatDateRange, formatNumber } from "../../core/format.js";
import { countingRulesSchema } from "../../core/metrics/counting-rules.js";
import { specialistKey } from "../../core/metrics/names.js";
import { parseTeamMeta, type TeamMeta } from "../../core/team-meta.js";
import { lookbackWindow } from "../../core/window.js";
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
  if (n === undefined || !(n > 0) || n > 24)
    throw new UsageError(
      `--arbeidsdag must be the hours of a working day, more than 0 and at most 24 (e.g. 7,5), got "${raw}"`,
    );
  return n;
}

interface FileResult {
  file: string;
  specialist: string;
  read: CalendarRead;
  days: CalendarDays;
}

export async function runImportKalender(
  ctx: CliContext,
  files: string[],
  opts: ImportKalenderOptions,
): Promise<number> {
  const nb = ctx.lang === "nb";
  const t = (n: string, e: string) => (nb ? n : e);
  const L = ctx.lang;
  if (!opts.team) throw new UsageError("--team <dir> is required: the team folder whose utetid.csv gets the rows");
  // Any date form the CSVs take (26.11.2026 …), kept as YYYY-MM-DD.
  const visitOption = optionalIsoDate(opts.visitDate, "--visit-date");
  const weeksOption = parseWeeks(opts.lookbackWeeks);
  const workingDayOption = parseWorkingDay(opts.arbeidsdag);
  const categoriesOption = opts.uteKategori?.map((c) => c.trim()).filter((c) => c !== "");
  if (opts.uteKategori && categoriesOption?.length === 0) throw new UsageError("--ute-kategori must name a category");
  const names = opts.jobbspesialist?.map((n) => n.trim());
  if (names && names.length !== files.length)
    throw new UsageError(
      `--jobbspesialist was given ${names.length} time${names.length === 1 ? "" : "s"} for ${files.length} file${files.length === 1 ? "" : "s"}: give it once per file, in the order of the files (or leave it out to take each name from its file name)`,
    );
  if (names?.some((n) => n === "")) throw new UsageError("--jobbspesialist must not be empty");

  const teamDir = resolve(ctx.cwd, opts.team);
  if (!existsSync(teamDir) || !statSync(teamDir).isDirectory())
    throw new UsageError(`--team ${opts.team}: no such folder (create it with 'fidelity init ${opts.team}')`);
  const inTeam = readdirSync(teamDir).sort();
  const teamJsonName = inTeam.find((f) => teamFileKind(f) === "team");
  const utetidNames = inTeam.filter((f) => teamFileKind(f) === "utetid");
  if (utetidNames.length > 1)
    throw new UsageError(`${opts.team} has more than one utetid file (${utetidNames.join(", ")}): keep only one`);

  // team.json: the visit date, the lookback, and the calendar rules saved by an earlier import.
  let meta: TeamMeta | undefined;
  let teamJson: Record<string, unknown> | undefined;
  const teamJsonDisplay = join(opts.team, teamJsonName ?? "team.json");
  if (teamJsonName) {
    const json = await readJsonFile(join(teamDir, teamJsonName));
    if (json.issues.length > 0)
      throw new InputDataError(
        `${teamJsonDisplay} cannot be read`,
        json.issues.map((i) => ({ ...i, file: teamJsonDisplay })),
      );
    const r = parseTeamMeta(json.value);
    const errors = r.problems.filter((p) => p.severity !== "warning");
    if (errors.length > 0 || !r.meta)
      throw new InputDataError(
        `${teamJsonDisplay} is not valid; nothing was written`,
        errors.map((p) => ({ file: teamJsonDisplay, ...json.locate(p.path), message: p.message })),
      );
    meta = r.meta;
    teamJson = json.value as Record<string, unknown>;
  }
  const saved = countingRulesSchema.shape.calendar.safeParse(
    (meta?.countingRules as Record<string, unknown> | undefined)?.calendar,
  );
  if (!saved.success)
    throw new InputDataError(`${teamJsonDisplay}: countingRules.calendar is not valid; nothing was written`, [
      { file: teamJsonDisplay, message: `countingRules.calendar: ${saved.error.issues[0]?.message ?? "invalid"}` },
    ]);
  const rules: CalendarRules = {
    outCategories: categoriesOption ?? saved.data?.outCategories ?? DEFAULT_CALENDAR_RULES.outCategories,
    workingDayHours: workingDayOption ?? saved.data?.workingDayHours ?? DEFAULT_CALENDAR_RULES.workingDayHours,
  };
  const visitDate = visitOption ?? meta?.visitDate ?? ctx.today;
  const visitFrom = visitOption
    ? "--visit-date"
    : meta?.visitDate
      ? (teamJsonName ?? "team.json")
      : t("i dag", "today");
  const window = lookbackWindow(visitDate, weeksOption ?? meta?.lookbackWeeks ?? 8);
  const clock = localClock();
  const from = clock.startOfDay(window.from);
  const to = clock.startOfDay(addDays(window.to, 1));
  const windowDays = daysBetween(window.from, window.to) + 1;

  // Read and check every file before anything is written.
  const results: FileResult[] = [];
  const issues: InputIssue[] = [];
  const seen = new Map<string, string>();
  for (const [i, file] of files.entries()) {
    const specialist = names?.[i] ?? specialistFromFileName(file);
    if (!specialist)
      throw new UsageError(
        `the file name ${JSON.stringify(basename(file))} does not name a specialist: rename the file to the specialist's name (e.g. "Kari Nordmann.ics"), or give --jobbspesialist "<name>" once per file`,
      );
    const other = seen.get(fold(specialist));
    if (other !== undefined)
      throw new UsageError(
        `${other} and ${file} are both for ${JSON.stringify(specialist)}: one export per specialist`,
      );
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
        message: `the export covers ${formatDateRange(read.exportRange.from, read.exportRange.to, "en")}, none of the window ${formatDateRange(window.from, window.to, "en")}: export the calendar again with a date range that covers the window`,
      });
    else if (inWindow === 0)
      issues.push({
        file,
        message: `no events in the window ${formatDateRange(window.from, window.to, "en")} (visit date ${visitDate}): is it the right file, and the right visit date?`,
      });
    else results.push({ file, specialist, read, days });
  }
  if (issues.length > 0) throw new InputDataError("the calendar files cannot be imported; nothing was written", issues);

  // Merge into utetid.csv.
  const utetidName = utetidNames[0] ?? "utetid.csv";
  const utetidDisplay = join(opts.team, utetidName);
  const utetid = await readUtetidForMerge(join(teamDir, utetidName), utetidDisplay);
  const teamName = utetid.layout.columns.has("team") ? (meta?.name ?? basename(teamDir)) : undefined;
  const imported: ImportedSpecialist[] = results.map((r) => ({ specialist: r.specialist, rows: r.days.rows }));
  const plan = planMerge(utetid.rows, utetid.layout, imported, window, utetid.dialect, teamName);
  const nameNotes = await checkNames(
    ctx,
    results.map((r) => r.specialist),
    utetid,
    inTeam.filter((f) => teamFileKind(f) === "contacts" || teamFileKind(f) === "caseload").map((f) => join(teamDir, f)),
  );
  const text = mergedText(utetid, plan);

  // What was read, per file.
  info(
    ctx,
    t(
      `Datavindu ${formatDateRange(window.from, window.to, L)} (${window.weeks} uker før besøket ${formatDate(visitDate, L)}, fra ${visitFrom}).`,
      `Data window ${formatDateRange(window.from, window.to, L)} (${window.weeks} weeks before the visit on ${formatDate(visitDate, L)}, from ${visitFrom}).`,
    ),
  );
  for (const r of results) {
    const name = plan.spelling.get(r.specialist) ?? r.specialist;
    for (const line of describeFile(r, name, window.from, window.to, ctx)) info(ctx, line);
    for (const line of nameNotes.get(r.specialist) ?? []) info(ctx, line);
  }

  // Write.
  const c = (x: number, one: string, many: string) => `${formatNumber(x, L, 0)} ${x === 1 ? one : many}`;
  const kept = plan.keep.filter(Boolean).length;
  const newRows = plan.newRows.length;
  const replaced = [...plan.replaced.values()].reduce((a, b) => a + b, 0);
  const calendar = { outCategories: [...rules.outCategories], workingDayHours: rules.workingDayHours };
  const teamJsonText = teamJsonAfter(teamJson, calendar, teamDir, visitDate);
  if (opts.dryRun) {
    info(
      ctx,
      t(
        `Prøvekjøring (--dry-run): ingenting er skrevet. ${utetidDisplay} ville fått ${c(newRows, "rad", "rader")} fra kalenderne (${replaced} erstattet) og beholdt ${kept} andre.`,
        `Dry run (--dry-run): nothing was written. ${utetidDisplay} would get ${c(newRows, "row", "rows")} from the calendars (${replaced} replaced) and keep ${kept} ${kept === 1 ? "other" : "others"}.`,
      ),
    );
    return 0;
  }
  writeUtetid(utetid, text, utetidDisplay);
  info(
    ctx,
    t(
      `${utetidDisplay}: ${c(newRows, "rad", "rader")} fra kalenderne skrevet (${c(replaced, "tidligere rad", "tidligere rader")} for de samme dagene erstattet), ${c(kept, "annen rad", "andre rader")} beholdt${utetid.exists ? "" : " (ny fil)"}.`,
      `${utetidDisplay}: ${c(newRows, "row", "rows")} from the calendars written (${c(replaced, "earlier row", "earlier rows")} for the same days replaced), ${c(kept, "other row", "other rows")} kept${utetid.exists ? "" : " (new file)"}.`,
    ),
  );
  if (teamJsonText !== undefined) writeFileAtomic(join(teamDir, teamJsonName ?? "team.json"), teamJsonText);
  info(
    ctx,
    t(
      `${teamJsonDisplay}: kalenderreglene ${teamJsonText === undefined ? "var allerede lagret" : "er lagret"} (ute-kategorier: ${rules.outCategories.join(", ")}; arbeidsdag ${formatNumber(rules.workingDayHours, L, 2)} t). Rapportens metodedel viser dem.`,
      `${teamJsonDisplay}: the calendar rules ${teamJsonText === undefined ? "were already saved" : "are saved"} (out categories: ${rules.outCategories.join(", ")}; working day ${formatNumber(rules.workingDayHours, L, 2)} h). The report's method section states them.`,
    ),
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
  const t = (n: string, e: string) => (ctx.lang === "nb" ? n : e);
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
    if (alike)
      lines.push(
        t(
          `  Advarsel: teamets filer skriver navnet ${JSON.stringify(alike)}; rapporten ser ${JSON.stringify(s)} som en annen jobbspesialist. Gi --jobbspesialist ${JSON.stringify(alike)} for å bruke samme skrivemåte.`,
          `  Warning: the team's files write the name ${JSON.stringify(alike)}; the report sees ${JSON.stringify(s)} as another specialist. Give --jobbspesialist ${JSON.stringify(alike)} to use the same spelling.`,
        ),
      );
    else if (fromOthers.size > 0 && !fromOthers.has(key))
      lines.push(
        t(
          `  Merk: ${JSON.stringify(s)} finnes ikke i arbeidsgiverkontaktene eller porteføljen (der står: ${[
            ...known.entries(),
          ]
            .filter(([k]) => fromOthers.has(k))
            .map(([, v]) => v)
            .join(", ")}). Er navnet skrevet likt?`,
          `  Note: ${JSON.stringify(s)} is not in the employer contacts or the caseload (names there: ${[
            ...known.entries(),
          ]
            .filter(([k]) => fromOthers.has(k))
            .map(([, v]) => v)
            .join(", ")}). Is the name written the same way?`,
        ),
      );
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

function describeFile(r: FileResult, name: string, from: string, to: string, ctx: CliContext): string[] {
  const nb = ctx.lang === "nb";
  const t = (n: string, e: string) => (nb ? n : e);
  const L = ctx.lang;
  const n = (x: number, d = 0) => formatNumber(x, L, d);
  /** `1 hendelse` / `2 hendelser`: the count and the word in its number. */
  const c = (x: number, one: string, many: string) => `${n(x)} ${x === 1 ? one : many}`;
  const { days, read } = r;
  const o = days.outcomes;
  const weekdayRows = days.rows.filter((d) => isoWeekday(toDay(d.date)) <= 5).length;
  const weekendRows = days.rows.length - weekdayRows;
  const total = days.rows.reduce((a, d) => a + d.hoursTotal, 0);
  const out = days.rows.reduce((a, d) => a + d.hoursOut, 0);
  const allDay = days.absent.filter((a) => a.reason === "allDay");
  const oof = days.absent.filter((a) => a.reason === "outOfOffice");
  const dates = (list: { date: string }[]) => list.map((a) => formatDate(a.date, L)).join(", ");
  const format = read.format === "ics" ? "iCalendar" : t("Outlook-CSV", "Outlook CSV");
  const lines = [
    `${r.file} (${format}) → ${name}`,
    t(
      `  Lest: ${c(read.events, "hendelse", "hendelser")}${read.format === "ics" ? " (en gjentakende serie telt én gang)" : ""}; ${c(o.out + o.noOutCategory + o.allDayNoTimes, "forekomst", "forekomster")} i vinduet, ${n(o.out)} med ute-kategori.`,
      `  Read: ${c(read.events, "event", "events")}${read.format === "ics" ? " (a recurring series counted once)" : ""}; ${c(o.out + o.noOutCategory + o.allDayNoTimes, "occurrence", "occurrences")} in the window, ${n(o.out)} with an out category.`,
    ),
    t(
      `  Dager: ${c(days.rows.length, "rad", "rader")} (${c(weekdayRows, "hverdag", "hverdager")}, ${c(weekendRows, "lørdag/søndag", "lørdager/søndager")} med tid ute).`,
      `  Days: ${c(days.rows.length, "row", "rows")} (${c(weekdayRows, "weekday", "weekdays")}, ${c(weekendRows, "Saturday/Sunday", "Saturdays/Sundays")} with time out).`,
    ),
    t(
      `  Timer: ${n(total, 2)} totalt, ${n(out, 2)} ute${total > 0 ? ` (${n((100 * out) / total, 1)} %)` : ""}.`,
      `  Hours: ${n(total, 2)} in all, ${n(out, 2)} out${total > 0 ? ` (${n((100 * out) / total, 1)} %)` : ""}.`,
    ),
  ];
  if (allDay.length + oof.length > 0)
    lines.push(
      t(
        `  Fraværsdager uten rad: ${[allDay.length ? `${n(allDay.length)} med heldagshendelse (${dates(allDay)})` : "", oof.length ? `${n(oof.length)} fraværende/OOF (${dates(oof)})` : ""].filter(Boolean).join("; ")}.`,
        `  Absent days, no row: ${[allDay.length ? `${n(allDay.length)} with an all-day event (${dates(allDay)})` : "", oof.length ? `${n(oof.length)} out of office/OOF (${dates(oof)})` : ""].filter(Boolean).join("; ")}.`,
      ),
    );
  if (days.notCovered.length > 0 && read.exportRange)
    lines.push(
      t(
        `  Advarsel: eksporten dekker bare ${formatDateRange(read.exportRange.from, read.exportRange.to, L)}; ${c(days.notCovered.length, "dag", "dager")} i vinduet har ingen rad. Eksporter kalenderen på nytt med et datoområde som dekker ${formatDateRange(from, to, L)}.`,
        `  Warning: the export covers only ${formatDateRange(read.exportRange.from, read.exportRange.to, L)}; ${c(days.notCovered.length, "day", "days")} in the window ${days.notCovered.length === 1 ? "has" : "have"} no row. Export the calendar again with a date range that covers ${formatDateRange(from, to, L)}.`,
      ),
    );
  const ignored: string[] = [];
  if (o.noOutCategory)
    ignored.push(
      t(
        `${n(o.noOutCategory)} uten ute-kategori${days.otherCategories.length ? ` (andre kategorier: ${days.otherCategories.map((c) => `${c.name} ${n(c.entries)}`).join(", ")})` : ""}`,
        `${n(o.noOutCategory)} without an out category${days.otherCategories.length ? ` (other categories: ${days.otherCategories.map((c) => `${c.name} ${n(c.entries)}`).join(", ")})` : ""}`,
      ),
    );
  if (o.allDayNoTimes)
    ignored.push(
      t(
        `${c(o.allDayNoTimes, "heldagshendelse", "heldagshendelser")} (uten klokkeslett, aldri tid ute${days.allDayWithOutCategory ? `; ${n(days.allDayWithOutCategory)} av dem med ute-kategori` : ""})`,
        `${c(o.allDayNoTimes, "all-day event", "all-day events")} (no clock times, never time out${days.allDayWithOutCategory ? `; ${n(days.allDayWithOutCategory)} of them with an out category` : ""})`,
      ),
    );
  if (read.skipped.cancelled)
    ignored.push(t(`${n(read.skipped.cancelled)} avlyst`, `${n(read.skipped.cancelled)} cancelled`));
  const outside = o.outsideWindow + read.skipped.seriesOutsideWindow;
  if (outside) ignored.push(t(`${n(outside)} utenfor vinduet`, `${n(outside)} outside the window`));
  if (o.noLength) ignored.push(t(`${n(o.noLength)} uten varighet`, `${n(o.noLength)} with no length`));
  if (read.skipped.noStart)
    ignored.push(t(`${n(read.skipped.noStart)} uten starttid`, `${n(read.skipped.noStart)} without a start`));
  if (ignored.length) lines.push(t(`  Ikke tid ute: ${ignored.join("; ")}.`, `  Not time out: ${ignored.join("; ")}.`));
  if (o.out === 0)
    lines.push(
      t(
        `  Advarsel: ingen hendelser i vinduet har en ute-kategori (${days.unusedOutCategories.join(", ")}). Bruker dere en annen kategori for tid ute? Gi den med --ute-kategori.`,
        `  Warning: no event in the window has an out category (${days.unusedOutCategories.join(", ")}). Does the team use another category for time out? Give it with --ute-kategori.`,
      ),
    );
  for (const [tzid, zone] of read.zonesAssumed)
    lines.push(
      t(
        `  Advarsel: tidssonen ${JSON.stringify(tzid)} er ikke definert i filen; tidene er lest som ${zone === "Europe/Oslo" ? "norsk tid" : zone}.`,
        `  Warning: the time zone ${JSON.stringify(tzid)} is not defined in the file; its times are read as ${zone === "Europe/Oslo" ? "Norwegian time" : zone}.`,
      ),
    );
  return lines;
}
