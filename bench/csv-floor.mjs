// The floor the data path is measured against: csv-parse alone over every CSV under the given folders (streamed,
// records counted, nothing else), in plain Node without a TypeScript loader, as its own process so its time and
// peak memory are its own. The delimiter is taken from the header line, as the tool decides it.
//
//   node bench/csv-floor.mjs <dir…>     prints {"rows": N, "files": F}
import { closeSync, createReadStream, openSync, readdirSync, readSync, statSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse";

const files = [];
const walk = (d) => {
  for (const e of readdirSync(d).sort()) {
    const p = join(d, e);
    if (statSync(p).isDirectory()) walk(p);
    else if (e.toLowerCase().endsWith(".csv")) files.push(p);
  }
};
for (const d of process.argv.slice(2)) walk(d);

const head = Buffer.alloc(4096);
let rows = 0;
for (const f of files) {
  const fd = openSync(f, "r");
  const n = readSync(fd, head, 0, head.length, 0);
  closeSync(fd);
  const first = head.subarray(0, n).toString("latin1").split("\n")[0] ?? "";
  const delimiter = [";", "\t", ","].reduce((a, b) => (first.split(b).length > first.split(a).length ? b : a));
  const parser = createReadStream(f).pipe(
    parse({ delimiter, relax_column_count: true, bom: true, skip_empty_lines: true }),
  );
  for await (const _ of parser) rows++;
}
process.stdout.write(JSON.stringify({ rows, files: files.length }));
