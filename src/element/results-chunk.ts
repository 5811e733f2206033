// The results chunk: the results view, scoring export and downloads, loaded when the results first
// show (prefetched when the last pillar opens). Nothing in the entry imports this module statically.
export { renderResults } from './views/results.js';
export { downloadResult } from './downloads.js';
export { resultStyles } from '../styles/results.js';
