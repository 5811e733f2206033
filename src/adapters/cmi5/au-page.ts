// The script of the cmi5 package's AU page (index.html): the element, a calm status line and, when
// an LMS launched the page, an exit button. With the five launch parameters it runs a cmi5 session
// (client.ts); without them, or when the LMS cannot be reached, it is a plain scan with a notice.
// Language: the `lang` query parameter, else the learner's cmi5 language preference, else Dutch.
// The page's few texts live here, not in the element's lit-localize templates: those are all inlined
// in the script-tag bundle, which this package must not make any bigger.
import type { Result } from '../../scoring/result-schema.js';
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

type PageLocale = 'nl' | 'en';

const TEXTS: Record<PageLocale, Partial<Record<Cmi5PageStatus, string>> & { exit: string }> = {
  nl: {
    plain: 'Deze quickscan is los geopend, niet vanuit een leeromgeving. Je kunt hem gewoon invullen; er wordt niets doorgegeven.',
    'broken-launch': 'De leeromgeving is niet bereikbaar. Je kunt de quickscan gewoon invullen, maar je resultaat wordt niet doorgegeven.',
    unreachable: 'De leeromgeving is niet bereikbaar. Je kunt de quickscan gewoon invullen, maar je resultaat wordt niet doorgegeven.',
    'send-failed': 'Je resultaat kon niet worden doorgegeven aan de leeromgeving. Je antwoorden staan nog op deze pagina.',
    terminated: 'Afgesloten. Je kunt dit venster sluiten.',
    exit: 'Afsluiten',
  },
  en: {
    plain: 'This quickscan was opened on its own, not from a learning environment. You can fill it in as usual; nothing is passed on.',
    'broken-launch': 'The learning environment cannot be reached. You can fill in the quickscan as usual, but your result is not passed on.',
    unreachable: 'The learning environment cannot be reached. You can fill in the quickscan as usual, but your result is not passed on.',
    'send-failed': 'Your result could not be passed on to the learning environment. Your answers are still on this page.',
    terminated: 'Closed. You can close this window.',
    exit: 'Exit',
  },
};

/** The page's language for a BCP 47 tag: English for en-*, else Dutch (as the element does). */
export function pageLocale(tag: string | null | undefined): PageLocale {
  return (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] === 'en' ? 'en' : 'nl';
}

const supported = (tag: string) => ['nl', 'en'].includes(tag.trim().toLowerCase().split(/[-_]/)[0]);

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
    const text = TEXTS[pageLocale(lang())][next] ?? '';
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
        const preferred = client.languages.find((l) => LANG.test(l) && supported(l));
        if (preferred) setLang(preferred);
      }
      status = 'connected';
      element.addEventListener('quickscan-complete', onComplete);
      win.addEventListener('pagehide', onPageHide);
      if (exit) {
        exit.textContent = TEXTS[pageLocale(lang())].exit;
        exit.hidden = false;
        exit.addEventListener('click', () => void leave());
      }
    },
    () => show('unreachable'),
  );
  return page;
}
