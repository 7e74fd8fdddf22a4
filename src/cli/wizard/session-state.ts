/**
 * The wizard's working state: the evaluation being built, saved after every change. Everything the flow needs
 * from outside (the prompter, the clock, where to save, how to recompute the data) comes in here, so the
 * whole flow runs in tests with a scripted prompter and a fixed clock.
 */
import type { Evaluation } from "../../core/evaluation.js";
import type { CountingRules } from "../../core/metrics/counting-rules.js";
import type { ParticipantIds } from "../../core/participant-ids.js";
import type { Prompter } from "../prompts.js";
import type { ScreenOptions, SummaryExtras } from "./screens.js";
import type { Pass } from "./session.js";

export interface WizardDeps {
  prompter: Prompter;
  screen: ScreenOptions;
  /** ISO timestamp for updatedAt and ratedAt. */
  now(): string;
  /** Persist the session (atomically). Called after every answer. */
  save(evaluation: Evaluation): void;
  /**
   * Metrics and suggestions for other counting rules. Absent when the data cannot be read again (a resumed
   * session whose folder moved): then the rules are shown but cannot be changed.
   */
  recompute?: (rules: CountingRules) => Pick<Evaluation, "metrics" | "suggestions" | "countingRules">;
  /** What setup found besides the CSVs, for the data summary. */
  summary?: SummaryExtras;
  /**
   * The team's own participant ids (participantIdsOf), to refuse a note, reason or context that names one.
   * Absent when the team's data is not at hand (a session whose folder is gone): then only identity numbers
   * are refused. Only compared, never saved.
   */
  participantIds?: ParticipantIds;
}

export class WizardSession {
  /** A one-off message for the next review screen (e.g. which suggestions changed with the rules). */
  notice: string | undefined;

  /**
   * Elements ticked on an element item but not confirmed with Enter yet, by item id. The checklist shows
   * them again whenever it comes back to that item (after a note, back, skip, go to, the overview) until
   * Enter confirms them. Kept in memory only: an unconfirmed tick is "the answer being typed".
   */
  readonly drafts = new Map<string, string[]>();

  /**
   * The item the evaluator left for the overview (or finished a pass on), with the walk it was on, so the
   * overview can go back to it. In memory only.
   */
  cameFrom: { id: string; sequence: readonly string[]; pass: Pass } | undefined;

  /** Items whose whole computation is shown (the `d` key), when the screen is too short for it. */
  readonly unfolded = new Set<string>();

  /** Show a screen, with a pending notice above it. */
  show(screen: string): void {
    const notice = this.takeNotice();
    const style = this.deps.screen.style;
    this.deps.prompter.show(notice ? `${style.warn(notice)}\n\n${screen}` : screen);
  }

  takeNotice(): string | undefined {
    const n = this.notice;
    this.notice = undefined;
    return n;
  }

  constructor(
    private current: Evaluation,
    readonly deps: WizardDeps,
  ) {}

  get evaluation(): Evaluation {
    return this.current;
  }

  /** Apply a change and save it at once. */
  update(change: (e: Evaluation, now: string) => Evaluation): void {
    const now = this.deps.now();
    this.current = { ...change(this.current, now), updatedAt: now };
    this.deps.save(this.current);
  }

  /** Move the cursor (saved, so a resume lands where the evaluator was). */
  moveTo(cursor: string): void {
    if (this.current.cursor === cursor) return;
    this.update((e) => ({ ...e, cursor }));
  }
}
