// What the comparison needs zod for, in one chunk the compare controller loads only when it is needed:
// reading an earlier result (a chosen file, the `baseline` property, a kept one) and, with `persist`,
// the results kept in this browser (validated when read). The comparison view and the overview chart
// (always on the results view) stay zod-free.
export { compareResults } from './deltas.js';
export { forgetHistory, historyKey, previousResult, rememberResult } from './history-store.js';
