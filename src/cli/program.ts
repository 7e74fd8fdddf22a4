/**
 * The commander program: every command, its options and one example each. Command modules are imported
 * only when their command runs, so `fidelity --help` stays instant.
 */
import { Command, Option } from "commander";
import { UsageError } from "../core/errors.js";
import { LANGS, type Lang } from "../core/lang.js";
import { CLI } from "./cli.messages.js";
import { commanderErrorIn, helpIn } from "./commander-text.js";
import { type CliContext, command } from "./context.js";
import { HELP } from "./help.messages.js";
import { TOOL_VERSION } from "./version.js";

export interface ProgramResult {
  exitCode: number;
}

function langOption(h: ReturnType<typeof HELP.in>): Option {
  return new Option(`--lang <${h("langArg")}>`, h("lang")).choices(LANGS as unknown as string[]);
}

/** Apply the global options every command shares to the context. */
export function applyGlobals(ctx: CliContext, opts: Record<string, unknown>): void {
  if (typeof opts.lang === "string") {
    if (!(LANGS as readonly string[]).includes(opts.lang))
      throw new UsageError(CLI.text("langChoices", { flag: "--lang", value: opts.lang, langs: LANGS.join(", ") }));
    ctx.lang = opts.lang as Lang;
    ctx.langGiven = true;
  }
  if (opts.color === false) ctx.color = false;
  if (opts.quiet === true) ctx.quiet = true;
  if (opts.debug === true) ctx.debug = true;
}

type Help = ReturnType<typeof HELP.in>;
/** Wraps a command's run function as its commander action. */
type Act = (fn: (...args: never[]) => Promise<number>) => (...args: unknown[]) => Promise<void>;

export function buildProgram(ctx: CliContext, result: ProgramResult): Command {
  const h = HELP.in(ctx.lang);
  const program = rootProgram(ctx, h);
  const act = actionOf(ctx, result);
  for (const add of COMMANDS) add(program, ctx, h, act);
  return program;
}

/** The program itself: its description, the global options, help and errors in the user's language. */
function rootProgram(ctx: CliContext, h: Help): Command {
  return new Command("fidelity")
    .description(h("program"))
    .version(TOOL_VERSION, "-V, --version", h("version"))
    .helpOption("-h, --help", h("help"))
    .helpCommand(`help [${h("commandArg")}]`, h("helpCommand"))
    .configureHelp(helpIn(ctx.lang))
    .showSuggestionAfterError(true)
    .addOption(langOption(h))
    .option("--no-color", h("noColor"))
    .option("-q, --quiet", h("quiet"))
    .option("--debug", h("debug"))
    .showHelpAfterError(h("runHelp", { command: command(ctx, "--help") }))
    .addHelpText("after", h("examples"))
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(s),
      outputError: (s, write) => write(commanderErrorIn(s, ctx.lang)),
    });
}

/** An action that applies the global options, runs the command and keeps its exit code. */
function actionOf(ctx: CliContext, result: ProgramResult): Act {
  return (fn) =>
    async (...args: unknown[]) => {
      const command = args[args.length - 1] as Command;
      applyGlobals(ctx, command.optsWithGlobals());
      result.exitCode = await (fn as (...a: unknown[]) => Promise<number>)(...args);
    };
}

function addEvaluateCommand(program: Command, ctx: CliContext, h: Help, act: Act): void {
  program
    .command("evaluate")
    .description(h("evaluate"))
    .argument(`[${h("teamDirArg")}]`, h("evaluateDir"))
    .option(`--resume <${h("fileArg")}>`, h("resume"))
    .option("--scale <id>", h("evaluateScale"))
    .option(`--scale-file <${h("fileArg")}>`, h("scaleFile"))
    .option(`--visit-date <${h("dateArg")}>`, h("evaluateVisitDate"))
    .option("--lookback-weeks <n>", h("lookbackWeeks"))
    .option(`--out <${h("dirArg")}>`, h("evaluateOut"))
    .option(`--previous <${h("fileArg")}>`, h("evaluatePrevious"))
    .option("--show-staff-names", h("showStaffNames"))
    .addHelpText("after", h("evaluateAfter"))
    .action(
      act(async (dir: string | undefined, opts: Record<string, unknown>) => {
        const { runEvaluate } = await import("./commands/evaluate.js");
        return runEvaluate(ctx, dir, opts);
      }),
    );
}

function addScalesCommand(program: Command, ctx: CliContext, h: Help, act: Act): void {
  program
    .command("scales")
    .description(h("scales"))
    .argument("[id]", h("scaleId"))
    .option(`--scale-file <${h("fileArg")}>`, h("scalesFile"))
    .option("--json", h("scalesJson"))
    .addHelpText("after", h("scalesAfter"))
    .action(
      act(async (id: string | undefined, opts: { scaleFile?: string; json?: boolean }) => {
        const { runScales } = await import("./commands/scales.js");
        return runScales(ctx, id, opts);
      }),
    );
}

function addScoreCommand(program: Command, ctx: CliContext, h: Help, act: Act): void {
  program
    .command("score")
    .description(h("score"))
    .argument(`<${h("pathArg")}...>`, h("teamDirs"))
    .option(`--out <${h("dirArg")}>`, h("scoreOut"))
    .option("--json", h("scoreJson"))
    .option("--no-pdf", h("noPdf"))
    .option("--no-overview", h("noOverview"))
    .option(`--previous-dir <${h("dirArg")}>`, h("previousDir"))
    .option(`--previous <${h("pathArg")}>`, h("scorePrevious"))
    .option("--fail-under <n>", h("failUnder"))
    .option("--require-complete", h("requireComplete"))
    .option("--scale <id>", h("scoreScale"))
    .option(`--scale-file <${h("fileArg")}>`, h("scoreScaleFile"))
    .option(`--visit-date <${h("dateArg")}>`, h("scoreVisitDate"))
    .option("--lookback-weeks <n>", h("lookbackWeeks"))
    .option("--jobs <n>", h("jobs"))
    .option("--show-staff-names", h("showStaffNames"))
    .addHelpText("after", h("scoreAfter"))
    .action(
      act(async (paths: string[], opts: Record<string, unknown>) => {
        const { runScore } = await import("./commands/score.js");
        return runScore(ctx, paths, opts);
      }),
    );
}

