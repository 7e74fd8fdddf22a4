/**
 * Data-scored items (DESIGN.md §5.5): for every item of kind "data", apply the scale file's rule to the
 * team's metrics and return a SUGGESTED score (points scale) or colour (colour scale) with its computation,
 * or — when the data cannot score it — a `missingReason`, so the item goes to the evaluator.
 *
 * Every threshold comes from the scale file (`item.data`); nothing here knows "65 %" or "20 per FTE".
 *  - points, aggregate "team": the team value is banded.
 *  - points, aggregate "meanOfSpecialistScores": each specialist with a value is banded, the scores are
 *    averaged and rounded half up (specialists without a value, e.g. absent all window, are left out).
 *  - points, `minimumCases`: fewer cases than `count` gives `score` whatever the value (T10: < 10 jobs → 1),
 *    also with no cases at all when the data covers the period and could have shown them (0 jobs in a
 *    caseload with a participant in the service during the period → 1). A caseload that does not cover the
 *    period (jobs.ts, "noCaseloadInPeriod") is missing data, not 0 jobs: the item goes to the evaluator.
 *    Cases are the units the metric rests on: jobs for the job shares, counted participants for days to
 *    first contact, participants in the denominator for follow-up, active participants for caseload,
 *    specialists with a value for utetid and contacts.
 *  - colours, "threshold": the team value against green / yellow.
 *  - colours, "rangeAllSpecialists": green when every specialist is within [min, max]; yellow when the
 *    team value is within but someone is outside; else red. Per specialist: green within, red outside.
 *
 * The team value of the per-specialist metrics (utetid, contacts) is the mean of the specialists' values;
 * of caseload, Σ active / Σ FTE. Computation lines come in nb and en and use the language's number style.
 */
import { colourByThreshold, meanScoreRoundedHalfUp, notAbove, reaches, scoreByBands, withinRange } from "./bands.js";
import { formatDate, formatDateRange, formatNumber, formatPercent } from "./format.js";
import type { IgnoredReason, MissingCode, RowUse, TeamMetrics } from "./metrics/index.js";
import { MISSING_TEXT } from "./metrics/index.js";
import type {
  Colour,
  ColourDataRule,
  ColourRule,
  Lang,
  LocalizedText,
  MetricId,
  PointBands,
  PointsDataRule,
  Scale,
} from "./scale.js";
import { allItems } from "./scale.js";
import type { DataSuggestion, SpecialistSuggestion } from "./suggestion.js";

type Text = LocalizedText;

/** Build a LocalizedText by running the same template for each language. */
function both(make: (lang: Lang) => string): Text {
  return { nb: make("nb"), en: make("en") };
}

/** What one metric offers to an item: the team value, per-specialist values, cases, and its explanation. */
interface MetricView {
  missing?: MissingCode;
  team?: number;
  /**
   * True when `missing` only means there are no cases, in data that could have held some (a caseload with
   * a job column and a participant in the service during the period, but 0 jobs): a scale's `minimumCases`
   * then still scores the item (T10: 0 → 1).
   */
  noCases?: boolean;
  /** Per-specialist values; `undefined` for team-only metrics. */
  specialists?: { specialist: string; value?: number }[];
  cases: number;
  /** Singular/plural noun for the cases (for the minimumCases line). */
  casesNoun: Text;
  /** Which data the metric comes from (for the missing reason): "Utetid (utetid.csv)". */
  source: Text;
  /** Window or period line, rule line, numbers lines, rows line. */
  lines: Text[];
}

const COLOUR_TEXT: Record<Colour, Text> = {
  green: { nb: "grønn", en: "green" },
  yellow: { nb: "gul", en: "yellow" },
  red: { nb: "rød", en: "red" },
};

