/**
 * The merge walk: every disagreement in scale order, each on its own screen (A and B side by side, the data's
 * suggestion), then the consensus score / colour and a required rationale. Runs on the wizard's session
 * machinery (WizardSession: the session is saved after every answer, atomically, with the cursor on the item
 * being decided), so Ctrl-C loses at most the answer being typed and a resumed merge goes on where it stopped.
 */
import { type ConsensusMark, decide, disagreementIds, pendingIds } from "../../core/agreement/consensus.js";
import { allItems } from "../../core/scale.js";
import type { MenuChoice } from "../prompts.js";
import { refuseIdentifying } from "../wizard/items.js";
import { anchorTexts } from "../wizard/screens.js";
import type { WizardSession } from "../wizard/session-state.js";
import { COLOUR_ORDER } from "../wizard/style.js";
import { MERGE } from "./merge.messages.js";
import { disagreementScreen } from "./screen.js";

type Answer = { mark: ConsensusMark } | { action: "back" | "quit" };

/** Walk the disagreements from the saved cursor (or the first undecided one). "finish" once all are decided. */
export async function walkDisagreements(session: WizardSession): Promise<"finish" | "quit"> {
  const { prompter, screen } = session.deps;
  const t = MERGE.in(screen.lang);
  const ids = disagreementIds(session.evaluation);
  const cursor = session.evaluation.cursor;
  const firstPending = pendingIds(session.evaluation)[0];
  let i = cursor && ids.includes(cursor) ? ids.indexOf(cursor) : firstPending ? ids.indexOf(firstPending) : ids.length;
  while (i < ids.length || pendingIds(session.evaluation).length > 0) {
    if (i >= ids.length) i = ids.indexOf(pendingIds(session.evaluation)[0] ?? "");
    const id = ids[i];
    if (id === undefined) break;
    session.moveTo(id);
    session.show(disagreementScreen(session.evaluation, id, { index: i, total: ids.length }, screen));
    const e = session.evaluation;
    const entry = e.consensus?.items.find((c) => c.itemId === id);
    const item = allItems(e.scale).find((x) => x.id === id);
    if (!entry || !item) throw new Error(`no disagreement ${id}`);
    const points = e.scale.scoring === "points";
    const sideValue = (s: typeof entry.a) => (points ? s?.score : s?.colour);
    const data = e.suggestions.find((s) => s.itemId === id);
    const suggested = points ? data?.score : data?.colour;
    const decided = entry.rationale !== undefined ? e.items.find((r) => r.itemId === id) : undefined;
    const decidedValue = decided ? (points ? decided.score : decided.colour) : undefined;
    const choices: MenuChoice<Answer>[] = anchorTexts(e.scale, item, screen.lang).map((a, n) => {
      const value = points ? Number(a.key) : COLOUR_ORDER[n];
      const tags = [
        sideValue(entry.a) === value ? "A" : "",
        sideValue(entry.b) === value ? "B" : "",
        suggested === value ? t("suggestionTag") : "",
      ].filter(Boolean);
      return {
        key: a.key,
        label: a.label,
        value: { mark: points ? { score: value as number } : { colour: value as (typeof COLOUR_ORDER)[number] } },
        ...(tags.length ? { tag: `← ${tags.join(" ")}` } : {}),
      };
    });
    const current = choices.find((c) => "mark" in c.value && Object.values(c.value.mark)[0] === decidedValue);
    const answer = await prompter.choose<Answer>({
      message: t("pick", { id }),
      choices,
      actions: [
        ...(i > 0 ? [{ key: "b", label: t("back"), value: { action: "back" as const } }] : []),
        { key: "q", label: t("saveAndQuit"), value: { action: "quit" as const } },
      ],
      ...(current ? { default: current.value } : {}),
      hint: current ? t("keepGiven") : t(points ? "pickScore" : "pickColour"),
    });
    if ("action" in answer) {
      if (answer.action === "quit") return "quit";
      i = Math.max(0, i - 1);
      continue;
    }
    const rationale = await prompter.text({
      message: t("rationale", { id }),
      ...(entry.rationale !== undefined ? { default: entry.rationale } : {}),
      required: true,
      requiredMessage: t("rationaleRequired"),
      validate: refuseIdentifying(screen.lang),
    });
    session.update((ev, now) => decide(ev, id, answer.mark, rationale, now));
    i++;
  }
  return "finish";
}
