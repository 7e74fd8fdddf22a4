/**
 * Every question the wizard asks goes through a {@link Prompter}. This is the one module that knows about
 * @inquirer (loaded lazily, so `--help` and the batch commands never pay for it); the wizard gets a Prompter
 * injected, and tests give it a scripted one.
 *
 * The questions are few and fast to answer:
 *  - `choose`: a menu where each choice has a key. A key picks its choice at once (a digit picks an anchor);
 *    Enter picks the highlighted one, which starts on `default` (e.g. the data's suggestion); arrows move.
 *  - `checklist`: elements to tick (digits or Space toggle, Enter confirms), with the same action keys.
 *  - `text`, `confirm`, and `pick` (a searchable list, for "go to item").
 *  - `show`: put a screen of text on the terminal (cleared first).
 * Ctrl-C in any prompt becomes a {@link PromptInterrupted} error: the caller saves and exits 130.
 */
import type * as InquirerCore from "@inquirer/core";
import type { ChalkInstance } from "chalk";
import type { Lang } from "../core/i18n.js";
import type { Stream } from "./context.js";
import { PROMPTS } from "./prompts.messages.js";
import { wrapHanging } from "./wizard/layout.js";

/** One entry of a {@link Prompter.choose} menu. */
export interface MenuChoice<T> {
  /** The key that picks it: "1"–"9", a letter. Unique within the menu. */
  key: string;
  label: string;
  value: T;
  /** A marker shown after the label ("◆ forslag"). */
  tag?: string;
}

export interface MenuQuestion<T> {
  message: string;
  /** Listed one per line. */
  choices: MenuChoice<T>[];
  /** Shown on one line under the list as "key label · key label". */
  actions?: MenuChoice<T>[];
  /** Keys that work but are not listed (the hint line tells about them: "1–7 change a rule"). */
  hidden?: MenuChoice<T>[];
  /** The choice highlighted at the start (e.g. the data's suggestion): Enter picks it. */
  default?: T;
  /** What Enter gives while no choice is highlighted. Without it Enter waits for a choice. */
  enter?: T;
  /** One line under the list (what Enter does, e.g.). */
  hint?: string;
}

export interface ChecklistQuestion<A> {
  message: string;
  items: { id: string; label: string }[];
  checked: readonly string[];
  actions?: MenuChoice<A>[];
  /** A live line under the list from the ticked ids ("3 of 5 → score 3"). */
  summary?: (checked: readonly string[]) => string;
}

/**
 * Enter gives the ticked ids; an action key gives the action together with the ticks as they stood, so a
 * caller that comes back to the same checklist (after a note, say) can show them again.
 */
export type ChecklistAnswer<A> = { checked: string[] } | { action: A; checked: string[] };

export interface TextQuestion {
  message: string;
  default?: string;
  /** Refuse an empty answer (with `requiredMessage`). */
  required?: boolean;
  requiredMessage?: string;
  /** Return an error message, or undefined when the answer is fine. */
  validate?: (value: string) => string | undefined;
}

export interface ConfirmQuestion {
  message: string;
  default: boolean;
}

export interface PickQuestion<T> {
  message: string;
  choices: { label: string; value: T }[];
  default?: T;
}

export interface Prompter {
  show(screen: string): void;
  choose<T>(q: MenuQuestion<T>): Promise<T>;
  checklist<A>(q: ChecklistQuestion<A>): Promise<ChecklistAnswer<A>>;
  text(q: TextQuestion): Promise<string>;
  confirm(q: ConfirmQuestion): Promise<boolean>;
  pick<T>(q: PickQuestion<T>): Promise<T>;
}

/** Ctrl-C (or the terminal closing) while a question was open. */
export class PromptInterrupted extends Error {
  constructor() {
    super("interrupted");
    this.name = "PromptInterrupted";
  }
}

export interface TerminalOptions {
  input: NodeJS.ReadableStream;
  /** Where prompts and screens go (the wizard uses stderr, so stdout stays for the paths it prints). */
  output: Stream;
  color: boolean;
  /** Clear the terminal before each screen. */
  clear?: boolean;
  lang: "nb" | "en";
}