const IGNORED_TEXT: Record<IgnoredReason, Text> = {
  outsideWindow: { nb: "utenfor vinduet", en: "outside the window" },
  modeNotCounted: { nb: "kontaktform telles ikke", en: "mode not counted" },
  followUpNotCounted: { nb: "oppfølging telles ikke", en: "follow-up not counted" },
  specialistNotInWindow: { nb: "jobbspesialist uten utetid i vinduet", en: "specialist without utetid in the window" },
  inAbsentBlock: { nb: "i fraværsuke", en: "in an absent week" },
  notActive: { nb: "ikke aktiv", en: "not active" },
  sameParticipant: { nb: "samme deltaker", en: "same participant" },
  notInPeriod: { nb: "ikke i perioden", en: "not in the period" },
  noJob: { nb: "uten jobbstart", en: "no job start" },
  waitingWithinLimit: { nb: "venter innenfor grensen", en: "waiting within the limit" },
  missingValue: { nb: "mangler verdi", en: "value missing" },
  duplicate: { nb: "dublett", en: "duplicate" },
};

// ─── Formatting ──────────────────────────────────────────────────────────────────────────────────────────

const isPercentUnit = (unit: Text) => unit.en.trim() === "%";

/**
 * A value in the unit of the item. One decimal, but more when one decimal would show a cut-off the value
 * does not actually equal (64.99 must not print as "65,0 %" next to a score of 4).
 */
function fmt(value: number, unit: Text, lang: Lang, cutoffs: readonly number[] = []): string {
  let decimals = 1;
  const near = (d: number) =>
    cutoffs.some((c) => Math.abs(Math.round(value * 10 ** d) / 10 ** d - c) < 1e-12 && Math.abs(value - c) > 1e-9);
  while (decimals < 4 && near(decimals)) decimals++;
  return isPercentUnit(unit)
    ? formatPercent(value, lang, decimals)
    : `${formatNumber(value, lang, decimals)} ${unit[lang]}`;
}

/** A bare number in the unit (no unit word, "%" kept): for cut-off lists. */
function fmtBare(value: number, unit: Text, lang: Lang): string {
  return isPercentUnit(unit) ? formatPercent(value, lang, 2) : formatNumber(value, lang, 2);
}

function describeBands(bands: PointBands, unit: Text, lang: Lang): string {
  const op = bands.direction === "higherIsBetter" ? "≥" : "≤";
  const parts = bands.cutoffs.map((c) => `${op} ${fmtBare(c.value, unit, lang)} → ${c.score}`);
  parts.push(`${lang === "nb" ? "ellers" : "otherwise"} ${bands.otherwise}`);
  const tail = isPercentUnit(unit) ? "" : ` (${unit[lang]})`;
  return parts.join(", ") + tail;
}

function describeColourRule(rule: ColourRule, unit: Text, lang: Lang): string {
  if (rule.kind === "threshold") {
    const op = rule.direction === "higherIsBetter" ? "≥" : "≤";
    const g = `${COLOUR_TEXT.green[lang]} ${op} ${fmtBare(rule.green, unit, lang)}`;
    const y = `${COLOUR_TEXT.yellow[lang]} ${op} ${fmtBare(rule.yellow, unit, lang)}`;
    const tail = isPercentUnit(unit) ? "" : ` (${unit[lang]})`;
    return `${g}, ${y}, ${lang === "nb" ? "ellers rød" : "otherwise red"}${tail}`;
  }
  const range = `${fmtBare(rule.min, unit, lang)}–${fmtBare(rule.max, unit, lang)}`;
  return lang === "nb"
    ? `grønn når alle jobbspesialister er innenfor ${range}, gul når teamet er innenfor men noen er utenfor, ellers rød`
    : `green when every specialist is within ${range}, yellow when the team is within but someone is outside, otherwise red`;
}

