#!/usr/bin/env node
// The CLI starts from its bundle (scripts/bundle-cli.ts, made by `npm run build`: fewer modules to load, so
// `fidelity --help` is near bare Node), unless the bundle is missing or older than tsc's dist/ (a build with tsc
// alone): then from tsc's files, which do the same, only start slower.
// (node:fs from getBuiltinModule: an `import` of it makes all of fs's streams at start-up.)
const { statSync } = process.getBuiltinModule("node:fs");

const modified = (path) => statSync(new URL(path, import.meta.url), { throwIfNoEntry: false })?.mtimeMs ?? -1;
const bundled = modified("../dist/cli-bundle/main.js") >= modified("../dist/cli/main.js");
await import(bundled ? "../dist/cli-bundle/main.js" : "../dist/cli/main.js");
