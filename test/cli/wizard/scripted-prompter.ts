/**
 * A Prompter that answers from a script, for running the whole wizard in tests. It fails loudly when the
 * flow asks something the script does not expect (wrong kind of question, unknown key, Enter where Enter
 * does nothing, script used up), and records every screen and question.
 *
 * Steps:
 *   "enter"              Enter in a menu (the highlighted choice, or what Enter does there)
 *   "4", "b", "q"…       a key in a menu; in a checklist an action key
 *   { tick: [...] }      a checklist answer: the element ids (or 1-based numbers) ticked, then Enter
 *   { tick: [...], press: "n" }  in a checklist: tick these (replacing what was ticked), then an action key
 *   { text: "…" }        a text answer (validated like the real prompt: an invalid one is refused and the
 *                        next step answers the question again)
 *   true / false         a confirm answer
 *   { pick: value }      a value from a searchable list
 *   { interrupt: true }  Ctrl-C at this question
 * Any step may carry `expect: "substring"` that the question's message must contain.
 */
import type {
  ChecklistAnswer,
  ChecklistQuestion,
  ConfirmQuestion,
  MenuQuestion,
  PickQuestion,
  Prompter,
  TextQuestion,
} from "../../../src/cli/prompts.js";
import { PromptInterrupted } from "../../../src/cli/prompts.js";

export type Step =
  | string
  | boolean
  | { key: string; expect?: string }
  | { tick: (string | number)[]; press?: string; expect?: string }
  | { text: string; expect?: string }
  | { confirm: boolean; expect?: string }
  | { pick: unknown; expect?: string }
  | { interrupt: true; expect?: string };

export class ScriptedPrompter implements Prompter {
  readonly screens: string[] = [];
  /** Every question asked, as "kind: message". */
  readonly asked: string[] = [];
  /** Every checklist asked, with the elements it showed ticked when it opened. */
  readonly checklists: { message: string; checked: string[] }[] = [];
  /** Messages of refused answers (validation). */
  readonly refused: string[] = [];
  private readonly steps: Step[];

  constructor(steps: Step[]) {
    this.steps = [...steps];
  }

  get remaining(): number {
    return this.steps.length;
  }

  /** The last screen shown. */
  get screen(): string {
    return this.screens[this.screens.length - 1] ?? "";
  }

  show(screen: string): void {
    this.screens.push(screen);
  }

  private next(kind: string, message: string): Step {
    this.asked.push(`${kind}: ${message}`);
    const step = this.steps.shift();
    if (step === undefined)
      throw new Error(
        `script ran out at ${kind} "${message}"\nlast screen:\n${this.screen}\nasked:\n${this.asked.slice(-8).join("\n")}`,
      );
    if (typeof step === "object" && "expect" in step && step.expect && !message.includes(step.expect))
      throw new Error(`expected a question containing "${step.expect}", got ${kind} "${message}"`);
    if (typeof step === "object" && "interrupt" in step) throw new PromptInterrupted();
    return step;
  }

  private fail(step: Step, kind: string, message: string): never {
    throw new Error(
      `script step ${JSON.stringify(step)} does not answer ${kind} "${message}"\nlast screen:\n${this.screen}`,
    );
  }

  async choose<T>(q: MenuQuestion<T>): Promise<T> {
    const step = this.next("choose", q.message);
    const key = typeof step === "string" ? step : typeof step === "object" && "key" in step ? step.key : undefined;
    if (key === undefined) this.fail(step, "choose", q.message);
    if (key === "enter") {
      if (q.default !== undefined) {
        const choice = q.choices.find((c) => c.value === q.default);
        if (!choice) throw new Error(`default of "${q.message}" is not among its choices`);
        return choice.value;
      }
      if (q.enter !== undefined) return q.enter;
      throw new Error(`Enter does nothing at "${q.message}" (no default)`);
    }
    const all = [...q.choices, ...(q.actions ?? []), ...(q.hidden ?? [])];
    const choice = all.find((c) => c.key === key);
    if (!choice) throw new Error(`no key "${key}" at "${q.message}" (keys: ${all.map((c) => c.key).join(" ")})`);
    return choice.value;
  }

  async checklist<A>(q: ChecklistQuestion<A>): Promise<ChecklistAnswer<A>> {
    this.checklists.push({ message: q.message, checked: [...q.checked] });
    const step = this.next("checklist", q.message);
    const actionFor = (key: string, checked: string[]): ChecklistAnswer<A> => {
      const action = q.actions?.find((a) => a.key === key);
      if (!action) throw new Error(`no action key "${key}" at checklist "${q.message}"`);
      return { action: action.value, checked };
    };
    if (typeof step === "string") {
      if (step === "enter") return { checked: [...q.checked] };
      return actionFor(step, [...q.checked]);
    }
    if (typeof step !== "object" || !("tick" in step)) this.fail(step, "checklist", q.message);
    const ids = step.tick.map((t) => {
      const id = typeof t === "number" ? q.items[t - 1]?.id : t;
      if (!id || !q.items.some((i) => i.id === id)) throw new Error(`no element ${t} at "${q.message}"`);
      return id;
    });
    const checked = q.items.map((i) => i.id).filter((id) => ids.includes(id));
    return step.press ? actionFor(step.press, checked) : { checked };
  }

  async text(q: TextQuestion): Promise<string> {
    for (;;) {
      const step = this.next("text", q.message);
      if (typeof step !== "object" || !("text" in step)) this.fail(step, "text", q.message);
      const value = step.text === "" && q.default !== undefined ? q.default : step.text;
      if (q.required && !value.trim()) {
        this.refused.push(q.requiredMessage ?? "required");
        continue;
      }
      const problem = q.validate?.(value);
      if (problem) {
        this.refused.push(problem);
        continue;
      }
      return value.trim();
    }
  }

  async confirm(q: ConfirmQuestion): Promise<boolean> {
    const step = this.next("confirm", q.message);
    if (typeof step === "boolean") return step;
    if (typeof step === "object" && "confirm" in step) return step.confirm;
    if (step === "enter") return q.default;
    this.fail(step, "confirm", q.message);
  }

  async pick<T>(q: PickQuestion<T>): Promise<T> {
    const step = this.next("pick", q.message);
    if (typeof step !== "object" || !("pick" in step)) this.fail(step, "pick", q.message);
    const choice = q.choices.find((c) => c.value === step.pick);
    if (!choice) throw new Error(`no choice ${JSON.stringify(step.pick)} at "${q.message}"`);
    return choice.value;
  }
}
