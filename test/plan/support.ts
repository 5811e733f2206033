// Shared fixtures for the plan tests: the built-in content and a few ready plans.
import { contentSchema, type Content } from '../../src/content/schema.js';
import { nl } from '../../src/generated/builtin-content.js';
import type { Measure, Plan } from '../../src/plan/plan-schema.js';

export const content: Content = contentSchema.parse(nl);
export const [p1, p2, p3, p4] = content.pillars.map((p) => p.id);
export const NOW = new Date('2026-03-03T10:00:00Z');
export const LATER = new Date('2026-03-04T11:00:00Z');

export function measure(id: string, pillarId: string, extra: Partial<Measure> = {}): Measure {
  return { id, pillarId, text: `Maatregel ${id}`, status: 'open', ...extra };
}

export function plan(...measures: Measure[]): Plan {
  return { updatedAt: NOW.toISOString(), measures };
}
