// The script of the iframe page (dist/embed.html → dist/embed.js): puts the element on a clean page,
// configured by query parameters, and talks to the parent page with the protocol of
// embed-protocol.ts, but only when the `origin` parameter names the parent's exact origin.
// Results need no parent: the element shows, prints and downloads them itself.
import type { QuickscanAnswerDetail, QuickscanErrorDetail, QuickscanPlanDetail, QuickscanReadyDetail } from '../events.js';
import type { Result } from '../scoring/result-schema.js';
import { QUICKSCAN_TAG, isStep, type QuickscanLike, type QuickscanStep } from './element-api.js';
import {
  acceptsMessage,
  embedMessage,
  isHostMessage,
  parseEmbedParams,
  type EmbedConfig,
  type EmbedDetailMap,
  type EmbedMessageType,
  type HostMessage,
} from './embed-protocol.js';

export interface EmbedPage {
  readonly element: QuickscanLike;
  readonly config: EmbedConfig;
  /** Removes the listeners and the resize observer (the element stays). */
  stop(): void;
}

export function startEmbedPage(win: Window = window): EmbedPage {
  const doc = win.document;
  const root = doc.documentElement;
  const config = parseEmbedParams(win.location.search, win.location.href);
  if (config.lang) root.lang = config.lang;
  root.dataset.theme = config.theme;

  const element = doc.createElement(QUICKSCAN_TAG) as QuickscanLike;
  if (config.theme !== 'auto') element.setAttribute('theme', config.theme);
  if (config.src) element.src = config.src;
  // The page outline: the element's views start at h2, so the page gives them an h1, the content's
  // title (visually hidden: the intro shows the title already). Until the content is ready it holds
  // the page's static title.
  const heading = doc.createElement('h1');
  heading.className = 'visually-hidden';
  heading.textContent = doc.title;
  const mount = doc.querySelector('[data-quickscan-mount]') ?? doc.body;
  mount.replaceChildren(heading, element);
  /** Title, lang and h1 of the page from the language and content the element uses. */
  const describePage = (detail: QuickscanReadyDetail) => {
    if (!config.lang && detail.locale) root.lang = detail.locale;
    const content = (element as { loadedContent?: { title?: unknown; lang?: unknown } | null }).loadedContent;
    const title = typeof content?.title === 'string' ? content.title.trim() : '';
    if (!title) return;
    doc.title = title;
    heading.textContent = title;
    const contentLang = typeof content?.lang === 'string' ? content.lang : '';
    const primary = (tag: string) => tag.split('-')[0]!.toLowerCase();
    if (contentLang && primary(contentLang) !== primary(root.lang)) heading.lang = contentLang;
    else heading.removeAttribute('lang');
  };

  // Only a framed page with an allowed origin talks; a page opened on its own posts nothing.
  const parent = win.parent !== win ? win.parent : null;
  const origin = parent ? config.origin : null;
  const post = <T extends EmbedMessageType>(type: T, detail: EmbedDetailMap[T]) => {
    if (!parent || !origin) return;
    try {
      parent.postMessage(embedMessage(type, detail), origin);
    } catch {
      // a detail that cannot be cloned is not worth breaking the page for
    }
  };

  let ready: QuickscanReadyDetail | null = null;
  let lastHeight = -1;
  const height = () => Math.ceil(root.getBoundingClientRect().height);
  const postHeight = (force = false) => {
    const h = height();
    if (!force && h === lastHeight) return;
    lastHeight = h;
    post('resize', { height: h });
  };

  const pendingRestore: HostMessage<'restore'>['detail'][] = [];
  const restore = (detail: HostMessage<'restore'>['detail']) => {
    if (detail.result !== undefined) {
      element.result = detail.result;
      return;
    }
    if (detail.answers !== undefined) element.answers = detail.answers;
    if (detail.step !== undefined && isStep(detail.step)) {
      const step = detail.step;
      // Let the element take the answers first: a step may depend on them.
      void Promise.resolve((element as { updateComplete?: Promise<unknown> }).updateComplete).then(() => {
        element.step = step;
      });
    }
  };

  const listeners: [string, EventListener][] = [
    [
      'quickscan-ready',
      (e) => {
        ready = (e as CustomEvent<QuickscanReadyDetail>).detail;
        describePage(ready);
        post('ready', ready);
        postHeight(true);
        for (const detail of pendingRestore.splice(0)) restore(detail);
      },
    ],
    ['quickscan-answer', (e) => post('answer', (e as CustomEvent<QuickscanAnswerDetail>).detail)],
    ['quickscan-step', (e) => post('step', { step: (e as CustomEvent<{ step: QuickscanStep }>).detail.step })],
    ['quickscan-complete', (e) => post('complete', (e as CustomEvent<Result>).detail)],
    ['quickscan-error', (e) => post('error', (e as CustomEvent<QuickscanErrorDetail>).detail)],
    ['quickscan-plan', (e) => post('plan', (e as CustomEvent<QuickscanPlanDetail>).detail)],
  ];
  for (const [name, fn] of listeners) element.addEventListener(name, fn);

  const onMessage = (event: MessageEvent) => {
    if (!acceptsMessage(event, origin, parent) || !isHostMessage(event.data)) return;
    const message = event.data;
    if (message.type === 'hello') {
      if (ready) post('ready', ready);
      postHeight(true);
    } else if (message.type === 'restore') {
      const detail = (message as HostMessage<'restore'>).detail;
      if (ready) restore(detail);
      else pendingRestore.push(detail);
    }
  };
  win.addEventListener('message', onMessage);

  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(() => postHeight()) : null;
  observer?.observe(root);

  return {
    element,
    config,
    stop() {
      for (const [name, fn] of listeners) element.removeEventListener(name, fn);
      win.removeEventListener('message', onMessage);
      observer?.disconnect();
    },
  };
}
