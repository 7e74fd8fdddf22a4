/**
 * Independent hand computation of the data items for examples/ips-team (IPS-25), written to
 * examples/ips-team/EXPECTED.md. It deliberately uses nothing from src/: it reads the CSV files with
 * csv-parse and applies docs/design.md §5 directly, so the tool's output can be checked against it.
 *
 *   npx tsx scripts/expected-ips-team.ts [team-dir]      (prints the Markdown; make-examples writes the file)
 *
 * Assumes the example's own format: UTF-8, comma-separated, ISO dates, decimal point, canonical headers.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { dayOf, isoOf } from "./lib/days.js";

type Row = Record<string, string>;

function readCsv(file: string): Row[] {
  return parse(readFileSync(file, "utf8"), { columns: true, skip_empty_lines: true }) as Row[];
}

const pct = (x: number) => `${x.toFixed(2)} %`;
const two = (x: number) => x.toFixed(2);
const nb = (s: string) => s.replace(".", ",");

/** Score by "higher is better" cut-offs [[min, score], …] highest first. */
function higher(value: number, cutoffs: [number, number][]): number {
  for (const [min, score] of cutoffs) if (value >= min) return score;
  return 1;
}
/** Score by "lower is better" cut-offs [[max, score], …] lowest first. */
function lower(value: number, cutoffs: [number, number][]): number {
  for (const [max, score] of cutoffs) if (value <= max) return score;
  return 1;
}
/** Mean of whole-number scores rounded half up, in integer arithmetic. */
function meanScore(scores: number[]): { mean: number; score: number } {
  const sum = scores.reduce((a, b) => a + b, 0);
  const n = scores.length;
  return { mean: sum / n, score: Math.floor((2 * sum + n) / (2 * n)) };
}

const UTETID_BANDS: [number, number][] = [
  [65, 5],
  [50, 4],
  [40, 3],
  [30, 2],
];
const CONTACT_BANDS: [number, number][] = [
  [6, 5],
  [4, 4],
  [3, 3],
  [2, 2],
];
const DIVERSITY_BANDS: [number, number][] = [
  [85, 5],
  [70, 4],
  [60, 3],
  [50, 2],
];
const COMPETITIVE_BANDS: [number, number][] = [
  [95, 5],
  [85, 4],
  [75, 3],
  [64, 2],
];

export interface ExpectedResult {
  markdown: string;
  dataScores: Record<string, number>;
}

