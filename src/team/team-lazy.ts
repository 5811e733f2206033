// The team chunk (./team-chunk.ts), loaded when a team element or mode="team" first renders.
import { lazy } from '../internal/lazy.js';

export const teamChunk = lazy(() => import('./team-chunk.js'));
