/** The job counts' rule and warnings (jobs.ts). */
import { defineMessages, type Text } from "../i18n.js";

export const JOBS = defineMessages("jobs", {
  rule: {
    nb: "Jobber = rader med jobbstart i perioden, eller tidligere jobbstart der jobben pågår og deltakeren fortsatt er aktiv dagen før besøket. Andel ulike yrker = ulike yrker / jobber; andel ulike arbeidsgivere = ulike arbeidsgivere / jobber; andel ordinære jobber = ordinære / jobber. Alle jobber er i nevneren, også de der feltet er tomt.",
    en: "Jobs = rows with a job start in the period, or an earlier job start with the job still ongoing and the participant still active the day before the visit. Job-type diversity = distinct job types / jobs; employer diversity = distinct employers / jobs; competitive share = competitive jobs / jobs. Every job is in the denominator, also those with the field empty.",
  },
  duplicate: {
    nb: "Samme jobb (deltaker, jobbstart, arbeidsgiver, yrke) står flere ganger; telles én gang.",
    en: "The same job (participant, job start, employer, job type) appears more than once; counted once.",
  },
  missingField: (p: { lacking: number; jobs: number; field: Text; counts: Text }) => ({
    nb: `${p.lacking} av ${p.jobs} jobber mangler ${p.field.nb}; de telles med i andelen, ${p.counts.nb}.`,
    en: `${p.lacking} of ${p.jobs} jobs have no ${p.field.en}; they stay in the share, ${p.counts.en}.`,
  }),
  jobType: { nb: "yrke", en: "job type" },
  addingNoJobType: { nb: "uten å legge til et yrke", en: "adding no job type" },
  employer: { nb: "arbeidsgiver", en: "employer" },
  addingNoEmployer: { nb: "uten å legge til en arbeidsgiver", en: "adding no employer" },
  competitive: { nb: "«ordinær»", en: "“competitive”" },
  asNotCompetitive: { nb: "som ikke ordinære", en: "as not competitive" },
});
