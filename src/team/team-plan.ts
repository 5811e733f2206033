// The team's plan of action: the same <svq-plan> as in the scan (loaded lazily, the first time a team
// view with enough results renders), fed with the team's figures instead of one person's result.
import { html } from 'lit';
import type { Content } from '../content/schema.js';
import type { PlanChangeKind } from '../events.js';
import type { Plan } from '../plan/plan-schema.js';
import { bandFor } from '../scoring/score.js';
import type { TeamSummary } from './aggregate.js';
import { PLAN_PARTS } from '../plan-ui/plan-parts.js';

let planModule: Promise<unknown> | undefined;

export interface TeamPlanInput {
  priorities: string[];
  answers: { statementId: string; value: number | null }[];
  discuss: string[];
}

/** Pillars whose team median falls in a focus band (lowest first), statement means, and the disagreements. */
export function teamPlanInput(content: Content, summary: TeamSummary): TeamPlanInput {
  const focus = new Set(content.bands.filter((b) => b.focus).map((b) => b.id));
  const priorities = summary.pillars
    .filter((p) => !p.suppressed && p.median !== null && focus.has(bandFor(content.bands, p.median)))
    .sort((a, b) => a.median! - b.median!)
    .map((p) => p.id);
  const answers = summary.statements.filter((s) => !s.suppressed && s.mean !== null).map((s) => ({ statementId: s.id, value: s.mean }));
  return { priorities, answers, discuss: summary.lists.disagree.map((d) => d.statementId) };
}

export function renderTeamPlan(
  content: Content,
  summary: TeamSummary,
  locale: string,
  plan: Plan | null,
  change: (detail: { plan: Plan; change: PlanChangeKind; measureId: string }) => void,
) {
  planModule ??= import('../plan-ui/plan-view.js');
  const input = teamPlanInput(content, summary);
  return html`<svq-plan exportparts=${PLAN_PARTS} locale=${locale} .content=${content} .priorities=${input.priorities}
    .answers=${input.answers} .discuss=${input.discuss} .plan=${plan}
    @svq-plan-change=${(e: CustomEvent) => change(e.detail)}></svq-plan>`;
}
