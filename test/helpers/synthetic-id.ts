/**
 * Synthetic Norwegian national id numbers for tests: a birth date no one has yet (years 2036–2039, or month + 80
 * as Skatteetaten's synthetic numbers) and check digits computed here. No real person's number is in the
 * repository.
 */
const W1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const W2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
const sum = (w: number[], d: number[]) => w.reduce((s, x, i) => s + x * (d[i] as number), 0);

/** `ddmmyy` + the first individual number from `from` that gives valid check digits (k1 remainder 0). */
export function syntheticId(ddmmyy: string, from = 500): string {
  for (let ind = from; ind < 1000; ind++) {
    const d = `${ddmmyy}${ind}`.split("").map(Number);
    const k1 = (11 - (sum(W1, d) % 11)) % 11;
    if (k1 === 10) continue;
    d.push(k1);
    const k2 = (11 - (sum(W2, d) % 11)) % 11;
    if (k2 === 10) continue;
    return `${ddmmyy}${ind}${k1}${k2}`;
  }
  throw new Error(`no valid individual number for ${ddmmyy}`);
}
