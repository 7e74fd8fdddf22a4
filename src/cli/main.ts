/**
 * Entry point of the built CLI (`bin/fidelity.js` imports this). The only module that calls `process.exit`.
 */
import { type CliContext, invocationFor, todayIso } from "./context.js";
import { run } from "./run.js";

const argv = process.argv.slice(2);

// `fidelity scales ips-25 | head` closes the pipe early: that is not an error.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(0);
  throw err;
});
const ctx: CliContext = {
  stdout: process.stdout,
  stderr: process.stderr,
  // Made when first read (only the prompts of evaluate and merge do): a stdin stream costs every start-up time.
  get stdin() {
    return process.stdin;
  },
  // Bokmål unless FIDELITY_LANG or --lang says otherwise (run() decides, lang-choice.ts).
  lang: "nb",
  color: Boolean(process.stderr.isTTY) && !process.env.NO_COLOR && !argv.includes("--no-color"),
  quiet: false,
  debug: argv.includes("--debug"),
  cwd: process.cwd(),
  env: process.env,
  today: todayIso(),
  invocation: invocationFor(process.env),
};

run(argv, ctx).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`fidelity: internal error: ${String(err)}\n`);
    process.exit(1);
  },
);
