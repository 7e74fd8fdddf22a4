/**
 * The CLI's start-up bundle (issue 12: `fidelity --help` close to bare Node). Run by `npm run build` after tsc:
 *
 *   node --import tsx scripts/bundle-cli.ts
 *
 * Node 20 loads every ES module on its own (resolve, read, compile) and commander through the CommonJS loader,
 * which costs more than the help itself. esbuild joins `dist/cli/main.js`, everything it imports and commander
 * into `dist/cli-bundle/`: the entry with what `--help` needs, one chunk per command (still loaded only when
 * that command runs) and shared chunks. Other packages stay external (loaded from node_modules as before).
 *
 * Paths stay those of tsc's files in dist/: each module's `import.meta.url` becomes the URL of its own file in
 * dist/ (templates/, the fonts, `render-worker.js` are found from there, and the PDF worker runs tsc's files).
 * `bin/fidelity.js` runs the bundle only when it is at least as new as `dist/cli/main.js`, so a build with tsc
 * alone is never shadowed by an old bundle.
 */
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { build, type Plugin } from "esbuild";

const ROOT = join(import.meta.dirname, "..");
const DIST = join(ROOT, "dist");
const OUT = join(DIST, "cli-bundle");
const ENTRY = join(DIST, "cli", "main.js");

/** Packages joined into the bundle; every other package is imported from node_modules at run time. */
const BUNDLED = new Set(["commander"]);

/** Each dist module's `import.meta.url` and `import.meta.dirname`/`filename` as those of its own file in dist/. */
function ownPaths(): Plugin {
  return {
    name: "own-paths",
    setup(b) {
      b.onLoad({ filter: /\.js$/ }, (args) => {
        if (!args.path.startsWith(DIST + sep)) return undefined;
        const own = relative(OUT, args.path).split(sep).join("/");
        const url = `new URL(${JSON.stringify(own)}, import.meta.url).href`;
        const contents = readFileSync(args.path, "utf8")
          .replace(/\bimport\.meta\.url\b/g, url)
          .replace(/\bimport\.meta\.(dirname|filename)\b/g, (_, which: string) => {
            throw new Error(`${args.path}: import.meta.${which} is not rewritten for the bundle; use import.meta.url`);
          });
        return { contents, loader: "js" };
      });
    },
  };
}

/** Packages outside BUNDLED stay imports from node_modules. */
function externalPackages(): Plugin {
  return {
    name: "external-packages",
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, (args) => {
        if (args.path.startsWith("node:")) return undefined;
        const name = args.path.startsWith("@") ? args.path.split("/").slice(0, 2).join("/") : args.path.split("/")[0];
        return BUNDLED.has(name ?? "") ? undefined : { path: args.path, external: true };
      });
    },
  };
}

/**
 * Node's own modules required by bundled CommonJS (commander): `process.getBuiltinModule` (Node ≥ 20.16), since a
 * bundle in ES module format has no `require`. `node:child_process` (only for commander's executable subcommands,
 * which fidelity does not have) is fetched when first used: loading it at start-up costs milliseconds of every run.
 */
function builtins(): Plugin {
  return {
    name: "builtins",
    setup(b) {
      b.onResolve({ filter: /^node:/ }, (args) =>
        args.kind === "require-call" ? { path: args.path, namespace: "builtin" } : undefined,
      );
      b.onLoad({ filter: /.*/, namespace: "builtin" }, (args) => {
        const load = `process.getBuiltinModule(${JSON.stringify(args.path)})`;
        const contents =
          args.path === "node:child_process"
            ? `module.exports = { spawn: (...a) => ${load}.spawn(...a) };`
            : `module.exports = ${load};`;
        return { contents, loader: "js" };
      });
    },
  };
}

async function bundleCli(): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const result = await build({
    entryPoints: { main: ENTRY },
    outdir: OUT,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    plugins: [ownPaths(), builtins(), externalPackages()],
    logLevel: "warning",
    metafile: true,
  });
  const outputs = Object.keys(result.metafile.outputs).length;
  console.log(`bundle: ${outputs} files in ${relative(ROOT, OUT)}/ from ${relative(ROOT, dirname(ENTRY))}/main.js`);
}

await bundleCli();
