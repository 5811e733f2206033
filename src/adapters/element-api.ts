// The part of <sociale-veiligheid-quickscan>'s public API the adapters (embed page, SCORM bridge) rely
// on. A structural type: the adapters never import the element class, so they work with any build
// of it (the npm class, the standalone bundle, a second copy on the page).
import type { Result } from '../scoring/result-schema.js';

/** Where the person is: the intro, a pillar (by index), or the results. */
export type QuickscanStep = 'intro' | 'results' | number;

export type QuickscanAnswers = Record<string, number | null>;

export interface QuickscanLike extends HTMLElement {
  /** Answers keyed by statement id; setting restores them. */
  answers: QuickscanAnswers;
  /** The current step; setting moves there. */
  step: QuickscanStep;
  /** The last result; setting a saved result shows the results view. */
  get result(): Result | null;
  set result(value: unknown);
  lang: string;
  src?: string;
}

export const QUICKSCAN_TAG = 'sociale-veiligheid-quickscan';

export function isStep(value: unknown): value is QuickscanStep {
  return value === 'intro' || value === 'results' || (typeof value === 'number' && Number.isInteger(value) && value >= 0);
}
