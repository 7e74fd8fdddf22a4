/** The proposed action plan's roles and support (action-plan.ts). */
import { defineMessages } from "../i18n.js";

export const ACTION_PLAN = defineMessages("actionPlan", {
  management: { nb: "Leder for tjenesten, med metodeveileder", en: "Service manager, with the team supervisor" },
  supervisorWithTeam: { nb: "Metodeveileder, med jobbspesialistene", en: "Team supervisor, with the specialists" },
  supervisor: { nb: "Metodeveileder", en: "Team supervisor" },
  managementDecision: {
    nb: "Beslutning i ledelsen eller styringsgruppen",
    en: "A decision by management or the steering group",
  },
  teamTime: {
    nb: "Fast tid i teammøtet og veiledning fra metodeveileder",
    en: "Set time in the team meeting and supervision from the team supervisor",
  },
  monthlyFigures: (p: { support: string }) => ({
    nb: `${p.support}; tallene tas ut hver måned`,
    en: `${p.support}; the figures drawn every month`,
  }),
});
