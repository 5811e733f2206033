// The SCORM bridge's word to the learner when the plan of action does not fit suspend_data: a status
// line beside the element on the SCO page (the answers are kept; the plan is to be downloaded).
import type { QuickscanLike } from './element-api.js';

const PLAN_NOTICE_ID = 'quickscan-plan-storage-notice';
const PLAN_NOTICE = {
  nl: 'Je plan van aanpak is te groot om in de leeromgeving te bewaren. Download het (CSV of agenda) om het te houden; je antwoorden worden wel bewaard.',
  en: 'Your plan of action is too large to be kept by the learning environment. Download it (CSV or calendar) to keep it; your answers are kept.',
};

/** Tells the learner (on the SCO page, beside the element) that the plan is not kept, or clears that. */
export function planNotice(element: QuickscanLike, show: boolean): void {
  const doc = element.ownerDocument;
  let notice = doc.getElementById(PLAN_NOTICE_ID);
  if (!show) {
    notice?.remove();
    return;
  }
  if (!notice) {
    notice = doc.createElement('p');
    notice.id = PLAN_NOTICE_ID;
    notice.setAttribute('role', 'status');
    element.before(notice);
  }
  const lang = (element.locale ?? element.lang ?? doc.documentElement.lang ?? '').toLowerCase();
  notice.lang = lang.startsWith('en') ? 'en' : 'nl';
  notice.textContent = lang.startsWith('en') ? PLAN_NOTICE.en : PLAN_NOTICE.nl;
}