function rowsLine(use: RowUse, fallbackFile: string): Text {
  const file = use.file ?? fallbackFile;
  return both((lang) => {
    const ignored = Object.entries(use.ignored)
      .filter(([, n]) => (n ?? 0) > 0)
      .map(([reason, n]) => `${n} ${IGNORED_TEXT[reason as IgnoredReason][lang]}`);
    const head =
      lang === "nb"
        ? `Rader i ${file}: ${use.read} lest, ${use.used} brukt`
        : `Rows in ${file}: ${use.read} read, ${use.used} used`;
    return ignored.length > 0 ? `${head}; ${ignored.join(", ")}.` : `${head}.`;
  });
}

function windowLine(m: TeamMetrics): Text {
  const w = m.window;
  return both((lang) =>
    lang === "nb"
      ? `Vindu: ${formatDateRange(w.from, w.to, lang)} (${w.weeks} uker før besøket ${formatDate(w.visitDate, lang)}).`
      : `Window: ${formatDateRange(w.from, w.to, lang)} (${w.weeks} weeks before the visit on ${formatDate(w.visitDate, lang)}).`,
  );
}

function periodLine(from: string, to: string, m: TeamMetrics): Text {
  return both((lang) =>
    lang === "nb"
      ? `Periode: ${formatDateRange(from, to, lang)} (${m.rules.flowPeriodDays} dager før besøket); referansedato ${formatDate(m.window.referenceDate, lang)}.`
      : `Period: ${formatDateRange(from, to, lang)} (${m.rules.flowPeriodDays} days before the visit); reference date ${formatDate(m.window.referenceDate, lang)}.`,
  );
}

const num = (n: number, lang: Lang, d = 1) => formatNumber(n, lang, d);

// ─── Metric views ────────────────────────────────────────────────────────────────────────────────────────

const SOURCE = {
  utetid: (file?: string) => both((l) => `${l === "nb" ? "Utetid" : "Utetid"} (${file ?? "utetid.csv"})`),
  contacts: (file?: string) =>
    both(
      (l) => `${l === "nb" ? "Arbeidsgiverkontakter" : "Employer contacts"} (${file ?? "arbeidsgiverkontakter.csv"})`,
    ),
  caseload: (file?: string) => both((l) => `${l === "nb" ? "Portefølje" : "Caseload"} (${file ?? "portefolje.csv"})`),
};

const SPECIALISTS: Text = { nb: "jobbspesialister", en: "specialists" };

