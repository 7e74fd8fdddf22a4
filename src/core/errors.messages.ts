/** The words `formatIssue` (errors.ts) adds to a problem. */
import { defineMessages } from "./i18n.js";

export const ISSUE = defineMessages("issue", {
  warning: { nb: "advarsel: ", en: "warning: " },
});
