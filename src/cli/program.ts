/**
 * The commander program: every command, its options and one example each. Command modules are imported
 * only when their command runs, so `fidelity --help` stays instant.
 */
import { Command, Option } from "commander";
import { UsageError } from "../core/errors.js";
import { LANGS, type Lang } from "../core/lang.js";
import { type CliContext, command } from "./context.js";
import { TOOL_VERSION } from "./version.js";

export interface ProgramResult {
  exitCode: number;
}

const EXAMPLES = `
Examples:
  fidelity evaluate examples/ips-team              interactive visit, ends with a PDF report
  fidelity score examples --out reports            score every team folder, write PDFs + summary.csv
  fidelity validate examples/ips-team              check a team's CSV exports
  fidelity report reports/ips-team.evaluation.json re-render a report from a saved evaluation
  fidelity scales ips-25                           show the IPS-25 items and anchors
  fidelity init my-team                            start a team folder with empty CSVs
  fidelity merge kari/team.evaluation.json ola/team.evaluation.json   two evaluators → one consensus
  fidelity agreement kari/ ola/                    agreement between two evaluators over many teams
  fidelity import kalender 'Kari N.ics' --team t   utetid.csv rows from a calendar export

Exit codes: 0 ok · 1 internal error · 2 usage · 3 invalid input data · 4 file error
            5 a team's IPS total is below --fail-under · 130 interrupted (session saved)`;

function langOption(): Option {
  return new Option("--lang <lang>", "language for prompts and reports: nb (bokmål) or en").choices(
    LANGS as unknown as string[],
  );
}

/** Apply the global options every command shares to the context. */
export function applyGlobals(ctx: CliContext, opts: Record<string, unknown>): void {
  if (typeof opts.lang === "string") {
    if (!(LANGS as readonly string[]).includes(opts.lang))
      throw new UsageError(`--lang must be one of ${LANGS.join(", ")}`);
    ctx.lang = opts.lang as Lang;
    ctx.langGiven = true;
  }
  if (opts.color === false) ctx.color = false;
  if (opts.quiet === true) ctx.quiet = true;
  if (opts.debug === true) ctx.debug = true;
}