function metricView(m: TeamMetrics, id: MetricId, unit: Text, cutoffs: readonly number[]): MetricView {
  switch (id) {
    case "utetidPct": {
      const u = m.utetid;
      const absent = u.specialists.reduce((a, s) => a + s.absentBlocks.length, 0);
      const withValue = u.specialists.filter((s) => s.pct !== undefined);
      return {
        ...(u.missing ? { missing: u.missing } : {}),
        ...(u.teamMeanPct !== undefined ? { team: u.teamMeanPct } : {}),
        specialists: u.specialists.map((s) => ({
          specialist: s.specialist,
          ...(s.pct !== undefined ? { value: s.pct } : {}),
        })),
        cases: withValue.length,
        casesNoun: SPECIALISTS,
        source: SOURCE.utetid(u.rows.file),
        lines: [
          windowLine(m),
          u.rule,
          both((lang) => {
            const team = u.teamMeanPct === undefined ? "–" : fmt(u.teamMeanPct, unit, lang, cutoffs);
            const pooled = u.pooled.value === undefined ? "–" : formatPercent(u.pooled.value, lang);
            return lang === "nb"
              ? `Jobbspesialister med timer: ${withValue.length} av ${u.specialists.length}; timer ute ${num(u.pooled.numerator, lang)} av ${num(u.pooled.denominator, lang)} totalt (samlet ${pooled}); snitt av jobbspesialistene ${team}; fraværsuker: ${absent}.`
              : `Specialists with hours: ${withValue.length} of ${u.specialists.length}; hours out ${num(u.pooled.numerator, lang)} of ${num(u.pooled.denominator, lang)} total (pooled ${pooled}); mean of the specialists ${team}; absent weeks: ${absent}.`;
          }),
          rowsLine(u.rows, "utetid.csv"),
        ],
      };
    }
    case "employerContactsPerWeek": {
      const c = m.employerContacts;
      const present = c.specialists.reduce((a, s) => a + s.presentBlocks, 0);
      const prorated = c.specialists.filter((s) => s.prorated).length;
      const withValue = c.specialists.filter((s) => s.perWeek !== undefined);
      return {
        ...(c.missing ? { missing: c.missing } : {}),
        ...(c.teamMeanPerWeek !== undefined ? { team: c.teamMeanPerWeek } : {}),
        specialists: c.specialists.map((s) => ({
          specialist: s.specialist,
          ...(s.perWeek !== undefined ? { value: s.perWeek } : {}),
        })),
        cases: withValue.length,
        casesNoun: SPECIALISTS,
        source: SOURCE.contacts(c.rows.file),
        lines: [
          windowLine(m),
          c.rule,
          both((lang) => {
            const team = c.teamMeanPerWeek === undefined ? "–" : fmt(c.teamMeanPerWeek, unit, lang, cutoffs);
            const weeks = c.specialists.length * m.window.weeks;
            const main =
              lang === "nb"
                ? `Tellende kontakter: ${c.totalCounted}; jobbspesialister: ${c.specialists.length}; uker til stede: ${present} av ${weeks}${c.absenceFromUtetid ? "" : " (ingen utetidsdata: alle uker regnes som til stede)"}; snitt ${team}.`
                : `Counted contacts: ${c.totalCounted}; specialists: ${c.specialists.length}; weeks present: ${present} of ${weeks}${c.absenceFromUtetid ? "" : " (no utetid data: every week counts as present)"}; mean ${team}.`;
            const fte =
              prorated === 0
                ? ""
                : lang === "nb"
                  ? ` Regnet per årsverk (stillingsprosent under 100 %): ${prorated} ${prorated === 1 ? "jobbspesialist" : "jobbspesialister"}.`
                  : ` Counted per full-time equivalent (FTE below 1.0): ${prorated} ${prorated === 1 ? "specialist" : "specialists"}.`;
            return main + fte;
          }),
          both((lang) =>
            lang === "nb"
              ? `Ulike arbeidsgivere: ${c.employers.distinct}; kontakter med nye arbeidsgivere: ${c.employers.newContacts}, med kjente: ${c.employers.repeatContacts}.`
              : `Distinct employers: ${c.employers.distinct}; contacts with new employers: ${c.employers.newContacts}, with known ones: ${c.employers.repeatContacts}.`,
          ),
          rowsLine(c.rows, "arbeidsgiverkontakter.csv"),
        ],
      };
    }
    case "caseloadPerFte": {
      const c = m.caseload;
      return {
        ...(c.missing ? { missing: c.missing } : {}),
        ...(c.teamPerFte !== undefined ? { team: c.teamPerFte } : {}),
        specialists: c.specialists.map((s) => ({ specialist: s.specialist, value: s.perFte })),
        cases: c.totalActive,
        casesNoun: { nb: "aktive deltakere", en: "active participants" },
        source: SOURCE.caseload(c.rows.file),
        lines: [
          both((lang) =>
            lang === "nb"
              ? `Referansedato: ${formatDate(c.referenceDate, lang)} (dagen før besøket).`
              : `Reference date: ${formatDate(c.referenceDate, lang)} (the day before the visit).`,
          ),
          c.rule,
          both((lang) => {
            const ratio = c.teamPerFte === undefined ? "–" : fmt(c.teamPerFte, unit, lang, cutoffs);
            return lang === "nb"
              ? `Aktive deltakere ${c.totalActive} / årsverk ${num(c.totalFte, lang, 2)} (jobbspesialister: ${c.specialists.length}) = ${ratio}.`
              : `Active participants ${c.totalActive} / FTE ${num(c.totalFte, lang, 2)} (specialists: ${c.specialists.length}) = ${ratio}.`;
          }),
          rowsLine(c.rows, "portefolje.csv"),
        ],
      };
    }
    case "daysToFirstEmployerContact": {
      const f = m.firstContact;
      const limit = m.rules.stillWaitingAfterDays;
      return {
        ...(f.missing ? { missing: f.missing } : {}),
        ...(f.meanDays !== undefined ? { team: f.meanDays } : {}),
        specialists: f.perSpecialist.map((s) => ({
          specialist: s.specialist,
          ...(s.meanDays !== undefined ? { value: s.meanDays } : {}),
        })),
        cases: f.days.denominator,
        casesNoun: { nb: "deltakere", en: "participants" },
        source: SOURCE.caseload(f.rows.file),
        lines: [
          periodLine(f.period.from, f.period.to, m),
          f.rule,
          both((lang) =>
            lang === "nb"
              ? `Deltakere som startet i perioden: ${f.participants}. Med første arbeidsgiverkontakt: ${f.withContact}; venter fortsatt, over ${limit} dager: ${f.stillWaiting}; sluttet uten kontakt etter over ${limit} dager: ${f.leftWithoutOne}; ventet ${limit} dager eller kortere (telles ikke): ${f.waitingWithinLimit}${f.unmeasurable > 0 ? `; avsluttet uten sluttdato (holdes utenfor): ${f.unmeasurable}` : ""}.`
              : `Participants who started in the period: ${f.participants}. With a first employer contact: ${f.withContact}; still waiting, over ${limit} days: ${f.stillWaiting}; left without one after over ${limit} days: ${f.leftWithoutOne}; waited ${limit} days or less (not counted): ${f.waitingWithinLimit}${f.unmeasurable > 0 ? `; discharged without an end date (left out): ${f.unmeasurable}` : ""}.`,
          ),
          both((lang) =>
            f.days.value === undefined
              ? lang === "nb"
                ? "Ingen å regne snitt av."
                : "Nobody to average."
              : `${lang === "nb" ? "Snitt" : "Mean"}: ${f.days.numerator} ${lang === "nb" ? "dager" : "days"} / ${f.days.denominator} = ${fmt(f.days.value, unit, lang, cutoffs)}.`,
          ),
          rowsLine(f.rows, "portefolje.csv"),
        ],
      };
    }
    case "jobTypeDiversityPct":
    case "employerDiversityPct":
    case "competitiveJobsPct": {
      const j = m.jobs;
      const s = id === "jobTypeDiversityPct" ? j.jobTypes : id === "employerDiversityPct" ? j.employers : j.competitive;
      const what: Text =
        id === "jobTypeDiversityPct"
          ? { nb: "ulike yrker", en: "distinct job types" }
          : id === "employerDiversityPct"
            ? { nb: "ulike arbeidsgivere", en: "distinct employers" }
            : { nb: "ordinære jobber", en: "competitive jobs" };
      const field: Text =
        id === "jobTypeDiversityPct"
          ? { nb: "yrke", en: "job type" }
          : id === "employerDiversityPct"
            ? { nb: "arbeidsgiver", en: "employer" }
            : { nb: "«ordinær»", en: "“competitive”" };
      const blankCounts: Text =
        id === "competitiveJobsPct"
          ? { nb: "telt som ikke ordinære", en: "counted as not competitive" }
          : { nb: "i nevneren, uten å telle i telleren", en: "in the denominator, adding nothing to the count" };
      const missing = j.missing ?? s.missing;
      return {
        ...(missing ? { missing } : {}),
        ...(j.missing === "noJobs" && j.rows.read > 0 ? { noCases: true } : {}),
        ...(s.value !== undefined ? { team: s.value } : {}),
        cases: j.jobs,
        casesNoun: { nb: "jobber", en: "jobs" },
        source: SOURCE.caseload(j.rows.file),
        lines: [
          periodLine(j.period.from, j.period.to, m),
          j.rule,
          both((lang) => {
            const v = s.value === undefined ? "–" : fmt(s.value, unit, lang, cutoffs);
            const main =
              lang === "nb"
                ? `Jobber: ${j.jobs}; ${what.nb} ${s.numerator} / jobber ${s.denominator} = ${v}.`
                : `Jobs: ${j.jobs}; ${what.en} ${s.numerator} / jobs ${s.denominator} = ${v}.`;
            const unknown =
              s.unknown === 0
                ? ""
                : lang === "nb"
                  ? ` Jobber uten ${field.nb} (${blankCounts.nb}): ${s.unknown}.`
                  : ` Jobs without ${field.en} (${blankCounts.en}): ${s.unknown}.`;
            return main + unknown;
          }),
          rowsLine(j.rows, "portefolje.csv"),
        ],
      };
    }
    case "followUpSixMonthsPct": {
      const f = m.followUp;
      return {
        ...(f.missing ? { missing: f.missing } : {}),
        ...(f.share.value !== undefined ? { team: f.share.value } : {}),
        cases: f.share.denominator,
        casesNoun: { nb: "deltakere", en: "participants" },
        source: SOURCE.caseload(f.rows.file),
        lines: [
          periodLine(f.period.from, f.period.to, m),
          f.rule,
          both((lang) => {
            const v = f.share.value === undefined ? "–" : fmt(f.share.value, unit, lang, cutoffs);
            return lang === "nb"
              ? `Skrevet ut i perioden: ${f.discharged}; av dem etter en jobbstart: ${f.share.denominator}; med minst ${f.targetDays} dager fra første jobbstart til sluttdato: ${f.share.numerator} = ${v}.`
              : `Discharged in the period: ${f.discharged}; of them after a job start: ${f.share.denominator}; with at least ${f.targetDays} days from first job start to end date: ${f.share.numerator} = ${v}.`;
          }),
          rowsLine(f.rows, "portefolje.csv"),
        ],
      };
    }
  }
}

