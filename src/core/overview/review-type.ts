/**
 * How a team's fidelity review was done (team.json `reviewType`): stable machine values in files and summaries,
 * words in the user's language in reports. An independent review is made by evaluators from outside the team;
 * a guided self-assessment is the team's own rating with a metodeveileder or evaluator guiding it; a
 * self-assessment is the team's own.
 */
import type { Lang } from "../lang.js";

export const REVIEW_TYPES = ["independent-review", "guided-self-assessment", "self-assessment"] as const;
export type ReviewType = (typeof REVIEW_TYPES)[number];

export const REVIEW_TYPE_LABELS: Record<Lang, Record<ReviewType, string>> = {
  nb: {
    "independent-review": "Uavhengig evaluering",
    "guided-self-assessment": "Veiledet egenvurdering",
    "self-assessment": "Egenvurdering",
  },
  en: {
    "independent-review": "Independent review",
    "guided-self-assessment": "Guided self-assessment",
    "self-assessment": "Self-assessment",
  },
};
