// Entry of the standalone bundle (dist/sociale-veiligheid-quickscan.js): defines the two elements and
// exports nothing. It does not go through ./sociale-veiligheid-quickscan.ts, which re-exports the npm
// API (schemas, zod): the bundle carries only what the element uses, the rest loads as chunks.
import './define-elements.js';
