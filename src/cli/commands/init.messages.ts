/** What `fidelity init` says and writes: the answers skeleton's comment, refusals, and what was created. */
import { defineMessages } from "../../core/i18n.js";

export const INIT = defineMessages("init", {
  // --- the answers skeleton's $comment (each example is a valid answer as written) ------------------------
  ratings: { nb: "Evaluatorens vurderinger.", en: "The evaluator's ratings." },
  colourEach: (p: { byHand: string | undefined }) => ({
    nb: `Gi hvert punkt en farge: grønn, gul eller rød${p.byHand ? `, f.eks. "${p.byHand}": "gul", eller med notat "${p.byHand}": { "colour": "gul", "note": "notat" }` : ""}. Ikke skår (1–5): dette instrumentet bruker farger.`,
    en: `Give each point a colour: grønn (green), gul (yellow) or rød (red)${p.byHand ? `, e.g. "${p.byHand}": "gul", or with a note "${p.byHand}": { "colour": "gul", "note": "note" }` : ""}. No scores (1–5): this instrument uses colours.`,
  }),
  colourFromData: (p: { ids: string; id: string }) => ({
    nb: `Punkter dataene gir farge på (${p.ids}) får den fra CSV-filene; for å overstyre, gi farge og begrunnelse, f.eks. "${p.id}": { "colour": "gul", "reason": "begrunnelse" }.`,
    en: `Points the data gives a colour (${p.ids}) get it from the CSV files; to override, give a colour and a reason, e.g. "${p.id}": { "colour": "gul", "reason": "why" }.`,
  }),
  scoreEach: (p: { byHand: string | undefined }) => ({
    nb: `Gi hvert punkt en skår 1–5${p.byHand ? `, f.eks. "${p.byHand}": 4, eller med notat "${p.byHand}": { "score": 4, "note": "notat" }` : ""}.`,
    en: `Give each item a score 1–5${p.byHand ? `, e.g. "${p.byHand}": 4, or with a note "${p.byHand}": { "score": 4, "note": "note" }` : ""}.`,
  }),
  elementItems: (p: { id: string; example: string }) => ({
    nb: `Elementpunkter: kryss av elementene som er på plass (de står i $-linjen over punktet), f.eks. "${p.id}": { "elements": ${p.example} }.`,
    en: `Element items: list the elements in place (named in the $ line above the item), e.g. "${p.id}": { "elements": ${p.example} }.`,
  }),
  scoreFromData: (p: { ids: string; id: string }) => ({
    nb: `Datapunktene (${p.ids}) skåres fra CSV-filene; for å overstyre, gi skår og begrunnelse, f.eks. "${p.id}": { "score": 3, "reason": "begrunnelse" }.`,
    en: `Data items (${p.ids}) are scored from the CSV files; to override, give a score and a reason, e.g. "${p.id}": { "score": 3, "reason": "why" }.`,
  }),
  notRatedYet: {
    nb: `Et punkt som står som {} er ikke vurdert ennå. "context": forhold utenfor teamets kontroll. Nøkler som begynner med $ er kommentarer.`,
    en: `An item left as {} is not rated yet. "context": conditions outside the team's control. Keys starting with $ are comments.`,
  },
  elements: { nb: "Elementer", en: "Elements" },

  // --- the run --------------------------------------------------------------------------------------------
  alreadyThere: (p: { dir: string; files: string }) => ({
    nb: `${p.dir} har allerede ${p.files}; ingenting er skrevet (init overskriver aldri)`,
    en: `${p.dir} already has ${p.files}; nothing was written (init never overwrites)`,
  }),
  cannotCreate: (p: { dir: string; code: string }) => ({
    nb: `kan ikke opprette ${p.dir}: ${p.code}`,
    en: `cannot create ${p.dir}: ${p.code}`,
  }),
  created: (p: { dir: string }) => ({ nb: `Opprettet ${p.dir}:`, en: `Created ${p.dir}:` }),
  noVisitDate: {
    nb: `Besøksdatoen er ikke satt: skriv den i team.json ("visitDate": "ÅÅÅÅ-MM-DD"), eller gi --visit-date når du kjører validate, score eller evaluate (evaluate spør om den). Uten den brukes dagens dato, og det sies fra.`,
    en: `The visit date is not set: write it in team.json ("visitDate": "YYYY-MM-DD"), or give --visit-date when you run validate, score or evaluate (evaluate asks for it). Without it today's date is used, and a warning says so.`,
  },
  fillIn: (p: { command: string }) => ({
    nb: `Fyll inn CSV-eksportene, team.json og vurderinger.json, og kjør så: ${p.command}`,
    en: `Fill in the CSV exports, team.json and vurderinger.json, then run: ${p.command}`,
  }),
});
