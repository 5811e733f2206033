// The plan's plain constants, without zod: limits, statuses and what counts as "filled in". The plan
// model and views import them from here; ./plan-schema.ts (zod) builds on them and re-exports them.

export const PLAN_LIMITS = {
  /** Characters (UTF-16 code units, as a textarea's maxlength counts them) of a measure's text. */
  text: 500,
  owner: 200,
  toolTitle: 300,
  id: 100,
  measuresPerPillar: 50,
  /** 20 pillars (the content's limit) × 50. */
  measures: 1000,
} as const;

export const MEASURE_STATUSES = ['open', 'doing', 'done'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

/** What a measure id looks like: a letter or digit first, then letters, digits, ".", "_", ":" and "-". */
export const MEASURE_ID = /^[\p{L}\p{N}][\p{L}\p{N}._:-]*$/u;
export const MEASURE_ID_MESSAGE = 'ids use letters, digits, ".", "_", ":" and "-"';

/** Spaces and invisible characters that do not make a text "filled in". */
const INVISIBLE = /[\s\u00AD\u180E\u200B-\u200F\u2028-\u202F\u205F-\u2064\u3000\uFEFF]/gu;

/** Whether a text has at least one visible character (not only spaces, zero-width or format characters). */
export function hasVisibleText(text: string): boolean {
  return text.replace(INVISIBLE, '').length > 0;
}
