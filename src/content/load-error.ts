// What can go wrong with content, without zod: the element's entry imports this; the validation
// itself (./load.ts, with zod) is a chunk loaded when content comes from outside.

export type LoadErrorKind = 'network' | 'http' | 'parse' | 'invalid';

/** One problem in the content, with the path in the notation editors see: `pillars[1].statements[2].text`. */
export interface ContentIssue {
  path: string;
  /** zod issue code (`invalid_type`, `too_small`, `custom`, …) */
  code: string;
  /** Plain English description; the element shows a localized one. */
  message: string;
  /** Details used to build a localized message. */
  expected?: string;
  received?: string;
  minimum?: number;
  maximum?: number;
  /** For the quickscan's own rules: which rule (`duplicate-id`, `unsafe-url`, …) and the value concerned. */
  key?: string;
  value?: string;
}

export class LoadError extends Error {
  override readonly name = 'LoadError';
  constructor(
    readonly kind: LoadErrorKind,
    message: string,
    readonly issues: ContentIssue[] = [],
    readonly status?: number,
    readonly url?: string,
  ) {
    super(message);
  }
}

/** How long loading content from a URL may take before it counts as a network error (ms). */
export const DEFAULT_TIMEOUT_MS = 15000;
