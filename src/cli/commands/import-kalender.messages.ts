/** What `fidelity import kalender` says: its refusals, what each calendar file gave, and what was written. */

import { formatDate, formatDateRange, formatNumber } from "../../core/format.js";
import { defineMessages, type Lang } from "../../core/i18n.js";

/** A whole number as the language writes it. */
const n = (x: number, lang: Lang, decimals = 0) => formatNumber(x, lang, decimals);
/** `1 hendelse` / `2 hendelser`: the count and the word in its number. */
const count = (x: number, lang: Lang, one: string, many: string) => `${n(x, lang)} ${x === 1 ? one : many}`;
const range = (from: string, to: string, lang: Lang) => formatDateRange(from, to, lang);
const dates = (list: readonly string[], lang: Lang) => list.map((d) => formatDate(d, lang)).join(", ");
const json = (s: string) => JSON.stringify(s);
const plural = (x: number, word: string) => `${x} ${word}${x === 1 ? "" : "s"}`;

export const IMPORT_KALENDER = defineMessages("importKalender", {
  // --- refusals -------------------------------------------------------------------------------------------
  badWorkingDay: (p: { raw: string }) => ({
    nb: `--arbeidsdag må være timene i en arbeidsdag, mer enn 0 og høyst 24 (f.eks. 7,5), ikke "${p.raw}"`,
    en: `--arbeidsdag must be the hours of a working day, more than 0 and at most 24 (e.g. 7,5), got "${p.raw}"`,
  }),
  teamRequired: {
    nb: "--team <mappe> må gis: teammappen der utetid.csv får radene",
    en: "--team <dir> is required: the team folder whose utetid.csv gets the rows",
  },
  emptyCategory: { nb: "--ute-kategori må gi navnet på en kategori", en: "--ute-kategori must name a category" },
  namesPerFile: (p: { names: number; files: number }) => ({
    nb: `--jobbspesialist er gitt ${p.names} gang${p.names === 1 ? "" : "er"} for ${p.files} fil${p.files === 1 ? "" : "er"}: gi den én gang per fil, i filenes rekkefølge (eller utelat den, så tas hvert navn fra filnavnet)`,
    en: `--jobbspesialist was given ${plural(p.names, "time")} for ${plural(p.files, "file")}: give it once per file, in the order of the files (or leave it out to take each name from its file name)`,
  }),
  emptyName: { nb: "--jobbspesialist kan ikke være tom", en: "--jobbspesialist must not be empty" },
  noTeamFolder: (p: { team: string }) => ({
    nb: `--team ${p.team}: mappen finnes ikke (lag den med 'fidelity init ${p.team}')`,
    en: `--team ${p.team}: no such folder (create it with 'fidelity init ${p.team}')`,
  }),
  twoUtetidFiles: (p: { team: string; files: string }) => ({
    nb: `${p.team} har mer enn én utetidsfil (${p.files}): behold bare én`,
    en: `${p.team} has more than one utetid file (${p.files}): keep only one`,
  }),
  teamJsonUnreadable: (p: { file: string }) => ({
    nb: `${p.file} kan ikke leses`,
    en: `${p.file} cannot be read`,
  }),
  teamJsonInvalid: (p: { file: string }) => ({
    nb: `${p.file} er ikke gyldig; ingenting er skrevet`,
    en: `${p.file} is not valid; nothing was written`,
  }),
  savedRulesInvalid: (p: { file: string }) => ({
    nb: `${p.file}: countingRules.calendar er ikke gyldig; ingenting er skrevet`,
    en: `${p.file}: countingRules.calendar is not valid; nothing was written`,
  }),
  savedRulesProblem: (p: { problem: string | undefined }) => ({
    nb: `countingRules.calendar: ${p.problem ?? "ugyldig"}`,
    en: `countingRules.calendar: ${p.problem ?? "invalid"}`,
  }),
  noSpecialistInName: (p: { file: string }) => ({
    nb: `filnavnet ${json(p.file)} er ikke navnet på en jobbspesialist: gi filen jobbspesialistens navn (f.eks. "Kari Nordmann.ics"), eller gi --jobbspesialist "<navn>" én gang per fil`,
    en: `the file name ${json(p.file)} does not name a specialist: rename the file to the specialist's name (e.g. "Kari Nordmann.ics"), or give --jobbspesialist "<name>" once per file`,
  }),
  sameSpecialist: (p: { other: string; file: string; specialist: string }) => ({
    nb: `${p.other} og ${p.file} gjelder begge ${json(p.specialist)}: én eksport per jobbspesialist`,
    en: `${p.other} and ${p.file} are both for ${json(p.specialist)}: one export per specialist`,
  }),
  exportOutsideWindow: (p: { exportFrom: string; exportTo: string; from: string; to: string }) => ({
    nb: `eksporten dekker ${range(p.exportFrom, p.exportTo, "nb")}, ingenting av vinduet ${range(p.from, p.to, "nb")}: eksporter kalenderen på nytt med et datoområde som dekker vinduet`,
    en: `the export covers ${range(p.exportFrom, p.exportTo, "en")}, none of the window ${range(p.from, p.to, "en")}: export the calendar again with a date range that covers the window`,
  }),
  noEventsInWindow: (p: { from: string; to: string; visitDate: string }) => ({
    nb: `ingen hendelser i vinduet ${range(p.from, p.to, "nb")} (besøksdato ${formatDate(p.visitDate, "nb")}): er det riktig fil, og riktig besøksdato?`,
    en: `no events in the window ${range(p.from, p.to, "en")} (visit date ${p.visitDate}): is it the right file, and the right visit date?`,
  }),
  notImported: {
    nb: "kalenderfilene kan ikke importeres; ingenting er skrevet",
    en: "the calendar files cannot be imported; nothing was written",
  },

  // --- the window, and what was written -------------------------------------------------------------------
  today: { nb: "i dag", en: "today" },
  window: (p: { from: string; to: string; weeks: number; visitDate: string; source: string }) => ({
    nb: `Datavindu ${range(p.from, p.to, "nb")} (${p.weeks} uker før besøket ${formatDate(p.visitDate, "nb")}, fra ${p.source}).`,
    en: `Data window ${range(p.from, p.to, "en")} (${p.weeks} weeks before the visit on ${formatDate(p.visitDate, "en")}, from ${p.source}).`,
  }),
  dryRun: (p: { file: string; newRows: number; replaced: number; kept: number }) => ({
    nb: `Prøvekjøring (--dry-run): ingenting er skrevet. ${p.file} ville fått ${count(p.newRows, "nb", "rad", "rader")} fra kalenderne (${p.replaced} erstattet) og beholdt ${p.kept} andre.`,
    en: `Dry run (--dry-run): nothing was written. ${p.file} would get ${count(p.newRows, "en", "row", "rows")} from the calendars (${p.replaced} replaced) and keep ${p.kept} ${p.kept === 1 ? "other" : "others"}.`,
  }),
  written: (p: { file: string; newRows: number; replaced: number; kept: number; newFile: boolean }) => ({
    nb: `${p.file}: ${count(p.newRows, "nb", "rad", "rader")} fra kalenderne skrevet (${count(p.replaced, "nb", "tidligere rad", "tidligere rader")} for de samme dagene erstattet), ${count(p.kept, "nb", "annen rad", "andre rader")} beholdt${p.newFile ? " (ny fil)" : ""}.`,
    en: `${p.file}: ${count(p.newRows, "en", "row", "rows")} from the calendars written (${count(p.replaced, "en", "earlier row", "earlier rows")} for the same days replaced), ${count(p.kept, "en", "other row", "other rows")} kept${p.newFile ? " (new file)" : ""}.`,
  }),
  rulesSaved: (p: { file: string; already: boolean; categories: string; hours: number }) => ({
    nb: `${p.file}: kalenderreglene ${p.already ? "var allerede lagret" : "er lagret"} (ute-kategorier: ${p.categories}; arbeidsdag ${n(p.hours, "nb", 2)} t). Rapportens metodedel viser dem.`,
    en: `${p.file}: the calendar rules ${p.already ? "were already saved" : "are saved"} (out categories: ${p.categories}; working day ${n(p.hours, "en", 2)} h). The report's method section states them.`,
  }),

  // --- names ----------------------------------------------------------------------------------------------
  nameSpeltOtherwise: (p: { theirs: string; ours: string }) => ({
    nb: `  Advarsel: teamets filer skriver navnet ${json(p.theirs)}; rapporten ser ${json(p.ours)} som en annen jobbspesialist. Gi --jobbspesialist ${json(p.theirs)} for å bruke samme skrivemåte.`,
    en: `  Warning: the team's files write the name ${json(p.theirs)}; the report sees ${json(p.ours)} as another specialist. Give --jobbspesialist ${json(p.theirs)} to use the same spelling.`,
  }),
  nameNotInOtherFiles: (p: { name: string; names: string }) => ({
    nb: `  Merk: ${json(p.name)} finnes ikke i arbeidsgiverkontaktene eller porteføljen (der står: ${p.names}). Er navnet skrevet likt?`,
    en: `  Note: ${json(p.name)} is not in the employer contacts or the caseload (names there: ${p.names}). Is the name written the same way?`,
  }),

  // --- one file -------------------------------------------------------------------------------------------
  formatName: (p: { ics: boolean }) =>
    p.ics ? { nb: "iCalendar", en: "iCalendar" } : { nb: "Outlook-CSV", en: "Outlook CSV" },
  fileRead: (p: { events: number; ics: boolean; occurrences: number; out: number }) => ({
    nb: `  Lest: ${count(p.events, "nb", "hendelse", "hendelser")}${p.ics ? " (en gjentakende serie telt én gang)" : ""}; ${count(p.occurrences, "nb", "forekomst", "forekomster")} i vinduet, ${n(p.out, "nb")} med ute-kategori.`,
    en: `  Read: ${count(p.events, "en", "event", "events")}${p.ics ? " (a recurring series counted once)" : ""}; ${count(p.occurrences, "en", "occurrence", "occurrences")} in the window, ${n(p.out, "en")} with an out category.`,
  }),
  fileDays: (p: { rows: number; weekdays: number; weekends: number }) => ({
    nb: `  Dager: ${count(p.rows, "nb", "rad", "rader")} (${count(p.weekdays, "nb", "hverdag", "hverdager")}, ${count(p.weekends, "nb", "lørdag/søndag", "lørdager/søndager")} med tid ute).`,
    en: `  Days: ${count(p.rows, "en", "row", "rows")} (${count(p.weekdays, "en", "weekday", "weekdays")}, ${count(p.weekends, "en", "Saturday/Sunday", "Saturdays/Sundays")} with time out).`,
  }),
  fileHours: (p: { total: number; out: number }) => ({
    nb: `  Timer: ${n(p.total, "nb", 2)} totalt, ${n(p.out, "nb", 2)} ute${p.total > 0 ? ` (${n((100 * p.out) / p.total, "nb", 1)} %)` : ""}.`,
    en: `  Hours: ${n(p.total, "en", 2)} in all, ${n(p.out, "en", 2)} out${p.total > 0 ? ` (${n((100 * p.out) / p.total, "en", 1)} %)` : ""}.`,
  }),
  absentDays: (p: { allDay: readonly string[]; outOfOffice: readonly string[] }) => ({
    nb: `  Fraværsdager uten rad: ${[p.allDay.length ? `${n(p.allDay.length, "nb")} med heldagshendelse (${dates(p.allDay, "nb")})` : "", p.outOfOffice.length ? `${n(p.outOfOffice.length, "nb")} fraværende/OOF (${dates(p.outOfOffice, "nb")})` : ""].filter(Boolean).join("; ")}.`,
    en: `  Absent days, no row: ${[p.allDay.length ? `${n(p.allDay.length, "en")} with an all-day event (${dates(p.allDay, "en")})` : "", p.outOfOffice.length ? `${n(p.outOfOffice.length, "en")} out of office/OOF (${dates(p.outOfOffice, "en")})` : ""].filter(Boolean).join("; ")}.`,
  }),
  exportPartly: (p: { exportFrom: string; exportTo: string; days: number; from: string; to: string }) => ({
    nb: `  Advarsel: eksporten dekker bare ${range(p.exportFrom, p.exportTo, "nb")}; ${count(p.days, "nb", "dag", "dager")} i vinduet har ingen rad. Eksporter kalenderen på nytt med et datoområde som dekker ${range(p.from, p.to, "nb")}.`,
    en: `  Warning: the export covers only ${range(p.exportFrom, p.exportTo, "en")}; ${count(p.days, "en", "day", "days")} in the window ${p.days === 1 ? "has" : "have"} no row. Export the calendar again with a date range that covers ${range(p.from, p.to, "en")}.`,
  }),
  ignoredNoOutCategory: (p: { n: number; others: readonly { name: string; entries: number }[] }) => ({
    nb: `${n(p.n, "nb")} uten ute-kategori${p.others.length ? ` (andre kategorier: ${p.others.map((c) => `${c.name} ${n(c.entries, "nb")}`).join(", ")})` : ""}`,
    en: `${n(p.n, "en")} without an out category${p.others.length ? ` (other categories: ${p.others.map((c) => `${c.name} ${n(c.entries, "en")}`).join(", ")})` : ""}`,
  }),
  ignoredAllDay: (p: { n: number; withOutCategory: number }) => ({
    nb: `${count(p.n, "nb", "heldagshendelse", "heldagshendelser")} (uten klokkeslett, aldri tid ute${p.withOutCategory ? `; ${n(p.withOutCategory, "nb")} av dem med ute-kategori` : ""})`,
    en: `${count(p.n, "en", "all-day event", "all-day events")} (no clock times, never time out${p.withOutCategory ? `; ${n(p.withOutCategory, "en")} of them with an out category` : ""})`,
  }),
  ignoredCancelled: (p: { n: number }) => ({ nb: `${n(p.n, "nb")} avlyst`, en: `${n(p.n, "en")} cancelled` }),
  ignoredOutside: (p: { n: number }) => ({
    nb: `${n(p.n, "nb")} utenfor vinduet`,
    en: `${n(p.n, "en")} outside the window`,
  }),
  ignoredNoLength: (p: { n: number }) => ({
    nb: `${n(p.n, "nb")} uten varighet`,
    en: `${n(p.n, "en")} with no length`,
  }),
  ignoredNoStart: (p: { n: number }) => ({
    nb: `${n(p.n, "nb")} uten starttid`,
    en: `${n(p.n, "en")} without a start`,
  }),
  notTimeOut: (p: { list: string }) => ({ nb: `  Ikke tid ute: ${p.list}.`, en: `  Not time out: ${p.list}.` }),
  noOutCategory: (p: { categories: string }) => ({
    nb: `  Advarsel: ingen hendelser i vinduet har en ute-kategori (${p.categories}). Bruker dere en annen kategori for tid ute? Gi den med --ute-kategori.`,
    en: `  Warning: no event in the window has an out category (${p.categories}). Does the team use another category for time out? Give it with --ute-kategori.`,
  }),
  zoneAssumed: (p: { tzid: string; zone: string }) => ({
    nb: `  Advarsel: tidssonen ${json(p.tzid)} er ikke definert i filen; tidene er lest som ${p.zone === "Europe/Oslo" ? "norsk tid" : p.zone}.`,
    en: `  Warning: the time zone ${json(p.tzid)} is not defined in the file; its times are read as ${p.zone === "Europe/Oslo" ? "Norwegian time" : p.zone}.`,
  }),
});
