/** Why a metric has no value (types.ts: MISSING_TEXT, one text per MissingCode); the data items add the specifics. */
import { defineMessages } from "../i18n.js";

export const MISSING = defineMessages("missing", {
  noFile: { nb: "Filen mangler i teammappen.", en: "The file is missing from the team folder." },
  fileLeftOut: {
    nb: "Filen er holdt utenfor fordi den har feil.",
    en: "The file was left out because it has errors.",
  },
  noRowsInWindow: { nb: "Ingen rader i vinduet.", en: "No rows in the window." },
  noContactDataInWindow: {
    nb: "Ingen kontakter og ingen utetidsrader i vinduet: dataene dekker ikke vinduet, så 0 kontakter kan ikke skilles fra manglende data.",
    en: "No contacts and no utetid rows in the window: the data does not cover the window, so 0 contacts cannot be told from missing data.",
  },
  noSpecialists: {
    nb: "Ingen jobbspesialister i vinduet.",
    en: "No employment specialists in the window.",
  },
  noHoursLogged: {
    nb: "Ingen jobbspesialist har registrert timer i vinduet.",
    en: "No specialist logged any hours in the window.",
  },
  noPresentBlocks: {
    nb: "Ingen jobbspesialist har registrerte uker i vinduet.",
    en: "No specialist has a logged week in the window.",
  },
  noActiveParticipants: {
    nb: "Ingen deltakere er aktive dagen før besøket.",
    en: "No participant is active on the day before the visit.",
  },
  noParticipantsInPeriod: {
    nb: "Ingen deltakere med startdato i perioden.",
    en: "No participants with a start date in the period.",
  },
  noFirstContactData: {
    nb: "Porteføljen har ingen datoer for første arbeidsgiverkontakt.",
    en: "The caseload has no dates of first employer contact.",
  },
  noneToMeasure: {
    nb: "Ingen deltakere å måle ennå: alle uten kontakt har ventet for kort tid.",
    en: "No participants to measure yet: everyone without a contact has waited only a short time.",
  },
  noJobs: { nb: "Ingen jobber i perioden.", en: "No jobs in the period." },
  noCaseloadInPeriod: {
    nb: "Ingen deltakere i porteføljen er i tjenesten i perioden: porteføljen dekker ikke perioden, så 0 jobber kan ikke skilles fra manglende data.",
    en: "No participant in the caseload is in the service during the period: the caseload does not cover the period, so 0 jobs cannot be told from missing data.",
  },
  noJobColumn: {
    nb: "Porteføljen har ingen kolonne jobbstart, så den kan ikke vise jobber.",
    en: "The caseload has no jobbstart (job start) column, so it cannot show jobs.",
  },
  noJobTypeData: { nb: "Ingen jobber har yrke oppgitt.", en: "No job has a job type given." },
  noEmployerData: { nb: "Ingen jobber har arbeidsgiver oppgitt.", en: "No job has an employer given." },
  noCompetitiveData: {
    nb: "Ingen jobber har «ordinær» oppgitt.",
    en: "No job says whether it is competitive.",
  },
  noDischargedWithJob: {
    nb: "Ingen deltakere utskrevet i perioden etter en jobbstart.",
    en: "No participants discharged in the period after a job start.",
  },
});