/** `intro`: Markdown placed after the title (what the example was built to contain). */
export function expectedIpsTeam(dir: string, intro?: string): ExpectedResult {
  const meta = JSON.parse(readFileSync(join(dir, "team.json"), "utf8")) as { name: string; visitDate: string };
  const weeks = 8;
  const v = dayOf(meta.visitDate);
  const d = v - 1;
  const from = v - 7 * weeks;
  const inWindow = (day: number) => day >= from && day <= d;
  const blockOf = (day: number) => Math.floor((d - day) / 7) + 1;
  const utetid = readCsv(join(dir, "utetid.csv"));
  const contacts = readCsv(join(dir, "arbeidsgiverkontakter.csv"));
  const caseload = readCsv(join(dir, "portefolje.csv"));
  const out: string[] = [];
  const line = (s = "") => out.push(s);
  /** Cases at a rule's edge, listed at the end so a mismatch is easy to place. */
  const edges: string[] = [];
  // Active on D, per enrolment (the rows with the same deltaker and startdato): startdato ≤ D, the latest
  // sluttdato empty or after D, and no row saying avsluttet.
  const enrolmentRows = new Map<string, Row[]>();
  const enrolmentKey = (r: Row) => `${r.deltaker}\u0000${r.startdato}`;
  for (const r of caseload) enrolmentRows.set(enrolmentKey(r), [...(enrolmentRows.get(enrolmentKey(r)) ?? []), r]);
  const activeOnD = (r: Row) => {
    const rows = enrolmentRows.get(enrolmentKey(r)) ?? [r];
    const ends = rows.flatMap((x) => (x.sluttdato ? [dayOf(x.sluttdato)] : []));
    const end = ends.length > 0 ? Math.max(...ends) : undefined;
    return (
      dayOf(r.startdato as string) <= d && (end === undefined || end > d) && !rows.some((x) => x.status === "avsluttet")
    );
  };

  // ------------------------------------------------------------------ specialists and FTE
  const specialists: string[] = [];
  for (const r of utetid)
    if (inWindow(dayOf(r.dato as string)) && !specialists.includes(r.jobbspesialist as string))
      specialists.push(r.jobbspesialist as string);
  const fte = new Map<string, number>();
  for (const r of caseload) {
    const p = r.stillingsprosent?.trim();
    if (p) fte.set(r.jobbspesialist as string, Number(p) / 100);
  }
  const fteOf = (s: string) => fte.get(s) ?? 1;

  line(`# Expected data-item values — ${meta.name}`);
  line();
  if (intro) {
    line(intro.trim());
    line();
  }
  line(
    "Computed independently of `src/` by `scripts/expected-ips-team.ts` (csv-parse + docs/design.md §5 applied directly). " +
      "Regenerate with `npx tsx scripts/make-examples.ts`. Percentages and means are shown to two decimals; band " +
      "edges compare the exact value.",
  );
  line();
  line(`- Visit date V = ${meta.visitDate}; reference date D = V−1 = ${isoOf(d)}.`);
  line(`- Window = ${isoOf(from)} … ${isoOf(d)} (${weeks} weeks). Blocks of 7 days counted back from V:`);
  const blocks: string[] = [];
  for (let b = 1; b <= weeks; b++) blocks.push(`${b}: ${isoOf(v - 7 * b)}…${isoOf(v - 7 * b + 6)}`);
  line(`  ${blocks.join(" · ")}.`);
  line(`- Flow period (T4 start dates, T8–T10 job starts) = V−365 … V−1 = ${isoOf(v - 365)} … ${isoOf(d)}.`);
  line(
    `- Specialists in the window (utetid rows in the window): ${specialists.length}. FTE from \`stillingsprosent\`: ` +
      specialists.map((s) => `${s} ${fteOf(s)}`).join(", ") +
      ".",
  );
  line(
    "- Rows outside the window are in the files on purpose (two weeks before it): they must be ignored, not counted.",
  );
  line();

  // ------------------------------------------------------------------ T13 utetid
  const hours = new Map<string, { total: number; out: number; blockTotal: number[]; rows: number }>();
  for (const s of specialists) hours.set(s, { total: 0, out: 0, blockTotal: Array(weeks + 1).fill(0), rows: 0 });
  let utetidIgnored = 0;
  for (const r of utetid) {
    const day = dayOf(r.dato as string);
    if (!inWindow(day)) {
      utetidIgnored++;
      continue;
    }
    const h = hours.get(r.jobbspesialist as string);
    if (!h) continue;
    const total = Number(r.timer_totalt);
    const o = Number(r.timer_ute);
    h.total += total;
    h.out += o;
    h.rows++;
    h.blockTotal[blockOf(day)] = (h.blockTotal[blockOf(day)] ?? 0) + total;
  }
  line("## T13 Utetid (community-based services)");
  line();
  line("pct = Σ timer_ute / Σ timer_totalt over the specialist's rows in the window.");
  line();
  line("| specialist | rows | Σ timer_ute | Σ timer_totalt | utetid | score | absent blocks (0 h) |");
  line("|---|---:|---:|---:|---:|---:|---|");
  const utetidScores: number[] = [];
  const utetidPcts: number[] = [];
  const absentBlocks = new Map<string, number[]>();
  for (const s of specialists) {
    const h = hours.get(s) as { total: number; out: number; blockTotal: number[]; rows: number };
    const p = (h.out / h.total) * 100;
    const score = higher(p, UTETID_BANDS);
    if (UTETID_BANDS.some(([min]) => Math.abs(p - min) < 1e-9))
      edges.push(`T13: ${s} is exactly ${pct(p)}, a lower bound: score ${score}.`);
    utetidScores.push(score);
    utetidPcts.push(p);
    const absent: number[] = [];
    for (let b = 1; b <= weeks; b++) if ((h.blockTotal[b] ?? 0) === 0) absent.push(b);
    absentBlocks.set(s, absent);
    line(
      `| ${s} | ${h.rows} | ${two(h.out)} | ${two(h.total)} | ${pct(p)} | ${score} | ${absent.length ? absent.join(", ") : "–"} |`,
    );
  }
  const t13 = meanScore(utetidScores);
  if (t13.mean * 2 === Math.floor(t13.mean * 2) && t13.mean !== Math.floor(t13.mean))
    edges.push(
      `T13: the mean of the specialist scores is exactly ${two(t13.mean)}; rounded half up it is ${t13.score}.`,
    );
  const teamPct = utetidPcts.reduce((a, b) => a + b, 0) / utetidPcts.length;
  line();
  line(`- Team mean utetid (mean of the specialists' percentages) = **${pct(teamPct)}**.`);
  const allOut = [...hours.values()].reduce((a, h) => a + h.out, 0);
  const allTotal = [...hours.values()].reduce((a, h) => a + h.total, 0);
  line(
    `- (For reference, pooled Σ timer_ute / Σ timer_totalt over all specialists = ${two(allOut)} / ${two(allTotal)} = ${pct((allOut / allTotal) * 100)}.)`,
  );
  line(
    `- Mean of specialist scores = ${utetidScores.join(" + ")} = ${utetidScores.reduce((a, b) => a + b, 0)} / ${utetidScores.length} = ${two(t13.mean)} → rounded half up: **T13 = ${t13.score}**.`,
  );
  line(`- utetid rows outside the window (ignored): ${utetidIgnored} of ${utetid.length}.`);
  line();

  // ------------------------------------------------------------------ T6 employer contacts
  line("## T6 Employer contacts (job development, frequency)");
  line();
  line(
    "Counted = `kontaktform` oppmøte (in person) and `formaal` not oppfølging, dated in the window. " +
      "per week = counted / present blocks (8 − absent blocks), ÷ FTE when FTE < 1.",
  );
  line();
  const counted = new Map<string, number[]>();
  for (const s of specialists) counted.set(s, Array(weeks + 1).fill(0));
  let cIn = 0;
  let cCounted = 0;
  const notCounted: Record<string, number> = {};
  for (const r of contacts) {
    const day = dayOf(r.dato as string);
    if (!inWindow(day)) continue;
    cIn++;
    const mode = r.kontaktform as string;
    const purpose = r.formaal as string;
    if (mode !== "oppmøte") {
      notCounted[mode] = (notCounted[mode] ?? 0) + 1;
      continue;
    }
    if (purpose === "oppfølging") {
      notCounted["oppmøte + oppfølging"] = (notCounted["oppmøte + oppfølging"] ?? 0) + 1;
      continue;
    }
    const list = counted.get(r.jobbspesialist as string);
    if (!list) throw new Error(`contact by ${r.jobbspesialist}, who has no utetid rows in the window`);
    list[blockOf(day)] = (list[blockOf(day)] ?? 0) + 1;
    cCounted++;
  }
  line(`| specialist | counted per block (1…${weeks}) | counted | present blocks | FTE | per week (per FTE) | score |`);
  line("|---|---|---:|---:|---:|---:|---:|");
  const contactScores: number[] = [];
  const perWeeks: number[] = [];
  for (const s of specialists) {
    const perBlock = (counted.get(s) as number[]).slice(1);
    const n = perBlock.reduce((a, b) => a + b, 0);
    const present = weeks - (absentBlocks.get(s) as number[]).length;
    const f = fteOf(s);
    const perWeek = n / present / Math.min(f, 1);
    const score = higher(perWeek, CONTACT_BANDS);
    if (CONTACT_BANDS.some(([min]) => Math.abs(perWeek - min) < 1e-9))
      edges.push(
        `T6: ${s} has exactly ${two(perWeek)} contacts per week, a lower bound that is reached: score ${score}.`,
      );
    contactScores.push(score);
    perWeeks.push(perWeek);
    const formula = f < 1 ? `${n} / ${present} / ${f}` : `${n} / ${present}`;
    line(`| ${s} | ${perBlock.join(" · ")} | ${n} | ${present} | ${f} | ${formula} = ${two(perWeek)} | ${score} |`);
  }
  const t6 = meanScore(contactScores);
  if (t6.mean * 2 === Math.floor(t6.mean * 2) && t6.mean !== Math.floor(t6.mean))
    edges.push(`T6: the mean of the specialist scores is exactly ${two(t6.mean)}; rounded half up it is ${t6.score}.`);
  line();
  line(
    `- Contacts in the window: ${cIn}; counted: ${cCounted}; not counted: ` +
      Object.entries(notCounted)
        .map(([k, n]) => `${k} ${n}`)
        .join(", ") +
      ".",
  );
  line(
    `- Team mean per week (mean of the specialists' rates) = **${two(perWeeks.reduce((a, b) => a + b, 0) / perWeeks.length)}**.`,
  );
  line(
    `- Mean of specialist scores = ${contactScores.join(" + ")} = ${contactScores.reduce((a, b) => a + b, 0)} / ${contactScores.length} = ${two(t6.mean)} → rounded half up: **T6 = ${t6.score}**.`,
  );
  line();

  // ------------------------------------------------------------------ B1 caseload
  line(`## B1 Caseload per FTE (active on D = ${isoOf(d)})`);
  line();
  line(
    "Active = startdato ≤ D, sluttdato empty or after D, status not avsluttet, decided per enrolment (deltaker + startdato: the latest sluttdato of its rows, avsluttet if any row says so); each participant once per specialist.",
  );
  line();
  line("| specialist | active | FTE | per FTE |");
  line("|---|---:|---:|---:|");
  let activeSum = 0;
  let fteSum = 0;
  for (const s of specialists) {
    const ids = new Set<string>();
    for (const r of caseload) {
      if (r.jobbspesialist !== s) continue;
      if (activeOnD(r)) ids.add(r.deltaker as string);
    }
    if (ids.size / fteOf(s) === 20)
      edges.push(`B1: ${s} has exactly 20 active per FTE (${ids.size} / ${fteOf(s)}): not above 20, so not flagged.`);
    activeSum += ids.size;
    fteSum += fteOf(s);
    line(
      `| ${s} | ${ids.size} | ${fteOf(s)} | ${two(ids.size / fteOf(s))}${ids.size / fteOf(s) > 20 ? " (above 20)" : ""} |`,
    );
  }
  const ratio = activeSum / fteSum;
  const b1 = lower(ratio, [
    [20, 5],
    [25, 4],
    [30, 3],
    [40, 2],
  ]);
  line();
  line(`- Team ratio = Σ active / Σ FTE = ${activeSum} / ${fteSum} = **${two(ratio)}** → **B1 = ${b1}**.`);
  line();

  // ------------------------------------------------------------------ T4 rapid job search
  line("## T4 Days to first employer contact");
  line();
  line(
    `Participants with startdato in ${isoOf(v - 365)} … ${isoOf(d)}. Days = forste_arbeidsgiverkontakt − startdato; ` +
      "without a first contact: days waiting to D (or to sluttdato if discharged before D), counted only if > 30.",
  );
  line();
  const enrol = new Map<string, Row>();
  for (const r of caseload) {
    const start = dayOf(r.startdato as string);
    if (start === v - 365 || start === v - 366)
      edges.push(
        `T4: ${r.deltaker} started on ${r.startdato} (V−${v - start}): ${start === v - 365 ? "in" : "outside"} the period.`,
      );
    if (start < v - 365 || start > d) continue;
    enrol.set(`${r.jobbspesialist}\u0000${r.deltaker}`, r);
  }
  const days: number[] = [];
  const waiting: string[] = [];
  const excluded: string[] = [];
  let withContact = 0;
  for (const r of enrol.values()) {
    const start = dayOf(r.startdato as string);
    if (r.forste_arbeidsgiverkontakt) {
      days.push(dayOf(r.forste_arbeidsgiverkontakt) - start);
      withContact++;
      continue;
    }
    const end = r.sluttdato ? dayOf(r.sluttdato) : undefined;
    const until = end !== undefined && end < d ? end : d;
    const wait = until - start;
    const what = `${r.deltaker} (${r.jobbspesialist}; start ${r.startdato}${end !== undefined && end < d ? `, discharged ${r.sluttdato}` : ""}): ${wait} days`;
    if (wait === 30 || wait === 31)
      edges.push(
        `T4: ${r.deltaker} waited exactly ${wait} days without a first contact${end !== undefined && end < d ? " (to discharge)" : ""}: ${wait > 30 ? "counted" : "not counted"}.`,
      );
    if (wait > 30) {
      days.push(wait);
      waiting.push(what);
    } else excluded.push(what);
  }
  const sumDays = days.reduce((a, b) => a + b, 0);
  const meanDays = sumDays / days.length;
  const t4 = lower(meanDays, [
    [30, 5],
    [60, 4],
    [150, 3],
    [270, 2],
  ]);
  line(`- Participants started in the period: ${enrol.size}.`);
  line(`- With a first contact: ${withContact}.`);
  line(
    `- Without one and waiting > 30 days (counted): ${waiting.length}${waiting.length ? ` — ${waiting.join("; ")}` : ""}.`,
  );
  line(
    `- Without one and waiting ≤ 30 days (not counted): ${excluded.length}${excluded.length ? ` — ${excluded.join("; ")}` : ""}.`,
  );
  line(`- Mean = ${sumDays} / ${days.length} = **${two(meanDays)} days** → **T4 = ${t4}**.`);
  line();

  // ------------------------------------------------------------------ T8–T10 jobs
  line("## T8, T9, T10 Jobs");
  line();
  line(
    `Jobs = caseload rows with jobbstart in ${isoOf(v - 365)} … ${isoOf(d)}, or an earlier jobbstart with jobbslutt empty or after D and the participant still active on D. Every job is in each share's denominator (an empty yrke, arbeidsgiver or ordinaer adds nothing to the numerator).`,
  );
  line();
  const jobs = caseload.filter((r) => {
    if (!r.jobbstart) return false;
    const s = dayOf(r.jobbstart);
    if (s > d) return false;
    if (s >= v - 365) return true;
    return (!r.jobbslutt || dayOf(r.jobbslutt) > d) && activeOnD(r);
  });
  const earlierOfDischarged = caseload.filter((r) => {
    if (!r.jobbstart || dayOf(r.jobbstart) >= v - 365) return false;
    return (!r.jobbslutt || dayOf(r.jobbslutt) > d) && !activeOnD(r);
  });
  for (const r of caseload) {
    if (!r.jobbstart) continue;
    const s = dayOf(r.jobbstart);
    const endNote = r.jobbslutt ? `, jobbslutt ${r.jobbslutt}` : "";
    if (s === v - 365)
      edges.push(`Jobs: ${r.deltaker} has jobbstart ${r.jobbstart} = V−365${endNote}: in the period, counted.`);
    if (s === v - 366)
      edges.push(
        `Jobs: ${r.deltaker} has jobbstart ${r.jobbstart} = V−366${endNote}: before the period, counted only if ongoing on D.`,
      );
    if (s === d) edges.push(`Jobs: ${r.deltaker} has jobbstart ${r.jobbstart} = D: counted.`);
    if (r.jobbslutt && dayOf(r.jobbslutt) === d && s < v - 365)
      edges.push(`Jobs: ${r.deltaker}'s earlier job ends on D (${r.jobbslutt}): not ongoing after D, not counted.`);
  }
  const recent = jobs.filter((r) => dayOf(r.jobbstart as string) >= v - 365).length;
  const given = (x: string | undefined) => (x?.trim() ? [x.trim().toLowerCase()] : []);
  const types = new Set(jobs.flatMap((r) => given(r.yrke)));
  const employers = new Set(jobs.flatMap((r) => given(r.arbeidsgiver)));
  const ordinary = jobs.filter((r) => r.ordinaer === "ja").length;
  const typePct = (types.size / jobs.length) * 100;
  const empPct = (employers.size / jobs.length) * 100;
  const ordPct = (ordinary / jobs.length) * 100;
  const t8 = higher(typePct, DIVERSITY_BANDS);
  const t9 = higher(empPct, DIVERSITY_BANDS);
  const t10 = jobs.length < 10 ? 1 : higher(ordPct, COMPETITIVE_BANDS);
  line(
    `- Jobs: **${jobs.length}** (${recent} started in the period, ${jobs.length - recent} earlier and still ongoing on D).`,
  );
  if (earlierOfDischarged.length > 0)
    line(
      `- Not jobs: ${earlierOfDischarged.length} earlier job starts with no jobbslutt whose participant was discharged before D (${earlierOfDischarged.map((r) => `${r.deltaker}, sluttdato ${r.sluttdato || "–"}`).join("; ")}).`,
    );
  line(`- T8 distinct yrke / jobs = ${types.size} / ${jobs.length} = **${pct(typePct)}** → **T8 = ${t8}**.`);
  line(`- T9 distinct arbeidsgiver / jobs = ${employers.size} / ${jobs.length} = **${pct(empPct)}** → **T9 = ${t9}**.`);
  line(
    `- T10 ordinaer = ja / jobs = ${ordinary} / ${jobs.length} = **${pct(ordPct)}** → **T10 = ${t10}**${jobs.length < 10 ? " (fewer than 10 jobs)" : ""}.`,
  );
  line();
  line("| specialist | deltaker | jobbstart | jobbslutt | arbeidsgiver | yrke | ordinaer |");
  line("|---|---|---|---|---|---|---|");
  for (const r of [...jobs].sort((a, b) => ((a.jobbstart as string) < (b.jobbstart as string) ? -1 : 1)))
    line(
      `| ${r.jobbspesialist} | ${r.deltaker} | ${r.jobbstart} | ${r.jobbslutt || ""} | ${r.arbeidsgiver} | ${r.yrke} | ${r.ordinaer} |`,
    );
  line();

  const dataScores = { B1: b1, T4: t4, T6: t6.score, T8: t8, T9: t9, T10: t10, T13: t13.score };
  line("## Summary of data-suggested scores");
  line();
  line("| item | value | suggested score |");
  line("|---|---|---:|");
  line(`| B1 | ${two(ratio)} active per FTE | ${b1} |`);
  line(`| T4 | ${two(meanDays)} days | ${t4} |`);
  line(
    `| T6 | mean of specialist scores ${two(t6.mean)} (team mean ${two(perWeeks.reduce((a, b) => a + b, 0) / perWeeks.length)} per week) | ${t6.score} |`,
  );
  line(`| T8 | ${pct(typePct)} | ${t8} |`);
  line(`| T9 | ${pct(empPct)} | ${t9} |`);
  line(`| T10 | ${pct(ordPct)} of ${jobs.length} jobs | ${t10} |`);
  line(`| T13 | mean of specialist scores ${two(t13.mean)} (team mean ${pct(teamPct)}) | ${t13.score} |`);
  const dataSum = Object.values(dataScores).reduce((a, b) => a + b, 0);
  line();
  line(`Sum of the seven data items: **${dataSum}**.`);
  line();
  line(`In the report (nb) these read e.g. ${nb(pct(teamPct))} and ${nb(two(ratio))}.`);
  line();

  line("## Cases at a rule's edge");
  line();
  if (edges.length === 0) line("None in this data.");
  for (const e of edges) line(`- ${e}`);
  line();

  // ------------------------------------------------------------------ total with the evaluator's ratings
  const answers = JSON.parse(readFileSync(join(dir, "vurderinger.json"), "utf8")) as Record<string, unknown>;
  const scaleFile = join(dirname(fileURLToPath(import.meta.url)), "..", "templates", "scales", "ips-25.json");
  const scale = JSON.parse(readFileSync(scaleFile, "utf8")) as {
    sections: { items: { id: string; kind: string; scoreByCount?: number[] }[] }[];
  };
  const rated: string[] = [];
  let answerSum = 0;
  for (const item of scale.sections.flatMap((s) => s.items)) {
    if (item.kind === "data") continue;
    const a = answers[item.id];
    let score: number;
    if (typeof a === "number") score = a;
    else if (a && typeof a === "object" && "elements" in a) {
      const n = (a as { elements: string[] }).elements.length;
      score = item.scoreByCount?.[n] as number;
      rated.push(`${item.id} ${n} elements → ${score}`);
      answerSum += score;
      continue;
    } else score = (a as { score: number }).score;
    rated.push(`${item.id} ${score}`);
    answerSum += score;
  }
  const total = dataSum + answerSum;
  const band =
    total >= 115
      ? "meget god kvalitet"
      : total >= 100
        ? "god kvalitet"
        : total >= 74
          ? "godkjent kvalitet"
          : "ikke IPS";
  line("## Total with vurderinger.json");
  line();
  line(`Evaluator-rated items (element items scored by the scale file's scoreByCount): ${rated.join(", ")}.`);
  line();
  line(
    `Sum of the ${rated.length} rated items = ${answerSum}; with the data items' suggested scores accepted, total = ${dataSum} + ${answerSum} = **${total}** → **${band}**.`,
  );
  return { markdown: `${out.join("\n")}\n`, dataScores };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(expectedIpsTeam(process.argv[2] ?? "examples/ips-team").markdown);
}
