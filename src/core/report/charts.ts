/**
 * The data charts of the report (DESIGN.md §7.3) as plain series, with their counts and denominators.
 * Targets and limits come from the scale's data rules. A metric the data cannot compute gets no chart.
 */
import { formatDate, formatNumber as n, formatPercent as pct } from "../format.js";
import type { TeamMetrics } from "../metrics/types.js";
import { targetOf } from "../notes/gap.js";
import {
  allItems,
  type ColourItem,
  type Lang,
  type MetricId,
  type PointsItem,
  type Scale,
  type ScaleItem,
} from "../scale.js";
import type { ChartModel } from "./model.js";
import type { StaffLabel } from "./staff.js";

function itemFor(scale: Scale, metric: MetricId) {
  return allItems(scale).find((i) => i.data?.metric === metric);
}

function reference(scale: Scale, metric: MetricId, lang: Lang, kind: "target" | "limit", unit = "") {
  const item = itemFor(scale, metric);
  const target = item && targetOf(item);
  if (!item || !target) return undefined;
  const word = kind === "limit" ? (lang === "nb" ? "Grense" : "Limit") : lang === "nb" ? "Mål" : "Target";
  return { value: target.value, kind, label: `${word} ${n(target.value, lang)}${unit} (${item.id})` };
}

/** "01.10" (nb) / "10-01" (en): the first day of a 7-day block. */
function shortDate(iso: string, lang: Lang): string {
  const f = formatDate(iso, lang);
  return lang === "nb" ? f.slice(0, 5) : f.slice(5);
}

