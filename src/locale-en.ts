// The English chunk: UI templates and built-in content together, loaded when an element first renders
// in English (see ./localization.ts). Nothing imports this module statically.
export { templates } from './generated/locales/en.js';
export { content } from './generated/builtin-en.js';
export { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
