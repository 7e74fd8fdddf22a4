// The floor fidelity's PDF drawing is measured against (issue 12): bare pdfkit drawing the same content. Each team
// report is drawn once by fidelity with its text pieces and other content operators recorded (pdfkit's `_fragment`
// for every piece of text, `addContent` for everything else, page by page); then, timed, fidelity draws each report
// again and bare pdfkit replays the recording into a new document (its own methods, each font file parsed once per
// process and that one font object given to every document). Both in this one thread, interleaved by report, after
// a warm-up, so the ratio is the cost of fidelity's layout work (measuring, wrapping, page flow, charts) on top of
// the drawing itself.
//
// Two floors: fidelity's own drawing engine replaying the recording (shared fonts, lean text methods, page content
// once per page: the drawing without the layout work), and bare pdfkit replaying it (pdfkit's own methods, one
// parsed font object for every document, as the first trial measured).
//
//   node bench/pdf-floor.mjs <folder with <team>.evaluation.json files> [reports]
//   prints {"reports": N, "fidelityMs": …, "engineMs": …, "pdfkitMs": …} (CPU milliseconds per report)
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import PDFDocument from "pdfkit";

const ROOT = join(import.meta.dirname, "..");
const dist = (p) => import(join(ROOT, "dist", p));
const { readEvaluationFile } = await dist("io/evaluation-file.js");
const { buildReportModel } = await dist("core/report/build.js");
const { renderReportPdf } = await dist("io/pdf/index.js");
const { fontFile } = await dist("io/pdf/document.js");
const { installLeanText, setLeanText } = await dist("io/pdf/pdfkit-text.js");
const { fontSource } = await dist("io/pdf/fonts.js");
const { collectPageContent } = await dist("io/pdf/page-content.js");

const dir = process.argv[2];
const limit = Number(process.argv[3] ?? 200);
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".evaluation.json"))
  .sort()
  .slice(0, limit);
const models = files.map((f) => buildReportModel(readEvaluationFile(join(dir, f)), { lang: "nb" }));

// Recording: fidelity's drawing as pdfkit sees it.
const proto = PDFDocument.prototype;
const own = { _fragment: proto._fragment, addContent: proto.addContent, addPage: proto.addPage };
let recording;
let inside = 0;
const pageOf = (doc) => doc._pageBufferStart + doc._pageBuffer.indexOf(doc.page);
proto._fragment = function (text, x, y, options) {
  if (recording && inside === 0)
    recording.push({
      page: pageOf(this),
      font: this._font.name,
      size: this._fontSize,
      text,
      x,
      y,
      options: { ...options },
    });
  inside++;
  try {
    return own._fragment.call(this, text, x, y, options);
  } finally {
    inside--;
  }
};
proto.addContent = function (data) {
  if (recording && inside === 0) recording.push({ page: pageOf(this), data });
  return own.addContent.call(this, data);
};
proto.addPage = function (...args) {
  inside++;
  try {
    return own.addPage.apply(this, args);
  } finally {
    inside--;
  }
};

const recordings = [];
for (const m of models) {
  recording = [];
  await renderReportPdf(m);
  recordings.push(recording);
}
recording = undefined;

// One parsed font per file, the same object for every document (no care for each document's own bytes: a floor).
const require = createRequire(import.meta.url);
const fontkit = createRequire(require.resolve("pdfkit"))("fontkit");
const parsed = new Map();
const tokens = new Map();
fontkit.registerFormat(
  class OneFont {
    static probe(bytes) {
      return parsed.has(bytes);
    }
    constructor(stream) {
      // biome-ignore lint/correctness/noConstructorReturn: fontkit's way for a format to hand over a font
      return parsed.get(stream.buffer);
    }
  },
);
for (const name of ["DejaVuSans", "DejaVuSans-Bold"]) {
  const token = new Uint8Array(Buffer.from(`floor-${name}`));
  parsed.set(token, fontkit.create(readFileSync(fontFile(name))));
  tokens.set(name, token);
}

/**
 * A recording drawn again into a new document: by bare pdfkit (`engine` false: its own methods, one font object
 * for every document), or by fidelity's drawing engine without its layout (shared fonts with each document's own
 * glyphs, the lean text methods, page content written once per page).
 */
function replay(ops, engine) {
  const doc = new PDFDocument({ size: "A4", bufferPages: true, autoFirstPage: true, font: null, pdfVersion: "1.7" });
  const chunks = [];
  doc.on("data", (c) => chunks.push(c));
  const done = new Promise((resolve) => doc.on("end", resolve));
  for (const [name, token] of tokens) doc.registerFont(name, engine ? fontSource(fontFile(name)) : token);
  if (engine) {
    doc.font("DejaVuSans");
    installLeanText(doc);
    collectPageContent(doc);
  }
  let pages = 1;
  for (const op of ops) {
    while (op.page >= pages) {
      doc.addPage();
      pages++;
    }
    doc.switchToPage(op.page);
    if (op.data !== undefined) doc.addContent(op.data);
    else {
      doc.font(op.font).fontSize(op.size);
      doc._fragment(op.text, op.x, op.y, op.options);
    }
  }
  doc.end();
  return done.then(() => Buffer.concat(chunks));
}

// FLOOR_CHECK=<folder>: the first report as fidelity draws it and as both replays draw it, to compare by eye.
if (process.env.FLOOR_CHECK) {
  const { writeFileSync } = await import("node:fs");
  writeFileSync(join(process.env.FLOOR_CHECK, "fidelity.pdf"), await renderReportPdf(models[0]));
  writeFileSync(join(process.env.FLOOR_CHECK, "engine.pdf"), await replay(recordings[0], true));
  setLeanText(false);
  writeFileSync(join(process.env.FLOOR_CHECK, "pdfkit.pdf"), await replay(recordings[0], false));
  setLeanText(true);
}

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const time = { fidelity: 0, engine: 0, pdfkit: 0 };
for (let round = 0; round < 2; round++) {
  const timed = round === 1; // the first round warms them up
  for (let i = 0; i < models.length; i++) {
    setLeanText(true);
    let t = cpu();
    await renderReportPdf(models[i]);
    if (timed) time.fidelity += cpu() - t;
    t = cpu();
    await replay(recordings[i], true);
    if (timed) time.engine += cpu() - t;
    setLeanText(false);
    t = cpu();
    await replay(recordings[i], false);
    if (timed) time.pdfkit += cpu() - t;
  }
}
const per = (ms) => +(ms / models.length).toFixed(1);
process.stdout.write(
  JSON.stringify({
    reports: models.length,
    fidelityMs: per(time.fidelity),
    engineMs: per(time.engine),
    pdfkitMs: per(time.pdfkit),
  }),
);
