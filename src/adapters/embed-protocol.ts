// The postMessage protocol between the iframe page (dist/embed.html) and the page that embeds it.
// Pure: message shapes, their checks, the allowed-origin rule and the page's query parameters.
//
// Every message is `{ protocol: "sociale-veiligheid-quickscan", version: 1, type, detail }`.
// Embed page → parent: ready, resize, answer, step, complete, error, plan.
// Parent → embed page: hello (asks the page to announce itself again), restore (answers/step/result).
import type { QuickscanAnswerDetail, QuickscanErrorDetail, QuickscanPlanDetail, QuickscanReadyDetail } from '../events.js';
import type { Result } from '../scoring/result-schema.js';
import { isStep, type QuickscanAnswers, type QuickscanStep } from './element-api.js';

export const EMBED_PROTOCOL = 'sociale-veiligheid-quickscan';
export const EMBED_PROTOCOL_VERSION = 1;

export interface EmbedDetailMap {
  ready: QuickscanReadyDetail;
  /** The page's content height in CSS pixels (whole, rounded up). */
  resize: { height: number };
  answer: QuickscanAnswerDetail;
  step: { step: QuickscanStep };
  complete: Result;
  error: QuickscanErrorDetail;
  /** The person changed the plan of action (the `quickscan-plan` detail). */
  plan: QuickscanPlanDetail;
}

export interface HostDetailMap {
  hello: Record<string, never>;
  restore: { answers?: QuickscanAnswers; step?: QuickscanStep; result?: Result };
}

export type EmbedMessageType = keyof EmbedDetailMap;
export type HostMessageType = keyof HostDetailMap;

export interface EmbedMessage<T extends EmbedMessageType = EmbedMessageType> {
  protocol: typeof EMBED_PROTOCOL;
  version: typeof EMBED_PROTOCOL_VERSION;
  type: T;
  detail: EmbedDetailMap[T];
}

export interface HostMessage<T extends HostMessageType = HostMessageType> {
  protocol: typeof EMBED_PROTOCOL;
  version: typeof EMBED_PROTOCOL_VERSION;
  type: T;
  detail: HostDetailMap[T];
}

export const EMBED_MESSAGE_TYPES: readonly EmbedMessageType[] = ['ready', 'resize', 'answer', 'step', 'complete', 'error', 'plan'];
export const HOST_MESSAGE_TYPES: readonly HostMessageType[] = ['hello', 'restore'];

export function embedMessage<T extends EmbedMessageType>(type: T, detail: EmbedDetailMap[T]): EmbedMessage<T> {
  return { protocol: EMBED_PROTOCOL, version: EMBED_PROTOCOL_VERSION, type, detail };
}

export function hostMessage<T extends HostMessageType>(type: T, detail: HostDetailMap[T]): HostMessage<T> {
  return { protocol: EMBED_PROTOCOL, version: EMBED_PROTOCOL_VERSION, type, detail };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasEnvelope(data: unknown): data is { type: unknown; detail: Record<string, unknown> } {
  return (
    isObject(data) &&
    data.protocol === EMBED_PROTOCOL &&
    data.version === EMBED_PROTOCOL_VERSION &&
    typeof data.type === 'string' &&
    isObject(data.detail)
  );
}

/** Whether `data` is a message of the embed page (checked shape; the detail of events is the element's). */
export function isEmbedMessage(data: unknown): data is EmbedMessage {
  if (!hasEnvelope(data) || !(EMBED_MESSAGE_TYPES as readonly unknown[]).includes(data.type)) return false;
  if (data.type === 'resize') {
    const h = data.detail.height;
    return typeof h === 'number' && Number.isFinite(h) && h >= 0;
  }
  if (data.type === 'step') return isStep(data.detail.step);
  return true;
}

/** Whether `data` is a message of the parent page. */
export function isHostMessage(data: unknown): data is HostMessage {
  if (!hasEnvelope(data) || !(HOST_MESSAGE_TYPES as readonly unknown[]).includes(data.type)) return false;
  if (data.type === 'restore') {
    const d = data.detail;
    if (d.answers !== undefined && !isObject(d.answers)) return false;
    if (d.step !== undefined && !isStep(d.step)) return false;
    if (d.result !== undefined && !isObject(d.result)) return false;
  }
  return true;
}

/**
 * The allowed parent origin from the `origin` query parameter: an exact http(s) origin such as
 * `https://intranet.example.org` (a trailing slash is tolerated). Anything else, including `*`,
 * `null`, paths and credentials, gives null: the page then posts nothing and accepts nothing.
 */
export function parseAllowedOrigin(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = value.trim().replace(/\/$/, '');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password || url.search || url.hash || url.pathname !== '/') return null;
  return url.origin === text ? url.origin : null;
}

/** A message is accepted only from the allowed origin and from the expected window (the parent). */
export function acceptsMessage(
  event: { origin: string; source: unknown },
  allowedOrigin: string | null,
  expectedSource: unknown,
): boolean {
  return allowedOrigin !== null && event.origin === allowedOrigin && event.source === expectedSource;
}

export type EmbedTheme = 'auto' | 'light' | 'dark';

export interface EmbedConfig {
  /** BCP 47 language tag for the UI and the built-in content, when given and well-formed. */
  lang?: string;
  /** Absolute http(s) URL of the content JSON, when given (relative URLs resolve against the page). */
  src?: string;
  theme: EmbedTheme;
  /** The allowed parent origin, or null (post nothing). */
  origin: string | null;
}

/** Reads the embed page's query parameters: `lang`, `src`, `theme` and `origin`. */
export function parseEmbedParams(search: string, pageUrl: string): EmbedConfig {
  const params = new URLSearchParams(search);
  const config: EmbedConfig = { theme: 'auto', origin: parseAllowedOrigin(params.get('origin')) };
  const lang = params.get('lang')?.trim();
  if (lang && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(lang)) config.lang = lang;
  const src = params.get('src')?.trim();
  if (src) {
    try {
      const url = new URL(src, pageUrl);
      if (url.protocol === 'https:' || url.protocol === 'http:') config.src = url.href;
    } catch {
      // not a URL: ignored, the built-in content is shown
    }
  }
  const theme = params.get('theme')?.trim().toLowerCase();
  if (theme === 'light' || theme === 'dark' || theme === 'auto') config.theme = theme;
  return config;
}
