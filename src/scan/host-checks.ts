// The checks of what a host sets (a result, a plan) or what comes back from storage with a plan: both
// need zod, so they are a chunk the element loads when such a value arrives (see ../element/).
export { checkResult } from '../scoring/result-schema.js';
export { validatePlan } from '../plan/plan-content.js';
