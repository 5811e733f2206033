// The team chunk: aggregation (with the result check, zod), the team view, its plan and comparison and
// its CSV, loaded when a team element first renders. The element class itself (./team-element.ts) is
// small and in the entry; share codes and `results-src` (./team-extras.ts) are a chunk of their own.
export { TeamBody } from './team-body.js';
export { renderTeamMode } from './team-mode.js';
export { resultStyles } from '../styles/results.js';
export { teamStyles } from './team.styles.js';
