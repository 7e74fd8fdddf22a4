/**
 * The overview's fixed words in bokmål and English, typed so a missing translation is a compile error
 * (as the report's labels, docs/decisions.md).
 */
import type { Lang } from "../lang.js";
import { COLOUR_NAMES, type Colour } from "../scale.js";
import type { KeyMetricId } from "./key-metrics.js";

export interface OverviewWords {
  title: string;
  pageHeader: (teams: number) => string;
  page: string;
  of: string;
  facts: {
    teams: string;
    instruments: string;
    visitDates: string;
    groups: string;
    reviewTypes: string;
    previous: string;
    notScored: string;
  };
  teamCount: (n: number) => string;
  teamsLine: (all: number, complete: number, provisional: number) => string;
  notScoredReason: { unrated: string; "coverage-gap": string; "invalid-data": string };
  noGroup: string;
  notGiven: string;
  privacy: string;
  whoIsCounted: string;
  version: string;
  distribution: string;
  distributionCaption: (n: number, mean: string, min: string, max: string, provisional: number) => string;
  noTotals: (provisional: number) => string;
  now: string;
  previousRound: string;
  bandColumns: {
    band: string;
    range: string;
    teams: string;
    share: string;
    previousTeams: string;
    previousShare: string;
  };
  heatmap: string;
  heatmapNote: string;
  provisional: string;
  unratedCell: string;
  total: string;
  items: string;
  itemsNote: string;
  itemColumns: {
    id: string;
    item: string;
    teams: string;
    mean: string;
    atLeast4: string;
    three: string;
    below3: string;
    change: string;
  };
  colourMatrix: string;
  colourMatrixNote: string;
  colourCountsRow: string;
  colourNames: Record<Colour, string>;
  metrics: string;
  metricsNote: string;
  target: string;
  meanRow: string;
  metricNames: Record<KeyMetricId, string>;
  noTarget: string;
  groupsHeading: string;
  groupColumns: {
    group: string;
    teams: string;
    reviewTypes: string;
    meanTotal: string;
    bands: string;
    colours: string;
  };
  groupTeams: (teams: number, provisional: number, failed: number) => string;
  groupMetrics: string;
  rounds: string;
  roundsNote: (previous: string, teams: number) => string;
  roundColumns: {
    team: string;
    group: string;
    before: string;
    now: string;
    change: string;
    improved: string;
    worsened: string;
    largest: string;
  };
  newTeams: string;
  goneTeams: string;
  noChanges: string;
  distributionThenNow: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const OVERVIEW_WORDS: Record<Lang, OverviewWords> = {
  nb: {
    title: "Oversikt over kvalitetsevalueringer",
    pageHeader: (n) => `Oversikt over kvalitetsevalueringer · ${n} team`,
    page: "Side",
    of: "av",
    facts: {
      teams: "Team",
      instruments: "Instrumenter",
      visitDates: "Besøksdatoer",
      groups: "Grupper",
      reviewTypes: "Evalueringsform",
      previous: "Forrige runde",
      notScored: "Ikke skåret",
    },
    teamCount: (n) => `${n} team`,
    teamsLine: (all, complete, provisional) =>
      `${all} (${complete} fullstendig vurdert${provisional ? `, ${plural(provisional, "foreløpig", "foreløpige")}` : ""})`,
    notScoredReason: {
      unrated: "ikke ferdig vurdert",
      "coverage-gap": "dataene dekker ikke hele vinduet",
      "invalid-data": "feil i dataene",
    },
    noGroup: "Uten gruppe",
    notGiven: "ikke oppgitt",
    privacy:
      "Bare tall på teamnivå: ingen jobbspesialister og ingen deltakere er nevnt. Detaljene står i hvert teams egen rapport.",
    whoIsCounted:
      "Totalskår, fordeling og kvalitetsnivå gjelder team der alle punkter er vurdert. Foreløpige team (merket *) er med i punktsnittene med de punktene som er vurdert.",
    version: "versjon",
    distribution: "Fordeling av totalskår",
    distributionCaption: (n, mean, min, max, provisional) =>
      `${plural(n, "team", "team")} med totalskår: snitt ${mean}, lavest ${min}, høyest ${max}.${provisional ? ` ${plural(provisional, "foreløpig team er", "foreløpige team er")} ikke med.` : ""}`,
    noTotals: (p) => `Ingen team har totalskår ennå${p ? ` (${plural(p, "foreløpig", "foreløpige")})` : ""}.`,
    now: "Nå",
    previousRound: "Forrige runde",
    bandColumns: {
      band: "Kvalitetsnivå",
      range: "Totalskår",
      teams: "Team",
      share: "Andel",
      previousTeams: "Team forrige",
      previousShare: "Andel forrige",
    },
    heatmap: "Skår per team og punkt",
    heatmapNote:
      "Punktene står med det svakeste først (lavest snitt over teamene). Tom celle: ikke vurdert. * foreløpig (ikke alle punkter vurdert).",
    provisional: "foreløpig",
    unratedCell: "–",
    total: "Total",
    items: "Punktene på tvers av teamene",
    itemsNote: "Svakeste punkt først. Andelene er av teamene som har punktet vurdert.",
    itemColumns: {
      id: "Nr.",
      item: "Punkt",
      teams: "Team",
      mean: "Snitt",
      atLeast4: "≥ 4",
      three: "3",
      below3: "< 3",
      change: "Endring",
    },
    colourMatrix: "Kvalitetsveilederen: farge per team og punkt",
    colourMatrixNote: "Tom celle: ikke vurdert. * foreløpig (ikke alle punkter vurdert).",
    colourCountsRow: "Antall team",
    colourNames: COLOUR_NAMES.nb,
    metrics: "Nøkkeltall per team",
    metricsNote:
      "Teamets verdier fra dataene, målt mot målet i instrumentet (✓ nådd). Tom celle: dataene gir ikke tallet.",
    target: "Mål",
    meanRow: "Snitt",
    metricNames: {
      caseloadPerFte: "Deltakere per årsverk",
      utetidPct: "Utetid",
      employerContactsPerWeek: "Kontakter med arbeidsgivere per uke",
      daysToFirstEmployerContact: "Dager til første kontakt med arbeidsgiver",
      competitiveJobsPct: "Andel ordinære jobber",
    },
    noTarget: "–",
    groupsHeading: "Per gruppe",
    groupColumns: {
      group: "Gruppe",
      teams: "Team",
      reviewTypes: "Evalueringsform",
      meanTotal: "Snitt totalskår",
      bands: "Kvalitetsnivå",
      colours: "Farger",
    },
    groupTeams: (teams, provisional, failed) =>
      `${teams}${provisional ? ` (${plural(provisional, "foreløpig", "foreløpige")})` : ""}${failed ? `, ${failed} ikke skåret` : ""}`,
    groupMetrics: "Nøkkeltall per gruppe (snitt av teamene)",
    rounds: "Endring siden forrige runde",
    roundsNote: (previous, teams) =>
      `Sammenlignet med ${previous} (${plural(teams, "team", "team")}). Samme team er samme navn og samme instrument. Kvalitetsveilederen: antall grønne · gule · røde punkter.`,
    roundColumns: {
      team: "Team",
      group: "Gruppe",
      before: "Forrige",
      now: "Nå",
      change: "Endring",
      improved: "Bedre",
      worsened: "Svakere",
      largest: "Største endringer",
    },
    newTeams: "Nye team (ikke med forrige gang)",
    goneTeams: "Med forrige gang, ikke nå",
    noChanges: "Ingen team er med i begge rundene.",
    distributionThenNow: "Fordeling forrige runde og nå",
  },
  en: {
    title: "Overview of fidelity reviews",
    pageHeader: (n) => `Overview of fidelity reviews · ${plural(n, "team", "teams")}`,
    page: "Page",
    of: "of",
    facts: {
      teams: "Teams",
      instruments: "Instruments",
      visitDates: "Visit dates",
      groups: "Groups",
      reviewTypes: "Review type",
      previous: "Previous round",
      notScored: "Not scored",
    },
    teamCount: (n) => plural(n, "team", "teams"),
    teamsLine: (all, complete, provisional) =>
      `${all} (${complete} fully rated${provisional ? `, ${provisional} provisional` : ""})`,
    notScoredReason: {
      unrated: "not fully rated",
      "coverage-gap": "the data does not cover the whole window",
      "invalid-data": "invalid data",
    },
    noGroup: "No group",
    notGiven: "not given",
    privacy:
      "Team-level numbers only: no specialist and no participant is named. The details are in each team's own report.",
    whoIsCounted:
      "Totals, the distribution and fidelity levels count teams with every item rated. Provisional teams (marked *) count in the item means with the items that are rated.",
    version: "version",
    distribution: "Distribution of totals",
    distributionCaption: (n, mean, min, max, provisional) =>
      `${plural(n, "team", "teams")} with a total: mean ${mean}, lowest ${min}, highest ${max}.${provisional ? ` ${plural(provisional, "provisional team is", "provisional teams are")} not included.` : ""}`,
    noTotals: (p) => `No team has a total yet${p ? ` (${p} provisional)` : ""}.`,
    now: "Now",
    previousRound: "Previous round",
    bandColumns: {
      band: "Fidelity level",
      range: "Total",
      teams: "Teams",
      share: "Share",
      previousTeams: "Teams before",
      previousShare: "Share before",
    },
    heatmap: "Scores per team and item",
    heatmapNote:
      "Items are ordered weakest first (lowest mean across the teams). Empty cell: not rated. * provisional (not every item rated).",
    provisional: "provisional",
    unratedCell: "–",
    total: "Total",
    items: "The items across the teams",
    itemsNote: "Weakest item first. Shares are of the teams with the item rated.",
    itemColumns: {
      id: "No.",
      item: "Item",
      teams: "Teams",
      mean: "Mean",
      atLeast4: "≥ 4",
      three: "3",
      below3: "< 3",
      change: "Change",
    },
    colourMatrix: "Kvalitetsveilederen: colour per team and point",
    colourMatrixNote: "Empty cell: not rated. * provisional (not every point rated).",
    colourCountsRow: "Number of teams",
    colourNames: COLOUR_NAMES.en,
    metrics: "Key metrics per team",
    metricsNote:
      "The team's values from its data, against the instrument's target (✓ reached). Empty cell: the data does not give the figure.",
    target: "Target",
    meanRow: "Mean",
    metricNames: {
      caseloadPerFte: "Participants per FTE",
      utetidPct: "Time out of office",
      employerContactsPerWeek: "Employer contacts per week",
      daysToFirstEmployerContact: "Days to first employer contact",
      competitiveJobsPct: "Share of competitive jobs",
    },
    noTarget: "–",
    groupsHeading: "By group",
    groupColumns: {
      group: "Group",
      teams: "Teams",
      reviewTypes: "Review type",
      meanTotal: "Mean total",
      bands: "Fidelity level",
      colours: "Colours",
    },
    groupTeams: (teams, provisional, failed) =>
      `${teams}${provisional ? ` (${provisional} provisional)` : ""}${failed ? `, ${failed} not scored` : ""}`,
    groupMetrics: "Key metrics per group (mean of the teams)",
    rounds: "Change since the previous round",
    roundsNote: (previous, teams) =>
      `Compared with ${previous} (${plural(teams, "team", "teams")}). The same team is the same name and the same instrument. Kvalitetsveilederen: the number of green · yellow · red points.`,
    roundColumns: {
      team: "Team",
      group: "Group",
      before: "Before",
      now: "Now",
      change: "Change",
      improved: "Better",
      worsened: "Worse",
      largest: "Largest changes",
    },
    newTeams: "New teams (not in the previous round)",
    goneTeams: "In the previous round, not now",
    noChanges: "No team is in both rounds.",
    distributionThenNow: "Distribution in the previous round and now",
  },
};
