// The plan on paper: one table per pillar with its measures (measure, owner, date, status).
import { html, nothing } from 'lit';
import type { Pillar } from '../content/schema.js';
import { msg } from '../localization.js';
import { isOverdue, measuresOf } from '../plan/plan.js';
import type { Plan } from '../plan/plan-schema.js';
import { statusLabel } from './plan-texts.js';

export function renderPlanPrint(plan: Plan, pillars: readonly Pillar[], today: Date) {
  return html`<div class="print-only">
    ${pillars.map((pillar) => {
      const measures = measuresOf(plan, pillar.id);
      if (!measures.length) return nothing;
      return html`<table class="plan-table">
        <caption>${pillar.title}</caption>
        <thead><tr><th scope="col">${msg('Maatregel')}</th><th scope="col">${msg('Wie')}</th><th scope="col">${msg('Klaar op')}</th><th scope="col">${msg('Status')}</th></tr></thead>
        <tbody>
          ${measures.map(
            (m) => html`<tr>
              <td>${m.text}</td><td>${m.owner ?? ''}</td>
              <td>${m.due ?? ''}${isOverdue(m, today) ? html` (${msg('verlopen')})` : nothing}</td>
              <td>${statusLabel(m.status)}</td>
            </tr>`,
          )}
        </tbody>
      </table>`;
    })}
  </div>`;
}
