/** The follow-up of the previous plan, the new action plan and the recommendations (plan.ts). */
import { defineMessages } from "../../core/i18n.js";

export const PLAN = defineMessages("wizard.plan", {
  // One action's fields (also the questions that edit them).
  wholeTeam: { nb: "Hele teamet", en: "The whole team" },
  action: { nb: "Tiltak", en: "Action" },
  responsible: { nb: "Ansvarlig", en: "Responsible" },
  deadline: { nb: "Frist", en: "Deadline" },
  support: { nb: "Støtte som trengs", en: "Support needed" },
  measure: { nb: "Slik måles fremgangen", en: "How progress is measured" },
  measuredBy: { nb: "Måles ved", en: "Measured by" },

  // The follow-up of the previous plan.
  followUpTitle: (p: { date: string; at: number; of: number }) => ({
    nb: `Oppfølging av handlingsplanen fra ${p.date} (${p.at} av ${p.of})`,
    en: `Follow-up of the action plan of ${p.date} (${p.at} of ${p.of})`,
  }),
  howFar: { nb: "Hvor langt kom tiltaket?", en: "How far did the action get?" },
  keepStatus: (p: { status: string }) => ({ nb: `Enter: behold «${p.status}»`, en: `Enter: keep "${p.status}"` }),
  pickStatus: { nb: "1–3 velger; Enter: hopp over (ikke oppgitt)", en: "1–3 picks; Enter: skip (not given)" },

  // The plan on the review screen.
  team: { nb: "Teamet", en: "Team" },
  overviewLine: (p: { who: string; action: string; responsible: string; deadline: string }) => ({
    nb: `${p.who}: ${p.action} — ${p.responsible}, frist ${p.deadline}`,
    en: `${p.who}: ${p.action} — ${p.responsible}, due ${p.deadline}`,
  }),
  planTitle: (p: { n: number }) => ({ nb: `Handlingsplan (${p.n} tiltak)`, en: `Action plan (${p.n} actions)` }),
  noActions: { nb: "  Ingen tiltak.", en: "  No actions." },
  planKeys: (p: { h: string; e: string; f: string; n: string }) => ({
    nb: `Fullfør godtar planen slik den står; ${p.h} går gjennom den (Enter godtar, ${p.e} endrer, ${p.f} fjerner, ${p.n} nytt tiltak).`,
    en: `Finishing accepts the plan as it stands; ${p.h} goes through it (Enter accepts, ${p.e} edits, ${p.f} removes, ${p.n} new action).`,
  }),
  /** `open`: how many actions have no status yet; `key`: the key that asks about them. */
  previousPlan: (p: { date: string; done: number; of: number; open: number; key: string }) => ({
    nb: `Forrige plan (${p.date}): ${p.done} av ${p.of} tiltak har status${p.open ? `; resten spørres om ved fullføring (${p.key})` : ` (${p.key} endrer)`}.`,
    en: `Previous plan (${p.date}): ${p.done} of ${p.of} actions have a status${p.open ? `; the rest are asked on finishing (${p.key})` : ` (${p.key} changes them)`}.`,
  }),

  // Going through the plan.
  actionOf: (p: { at: number; of: number; proposed: boolean }) => ({
    nb: `Handlingsplan: tiltak ${p.at} av ${p.of}${p.proposed ? " (forslag)" : ""}`,
    en: `Action plan: action ${p.at} of ${p.of}${p.proposed ? " (proposal)" : ""}`,
  }),
  theAction: { nb: "Tiltaket", en: "The action" },
  enterAccepts: { nb: "Enter: godta tiltaket", en: "Enter: accept the action" },
  thePlan: { nb: "Handlingsplanen", en: "The action plan" },
  enterDone: { nb: "Enter: planen er ferdig, skriv rapporten", en: "Enter: the plan is done, write the report" },
  forItem: { nb: "Gjelder tiltaket et bestemt punkt?", en: "Is the action for a particular item?" },

  // Editing an action.
  writeAction: { nb: "Skriv tiltaket.", en: "Write the action." },
  responsibleRole: { nb: "Ansvarlig (en rolle, ikke et navn)", en: "Responsible (a role, not a name)" },
  deadlineForm: { nb: "Frist (dd.mm.åååå)", en: "Deadline (yyyy-mm-dd)" },
  writeDate: { nb: "Skriv en dato, f.eks. 01.03.2027.", en: "Write a date, e.g. 2027-03-01." },

  // The review's `r`.
  recommendationFor: {
    nb: "Anbefaling for hvilket punkt? (skriv id eller ord)",
    en: "Recommendation for which item? (type an id or a word)",
  },
  recommendationNow: (p: { id: string }) => ({
    nb: `${p.id}: anbefalingen i rapporten nå`,
    en: `${p.id}: the recommendation in the report now`,
  }),
  noRecommendation: { nb: "(ingen: punktet har full skår)", en: "(none: the item has full score)" },
  yourRecommendationReplaces: {
    nb: "Din anbefaling (tomt: bruk den verktøyet lager)",
    en: "Your recommendation (empty: use the one the tool builds)",
  },
  yourRecommendation: {
    nb: "Din anbefaling (tomt: behold den over)",
    en: "Your recommendation (empty: keep the one above)",
  },
});
