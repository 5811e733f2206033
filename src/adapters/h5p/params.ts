// Pure helpers of the H5P content type: the author's parameters (semantics.json) and the saved state
// (getCurrentState / extras.previousState), read defensively: an H5P editor, an old content version or
// a hand-edited content.json may give anything.
import { isStep, type QuickscanAnswers, type QuickscanStep } from '../element-api.js';

export const H5P_MACHINE_NAME = 'H5P.SocialeVeiligheidQuickscan';
export const H5P_MAJOR_VERSION = 1;
export const H5P_MINOR_VERSION = 0;

export type H5pTheme = 'auto' | 'light' | 'dark';

export interface H5pParams {
  /** UI and built-in content language. */
  lang: 'nl' | 'en';
  theme: H5pTheme;
  /** The author's own content JSON as text; '' for the built-in content. */
  content: string;
}

export interface H5pState {
  answers: QuickscanAnswers;
  step: QuickscanStep;
}

/**
 * H5P's content validator stores plain text fields HTML-escaped (`"` as `&quot;`), so JSON typed into
 * the editor arrives escaped: undo exactly those entities.
 */
export function unescapeH5pText(text: string): string {
  const entities: Record<string, string> = { quot: '"', '#039': "'", '#39': "'", apos: "'", lt: '<', gt: '>', amp: '&' };
  return text.replace(/&(quot|#0?39|apos|lt|gt|amp);/g, (_, name: string) => entities[name]);
}

/** The parameters with defaults for anything missing or unknown. */
export function readH5pParams(params: unknown): H5pParams {
  const p = (params && typeof params === 'object' ? params : {}) as Record<string, unknown>;
  const lang = p.lang === 'en' ? 'en' : 'nl';
  const theme: H5pTheme = p.theme === 'light' || p.theme === 'dark' ? p.theme : 'auto';
  const content = typeof p.content === 'string' ? unescapeH5pText(p.content).trim() : '';
  return { lang, theme, content };
}

/** Answers as the element takes them: numbers or null ("Weet ik niet") keyed by statement id. */
function readAnswers(value: unknown): QuickscanAnswers | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const out: QuickscanAnswers = {};
  for (const [id, v] of Object.entries(value as Record<string, unknown>)) {
    if (v === null || (typeof v === 'number' && Number.isFinite(v))) out[id] = v;
  }
  return out;
}

/** A previous state (object or its JSON text, as H5P integrations differ); null when unusable. */
export function readH5pState(value: unknown): H5pState | null {
  let data = value;
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data);
    } catch {
      return null;
    }
  }
  if (!data || typeof data !== 'object') return null;
  const d = data as Record<string, unknown>;
  const answers = readAnswers(d.answers);
  if (!answers) return null;
  return { answers, step: isStep(d.step) ? d.step : 'intro' };
}
