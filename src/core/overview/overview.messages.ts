/**
 * The words of oversikt.pdf, the batch overview (core/overview/build-model.ts), in bokmål and English. A word
 * chosen by a value is one message per value, `"metric.<KeyMetricId>"`, `"reviewType.<ReviewType>"`,
 * `"notScored.<failure>"`, `"colourCount.<Colour>"`, so a value without its words is a compile error.
 */
import { defineMessages } from "../i18n.js";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const OVERVIEW = defineMessages("overview", {
  title: { nb: "Oversikt over kvalitetsevalueringer", en: "Overview of fidelity reviews" },
  pageHeader: (p: { teams: number }) => ({
    nb: `Oversikt over kvalitetsevalueringer · ${p.teams} team`,
    en: `Overview of fidelity reviews · ${plural(p.teams, "team", "teams")}`,
  }),
  page: { nb: "Side", en: "Page" },
  of: { nb: "av", en: "of" },

  // The facts on page 1.
  factTeams: { nb: "Team", en: "Teams" },
  factInstruments: { nb: "Instrumenter", en: "Instruments" },
  factVisitDates: { nb: "Besøksdatoer", en: "Visit dates" },
  factGroups: { nb: "Grupper", en: "Groups" },
  factReviewTypes: { nb: "Evalueringsform", en: "Review type" },
  factPrevious: { nb: "Forrige runde", en: "Previous round" },
  factNotScored: { nb: "Ikke skåret", en: "Not scored" },
  teamCount: (p: { n: number }) => ({ nb: `${p.n} team`, en: plural(p.n, "team", "teams") }),
  teamsLine: (p: { all: number; complete: number; provisional: number }) => ({
    nb: `${p.all} (${p.complete} fullstendig vurdert${p.provisional ? `, ${plural(p.provisional, "foreløpig", "foreløpige")}` : ""})`,
    en: `${p.all} (${p.complete} fully rated${p.provisional ? `, ${p.provisional} provisional` : ""})`,
  }),
  // Why a team was not scored (FailedOverviewRow["failure"]).
  "notScored.unrated": { nb: "ikke ferdig vurdert", en: "not fully rated" },
  "notScored.coverage-gap": { nb: "dataene dekker ikke hele vinduet", en: "the data does not cover the whole window" },
  "notScored.invalid-data": { nb: "feil i dataene", en: "invalid data" },
  // team.json reviewType (ReviewType).
  "reviewType.independent-review": { nb: "Uavhengig evaluering", en: "Independent review" },
  "reviewType.guided-self-assessment": { nb: "Veiledet egenvurdering", en: "Guided self-assessment" },
  "reviewType.self-assessment": { nb: "Egenvurdering", en: "Self-assessment" },
  noGroup: { nb: "Uten gruppe", en: "No group" },
  notGiven: { nb: "ikke oppgitt", en: "not given" },
  privacy: {
    nb: "Bare tall på teamnivå: ingen jobbspesialister og ingen deltakere er nevnt. Detaljene står i hvert teams egen rapport.",
    en: "Team-level numbers only: no specialist and no participant is named. The details are in each team's own report.",
  },
  whoIsCounted: {
    nb: "Totalskår, fordeling og kvalitetsnivå gjelder team der alle punkter er vurdert. Foreløpige team (merket *) er med i punktsnittene med de punktene som er vurdert.",
    en: "Totals, the distribution and fidelity levels count teams with every item rated. Provisional teams (marked *) count in the item means with the items that are rated.",
  },
  scaleTitle: (p: { name: string; version: string }) => ({
    nb: `${p.name}, versjon ${p.version}`,
    en: `${p.name}, version ${p.version}`,
  }),

  // The distribution of totals and the bands.
  distribution: { nb: "Fordeling av totalskår", en: "Distribution of totals" },
  distributionCaption: (p: { n: number; mean: string; min: string; max: string; provisional: number }) => ({
    nb: `${plural(p.n, "team", "team")} med totalskår: snitt ${p.mean}, lavest ${p.min}, høyest ${p.max}.${p.provisional ? ` ${plural(p.provisional, "foreløpig team er", "foreløpige team er")} ikke med.` : ""}`,
    en: `${plural(p.n, "team", "teams")} with a total: mean ${p.mean}, lowest ${p.min}, highest ${p.max}.${p.provisional ? ` ${plural(p.provisional, "provisional team is", "provisional teams are")} not included.` : ""}`,
  }),
  noTotals: (p: { provisional: number }) => ({
    nb: `Ingen team har totalskår ennå${p.provisional ? ` (${plural(p.provisional, "foreløpig", "foreløpige")})` : ""}.`,
    en: `No team has a total yet${p.provisional ? ` (${p.provisional} provisional)` : ""}.`,
  }),
  /** The distribution's axis and the heat map's total column. */
  total: { nb: "Totalskår", en: "Total" },
  now: { nb: "Nå", en: "Now" },
  previousRound: { nb: "Forrige runde", en: "Previous round" },
  /** The previous round in a sentence, when its folder has no name. */
  previousRoundInText: { nb: "forrige runde", en: "the previous round" },
  band: { nb: "Kvalitetsnivå", en: "Fidelity level" },
  bandOf: (p: { scale: string }) => ({ nb: `${p.scale}: kvalitetsnivå`, en: `${p.scale}: fidelity level` }),
  teams: { nb: "Team", en: "Teams" },
  share: { nb: "Andel", en: "Share" },
  previousTeams: { nb: "Team forrige", en: "Teams before" },
  previousShare: { nb: "Andel forrige", en: "Share before" },

  // The heat map and the items.
  heatmap: { nb: "Skår per team og punkt", en: "Scores per team and item" },
  heatmapNote: {
    nb: "Punktene står med det svakeste først (lavest snitt over teamene). Tom celle: ikke vurdert. * foreløpig (ikke alle punkter vurdert).",
    en: "Items are ordered weakest first (lowest mean across the teams). Empty cell: not rated. * provisional (not every item rated).",
  },
  items: { nb: "Punktene på tvers av teamene", en: "The items across the teams" },
  itemsNote: {
    nb: "Svakeste punkt først. Andelene er av teamene som har punktet vurdert.",
    en: "Weakest item first. Shares are of the teams with the item rated.",
  },
  itemId: { nb: "Nr.", en: "No." },
  item: { nb: "Punkt", en: "Item" },
  mean: { nb: "Snitt", en: "Mean" },
  atLeast4: { nb: "≥ 4", en: "≥ 4" },
  three: { nb: "3", en: "3" },
  below3: { nb: "< 3", en: "< 3" },
  change: { nb: "Endring", en: "Change" },

  // Kvalitetsveilederen.
  colourMatrix: {
    nb: "Kvalitetsveilederen: farge per team og punkt",
    en: "Kvalitetsveilederen: colour per team and point",
  },
  colourMatrixNote: {
    nb: "Tom celle: ikke vurdert. * foreløpig (ikke alle punkter vurdert).",
    en: "Empty cell: not rated. * provisional (not every point rated).",
  },
  colourCountsRow: { nb: "Antall team", en: "Number of teams" },
  // A count of colours: "1 grønn", "2 gule"; the English colour words do not change.
  "colourCount.green": (p: { n: number }) => ({ nb: plural(p.n, "grønn", "grønne"), en: `${p.n} green` }),
  "colourCount.yellow": (p: { n: number }) => ({ nb: plural(p.n, "gul", "gule"), en: `${p.n} yellow` }),
  "colourCount.red": (p: { n: number }) => ({ nb: plural(p.n, "rød", "røde"), en: `${p.n} red` }),

  // Key metrics.
  metrics: (p: { scale: string }) => ({
    nb: `Nøkkeltall per team: ${p.scale}`,
    en: `Key metrics per team: ${p.scale}`,
  }),
  metricsNote: {
    nb: "Teamets verdier fra dataene, målt mot målet i instrumentet (✓ nådd). Tom celle: dataene gir ikke tallet.",
    en: "The team's values from its data, against the instrument's target (✓ reached). Empty cell: the data does not give the figure.",
  },
  target: { nb: "Mål", en: "Target" },
  // The key metrics (KeyMetricId).
  "metric.caseloadPerFte": { nb: "Deltakere per årsverk", en: "Participants per FTE" },
  "metric.utetidPct": { nb: "Utetid", en: "Time out of office" },
  "metric.employerContactsPerWeek": { nb: "Kontakter med arbeidsgivere per uke", en: "Employer contacts per week" },
  "metric.daysToFirstEmployerContact": {
    nb: "Dager til første kontakt med arbeidsgiver",
    en: "Days to first employer contact",
  },
  "metric.competitiveJobsPct": { nb: "Andel ordinære jobber", en: "Share of competitive jobs" },
  noTarget: { nb: "–", en: "–" },

  // Groups.
  groupsHeading: { nb: "Per gruppe", en: "By group" },
  group: { nb: "Gruppe", en: "Group" },
  meanTotal: { nb: "Snitt totalskår", en: "Mean total" },
  colours: { nb: "Farger", en: "Colours" },
  groupTeams: (p: { teams: number; provisional: number; failed: number }) => ({
    nb: `${p.teams}${p.provisional ? ` (${plural(p.provisional, "foreløpig", "foreløpige")})` : ""}${p.failed ? `, ${p.failed} ikke skåret` : ""}`,
    en: `${p.teams}${p.provisional ? ` (${p.provisional} provisional)` : ""}${p.failed ? `, ${p.failed} not scored` : ""}`,
  }),
  groupMetrics: { nb: "Nøkkeltall per gruppe (snitt av teamene)", en: "Key metrics per group (mean of the teams)" },

  // The change since the previous round.
  rounds: { nb: "Endring siden forrige runde", en: "Change since the previous round" },
  roundsNote: (p: { previous: string; teams: number }) => ({
    nb: `Sammenlignet med ${p.previous} (${plural(p.teams, "team", "team")}). Samme team er samme navn og samme instrument. Kvalitetsveilederen: antall grønne · gule · røde punkter.`,
    en: `Compared with ${p.previous} (${plural(p.teams, "team", "teams")}). The same team is the same name and the same instrument. Kvalitetsveilederen: the number of green · yellow · red points.`,
  }),
  team: { nb: "Team", en: "Team" },
  before: { nb: "Forrige", en: "Before" },
  improved: { nb: "Bedre", en: "Better" },
  worsened: { nb: "Svakere", en: "Worse" },
  largest: { nb: "Største endringer", en: "Largest changes" },
  newTeams: (p: { teams: string }) => ({
    nb: `Nye team (ikke med forrige gang): ${p.teams}.`,
    en: `New teams (not in the previous round): ${p.teams}.`,
  }),
  goneTeams: (p: { teams: string }) => ({
    nb: `Med forrige gang, ikke nå: ${p.teams}.`,
    en: `In the previous round, not now: ${p.teams}.`,
  }),
  noChanges: { nb: "Ingen team er med i begge rundene.", en: "No team is in both rounds." },
  distributionThenNow: { nb: "Fordeling forrige runde og nå", en: "Distribution in the previous round and now" },
});
