// The error texts (./error-text.ts: every message for content and result problems) are a chunk: only a
// page that meets an error loads them.
import { lazy } from './lazy.js';

export const errorTexts = lazy(() => import('./error-text.js'));
