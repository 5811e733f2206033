// The script of the cmi5 package's AU page (index.html): the element, a calm status line and, when
// an LMS launched the page, an exit button. With the five launch parameters it runs a cmi5 session
// (client.ts); without them, or when the LMS cannot be reached, it is a plain scan with a notice.
// Language: the `lang` query parameter, else the learner's cmi5 language preference, else Dutch.
import type { Result } from '../../scoring/result-schema.js';
import { inLocale, matchLocale, msg } from '../../localization.js';
import { QUICKSCAN_TAG, type QuickscanLike } from '../element-api.js';
import { Cmi5Client, type Cmi5ClientOptions } from './client.js';
import { hasCmi5Params, parseCmi5Launch } from './launch.js';

const LANG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

export type Cmi5PageStatus = 'plain' | 'broken-launch' | 'connecting' | 'connected' | 'unreachable' | 'send-failed' | 'terminated';

export interface Cmi5Page {
  readonly element: QuickscanLike;
  readonly client: Cmi5Client | null;
  readonly status: Cmi5PageStatus;
  /** Resolves when the session started (or failed to). */
  readonly ready: Promise<void>;
}

function noticeText(status: Cmi5PageStatus, lang: string): string {
  return inLocale(matchLocale(lang), () => {
    switch (status) {
      case 'plain':
        return msg('Deze quickscan is los geopend, niet vanuit een leeromgeving. Je kunt hem gewoon invullen; er wordt niets doorgegeven.');
      case 'broken-launch':
      case 'unreachable':
        return msg('De leeromgeving is niet bereikbaar. Je kunt de quickscan gewoon invullen, maar je resultaat wordt niet doorgegeven.');
      case 'send-failed':
        return msg('Je resultaat kon niet worden doorgegeven aan de leeromgeving. Je antwoorden staan nog op deze pagina.');
      case 'terminated':
        return msg('Afgesloten. Je kunt dit venster sluiten.');
      default:
        return '';
    }
  });
}

export function startCmi5Page(win: Window = window, options: Cmi5ClientOptions = {}): Cmi5Page | null {
  const doc = win.document;
  const element = doc.querySelector<QuickscanLike>(QUICKSCAN_TAG);
  if (!element) return null;
  const notice = doc.querySelector<HTMLElement>('[data-cmi5-notice]');
  const exit = doc.querySelector<HTMLButtonElement>('[data-cmi5-exit]');
  const query = new URLSearchParams(win.location.search);
  const asked = query.get('lang')?.trim();
  const setLang = (lang: string) => {
    doc.documentElement.lang = lang;
    element.setAttribute('lang', lang);
  };
  if (asked && LANG.test(asked)) setLang(asked);
  const lang = () => doc.documentElement.lang || 'nl';

  let status: Cmi5PageStatus = 'plain';
  const show = (next: Cmi5PageStatus) => {
    status = next;
    if (!notice) return;
    const text = noticeText(next, lang());
    notice.textContent = text;
    notice.hidden = !text;
  };
  const launch = parseCmi5Launch(win.location.search, win.location.href);
  if (!launch) {
    show(hasCmi5Params(win.location.search) ? 'broken-launch' : 'plain');
    return { element, client: null, status, ready: Promise.resolve() };
  }

  const client = new Cmi5Client(launch, options);
  status = 'connecting';
  const page: Cmi5Page = {
    element,
    client,
    get status() {
      return status;
    },
    ready: Promise.resolve(),
  };

  const leave = async () => {
    if (exit) exit.disabled = true;
    try {
      await client.terminate();
    } catch {
      show('send-failed');
      if (exit) exit.disabled = false;
      return;
    }
    show('terminated');
    if (exit) exit.hidden = true;
    const returnURL = client.launchData?.returnURL;
    if (returnURL) win.location.assign(new URL(returnURL, win.location.href).href);
  };

  const onComplete = (e: Event) => {
    client.complete((e as CustomEvent<Result>).detail).catch(() => show('send-failed'));
  };
  const onPageHide = () => {
    void client.terminate({ keepalive: true }).catch(() => undefined);
  };

  (page as { ready: Promise<void> }).ready = client.start().then(
    () => {
      if (!asked) {
        const preferred = client.languages.find((l) => LANG.test(l) && matchLocale(l) === l.split('-')[0].toLowerCase());
        if (preferred) setLang(preferred);
      }
      status = 'connected';
      element.addEventListener('quickscan-complete', onComplete);
      win.addEventListener('pagehide', onPageHide);
      if (exit) {
        exit.textContent = inLocale(matchLocale(lang()), () => msg('Afsluiten'));
        exit.hidden = false;
        exit.addEventListener('click', () => void leave());
      }
    },
    () => show('unreachable'),
  );
  return page;
}
