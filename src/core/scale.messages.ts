/** Problems with a scale file (`--scale-file`), each after the JSON path it is at. */
import { defineMessages } from "./i18n.js";

export const SCALE_FILE = defineMessages("scaleFile", {
  anchorTwice: (p: { score: number }) => ({
    nb: `ankeret for skår ${p.score} står to ganger`,
    en: `anchor score ${p.score} appears twice`,
  }),
  anchorMissing: (p: { score: number }) => ({
    nb: `ankeret for skår ${p.score} mangler`,
    en: `anchor for score ${p.score} is missing`,
  }),
  elementsNeeded: {
    nb: "et punkt av typen elements trenger elementene sine (elements)",
    en: "an elements item needs its elements",
  },
  scoreByCountNeeded: {
    nb: "et punkt av typen elements trenger scoreByCount",
    en: "an elements item needs scoreByCount",
  },
  scoreByCountLength: (p: { elements: number; want: number; found: number }) => ({
    nb: `scoreByCount må gi en skår for 0 til ${p.elements} elementer (${p.want} verdier), fant ${p.found}`,
    en: `scoreByCount must give a score for 0 to ${p.elements} elements (${p.want} entries), found ${p.found}`,
  }),
  scoreByCountValue: (p: { count: number; score: number }) => ({
    nb: `${p.count} elementer ville gi skår ${p.score}: en skår må være et helt tall fra 1 til 5`,
    en: `${p.count} elements would score ${p.score}: a score must be a whole number from 1 to 5`,
  }),
  elementTwice: (p: { id: string }) => ({
    nb: `element-id-en "${p.id}" står to ganger`,
    en: `element id "${p.id}" appears twice`,
  }),
  onlyElementsHaveElements: (p: { kind: string }) => ({
    nb: `bare et punkt av typen elements har elements (dette er "${p.kind}")`,
    en: `only an elements item has elements (this one is "${p.kind}")`,
  }),
  onlyElementsHaveScoreByCount: (p: { kind: string }) => ({
    nb: `bare et punkt av typen elements har scoreByCount (dette er "${p.kind}")`,
    en: `only an elements item has scoreByCount (this one is "${p.kind}")`,
  }),
  dataRuleNeeded: { nb: "et datapunkt trenger dataregelen sin (data)", en: "a data item needs its data rule" },
  onlyDataHasRule: (p: { kind?: string }) => ({
    nb: `bare et datapunkt har en dataregel${p.kind ? ` (dette er "${p.kind}")` : ""}`,
    en: `only a data item has a data rule${p.kind ? ` (this one is "${p.kind}")` : ""}`,
  }),
  cutoffOrder: {
    nb: "grensene må stå med beste skår først, hver lavere enn den før",
    en: "cut-offs must be listed best score first, each lower than the one before",
  },
  cutoffValue: (p: { value: number; score: number; below: boolean; prev: number; prevScore: number }) => ({
    nb: `grensen ${p.value} for skår ${p.score} må være ${p.below ? "under" : "over"} ${p.prev} (skår ${p.prevScore})`,
    en: `cut-off ${p.value} for score ${p.score} must be ${p.below ? "below" : "above"} ${p.prev} (score ${p.prevScore})`,
  }),
  otherwiseLower: (p: { score: number }) => ({
    nb: `"otherwise" må være en lavere skår enn ${p.score}`,
    en: `"otherwise" must be a lower score than ${p.score}`,
  }),
  greenYellow: (p: { green: number; yellow: number; above: boolean; direction: string }) => ({
    nb: `green (${p.green}) må være ${p.above ? "over" : "under"} yellow (${p.yellow}) med ${p.direction}`,
    en: `green (${p.green}) must be ${p.above ? "above" : "below"} yellow (${p.yellow}) when ${p.direction}`,
  }),
  minAboveMax: (p: { min: number; max: number }) => ({
    nb: `min ${p.min} er over max ${p.max}`,
    en: `min ${p.min} is above max ${p.max}`,
  }),
  bandMinAboveMax: (p: { id: string; min: number; max: number }) => ({
    nb: `nivået "${p.id}" har min ${p.min} over max ${p.max}`,
    en: `band "${p.id}" has min ${p.min} above max ${p.max}`,
  }),
  bandsOverlap: (p: { a: string; b: string }) => ({
    nb: `nivåene ${p.a} og ${p.b} overlapper`,
    en: `bands ${p.a} and ${p.b} overlap`,
  }),
  bandsGap: (p: { a: string; ends: number; b: string; starts: number }) => {
    const one = p.starts - p.ends === 2;
    const totals = one ? `${p.ends + 1}` : `${p.ends + 1}–${p.starts - 1}`;
    return {
      nb: `hull mellom nivåene "${p.a}" (slutter på ${p.ends}) og "${p.b}" (starter på ${p.starts}): ${one ? "summen" : "summene"} ${totals} har ikke noe nivå`,
      en: `gap between bands "${p.a}" (ends ${p.ends}) and "${p.b}" (starts ${p.starts}): ${one ? `total ${totals} has` : `totals ${totals} have`} no band`,
    };
  },
  lowestBand: (p: { min: number; total: number }) => ({
    nb: `det laveste nivået starter på ${p.min}, men den laveste summen er ${p.total}`,
    en: `the lowest band starts at ${p.min}, but the lowest total is ${p.total}`,
  }),
  highestBand: (p: { max: number; total: number }) => ({
    nb: `det høyeste nivået slutter på ${p.max}, men den høyeste summen er ${p.total}`,
    en: `the highest band ends at ${p.max}, but the highest total is ${p.total}`,
  }),
  duplicateItem: (p: { id: string; first: string }) => ({
    nb: `punkt-id-en "${p.id}" står to ganger (først i ${p.first})`,
    en: `duplicate item id "${p.id}" (first at ${p.first})`,
  }),
  unknownFields: (p: { fields: string }) => ({ nb: `ukjent felt ${p.fields}`, en: `unknown field ${p.fields}` }),
  expected: (p: { type: string }) => ({ nb: `forventet ${p.type}`, en: `expected ${p.type}` }),
});

/** The colours' names, capitalised as a label ("Gul"); scale.ts gives them per language as COLOUR_NAMES. */
export const COLOUR_NAME = defineMessages("colourName", {
  green: { nb: "Grønn", en: "Green" },
  yellow: { nb: "Gul", en: "Yellow" },
  red: { nb: "Rød", en: "Red" },
});