const CLEAR = "\x1b[H\x1b[2J";

/** The real Prompter, on a terminal. @inquirer is imported on the first question. */
export function terminalPrompter(opts: TerminalOptions): Prompter {
  const context = { input: opts.input, output: opts.output as unknown as NodeJS.WritableStream };
  const lib = () => loadPrompts(opts);
  const guard = async <T>(ask: () => Promise<T>): Promise<T> => {
    try {
      return await ask();
    } catch (err) {
      if (err instanceof Error && (err.name === "ExitPromptError" || err.name === "AbortPromptError"))
        throw new PromptInterrupted();
      throw err;
    }
  };
  return {
    show(screen) {
      opts.output.write(`${opts.clear === false ? "" : CLEAR}${screen}\n`);
    },
    choose: async (q) => guard(async () => (await lib()).keyMenu(q, context)),
    checklist: async (q) => guard(async () => (await lib()).keyChecklist(q, context)),
    text: async (q) =>
      guard(async () => {
        const { input, theme } = await lib();
        const answer = await input(
          {
            message: q.message,
            default: q.default,
            theme,
            validate: (v: string) => {
              if (q.required && !v.trim()) return q.requiredMessage ?? PROMPTS.in(opts.lang)("required");
              return q.validate?.(v) ?? true;
            },
          },
          context,
        );
        return answer.trim();
      }),
    confirm: async (q) =>
      guard(async () => {
        const { keyMenu } = await lib();
        const say = PROMPTS.in(opts.lang);
        const yes = say("yesKey");
        return keyMenu<boolean>(
          {
            message: `${q.message} (${q.default ? `${yes.toUpperCase()}/n` : `${yes}/N`})`,
            choices: [],
            hidden: [
              { key: yes, label: say("yes"), value: true },
              // Both languages' yes: "y" works in bokmål, "j" in English.
              { key: yes === "j" ? "y" : "j", label: say("yes"), value: true },
              { key: "n", label: say("no"), value: false },
            ],
            enter: q.default,
          },
          context,
        );
      }),
    pick: async (q) =>
      guard(async () => {
        const fold = (s: string) => s.toLowerCase();
        const { search, searchTheme } = await lib();
        return search(
          {
            message: q.message,
            theme: searchTheme,
            pageSize: 12,
            source: (term: string | undefined) =>
              q.choices
                .filter((c) => !term || fold(c.label).includes(fold(term)))
                .map((c) => ({ name: c.label, value: c.value })),
          },
          context,
        );
      }),
  };
}

type Loaded = Awaited<ReturnType<typeof importPrompts>>;
const cache = new WeakMap<TerminalOptions, Promise<Loaded>>();

function loadPrompts(opts: TerminalOptions): Promise<Loaded> {
  let p = cache.get(opts);
  if (!p) {
    p = importPrompts(opts);
    cache.set(opts, p);
  }
  return p;
}

/** What the prompts below are drawn with: @inquirer/core, chalk (or none), the screen width and language. */
interface Drawing {
  core: typeof InquirerCore;
  c: ChalkInstance;
  width: () => number;
  lang: Lang;
}

async function importPrompts(opts: TerminalOptions) {
  const { color } = opts;
  const [{ input, search }, core, { default: chalkDefault, Chalk }] = await Promise.all([
    import("@inquirer/prompts"),
    import("@inquirer/core"),
    import("chalk"),
  ]);
  const c = color ? chalkDefault : new Chalk({ level: 0 });
  const theme = stockTheme(color);
  const drawing: Drawing = {
    core,
    c,
    width: () => Math.max(40, Math.min(100, (opts.output.columns ?? 80) - 1)),
    lang: opts.lang,
  };
  return {
    input,
    search,
    theme,
    searchTheme: searchListTheme(theme, drawing, color),
    keyMenu: keyMenuPrompt(drawing) as <T>(q: MenuQuestion<T>, ctx: object) => Promise<T>,
    keyChecklist: keyChecklistPrompt(drawing) as <A>(
      q: ChecklistQuestion<A>,
      ctx: object,
    ) => Promise<ChecklistAnswer<A>>,
  };
}

