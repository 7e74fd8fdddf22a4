/**
 * `fidelity --help` and every command's help: descriptions, arguments, options, examples. Commands, flags,
 * file names and option values stay English in both languages.
 */
import { defineMessages } from "../core/i18n.js";

export const HELP = defineMessages("help", {
  program: {
    nb: "Kvalitetsevaluering (fidelity) av team i Supported Employment (IPS-25, Kvalitetsveilederen).\nLeser teamets CSV-eksporter, skårer det dataene kan skåre, og skriver en PDF-rapport.",
    en: "Fidelity evaluation visits of Supported Employment teams (IPS-25, Kvalitetsveilederen).\nReads the team's CSV exports, scores what the data can score, writes a PDF report.",
  },
  examples: {
    nb: `
Eksempler:
  fidelity evaluate examples/ips-team       besøk i veiviseren, slutter med en PDF-rapport
  fidelity score examples --out reports     skår alle teammappene, skriv PDF-er + summary.csv
  fidelity validate examples/ips-team       sjekk et teams CSV-eksporter
  fidelity report reports/ips-team-bergen-sentrum.evaluation.json
                                            lag rapporten på nytt fra en lagret evaluering
  fidelity scales ips-25                    vis punktene og ankrene i IPS-25
  fidelity init mitt-team                   lag en teammappe med tomme CSV-filer
  fidelity agreement kari/ ola/             samsvar mellom to evaluatorer over mange team
  fidelity import kalender 'Kari Nordmann.ics' --team mitt-team
                                            rader til utetid.csv fra en kalendereksport

Språk: --lang nb (standard) eller --lang en; FIDELITY_LANG=en gjør engelsk til ditt eget standardvalg.

Avslutningskoder: 0 ok · 1 intern feil · 2 feil bruk · 3 ugyldige data · 4 filfeil
                  5 et teams IPS-sum er under --fail-under · 130 avbrutt (økten er lagret)`,
    en: `
Examples:
  fidelity evaluate examples/ips-team       interactive visit, ends with a PDF report
  fidelity score examples --out reports     score every team folder, write PDFs + summary.csv
  fidelity validate examples/ips-team       check a team's CSV exports
  fidelity report reports/ips-team-bergen-sentrum.evaluation.json
                                            re-render a report from a saved evaluation
  fidelity scales ips-25                    show the IPS-25 items and anchors
  fidelity init my-team                     start a team folder with empty CSVs
  fidelity agreement kari/ ola/             agreement between two evaluators over many teams
  fidelity import kalender 'Kari Nordmann.ics' --team my-team
                                            utetid.csv rows from a calendar export

Language: --lang nb (default) or --lang en; FIDELITY_LANG=en makes English your own default.

Exit codes: 0 ok · 1 internal error · 2 usage · 3 invalid input data · 4 file error
            5 a team's IPS total is below --fail-under · 130 interrupted (session saved)`,
  },
  runHelp: (p: { command: string }) => ({
    nb: `(kjør '${p.command}' for bruk)`,
    en: `(run '${p.command}' for usage)`,
  }),

  // Placeholders in usage lines (flag names stay English, the words for their values follow the language)
  teamDirArg: { nb: "teammappe", en: "team-dir" },
  pathArg: { nb: "sti", en: "path" },
  evaluationArg: { nb: "evaluering", en: "evaluation" },
  dirArg: { nb: "mappe", en: "dir" },
  fileArg: { nb: "fil", en: "file" },
  dateArg: { nb: "dato", en: "date" },
  langArg: { nb: "språk", en: "lang" },
  commandArg: { nb: "kommando", en: "command" },
  filesArg: { nb: "filer", en: "files" },
  nameArg: { nb: "navn", en: "name" },
  categoryArg: { nb: "kategori", en: "category" },
  hoursArg: { nb: "timer", en: "hours" },

  // Global options
  lang: {
    nb: "språk for tekst, spørsmål og rapporter: nb (bokmål) eller en (standard: FIDELITY_LANG, ellers nb)",
    en: "language for text, prompts and reports: nb (bokmål) or en (default: FIDELITY_LANG, else nb)",
  },
  noColor: { nb: "ingen farger i utskriften (også NO_COLOR)", en: "no colour in the output (also NO_COLOR)" },
  quiet: { nb: "bare feil og det du ba om", en: "only errors and requested output" },
  debug: { nb: "vis stakksporet ved interne feil", en: "show the stack trace of internal errors" },
  version: { nb: "vis versjonsnummeret", en: "output the version number" },
  help: { nb: "vis hjelp for kommandoen", en: "display help for command" },
  helpCommand: { nb: "vis hjelp for en kommando", en: "display help for command" },

  // Shared options
  scaleFile: { nb: "din egen skalafil", en: "your own scale file" },
  showStaffNames: {
    nb: "skriv jobbspesialistenes navn i stedet for JS1…JSn",
    en: "print specialists' names instead of JS1…JSn",
  },
  lookbackWeeks: {
    nb: "uker med data før besøket (standard: team.json, ellers 8)",
    en: "weeks of data before the visit (default: team.json, else 8)",
  },
  teamDirs: {
    nb: "teammapper, mapper med teammapper, eller en eksport med flere team",
    en: "team folders, folders of team folders, or a multi-team export",
  },

  // evaluate
  evaluate: {
    nb: "besøket i veiviseren: går gjennom hvert punkt, lagrer økten underveis, slutter med evaluation.json + PDF",
    en: "interactive visit: walks through every item, autosaves a session, ends with evaluation.json + PDF",
  },
  evaluateDir: { nb: "teammappen (standard: mappen du står i)", en: "the team folder (default: the current folder)" },
  resume: {
    nb: "fortsett en lagret økt (eller åpne en ferdig evaluering igjen)",
    en: "continue a saved session (or reopen a finished evaluation)",
  },
  evaluateScale: {
    nb: "ips-25 eller kvalitetsveileder (standard: team.json, ellers spørres du)",
    en: "ips-25 or kvalitetsveileder (default: team.json, else asked)",
  },
  evaluateVisitDate: {
    nb: "besøksdato, f.eks. 26.11.2026 eller 2026-11-26 (standard: team.json, ellers spørres du)",
    en: "visit date, e.g. 26.11.2026 or 2026-11-26 (default: team.json, else asked)",
  },
  evaluatePrevious: {
    nb: "den forrige evalueringen (standard: en tidligere besøks evaluering i --out): handlingsplanen derfra følges opp",
    en: "the previous evaluation (default: an earlier visit's evaluation in --out): its action plan is followed up",
  },
  evaluateOut: {
    nb: "hvor <team>.evaluation.json og PDF-en skrives (standard: ./reports, som for score)",
    en: "where to write <team>.evaluation.json and the PDF (default: ./reports, as for score)",
  },
  evaluateAfter: {
    nb: "\nTaster ved hvert punkt: Enter godtar dataenes forslag (eller beholder skåren) · 1–5 velger et anker\n(farger: 1 grønn, 2 gul, 3 rød) · elementpunkter: 1–9 krysser av, Enter ferdig · n notat · b tilbake\n· s hopp over · g gå til punkt · o oversikt · d hele beregningen (når den er brettet sammen)\n· q lagre og avslutt.\nTaster ved gjennomgangen (oversikten): Enter åpner neste punkt som mangler (godtar ingenting), eller fullfører\nnår alle er vurdert · f fullfør · v vurder manglende · b tilbake til punktet · a åpne punkt · t telleregler · k kontekst · h handlingsplan · r anbefaling · p forrige plan\n· q lagre og avslutt. I handlingsplanen (h): Enter godtar et tiltak · e endre · f fjern · n nytt tiltak.\nForrige plan følges opp ved fullføring: 1 gjennomført · 2 delvis · 3 ikke gjennomført · Enter ikke oppgitt.\nØkten lagres etter hvert svar; Ctrl-C lagrer og avslutter med 130;\nkjør kommandoen igjen (eller --resume <fil>) for å fortsette.\nUtenfor en terminal spør den ikke: et team der svarfilen vurderer alle punkter skåres, ellers kode 2.\n\nEksempel:\n  fidelity evaluate examples/ips-team --lang en",
    en: "\nKeys at every item: Enter accepts the data's suggestion (or keeps the score given) · 1–5 picks an anchor\n(colours: 1 green, 2 yellow, 3 red) · element items: 1–9 tick, Enter done · n note · b back · s skip\n· g go to item · o overview · d full computation (when folded) · q save and quit.\nKeys at the review (overview): Enter opens the next unrated item (accepts nothing), or finishes when all are\nrated · f finish · v rate missing · b back to the item · a open item\n· t counting rules · k context · h action plan · r recommendation · p previous plan · q save and quit.\nIn the action plan (h): Enter accepts an action · e edit · f remove · n new action.\nThe previous plan is followed up on finishing: 1 done · 2 partly · 3 not done · Enter not given.\nThe session is saved after every answer; Ctrl-C saves and exits 130;\nrun again (or --resume <file>) to continue.\nNot on a terminal it asks nothing: a team whose answers file rates every item is scored, else exit 2.\n\nExample:\n  fidelity evaluate examples/ips-team --lang en",
  },

  // scales
  scales: {
    nb: "list instrumentene, eller vis ett med punkter og ankre",
    en: "list the instruments, or show one with its items and anchors",
  },
  scaleId: { nb: "skala: ips-25 eller kvalitetsveileder", en: "scale id: ips-25 or kvalitetsveileder" },
  scalesFile: {
    nb: "les og vis din egen skalafil (den sjekkes)",
    en: "load and show your own scale file (validated)",
  },
  scalesJson: { nb: "skriv den sjekkede skalaen som JSON", en: "print the validated scale as JSON" },
  scalesAfter: {
    nb: "\nEksempel:\n  fidelity scales ips-25 --lang en",
    en: "\nExample:\n  fidelity scales ips-25 --lang en",
  },

  // score
  score: {
    nb: "skår hver teammappe under stiene: en PDF og en evalueringsfil per team, og summary.csv/json",
    en: "score every team folder under the paths: a PDF and an evaluation file per team, plus summary.csv/json",
  },
  scoreOut: {
    nb: "hvor det skrives (standard: ./reports; med --no-pdf og uten --out skrives ingenting)",
    en: "where to write (default: ./reports; with --no-pdf and no --out nothing is written)",
  },
  scoreJson: {
    nb: "skriv sammendraget (med hvert teams måltall og utregninger) som JSON på stdout",
    en: "print the summary (with each team's metrics and their trails) as JSON on stdout",
  },
  noPdf: { nb: "ingen PDF-rapporter (og ingen oversikt.pdf)", en: "no PDF reports (and no oversikt.pdf)" },
  noOverview: {
    nb: "ingen oversikt.pdf (oversikten over alle team, skrevet ved siden av sammendragene)",
    en: "no oversikt.pdf (the overview across all teams, written beside the summaries)",
  },
  previousDir: {
    nb: "en tidligere utmappe fra score: oversikt.pdf viser hvert teams endring og fordelingen da og nå",
    en: "an earlier output folder of score: oversikt.pdf shows each team's change and the distribution then and now",
  },
  scorePrevious: {
    nb: "den forrige evalueringen (en fil, eller utmappen fra en tidligere kjøring): utviklingen, og oppfølging av handlingsplanen",
    en: "the previous evaluation (a file, or the folder of an earlier run): the trend, and the follow-up of its action plan",
  },
  failUnder: {
    nb: "avslutt med 5 når et teams IPS-sum er under n, 0–125 (teamene nevnes); Kvalitetsveilederen-team har farger, ingen sum, og er aldri under",
    en: "exit 5 when a team's IPS total is below n, 0–125 (names the teams); Kvalitetsveilederen teams have colours, no total, and never count as below",
  },
  requireComplete: {
    nb: "et team med punkter som ikke er vurdert feiler (kode 3, en 'feilet'-rad i summary.csv) i stedet for å få en foreløpig sum",
    en: "a team with unrated items fails (exit 3, a 'failed' row in summary.csv) instead of getting a provisional total",
  },
  scoreScale: {
    nb: "instrument for team der team.json ikke nevner noe: ips-25 eller kvalitetsveileder",
    en: "instrument for teams whose team.json names none: ips-25 or kvalitetsveileder",
  },
  scoreScaleFile: { nb: "din egen skalafil, for alle team", en: "your own scale file, for every team" },
  scoreVisitDate: {
    nb: "besøksdato for alle team, f.eks. 26.11.2026 (standard: team.json, ellers i dag)",
    en: "visit date for every team, e.g. 26.11.2026 (default: team.json, else today)",
  },
  jobs: {
    nb: "teammapper som leses og PDF-rapporter som tegnes samtidig (standard: én per kjerne)",
    en: "team folders read and PDF reports drawn at the same time (default: one per core)",
  },
  scoreAfter: {
    nb: "\nEksempel:\n  fidelity score examples --out reports --fail-under 74",
    en: "\nExample:\n  fidelity score examples --out reports --fail-under 74",
  },

  // validate
  validate: {
    nb: "sjekk CSV-eksporter, team.json og svarfiler; hvert problem som fil:linje:kolonne: melding",
    en: "check CSV exports, team.json and answer files; every problem as file:line:column: message",
  },
  validatePaths: { nb: "teammapper eller filer", en: "team folders or files" },
  validateJson: { nb: "skriv resultatet som JSON på stdout", en: "print the result as JSON on stdout" },
  validateScale: {
    nb: "sjekk svarene mot dette instrumentet når team.json ikke nevner noe",
    en: "check answers against this instrument when team.json names none",
  },
  validateScaleFile: {
    nb: "sjekk svarene mot din egen skalafil",
    en: "check answers against your own scale file",
  },
  validateVisitDate: {
    nb: "besøksdato, for vinduet, f.eks. 26.11.2026 (standard: team.json, ellers i dag)",
    en: "visit date, for the window, e.g. 26.11.2026 (default: team.json, else today)",
  },
  validateAfter: {
    nb: "\nEksempel:\n  fidelity validate examples/fylke-export --json",
    en: "\nExample:\n  fidelity validate examples/fylke-export --json",
  },

  // report
  report: {
    nb: "lag PDF-rapporten fra en lagret evalueringsfil",
    en: "render the PDF report from a saved evaluation file",
  },
  reportFile: {
    nb: "en <team>.evaluation.json skrevet av score eller evaluate",
    en: "a <team>.evaluation.json written by score or evaluate",
  },
  reportOut: {
    nb: "hvor PDF-en skrives (standard: ved siden av evalueringsfilen; <team>.en.pdf på et annet språk)",
    en: "where to write the PDF (default: next to the evaluation file; <team>.en.pdf for another language)",
  },
  previous: {
    nb: "en tidligere evaluering av samme team: gir utviklingen og oppfølgingen av handlingsplanen",
    en: "an earlier evaluation of the same team: adds the trend and the follow-up of its action plan",
  },
  reportAfter: {
    nb: "\nEksempel (en engelsk kopi, reports/ips-team-bergen-sentrum.en.pdf, ved siden av den norske):\n  fidelity report reports/ips-team-bergen-sentrum.evaluation.json --lang en",
    en: "\nExample (an English copy, reports/ips-team-bergen-sentrum.en.pdf, beside the Norwegian one):\n  fidelity report reports/ips-team-bergen-sentrum.evaluation.json --lang en",
  },

  // merge
  merge: {
    nb: "to evaluatorers evalueringer av ett besøk → én konsensusevaluering + PDF: går gjennom punktene de er uenige om",
    en: "two evaluators' evaluations of one visit → one consensus evaluation + PDF: walks the items they differ on",
  },
  mergeA: { nb: "evaluator A sin <team>.evaluation.json", en: "evaluator A's <team>.evaluation.json" },
  mergeB: {
    nb: "evaluator B sin <team>.evaluation.json (samme team, besøksdato, instrument og data)",
    en: "evaluator B's <team>.evaluation.json (same team, visit date, instrument and data)",
  },
  mergeOut: {
    nb: "hvor <team>.consensus.evaluation.json og <team>.consensus.pdf skrives (standard: ./reports)",
    en: "where to write <team>.consensus.evaluation.json and <team>.consensus.pdf (default: ./reports)",
  },
  mergeAnswers: {
    nb: 'konsensus for punktene A og B er uenige om, f.eks. { "O1": { "score": 3, "rationale": "…" } } (trengs uten terminal)',
    en: 'the consensus on the items A and B differ on, e.g. { "O1": { "score": 3, "rationale": "…" } } (needed without a terminal)',
  },
  mergeJson: {
    nb: "skriv samsvarstallene, summene og hvert punkts A, B og konsensus som JSON på stdout",
    en: "print the agreement statistics, the totals and every item's A, B and consensus as JSON on stdout",
  },
  mergeStaffNames: {
    nb: "skriv jobbspesialistenes navn i stedet for JS1…JSn",
    en: "print specialists' names instead of JS1…JSn",
  },
  mergeAfter: {
    nb: "\nPunkter A og B er enige om, tas med som de er, med begge merknadene. Hvert punkt de er uenige om, vises med A og B\nside om side og dataenes forslag; velg konsensus (1–5, farger 1 grønn 2 gul 3 rød) og gi en begrunnelse\n(påkrevd). b går tilbake, q lagrer og avslutter; sammenslåingen lagres etter hvert svar, Ctrl-C lagrer og avslutter\nmed 130, og samme kommando igjen tilbyr å fortsette. Originalene endres ikke.\nUtenfor en terminal: --answers må avgjøre hvert punkt de er uenige om, ellers kode 2 med punktene nevnt.\n\nEksempler:\n  fidelity merge kari/ips-team.evaluation.json ola/ips-team.evaluation.json\n  fidelity merge a.evaluation.json b.evaluation.json --answers konsensus.json --json",
    en: "\nItems A and B agree on are taken as they are, with both notes. Each item they differ on shows A and B side by\nside and the data's suggestion; pick the consensus (1–5, colours 1 green 2 yellow 3 red) and give a rationale\n(required). b goes back, q saves and quits; the merge is saved after every answer, Ctrl-C saves and exits 130,\nand the same command again offers to continue. The originals are not changed.\nNot on a terminal: --answers must decide every item they differ on, else exit 2 naming them.\n\nExamples:\n  fidelity merge kari/ips-team.evaluation.json ola/ips-team.evaluation.json\n  fidelity merge a.evaluation.json b.evaluation.json --answers konsensus.json --json",
  },

  // agreement
  agreement: {
    nb: "samsvar mellom evaluatorer over par av evalueringer av de samme teamene (kalibrering): lik skår, kappa, ICC for summene",
    en: "agreement between evaluators over pairs of evaluations of the same teams (calibration): exact agreement, kappa, ICC of the totals",
  },
  agreementPaths: {
    nb: "evalueringsfiler, eller mapper det søkes i etter *.evaluation.json",
    en: "evaluation files, or folders searched for *.evaluation.json",
  },
  agreementJson: {
    nb: "skriv parene, tallene og hvor ofte hvert punkt er uenig som JSON på stdout",
    en: "print the pairs, the statistics and each item's disagreement rate as JSON on stdout",
  },
  agreementAfter: {
    nb: "\nEvalueringer av samme team, besøksdato og instrument blir par (A: evaluatoren hvis navn kommer først alfabetisk).\nIPS-punkter: lik skår, innenfor ett poeng, gjennomsnittlig absolutt forskjell, lineært vektet Cohens kappa;\nKvalitetsveilederen: lik farge og Cohens kappa; IPS-summer: ICC(A,1) (toveis tilfeldig, absolutt samsvar).\n\nEksempel:\n  fidelity agreement kari/ ola/ --lang en",
    en: "\nEvaluations of the same team, visit date and instrument are paired (A: the evaluator whose name sorts first).\nIPS items: exact agreement, within one point, mean absolute difference, linearly weighted Cohen's kappa;\nKvalitetsveilederen: exact agreement and Cohen's kappa; IPS totals: ICC(A,1) (two-way random, absolute agreement).\n\nExample:\n  fidelity agreement kari/ ola/ --lang en",
  },

  // import kalender
  import: {
    nb: "hent data fra andre verktøy inn i en teammappe (import kalender: utetid fra kalendereksporter)",
    en: "bring data from other tools into a team folder (import kalender: utetid from calendar exports)",
  },
  kalender: {
    nb: "rader til utetid.csv fra jobbspesialistenes kalendereksporter (.ics fra Outlook/Exchange eller Google, eller Outlooks kalender-CSV), én fil per jobbspesialist",
    en: "utetid.csv rows from the specialists' calendar exports (.ics from Outlook/Exchange or Google, or Outlook's calendar CSV), one file per specialist",
  },
  kalenderFiles: {
    nb: "kalendereksporter, én per jobbspesialist (jobbspesialisten er filnavnet: 'Kari Nordmann.ics')",
    en: "calendar exports, one per specialist (the specialist is the file name: 'Kari Nordmann.ics')",
  },
  kalenderTeam: {
    nb: "teammappen der utetid.csv får radene (må gis)",
    en: "the team folder whose utetid.csv gets the rows (required)",
  },
  kalenderSpecialist: {
    nb: "jobbspesialisten for en fil, én gang per fil i samme rekkefølge (standard: filnavnet)",
    en: "the specialist of a file, once per file in file order (default: the file name)",
  },
  kalenderCategory: {
    nb: "en kategori som betyr tid ute, kan gis flere ganger (standard: Ute, Gul kategori, Yellow category; eller team.json sine)",
    en: "a category that marks time out, repeatable (default: Ute, Gul kategori, Yellow category; or team.json's)",
  },
  kalenderWorkday: {
    nb: "timer i en arbeidsdag, timer_totalt for en ukedag (standard 7,5; eller team.json sin)",
    en: "hours of a working day, a weekday's timer_totalt (default 7,5; or team.json's)",
  },
  dryRun: { nb: "les og meld fra, men skriv ingenting", en: "read and report, write nothing" },
  kalenderAfter: {
    nb: "\nTid ute en dag er foreningen av dagens avtaler med en ute-kategori, i norsk tid (overlapp telles én gang,\ndelt ved midnatt). En ukedag får arbeidsdagen (eller tiden ute når den er lengre); lørdag og søndag får\nbare en rad med tid ute; en dag med en heldagsavtale eller fravær (OOF) og ingen tid ute regnes som borte\n(ingen rad). Rader for andre jobbspesialister og andre dager beholdes. Emne, beskrivelse, sted og deltakere\nleses aldri.\n\nEksempel:\n  fidelity import kalender 'Kari Nordmann.ics' 'Per Hansen.ics' --team team-nord",
    en: "\nTime out on a day is the union of that day's events with an out category, in Norwegian time (overlaps\ncounted once, split at midnight). A weekday gets the working day (or the time out when longer); Saturday and\nSunday a row only with time out; a day with an all-day or out-of-office (OOF) event and no time out is absent\n(no row). Rows of other specialists and other days are kept. Subjects, descriptions, locations and attendees\nare never read.\n\nExample:\n  fidelity import kalender 'Kari Nordmann.ics' 'Per Hansen.ics' --team team-nord",
  },

  // init
  init: {
    nb: "lag en teammappe med tomme CSV-filer (med riktige overskrifter), team.json og en svarfil",
    en: "create a team folder with empty CSVs (the right headers), team.json and an answers file",
  },
  initDir: { nb: "teammappen som skal lages", en: "the team folder to create" },
  initScale: { nb: "ips-25 eller kvalitetsveileder", en: "ips-25 or kvalitetsveileder" },
  initVisitDate: {
    nb: "besøksdato, f.eks. 03.12.2026 (standard: i dag)",
    en: "visit date, e.g. 03.12.2026 (default: today)",
  },
  initAfter: {
    nb: "\nEksempel:\n  fidelity init team-nord --scale kvalitetsveileder --visit-date 03.12.2026",
    en: "\nExample:\n  fidelity init team-nord --scale kvalitetsveileder --visit-date 03.12.2026",
  },
});