export function buildProgram(ctx: CliContext, result: ProgramResult): Command {
  const program = new Command("fidelity")
    .description(
      "Fidelity evaluation visits of Supported Employment teams (IPS-25, Kvalitetsveilederen).\nReads the team's CSV exports, scores what the data can score, writes a PDF report.",
    )
    .version(TOOL_VERSION, "-V, --version")
    .addOption(langOption())
    .option("--no-color", "no colour in the output (also NO_COLOR)")
    .option("-q, --quiet", "only errors and requested output")
    .option("--debug", "show the stack trace of internal errors")
    .showHelpAfterError(`(run '${command(ctx, "--help")}' for usage)`)
    .addHelpText("after", EXAMPLES)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(s),
    });

  const act =
    (fn: (...args: never[]) => Promise<number>) =>
    async (...args: unknown[]) => {
      const command = args[args.length - 1] as Command;
      applyGlobals(ctx, command.optsWithGlobals());
      result.exitCode = await (fn as (...a: unknown[]) => Promise<number>)(...args);
    };

  program
    .command("evaluate")
    .description("interactive visit: walks through every item, autosaves a session, ends with evaluation.json + PDF")
    .argument("[team-dir]", "the team folder (default: the current folder)")
    .option("--resume <file>", "continue a saved session (or reopen a finished evaluation)")
    .option("--scale <id>", "ips-25 or kvalitetsveileder (default: team.json, else asked)")
    .option("--scale-file <file>", "your own scale file")
    .option("--visit-date <date>", "visit date, YYYY-MM-DD (default: team.json, else asked; today)")
    .option("--lookback-weeks <n>", "weeks of data before the visit (default: team.json, else 8)")
    .option("--out <dir>", "where to write <team>.evaluation.json and the PDF (default: ./reports, as for score)")
    .option("--show-staff-names", "print specialists' names instead of JS1…JSn")
    .addHelpText(
      "after",
      "\nKeys at every item: Enter accepts the data's suggestion (or keeps the score given) · 1–5 picks an anchor\n(colours: 1 green, 2 yellow, 3 red) · element items: 1–9 tick, Enter done · n note · b back · s skip\n· g go to item · o overview · q save and quit. The session is saved after every answer;\nCtrl-C saves and exits 130; run again (or --resume <file>) to continue.\nNot on a terminal it asks nothing: a team whose answers file rates every item is scored, else exit 2.\n\nExample:\n  fidelity evaluate examples/ips-team --lang en",
    )
    .action(
      act(async (dir: string | undefined, opts: Record<string, unknown>) => {
        const { runEvaluate } = await import("./commands/evaluate.js");
        return runEvaluate(ctx, dir, opts);
      }),
    );

  program
    .command("scales")
    .description("list the instruments, or show one with its items and anchors")
    .argument("[id]", "scale id: ips-25 or kvalitetsveileder")
    .option("--scale-file <file>", "load and show your own scale file (validated)")
    .option("--json", "print the validated scale as JSON")
    .addHelpText("after", "\nExample:\n  fidelity scales ips-25 --lang en")
    .action(
      act(async (id: string | undefined, opts: { scaleFile?: string; json?: boolean }) => {
        const { runScales } = await import("./commands/scales.js");
        return runScales(ctx, id, opts);
      }),
    );

  program
    .command("score")
    .description(
      "score every team folder under the paths: a PDF and an evaluation file per team, plus summary.csv/json",
    )
    .argument("<path...>", "team folders, folders of team folders, or a multi-team export")
    .option("--out <dir>", "where to write (default: ./reports; with --no-pdf and no --out nothing is written)")
    .option("--json", "print the summary (with each team's metrics and their trails) as JSON on stdout")
    .option("--no-pdf", "no PDF reports")
    .option(
      "--fail-under <n>",
      "exit 5 when a team's IPS total is below n, 0–125 (names the teams); Kvalitetsveilederen teams have colours, no total, and never count as below",
    )
    .option(
      "--require-complete",
      "a team with unrated items fails (exit 3, a 'failed' row in summary.csv) instead of getting a provisional total",
    )
    .option("--scale <id>", "instrument for teams whose team.json names none: ips-25 or kvalitetsveileder")
    .option("--scale-file <file>", "your own scale file, for every team")
    .option("--visit-date <date>", "visit date YYYY-MM-DD for every team (default: team.json, else today)")
    .option("--lookback-weeks <n>", "weeks of data before the visit (default 8)")
    .option("--jobs <n>", "team folders read and PDF reports drawn at the same time (default: one per core)")
    .option("--show-staff-names", "print specialists' names instead of JS1…JSn")
    .addHelpText("after", "\nExample:\n  fidelity score examples --out reports --fail-under 74")
    .action(
      act(async (paths: string[], opts: Record<string, unknown>) => {
        const { runScore } = await import("./commands/score.js");
        return runScore(ctx, paths, opts);
      }),
    );

  program
    .command("validate")
    .description("check CSV exports, team.json and answer files; every problem as file:line:column: message")
    .argument("<path...>", "team folders or files")
    .option("--json", "print the result as JSON on stdout")
    .option("--scale <id>", "check answers against this instrument when team.json names none")
    .option("--scale-file <file>", "check answers against your own scale file")
    .option("--visit-date <date>", "visit date YYYY-MM-DD, for the window (default: team.json, else today)")
    .option("--lookback-weeks <n>", "weeks of data before the visit (default 8)")
    .addHelpText("after", "\nExample:\n  fidelity validate examples/fylke-export --json")
    .action(
      act(async (paths: string[], opts: Record<string, unknown>) => {
        const { runValidate } = await import("./commands/validate.js");
        return runValidate(ctx, paths, opts);
      }),
    );

  program
    .command("report")
    .description("render the PDF report from a saved evaluation file")
    .argument("<evaluation>", "a <team>.evaluation.json written by score or evaluate")
    .option(
      "--out <file>",
      "where to write the PDF (default: next to the evaluation file; <team>.en.pdf for another language)",
    )
    .option("--previous <file>", "an earlier evaluation of the same team: adds the trend section")
    .option("--show-staff-names", "print specialists' names instead of JS1…JSn")
    .addHelpText(
      "after",
      "\nExample:\n  fidelity report reports/ips-team.evaluation.json --previous 2026-05/ips-team.evaluation.json",
    )
    .action(
      act(async (file: string, opts: { out?: string; previous?: string; showStaffNames?: boolean }) => {
        const { runReport } = await import("./commands/report.js");
        return runReport(ctx, file, opts);
      }),
    );

  program
    .command("merge")
    .description(
      "two evaluators' evaluations of one visit → one consensus evaluation + PDF: walks the items they differ on",
    )
    .argument("<a>", "evaluator A's <team>.evaluation.json")
    .argument("<b>", "evaluator B's <team>.evaluation.json (same team, visit date, instrument and data)")
    .option(
      "--out <dir>",
      "where to write <team>.consensus.evaluation.json and <team>.consensus.pdf (default: ./reports)",
    )
    .option(
      "--answers <file>",
      'the consensus on the items A and B differ on, e.g. { "O1": { "score": 3, "rationale": "…" } } (needed without a terminal)',
    )
    .option(
      "--json",
      "print the agreement statistics, the totals and every item's A, B and consensus as JSON on stdout",
    )
    .option("--show-staff-names", "print specialists' names instead of JS1…JSn")
    .addHelpText(
      "after",
      "\nItems A and B agree on are taken as they are, with both notes. Each item they differ on shows A and B side by\nside and the data's suggestion; pick the consensus (1–5, colours 1 green 2 yellow 3 red) and give a rationale\n(required). b goes back, q saves and quits; the merge is saved after every answer, Ctrl-C saves and exits 130,\nand the same command again offers to continue. The originals are not changed.\nNot on a terminal: --answers must decide every item they differ on, else exit 2 naming them.\n\nExamples:\n  fidelity merge kari/ips-team.evaluation.json ola/ips-team.evaluation.json\n  fidelity merge a.evaluation.json b.evaluation.json --answers konsensus.json --json",
    )
    .action(
      act(async (a: string, b: string, opts: Record<string, unknown>) => {
        const { runMerge } = await import("./commands/merge.js");
        return runMerge(ctx, a, b, opts);
      }),
    );

  program
    .command("agreement")
    .description(
      "agreement between evaluators over pairs of evaluations of the same teams (calibration): exact agreement, kappa, ICC of the totals",
    )
    .argument("<path...>", "evaluation files, or folders searched for *.evaluation.json")
    .option("--json", "print the pairs, the statistics and each item's disagreement rate as JSON on stdout")
    .addHelpText(
      "after",
      "\nEvaluations of the same team, visit date and instrument are paired (A: the evaluator whose name sorts first).\nIPS items: exact agreement, within one point, mean absolute difference, linearly weighted Cohen's kappa;\nKvalitetsveilederen: exact agreement and Cohen's kappa; IPS totals: ICC(A,1) (two-way random, absolute agreement).\n\nExample:\n  fidelity agreement kari/ ola/ --lang en",
    )
    .action(
      act(async (paths: string[], opts: { json?: boolean }) => {
        const { runAgreement } = await import("./commands/agreement.js");
        return runAgreement(ctx, paths, opts);
      }),
    );

  program
    .command("init")
    .description("create a team folder with empty CSVs (the right headers), team.json and an answers file")
    .argument("<dir>", "the team folder to create")
    .option("--scale <id>", "ips-25 or kvalitetsveileder", "ips-25")
    .option("--scale-file <file>", "your own scale file")
    .option("--visit-date <date>", "visit date, YYYY-MM-DD (default: today)")
    .addHelpText("after", "\nExample:\n  fidelity init team-nord --scale kvalitetsveileder --visit-date 2026-12-03")
    .action(
      act(async (dir: string, opts: { scale?: string; scaleFile?: string; visitDate?: string }) => {
        const { runInit } = await import("./commands/init.js");
        return runInit(ctx, dir, opts);
      }),
    );

  const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];
  const importCommand = program
    .command("import")
    .description("bring data from other tools into a team folder (import kalender: utetid from calendar exports)");
  importCommand
    .command("kalender")
    .alias("calendar")
    .description(
      "utetid.csv rows from the specialists' calendar exports (.ics from Outlook/Exchange or Google, or Outlook's calendar CSV), one file per specialist",
    )
    .argument(
      "<files...>",
      "calendar exports, one per specialist (the specialist is the file name: 'Kari Nordmann.ics')",
    )
    .option("--team <dir>", "the team folder whose utetid.csv gets the rows (required)")
    .option(
      "--jobbspesialist <name>",
      "the specialist of a file, once per file in file order (default: the file name)",
      collect,
    )
    .option(
      "--ute-kategori <category>",
      "a category that marks time out, repeatable (default: Ute, Gul kategori, Yellow category; or team.json's)",
      collect,
    )
    .option("--arbeidsdag <hours>", "hours of a working day, a weekday's timer_totalt (default 7,5; or team.json's)")
    .option("--visit-date <date>", "visit date YYYY-MM-DD, for the window (default: team.json, else today)")
    .option("--lookback-weeks <n>", "weeks of data before the visit (default: team.json, else 8)")
    .option("--dry-run", "read and report, write nothing")
    .addHelpText(
      "after",
      "\nTime out on a day is the union of that day's events with an out category, in Norwegian time (overlaps\ncounted once, split at midnight). A weekday gets the working day (or the time out when longer); Saturday and\nSunday a row only with time out; a day with an all-day or out-of-office (OOF) event and no time out is absent\n(no row). Rows of other specialists and other days are kept. Subjects, descriptions, locations and attendees\nare never read.\n\nExample:\n  fidelity import kalender 'Kari Nordmann.ics' 'Per Hansen.ics' --team team-nord",
    )
    .action(
      act(async (files: string[], opts: Record<string, unknown>) => {
        const { runImportKalender } = await import("./commands/import-kalender.js");
        return runImportKalender(ctx, files, opts);
      }),
    );

  return program;
}
