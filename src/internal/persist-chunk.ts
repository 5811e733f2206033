// The persistence chunk: the store and the views only a persisting scan shows (loaded with `persist`).
export { openProgressStore, storageKey } from './progress-store.js';
export { renderOffer, renderStorageNotice } from './views/persist.js';
