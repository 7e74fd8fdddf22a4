/** What `fidelity scales` prints: the list of instruments, and one instrument's sections, items and anchors. */
import { defineMessages } from "../../core/i18n.js";

export const SCALES = defineMessages("scales", {
  items: { nb: "punkter", en: "items" },
  showOne: (p: { command: string }) => ({ nb: `Vis én: ${p.command}`, en: `Show one: ${p.command}` }),
  bands: (p: { bands: string }) => ({ nb: `Nivåer: ${p.bands}`, en: `Bands: ${p.bands}` }),
  colours: (p: { colours: string }) => ({ nb: `Farger: ${p.colours}`, en: `Colours: ${p.colours}` }),
  max: (p: { n: number }) => ({ nb: ` (maks ${p.n})`, en: ` (max ${p.n})` }),
  kindData: { nb: "data", en: "data" },
  kindAnchor: { nb: "vurdering", en: "rating" },
  kindElements: { nb: "elementer", en: "elements" },
  elements: { nb: "    Elementer:", en: "    Elements:" },
  green: { nb: "Grønn", en: "Green" },
  yellow: { nb: "Gul", en: "Yellow" },
  red: { nb: "Rød", en: "Red" },
});