// ─── Applying the scale's rule ───────────────────────────────────────────────────────────────────────────

function missingSuggestion(
  itemId: string,
  metric: MetricId,
  view: MetricView,
  reason: Text,
  extra: Text[] = [],
): DataSuggestion {
  return {
    itemId,
    metric,
    computation: [...view.lines, ...extra],
    missingReason: both((lang) => `${view.source[lang]}: ${reason[lang]}`),
  };
}

function suggestPoints(itemId: string, data: PointsDataRule, view: MetricView): DataSuggestion {
  const { bands, unit } = data;
  const cutoffs = bands.cutoffs.map((c) => c.value);
  const min = data.minimumCases;
  if (view.missing) {
    if (!(view.noCases && min && view.cases < min.count))
      return missingSuggestion(itemId, data.metric, view, MISSING_TEXT[view.missing]);
    // No cases at all, in data that could show them: too few cases, so the minimum's score (T10: 0 jobs → 1).
    const casesLine = both((lang) =>
      lang === "nb"
        ? `Færre enn ${min.count} ${view.casesNoun.nb} (${view.cases}): ${min.score} poeng.`
        : `Fewer than ${min.count} ${view.casesNoun.en} (${view.cases}): scores ${min.score}.`,
    );
    return { itemId, metric: data.metric, computation: [...view.lines, casesLine], score: min.score };
  }

  const perSpecialist: SpecialistSuggestion[] = (view.specialists ?? []).flatMap((s) =>
    s.value === undefined ? [] : [{ specialist: s.specialist, value: s.value, score: scoreByBands(bands, s.value) }],
  );
  const left = (view.specialists ?? []).length - perSpecialist.length;
  const bandsLine = both((lang) =>
    lang === "nb"
      ? `Poenggrenser: ${describeBands(bands, unit, lang)}.`
      : `Score bands: ${describeBands(bands, unit, lang)}.`,
  );
  const lines: Text[] = [...view.lines, bandsLine];
  const base: DataSuggestion = { itemId, metric: data.metric, computation: lines };
  if (view.team !== undefined) base.value = view.team;
  if (perSpecialist.length > 0) base.perSpecialist = perSpecialist;

  let score: number | undefined;
  if (data.aggregate === "meanOfSpecialistScores" && view.specialists !== undefined) {
    const scores = perSpecialist.map((s) => s.score ?? bands.otherwise);
    score = meanScoreRoundedHalfUp(scores);
    if (score === undefined) return missingSuggestion(itemId, data.metric, view, MISSING_TEXT.noSpecialists);
    const avg = scores.reduce((a, b) => a + b, 0) / scores.length;
    lines.push(
      both((lang) => {
        const list = scores.join(", ");
        const leftOut =
          left === 0
            ? ""
            : lang === "nb"
              ? ` (${left} uten verdi holdt utenfor)`
              : ` (${left} without a value left out)`;
        return lang === "nb"
          ? `Poeng per jobbspesialist${leftOut}: ${list}; snitt ${formatNumber(avg, lang, 2)} → ${score} (avrundet halvt opp).`
          : `Score per specialist${leftOut}: ${list}; mean ${formatNumber(avg, lang, 2)} → ${score} (rounded half up).`;
      }),
    );
  } else {
    if (view.team === undefined) return missingSuggestion(itemId, data.metric, view, MISSING_TEXT.noneToMeasure);
    const team = view.team;
    score = scoreByBands(bands, team);
    const s = score;
    if (data.aggregate === "meanOfSpecialistScores")
      lines.push({
        nb: "Tallet finnes bare for teamet; teamverdien gis poeng.",
        en: "The figure exists for the team only; the team value is scored.",
      });
    lines.push(
      both((lang) =>
        lang === "nb"
          ? `Teamverdi ${fmt(team, unit, lang, cutoffs)} gir ${s} poeng.`
          : `Team value ${fmt(team, unit, lang, cutoffs)} scores ${s}.`,
      ),
    );
    const top = bands.cutoffs[0];
    if (top && perSpecialist.length > 0) {
      const outside = perSpecialist.filter((p) =>
        bands.direction === "higherIsBetter" ? !reaches(p.value, top.value) : !notAbove(p.value, top.value),
      ).length;
      if (outside > 0)
        lines.push(
          both((lang) => {
            const edge = fmt(top.value, unit, lang);
            const side =
              bands.direction === "higherIsBetter"
                ? lang === "nb"
                  ? `under ${edge}`
                  : `below ${edge}`
                : lang === "nb"
                  ? `over ${edge}`
                  : `above ${edge}`;
            return lang === "nb"
              ? `Jobbspesialister ${side}: ${outside} av ${perSpecialist.length}.`
              : `Specialists ${side}: ${outside} of ${perSpecialist.length}.`;
          }),
        );
    }
  }

  if (min && view.cases < min.count) {
    score = min.score;
    lines.push(
      both((lang) =>
        lang === "nb"
          ? `Færre enn ${min.count} ${view.casesNoun.nb} (${view.cases}): ${min.score} poeng uansett verdi.`
          : `Fewer than ${min.count} ${view.casesNoun.en} (${view.cases}): scores ${min.score} whatever the value.`,
      ),
    );
  }
  base.score = score;
  return base;
}

