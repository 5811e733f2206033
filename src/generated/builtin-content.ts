// Generated from content/*.json by scripts/gen-content.mjs (checked with the content schema). Do not edit.
export { content as en } from './builtin-en.js';
export { content as nl } from './builtin-nl.js';
