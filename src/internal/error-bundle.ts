// What a page that meets an error loads as one chunk (see ./error-chunk.ts): the messages and the views
// that show them.
export * from './error-text.js';
export { renderError, renderResultProblem } from './views/error.js';