function suggestColour(itemId: string, data: ColourDataRule, view: MetricView): DataSuggestion {
  const { rule, unit } = data;
  if (view.missing) return missingSuggestion(itemId, data.metric, view, MISSING_TEXT[view.missing]);
  if (view.team === undefined) return missingSuggestion(itemId, data.metric, view, MISSING_TEXT.noneToMeasure);
  const team = view.team;
  const cutoffs = rule.kind === "threshold" ? [rule.green, rule.yellow] : [rule.min, rule.max];
  const ruleLine = both((lang) =>
    lang === "nb"
      ? `Fargeregel: ${describeColourRule(rule, unit, lang)}.`
      : `Colour rule: ${describeColourRule(rule, unit, lang)}.`,
  );
  const lines: Text[] = [...view.lines, ruleLine];
  const base: DataSuggestion = { itemId, metric: data.metric, value: team, computation: lines };

  const values = (view.specialists ?? []).flatMap((s) =>
    s.value === undefined ? [] : [{ specialist: s.specialist, value: s.value }],
  );
  let colour: Colour;
  if (rule.kind === "threshold") {
    colour = colourByThreshold(rule, team);
    if (values.length > 0) base.perSpecialist = values.map((v) => ({ ...v, colour: colourByThreshold(rule, v.value) }));
    const c = colour;
    lines.push(
      both((lang) =>
        lang === "nb"
          ? `Teamverdi ${fmt(team, unit, lang, cutoffs)} gir ${COLOUR_TEXT[c].nb}.`
          : `Team value ${fmt(team, unit, lang, cutoffs)} gives ${COLOUR_TEXT[c].en}.`,
      ),
    );
  } else {
    const teamWithin = withinRange(team, rule.min, rule.max);
    const per = values.map((v) => ({
      ...v,
      colour: (withinRange(v.value, rule.min, rule.max) ? "green" : "red") as Colour,
    }));
    const outside = per.filter((p) => p.colour === "red").length;
    if (per.length > 0) base.perSpecialist = per;
    // A team-only metric has no specialists to check: then the team value alone decides green or red.
    colour = teamWithin ? (outside === 0 ? "green" : "yellow") : "red";
    const c = colour;
    const range = (lang: Lang) => `${fmtBare(rule.min, unit, lang)}–${fmtBare(rule.max, unit, lang)}`;
    lines.push(
      both((lang) => {
        const t = fmt(team, unit, lang, cutoffs);
        if (lang === "nb")
          return per.length === 0
            ? `Teamverdi ${t} ${teamWithin ? "innenfor" : "utenfor"} ${range(lang)}: ${COLOUR_TEXT[c].nb}.`
            : `Teamverdi ${t} ${teamWithin ? "innenfor" : "utenfor"} ${range(lang)}; ${outside} av ${per.length} jobbspesialister utenfor: ${COLOUR_TEXT[c].nb}.`;
        return per.length === 0
          ? `Team value ${t} ${teamWithin ? "within" : "outside"} ${range(lang)}: ${COLOUR_TEXT[c].en}.`
          : `Team value ${t} ${teamWithin ? "within" : "outside"} ${range(lang)}; ${outside} of ${per.length} specialists outside: ${COLOUR_TEXT[c].en}.`;
      }),
    );
  }
  base.colour = colour;
  return base;
}

/**
 * A suggestion for every data item of the scale, in scale order. Language-independent: every text is
 * given in nb and en.
 */
export function suggestFromData(scale: Scale, metrics: TeamMetrics): DataSuggestion[] {
  const out: DataSuggestion[] = [];
  if (scale.scoring === "points") {
    for (const section of scale.sections)
      for (const item of section.items) {
        if (item.kind !== "data" || !item.data) continue;
        const cutoffs = item.data.bands.cutoffs.map((c) => c.value);
        out.push(suggestPoints(item.id, item.data, metricView(metrics, item.data.metric, item.data.unit, cutoffs)));
      }
  } else {
    for (const section of scale.sections)
      for (const item of section.items) {
        if (item.kind !== "data" || !item.data) continue;
        const r = item.data.rule;
        const cutoffs = r.kind === "threshold" ? [r.green, r.yellow] : [r.min, r.max];
        out.push(suggestColour(item.id, item.data, metricView(metrics, item.data.metric, item.data.unit, cutoffs)));
      }
  }
  return out;
}

/** The data items of a scale (for callers that want to know which items the data may score). */
export function dataItemIds(scale: Scale): string[] {
  return allItems(scale).flatMap((i) => (i.kind === "data" ? [i.id] : []));
}
