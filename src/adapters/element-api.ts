// The part of <sociale-veiligheid-quickscan>'s public API the adapters (embed page, SCORM bridge) rely
// on. A structural type: the adapters never import the element class, so they work with any build
// of it (the npm class, the standalone bundle, a second copy on the page).
import type { Result } from '../scoring/result-schema.js';
import type { SuspendLayout } from './suspend-data.js';

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

interface ContentShape {
  pillars: { statements: { id: string }[] }[];
  scale: { options: { value: number }[] };
}

/** The loaded content's layout, when the element exposes it (`loadedContent`), for compact suspend data. */
export function layoutOf(element: QuickscanLike): SuspendLayout | undefined {
  const content = (element as unknown as { loadedContent?: ContentShape | null }).loadedContent;
  if (!content?.pillars || !content.scale) return undefined;
  return {
    statementIds: content.pillars.flatMap((p) => p.statements.map((s) => s.id)),
    values: content.scale.options.map((o) => o.value),
  };
}

/** The element has valid content (loaded, or given). */
export function isReady(element: QuickscanLike): boolean {
  return !!(element as unknown as { loadedContent?: unknown }).loadedContent;
}

/** Resolves once the element rendered what it was last given. */
export async function settled(element: QuickscanLike): Promise<void> {
  await (element as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
}
