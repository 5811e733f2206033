// The error texts (./error-text.ts: every message for content and result problems) and the views that show
// them (./views/error.ts) are a chunk: only a page that meets an error loads them.
import { lazy } from './lazy.js';

export const errorTexts = lazy(() => import('./error-bundle.js'));
