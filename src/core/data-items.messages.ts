/**
 * The computation lines of a data-scored item (data-items.ts). Numbers come in already formatted per language
 * (a `Text` parameter); the catalogue only words them.
 */
import { defineMessages, type Text } from "./i18n.js";

export const DATA_ITEMS = defineMessages("dataItems", {
  green: { nb: "grønn", en: "green" },
  yellow: { nb: "gul", en: "yellow" },
  red: { nb: "rød", en: "red" },
  /** The last of a list of score bands: "ellers 1". */
  otherwise: (p: { score: number }) => ({ nb: `ellers ${p.score}`, en: `otherwise ${p.score}` }),
  /** "grønn ≥ 65 %, gul ≥ 50 %, ellers rød". */
  thresholdRule: (p: { green: string; yellow: string }) => ({
    nb: `${p.green}, ${p.yellow}, ellers rød`,
    en: `${p.green}, ${p.yellow}, otherwise red`,
  }),
  rangeRule: (p: { range: string }) => ({
    nb: `grønn når alle jobbspesialister er innenfor ${p.range}, gul når teamet er innenfor men noen er utenfor, ellers rød`,
    en: `green when every specialist is within ${p.range}, yellow when the team is within but someone is outside, otherwise red`,
  }),
  /** The item goes to the evaluator: "Utetid (utetid.csv): ingen rader i vinduet". */
  missing: (p: { source: Text; reason: Text }) => ({
    nb: `${p.source.nb}: ${p.reason.nb}`,
    en: `${p.source.en}: ${p.reason.en}`,
  }),
  noCases: (p: { count: number; noun: Text; cases: number; score: number }) => ({
    nb: `Færre enn ${p.count} ${p.noun.nb} (${p.cases}): ${p.score} poeng.`,
    en: `Fewer than ${p.count} ${p.noun.en} (${p.cases}): scores ${p.score}.`,
  }),
  tooFewCases: (p: { count: number; noun: Text; cases: number; score: number }) => ({
    nb: `Færre enn ${p.count} ${p.noun.nb} (${p.cases}): ${p.score} poeng uansett verdi.`,
    en: `Fewer than ${p.count} ${p.noun.en} (${p.cases}): scores ${p.score} whatever the value.`,
  }),
  scoreBands: (p: { bands: Text }) => ({ nb: `Poenggrenser: ${p.bands.nb}.`, en: `Score bands: ${p.bands.en}.` }),
  colourRule: (p: { rule: Text }) => ({ nb: `Fargeregel: ${p.rule.nb}.`, en: `Colour rule: ${p.rule.en}.` }),
  specialistScores: (p: { left: number; list: string; mean: Text; score: number }) => ({
    nb: `Poeng per jobbspesialist${p.left === 0 ? "" : ` (${p.left} uten verdi holdt utenfor)`}: ${p.list}; snitt ${p.mean.nb} → ${p.score} (avrundet halvt opp).`,
    en: `Score per specialist${p.left === 0 ? "" : ` (${p.left} without a value left out)`}: ${p.list}; mean ${p.mean.en} → ${p.score} (rounded half up).`,
  }),
  teamOnly: {
    nb: "Tallet finnes bare for teamet; teamverdien gis poeng.",
    en: "The figure exists for the team only; the team value is scored.",
  },
  teamScores: (p: { value: Text; score: number }) => ({
    nb: `Teamverdi ${p.value.nb} gir ${p.score} poeng.`,
    en: `Team value ${p.value.en} scores ${p.score}.`,
  }),
  specialistsBelow: (p: { edge: Text; outside: number; of: number }) => ({
    nb: `Jobbspesialister under ${p.edge.nb}: ${p.outside} av ${p.of}.`,
    en: `Specialists below ${p.edge.en}: ${p.outside} of ${p.of}.`,
  }),
  specialistsAbove: (p: { edge: Text; outside: number; of: number }) => ({
    nb: `Jobbspesialister over ${p.edge.nb}: ${p.outside} av ${p.of}.`,
    en: `Specialists above ${p.edge.en}: ${p.outside} of ${p.of}.`,
  }),
  teamColour: (p: { value: Text; colour: Text }) => ({
    nb: `Teamverdi ${p.value.nb} gir ${p.colour.nb}.`,
    en: `Team value ${p.value.en} gives ${p.colour.en}.`,
  }),
  teamInRange: (p: { value: Text; within: boolean; range: Text; colour: Text }) => ({
    nb: `Teamverdi ${p.value.nb} ${p.within ? "innenfor" : "utenfor"} ${p.range.nb}: ${p.colour.nb}.`,
    en: `Team value ${p.value.en} ${p.within ? "within" : "outside"} ${p.range.en}: ${p.colour.en}.`,
  }),
  teamAndSpecialistsInRange: (p: {
    value: Text;
    within: boolean;
    range: Text;
    outside: number;
    of: number;
    colour: Text;
  }) => ({
    nb: `Teamverdi ${p.value.nb} ${p.within ? "innenfor" : "utenfor"} ${p.range.nb}; ${p.outside} av ${p.of} jobbspesialister utenfor: ${p.colour.nb}.`,
    en: `Team value ${p.value.en} ${p.within ? "within" : "outside"} ${p.range.en}; ${p.outside} of ${p.of} specialists outside: ${p.colour.en}.`,
  }),
});
