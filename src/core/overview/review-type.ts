/**
 * How a team's fidelity review was done (team.json `reviewType`): stable machine values in files and summaries,
 * words in the user's language in reports (overview.messages.ts). An independent review is made by evaluators
 * from outside the team; a guided self-assessment is the team's own rating with a metodeveileder or evaluator
 * guiding it; a self-assessment is the team's own.
 */
export const REVIEW_TYPES = ["independent-review", "guided-self-assessment", "self-assessment"] as const;
export type ReviewType = (typeof REVIEW_TYPES)[number];
