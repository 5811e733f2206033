// The part of <sociale-veiligheid-quickscan>'s public API the adapters (embed page, SCORM bridge) rely
// on. A structural type: the adapters never import the element class, so they work with any build
// of it (the npm class, the standalone bundle, a second copy on the page).
import type { Result } from '../scoring/result-schema.js';

import { isStep, type Step } from '../internal/step.js';
import { SCAN_TAG } from '../internal/tags.js';

/** Where the person is: the intro, a pillar (by index), or the results. */
export type QuickscanStep = Step;

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
  /** The plan of action (builds with issue 14); setting restores it. */
  plan?: unknown;
  /** The language the element renders in. */
  readonly locale?: string;
}

export const QUICKSCAN_TAG = SCAN_TAG;

export { isStep };
