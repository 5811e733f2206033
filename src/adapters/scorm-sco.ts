// The script of the SCORM package's index.html (the SCO): connects the element on the page to the
// LMS (scorm-bridge.ts). The package's SCORM version is on <html data-scorm-version="1.2|2004">.
// Query parameter `lang` (or else the learner's preferred language from the LMS) sets the language.
import { QUICKSCAN_TAG, type QuickscanLike } from './element-api.js';
import { connectScorm, type ScormBridge } from './scorm-bridge.js';

const LANG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

export function startScoPage(win: Window = window): ScormBridge | null {
  const doc = win.document;
  const element = doc.querySelector<QuickscanLike>(QUICKSCAN_TAG);
  if (!element) return null;
  const version = doc.documentElement.dataset.scormVersion === '2004' ? '2004' : '1.2';
  const lang = new URLSearchParams(win.location.search).get('lang')?.trim();
  const bridge = connectScorm(element, { version, window: win });
  const wanted = lang && LANG.test(lang) ? lang : LANG.test(bridge.language) ? bridge.language : '';
  if (wanted) doc.documentElement.lang = wanted;
  return bridge;
}
