// The results chunk: the results view, scoring export and downloads, and the glue of the comparison
// and overview chart (which load their own chunk), fetched when the scan begins and waited for when
// the results first show. Nothing in the entry imports this module statically.
export { preloadViews, renderResults } from './views/results.js';
export { ResultsStages } from './results-stages.js';
export { downloadResult } from './downloads.js';
export { resultStyles } from '../styles/results.js';
export { CompareController } from '../compare/compare-controller.js';
export { warmFormats } from '../internal/format.js';