function addValidateCommand(program: Command, ctx: CliContext, h: Help, act: Act): void {
  program
    .command("validate")
    .description(h("validate"))
    .argument(`<${h("pathArg")}...>`, h("validatePaths"))
    .option("--json", h("validateJson"))
    .option("--scale <id>", h("validateScale"))
    .option(`--scale-file <${h("fileArg")}>`, h("validateScaleFile"))
    .option(`--visit-date <${h("dateArg")}>`, h("validateVisitDate"))
    .option("--lookback-weeks <n>", h("lookbackWeeks"))
    .addHelpText("after", h("validateAfter"))
    .action(
      act(async (paths: string[], opts: Record<string, unknown>) => {
        const { runValidate } = await import("./commands/validate.js");
        return runValidate(ctx, paths, opts);
      }),
    );
}

function addReportCommand(program: Command, ctx: CliContext, h: Help, act: Act): void {
  program
    .command("report")
    .description(h("report"))
    .argument(`<${h("evaluationArg")}>`, h("reportFile"))
    .option(`--out <${h("fileArg")}>`, h("reportOut"))
    .option(`--previous <${h("fileArg")}>`, h("previous"))
    .option("--show-staff-names", h("showStaffNames"))
    .addHelpText("after", h("reportAfter"))
    .action(
      act(async (file: string, opts: { out?: string; previous?: string; showStaffNames?: boolean }) => {
        const { runReport } = await import("./commands/report.js");
        return runReport(ctx, file, opts);
      }),
    );
}

function addMergeCommand(program: Command, ctx: CliContext, h: Help, act: Act): void {
  program
    .command("merge")
    .description(h("merge"))
    .argument("<a>", h("mergeA"))
    .argument("<b>", h("mergeB"))
    .option(`--out <${h("dirArg")}>`, h("mergeOut"))
    .option(`--answers <${h("fileArg")}>`, h("mergeAnswers"))
    .option("--json", h("mergeJson"))
    .option("--show-staff-names", h("mergeStaffNames"))
    .addHelpText("after", h("mergeAfter"))
    .action(
      act(async (a: string, b: string, opts: Record<string, unknown>) => {
        const { runMerge } = await import("./commands/merge.js");
        return runMerge(ctx, a, b, opts);
      }),
    );
}

function addAgreementCommand(program: Command, ctx: CliContext, h: Help, act: Act): void {
  program
    .command("agreement")
    .description(h("agreement"))
    .argument(`<${h("pathArg")}...>`, h("agreementPaths"))
    .option("--json", h("agreementJson"))
    .addHelpText("after", h("agreementAfter"))
    .action(
      act(async (paths: string[], opts: { json?: boolean }) => {
        const { runAgreement } = await import("./commands/agreement.js");
        return runAgreement(ctx, paths, opts);
      }),
    );
}

function addInitCommand(program: Command, ctx: CliContext, h: Help, act: Act): void {
  program
    .command("init")
    .description(h("init"))
    .argument(`<${h("dirArg")}>`, h("initDir"))
    .option("--scale <id>", h("initScale"), "ips-25")
    .option(`--scale-file <${h("fileArg")}>`, h("scaleFile"))
    .option(`--visit-date <${h("dateArg")}>`, h("initVisitDate"))
    .addHelpText("after", h("initAfter"))
    .action(
      act(async (dir: string, opts: { scale?: string; scaleFile?: string; visitDate?: string }) => {
        const { runInit } = await import("./commands/init.js");
        return runInit(ctx, dir, opts);
      }),
    );
}

function addImportCommand(program: Command, ctx: CliContext, h: Help, act: Act): void {
  const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];
  const importCommand = program.command("import").description(h("import"));
  importCommand
    .command("kalender")
    .alias("calendar")
    .description(h("kalender"))
    .argument(`<${h("filesArg")}...>`, h("kalenderFiles"))
    .option(`--team <${h("dirArg")}>`, h("kalenderTeam"))
    .option(`--jobbspesialist <${h("nameArg")}>`, h("kalenderSpecialist"), collect)
    .option(`--ute-kategori <${h("categoryArg")}>`, h("kalenderCategory"), collect)
    .option(`--arbeidsdag <${h("hoursArg")}>`, h("kalenderWorkday"))
    .option(`--visit-date <${h("dateArg")}>`, h("validateVisitDate"))
    .option("--lookback-weeks <n>", h("lookbackWeeks"))
    .option("--dry-run", h("dryRun"))
    .addHelpText("after", h("kalenderAfter"))
    .action(
      act(async (files: string[], opts: Record<string, unknown>) => {
        const { runImportKalender } = await import("./commands/import-kalender.js");
        return runImportKalender(ctx, files, opts);
      }),
    );
}

/** The commands in the order help lists them. */
const COMMANDS: ((program: Command, ctx: CliContext, h: Help, act: Act) => void)[] = [
  addEvaluateCommand,
  addScalesCommand,
  addScoreCommand,
  addValidateCommand,
  addReportCommand,
  addMergeCommand,
  addAgreementCommand,
  addInitCommand,
  addImportCommand,
];
