/**
 * Which language the user reads: `--lang` on the command line, else the personal default in the environment
 * (`FIDELITY_LANG=en`), else bokmål. Decided before commander parses anything, so help and commander's own
 * errors are in that language too.
 */
import { LANGS, type Lang, type Text } from "../core/i18n.js";
import { CLI } from "./cli.messages.js";

/** The environment variable that holds a user's own default language. */
export const LANG_ENV = "FIDELITY_LANG";

export interface LangChoice {
  /** `--lang` on the command line, when it names a language. */
  fromArgs?: Lang;
  /** FIDELITY_LANG, when it names a language. */
  fromEnv?: Lang;
  /** Said on stderr when FIDELITY_LANG holds something else than a language. */
  warning?: Text;
}

function asLang(value: string | undefined): Lang | undefined {
  const v = value?.trim().toLowerCase();
  return (LANGS as readonly string[]).includes(v ?? "") ? (v as Lang) : undefined;
}

/** The `--lang` value in argv (`--lang en` or `--lang=en`), the last one when given twice; none after `--`. */
function langArg(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === "--") break;
    if (a === "--lang") found = argv[i + 1];
    else if (a.startsWith("--lang=")) found = a.slice("--lang=".length);
  }
  return found;
}

export function chooseLang(argv: readonly string[], env: Record<string, string | undefined>): LangChoice {
  const fromEnv = env[LANG_ENV];
  const envLang = asLang(fromEnv);
  const warning =
    fromEnv !== undefined && fromEnv.trim() !== "" && envLang === undefined
      ? CLI.text("langChoices", { flag: LANG_ENV, value: fromEnv, langs: LANGS.join(", ") })
      : undefined;
  // A wrong --lang value is commander's usage error; until then, the help and that error use the default.
  return { fromArgs: asLang(langArg(argv)), fromEnv: envLang, warning };
}