/** Theme for the stock prompts: no colour unless colour is on. */
function stockTheme(color: boolean) {
  const plain = (s: string) => s;
  return color
    ? undefined
    : {
        prefix: { idle: "?", done: "✔" },
        style: {
          answer: plain,
          message: plain,
          error: (s: string) => `> ${s}`,
          help: plain,
          highlight: plain,
          description: plain,
          disabled: plain,
          defaultAnswer: (s: string) => `(${s})`,
          keysHelpTip: (keys: [string, string][]) => keys.map(([k, a]) => `${k} ${a}`).join(" • "),
        },
      };
}

/** The menu of {@link Prompter.choose}: a key picks its choice at once, Enter the highlighted one. */
function keyMenuPrompt({ core, c, width, lang }: Drawing) {
  const { createPrompt, useState, useKeypress, isEnterKey, isUpKey, isDownKey } = core;
  return createPrompt<unknown, MenuQuestion<unknown>>((q, done) => {
    const start = q.default === undefined ? -1 : q.choices.findIndex((ch) => ch.value === q.default);
    const [active, setActive] = useState(start);
    const [picked, setPicked] = useState<MenuChoice<unknown> | undefined>(undefined);
    const [nudge, setNudge] = useState(false);
    const all = [...q.choices, ...(q.actions ?? []), ...(q.hidden ?? [])];
    useKeypress((key, rl) => {
      if (key.ctrl) return; // Ctrl-C is handled by the prompt (ExitPromptError)
      if (isEnterKey(key)) {
        const choice = q.choices[active];
        if (choice) {
          setPicked(choice);
          done(choice.value);
        } else if (q.enter !== undefined) {
          setPicked(all.find((ch) => ch.value === q.enter) ?? { key: "⏎", label: "", value: q.enter });
          done(q.enter);
        } else setNudge(true);
        return;
      }
      if (isUpKey(key) || isDownKey(key)) {
        const n = q.choices.length;
        if (n === 0) return;
        const from = active < 0 ? (isUpKey(key) ? 0 : -1) : active;
        setActive((from + (isUpKey(key) ? -1 : 1) + n) % n);
        rl.clearLine(0);
        return;
      }
      const typed = (key.name === "space" ? " " : rl.line.slice(-1) || key.name || "").toLowerCase();
      rl.clearLine(0);
      const choice = all.find((ch) => ch.key.toLowerCase() === typed);
      if (choice) {
        setPicked(choice);
        done(choice.value);
      } else setNudge(true);
    });
    const w = width();
    if (picked) {
      const label = picked.label.split("\n")[0] ?? "";
      // An action (note, back, skip …) answers nothing: it leaves no "✔ B2 skår notat" line behind, and the
      // prompt or screen it opens says what happens next.
      if (!q.choices.includes(picked)) return label ? "" : `${c.green("✔")} ${c.bold(q.message)}`;
      return `${c.green("✔")} ${c.bold(q.message)} ${c.cyan(`${picked.key}  ${label}`)}`;
    }
    const lines = [`${c.cyan("?")} ${c.bold(q.message)}`];
    q.choices.forEach((ch, i) => {
      const on = i === active;
      const head = `${on ? c.cyan("❯") : " "} ${c.bold(ch.key)}  `;
      const body = wrapHanging(ch.label + (ch.tag ? `  ${ch.tag}` : ""), w - 5, "     ");
      lines.push(head + (on ? c.cyan(body) : body));
    });
    if (q.hint) lines.push(c.dim(q.hint));
    if (q.actions?.length)
      lines.push(wrapHanging(q.actions.map((a) => `${c.bold(a.key)} ${c.dim(a.label)}`).join(c.dim(" · ")), w, ""));
    if (nudge) lines.push(c.yellow(PROMPTS.in(lang)("pressShownKey")));
    return lines.join("\n");
  });
}

