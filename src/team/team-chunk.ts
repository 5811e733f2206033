// The team chunk: aggregation (with the result check, zod), the team view and its CSV, loaded when a
// team element first renders. The element class itself (./team-element.ts) is small and in the entry.
export { TeamController } from './team-controller.js';
export { renderTeam, teamCsv } from './team-view.js';
export { clampGroupSize } from './aggregate.js';
export { renderTeamMode } from './team-mode.js';
export { resultStyles } from '../styles/results.js';
export { teamStyles } from './team.styles.js';
export { downloadTeamCsv } from './team-download.js';
