/**
 * Benchmark: `fidelity validate` on one county export (three CSVs with a team column) holding N teams, to show
 * the time is linear in the number of teams. Every tenth team has no utetid rows (a "partial" team, which is
 * compared with every other team name for a misspelling), so the close-name search runs for a tenth of them.
 *
 *   node --import tsx bench/county-export.ts [--teams 1000,2000,10000]
 *
 * Not part of `npm test`; reports wall time and peak RSS per size (a child process each).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const PLACES = ["Gjøvik", "Hamar", "Elverum", "Lillehammer", "Kongsvinger", "Tynset", "Brumunddal", "Otta", "Fagernes"];

function teamName(i: number): string {
  return `IPS-team ${PLACES[i % PLACES.length]} ${Math.floor(i / PLACES.length) + 1}`;
}

export function writeCountyExport(dir: string, teams: number): void {
  const utetid = ["Team;Jobbspesialist;Dato;Timer totalt;Timer ute"];
  const contacts = ["Team;Jobbspesialist;Dato;Arbeidsgiver;Kontaktform;Formål;Deltaker"];
  const caseload = ["Team;Jobbspesialist;Deltaker;Startdato;Stillingsprosent;Sluttdato;Status"];
  for (let t = 0; t < teams; t++) {
    const team = teamName(t);
    for (let s = 0; s < 2; s++) {
      const js = `JS ${t}-${s}`;
      for (let d = 1; d <= 20; d++) {
        const date = `${String(1 + (d % 28)).padStart(2, "0")}.${10 + (d % 2)}.2026`;
        if (t % 10 !== 9) utetid.push(`${team};${js};${date};7,5;${3 + (d % 4)}`);
        if (d % 4 === 0) contacts.push(`${team};${js};${date};Bedrift ${d} AS;Oppmøte;Jobbutvikling;P-${t}-${d}`);
      }
      for (let p = 0; p < 6; p++) caseload.push(`${team};${js};P-${t}-${p};01.03.2026;100;;Aktiv`);
    }
  }
  writeFileSync(join(dir, "Utetid.csv"), `${utetid.join("\n")}\n`);
  writeFileSync(join(dir, "Arbeidsgiverkontakter.csv"), `${contacts.join("\n")}\n`);
  writeFileSync(join(dir, "Portefølje.csv"), `${caseload.join("\n")}\n`);
}

/** Run as a script (not when imported for its generator). */
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();

function main(): void {
  const sizes = (process.argv.find((a) => a.startsWith("--teams="))?.slice(8) ?? "1000,2000,10000")
    .split(",")
    .map(Number);
  const bin = fileURLToPath(new URL("../bin/fidelity.js", import.meta.url));
  for (const teams of sizes) {
    const dir = mkdtempSync(join(tmpdir(), "county-"));
    writeCountyExport(dir, teams);
    const start = process.hrtime.bigint();
    const r = spawnSync(
      "/usr/bin/time",
      ["-f", "%M", process.execPath, bin, "validate", dir, "--json", "--visit-date", "2026-11-26"],
      {
        encoding: "utf8",
        maxBuffer: 1 << 30,
      },
    );
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    const peakKb = Number(r.stderr.trim().split("\n").pop());
    console.log(
      `validate, ${teams} teams in one export: ${(ms / 1000).toFixed(1)} s, peak RSS ${Math.round(peakKb / 1024)} MB, exit ${r.status}`,
    );
    rmSync(dir, { recursive: true, force: true });
  }
}