/** The checklist of {@link Prompter.checklist}: digits or Space tick, Enter confirms, action keys leave. */
function keyChecklistPrompt({ core, c, width }: Drawing) {
  const { createPrompt, useState, useKeypress, isEnterKey, isUpKey, isDownKey, isSpaceKey } = core;
  return createPrompt<ChecklistAnswer<unknown>, ChecklistQuestion<unknown>>((q, done) => {
    const [checked, setChecked] = useState<string[]>([...q.checked]);
    const [active, setActive] = useState(0);
    const [finished, setFinished] = useState<string | undefined>(undefined);
    const toggle = (i: number) => {
      const item = q.items[i];
      if (!item) return;
      setChecked(
        checked.includes(item.id)
          ? checked.filter((x) => x !== item.id)
          : q.items.filter((it) => it.id === item.id || checked.includes(it.id)).map((it) => it.id),
      );
    };
    useKeypress((key, rl) => {
      if (key.ctrl) return;
      if (isEnterKey(key)) {
        setFinished(`${c.bold(q.message)} ${c.cyan(q.summary?.(checked) ?? `${checked.length}`)}`);
        done({ checked });
        return;
      }
      if (isUpKey(key) || isDownKey(key)) {
        const n = q.items.length;
        setActive((active + (isUpKey(key) ? -1 : 1) + n) % n);
        rl.clearLine(0);
        return;
      }
      if (isSpaceKey(key)) {
        rl.clearLine(0);
        toggle(active);
        return;
      }
      const typed = (rl.line.slice(-1) || key.name || "").toLowerCase();
      rl.clearLine(0);
      if (/^[1-9]$/.test(typed)) {
        const i = Number(typed) - 1;
        if (i < q.items.length) {
          setActive(i);
          toggle(i);
        }
        return;
      }
      const action = q.actions?.find((a) => a.key.toLowerCase() === typed);
      if (action) {
        setFinished("");
        done({ action: action.value, checked });
      }
    });
    const w = width();
    if (finished !== undefined) return finished && `${c.green("✔")} ${finished}`;
    const lines = [`${c.cyan("?")} ${c.bold(q.message)}`];
    q.items.forEach((it, i) => {
      const on = i === active;
      const box = checked.includes(it.id) ? c.green("[x]") : "[ ]";
      const body = wrapHanging(it.label, w - 9, "         ");
      lines.push(`${on ? c.cyan("❯") : " "} ${box} ${c.bold(String(i + 1))}  ${on ? c.cyan(body) : body}`);
    });
    if (q.summary) lines.push(`  ${c.bold(q.summary(checked))}`);
    if (q.actions?.length) lines.push(q.actions.map((a) => `${c.bold(a.key)} ${c.dim(a.label)}`).join(c.dim(" · ")));
    return lines.join("\n");
  });
}

/**
 * The searchable list ("gå til punkt"): its key help and its "no results" line in the evaluator's language.
 * @inquirer/search builds the help line with `theme.style.keysHelpTip([["↑↓", "navigate"], ["⏎", "select"]])`
 * and the empty-result line with `theme.style.error("No results found")`.
 */
function searchListTheme(theme: ReturnType<typeof stockTheme>, { c, lang }: Drawing, color: boolean) {
  const say = PROMPTS.in(lang);
  const helpWord = (a: string) => (a === "navigate" ? say("navigate") : a === "select" ? say("select") : a);
  return {
    ...(theme ?? {}),
    style: {
      ...(theme?.style ?? {}),
      keysHelpTip: (keys: [string, string][]) =>
        [...keys.map(([k, a]): [string, string] => [k, helpWord(a)]), [say("typeKey"), say("toSearch")]]
          .map(([k, a]) => `${c.bold(k)} ${c.dim(a)}`)
          .join(c.dim(" • ")),
      error: (s: string) => {
        const text = s === "No results found" ? say("noResults") : s;
        return color ? c.red(`> ${text}`) : `> ${text}`;
      },
    },
  };
}