export function dataCharts(scale: Scale, m: TeamMetrics, lang: Lang, label: StaffLabel): ChartModel[] {
  const nb = lang === "nb";
  const charts: ChartModel[] = [];
  const windowText = `${formatDate(m.window.from, lang)}–${formatDate(m.window.to, lang)}`;

  const u = m.utetid;
  if (!u.missing && u.specialists.length) {
    const absent = u.specialists
      .filter((s) => s.absentBlocks.length)
      .map(
        (s) =>
          `${label(s.specialist)} ${s.absentBlocks.length} ${nb ? (s.absentBlocks.length === 1 ? "uke" : "uker") : s.absentBlocks.length === 1 ? "week" : "weeks"}`,
      );
    charts.push({
      id: "utetid",
      title: nb ? "Utetid per jobbspesialist" : "Time out of the office per specialist",
      kind: "bars",
      unit: "%",
      categories: u.specialists.map((s) => label(s.specialist)),
      series: [{ label: nb ? "Utetid" : "Time out", values: u.specialists.map((s) => s.pct ?? null) }],
      reference: reference(scale, "utetidPct", lang, "target", " %"),
      yMax: 100,
      footnotes: [
        nb
          ? `Timer ute / timer totalt per jobbspesialist, ${windowText}: ${u.specialists.map((s) => `${label(s.specialist)} ${n(s.hoursOut, lang)}/${n(s.hoursTotal, lang)}\u00a0t`).join(", ")}.`
          : `Hours out / total hours per specialist, ${windowText}: ${u.specialists.map((s) => `${label(s.specialist)} ${n(s.hoursOut, lang)}/${n(s.hoursTotal, lang)}\u00a0h`).join(", ")}.`,
        u.teamMeanPct === undefined
          ? ""
          : nb
            ? `Teamsnitt ${pct(u.teamMeanPct, lang)} (snitt av ${u.specialistsWithHours} jobbspesialister). ${u.rows.used} av ${u.rows.read} rader brukt.`
            : `Team mean ${pct(u.teamMeanPct, lang)} (mean of ${u.specialistsWithHours} specialists). ${u.rows.used} of ${u.rows.read} rows used.`,
        absent.length
          ? nb
            ? `Fraværsuker (ingen timer registrert) holdes utenfor: ${absent.join(", ")}.`
            : `Absent weeks (no hours logged) are left out: ${absent.join(", ")}.`
          : "",
      ].filter(Boolean),
    });
  }

  const c = m.employerContacts;
  if (!c.missing && c.specialists.length) {
    const blocks = [...m.window.blocks].reverse();
    charts.push({
      id: "contacts",
      title: nb ? "Arbeidsgiverkontakter per uke per jobbspesialist" : "Employer contacts per week per specialist",
      kind: "lines",
      unit: nb ? "kontakter per uke" : "contacts per week",
      categories: blocks.map((b) => shortDate(b.from, lang)),
      series: c.specialists.map((s) => ({
        label: label(s.specialist),
        // Per full-time equivalent, like the rate the item is scored on: a 50 % specialist's 3 contacts plot as 6.
        values: blocks.map((b) => {
          const w = s.weekly.find((x) => x.index === b.index);
          return !w || w.absent ? null : s.prorated ? w.counted / s.fte : w.counted;
        }),
      })),
      reference: reference(scale, "employerContactsPerWeek", lang, "target"),
      footnotes: [
        nb
          ? `Tellende kontakter per jobbspesialist (per uke i snitt): ${c.specialists.map((s) => `${label(s.specialist)} ${s.counted} over ${s.presentBlocks} uker${s.perWeek === undefined ? "" : ` = ${n(s.perWeek, lang)}`}${s.prorated ? ` (${pct(s.fte * 100, lang, 0)} stilling)` : ""}`).join("; ")}.`
          : `Counted contacts per specialist (mean per week): ${c.specialists.map((s) => `${label(s.specialist)} ${s.counted} over ${s.presentBlocks} weeks${s.perWeek === undefined ? "" : ` = ${n(s.perWeek, lang)}`}${s.prorated ? ` (${pct(s.fte * 100, lang, 0)} FTE)` : ""}`).join("; ")}.`,
        nb
          ? `${c.totalCounted} tellende kontakter med ${c.employers.distinct} ulike arbeidsgivere; ${c.employers.newContacts} var første kontakt med en arbeidsgiver som ikke står tidligere i filen, ${c.employers.repeatContacts} gjaldt kjente arbeidsgivere. Uker med fravær vises som brudd i linjen; deltidsstillinger vises per årsverk.`
          : `${c.totalCounted} counted contacts with ${c.employers.distinct} different employers; ${c.employers.newContacts} were a first contact with an employer not earlier in the file, ${c.employers.repeatContacts} were with known employers. Absent weeks show as gaps in the line; part-time posts are shown per FTE.`,
      ],
    });
  }

  const k = m.caseload;
  if (!k.missing && k.specialists.length) {
    charts.push({
      id: "caseload",
      title: nb ? "Deltakere per årsverk per jobbspesialist" : "Caseload per FTE per specialist",
      kind: "bars",
      unit: nb ? "per årsverk" : "per FTE",
      categories: k.specialists.map((s) => label(s.specialist)),
      series: [{ label: nb ? "Portefølje" : "Caseload", values: k.specialists.map((s) => s.perFte) }],
      ...caseloadReference(scale, lang),
      footnotes: [
        nb
          ? `Aktive deltakere ${formatDate(k.referenceDate, lang)} / årsverk: ${k.specialists.map((s) => `${label(s.specialist)} ${s.active}/${n(s.fte, lang, 2)}`).join(", ")}.`
          : `Active participants on ${formatDate(k.referenceDate, lang)} / FTE: ${k.specialists.map((s) => `${label(s.specialist)} ${s.active}/${n(s.fte, lang, 2)}`).join(", ")}.`,
        k.teamPerFte === undefined
          ? ""
          : nb
            ? `Teamet: ${k.totalActive} deltakere / ${n(k.totalFte, lang, 2)} årsverk = ${n(k.teamPerFte, lang)} per årsverk.`
            : `Team: ${k.totalActive} participants / ${n(k.totalFte, lang, 2)} FTE = ${n(k.teamPerFte, lang)} per FTE.`,
      ].filter(Boolean),
    });
  }

  const f = m.firstContact;
  const t4 = itemFor(scale, "daysToFirstEmployerContact");
  const edges = t4 ? bucketEdges(t4) : undefined;
  if (!f.missing && f.cases.some((x) => x.counted) && edges) {
    const cats: string[] = [];
    const counts: number[] = [];
    let lo = 0;
    for (const hi of edges) {
      cats.push(`${lo}–${hi}`);
      counts.push(f.cases.filter((x) => x.counted && x.days >= lo && x.days <= hi).length);
      lo = hi + 1;
    }
    cats.push(`≥${lo}`);
    counts.push(f.cases.filter((x) => x.counted && x.days >= lo).length);
    charts.push({
      id: "firstContact",
      title: nb ? "Dager til første arbeidsgiverkontakt" : "Days to first employer contact",
      kind: "bars",
      unit: nb ? "deltakere" : "participants",
      categories: cats.map((x) => `${x} ${nb ? "d" : "d"}`),
      series: [{ label: nb ? "Deltakere" : "Participants", values: counts }],
      footnotes: [
        nb
          ? `${f.participants} deltakere startet ${formatDate(f.period.from, lang)}–${formatDate(f.period.to, lang)}: ${f.withContact} med kontakt, ${f.stillWaiting} venter fortsatt, ${f.leftWithoutOne} sluttet uten kontakt; ${f.waitingWithinLimit} har ventet for kort tid til å telle.`
          : `${f.participants} participants started ${formatDate(f.period.from, lang)}–${formatDate(f.period.to, lang)}: ${f.withContact} with a contact, ${f.stillWaiting} still waiting, ${f.leftWithoutOne} left without one; ${f.waitingWithinLimit} have not waited long enough to count.`,
        f.meanDays === undefined
          ? ""
          : nb
            ? `Snitt ${n(f.meanDays, lang)} dager (${f.days.numerator} dager / ${f.days.denominator} deltakere).`
            : `Mean ${n(f.meanDays, lang)} days (${f.days.numerator} days / ${f.days.denominator} participants).`,
      ].filter(Boolean),
    });
  }
  return charts;
}

/** Bucket edges for the days histogram: the item's own cut-offs (IPS T4: 30, 60, 150, 270; KV6: 30, 60). */
function bucketEdges(item: ScaleItem): number[] | undefined {
  if (item.data && "bands" in item.data) return (item as PointsItem).data?.bands.cutoffs.map((c) => c.value);
  const rule = (item as ColourItem).data?.rule;
  if (rule?.kind === "threshold") return [rule.green, rule.yellow].sort((a, b) => a - b);
  return undefined;
}

/** The caseload limit (IPS B1: at most 20), or the range Kvalitetsveilederen point 2 asks for (12–20). */
function caseloadReference(scale: Scale, lang: Lang): Pick<ChartModel, "reference" | "lowerReference"> {
  const item = itemFor(scale, "caseloadPerFte");
  const range = item ? targetOf(item)?.range : undefined;
  if (!item || !range) return { reference: reference(scale, "caseloadPerFte", lang, "limit") };
  const word = lang === "nb" ? "Område" : "Range";
  return {
    reference: {
      value: range.max,
      kind: "limit",
      label: `${word} ${n(range.min, lang)}–${n(range.max, lang)} (${item.id})`,
    },
    lowerReference: { value: range.min },
  };
}
