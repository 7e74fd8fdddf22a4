import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type ColourScale, type PointsScale, parseScale } from "../../src/core/scale.js";

const dir = join(import.meta.dirname, "..", "..", "templates", "scales");

function load(id: string) {
  const result = parseScale(JSON.parse(readFileSync(join(dir, `${id}.json`), "utf8")));
  if (!result.ok) throw new Error(`${id}: ${JSON.stringify(result.problems)}`);
  return result.scale;
}

export const ips25 = (): PointsScale => load("ips-25") as PointsScale;
export const kvalitetsveileder = (): ColourScale => load("kvalitetsveileder") as ColourScale;
