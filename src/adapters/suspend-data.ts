// A compact text encoding of a person's progress (answers, step, completion time) for SCORM's
// cmi.suspend_data, which holds at most 4,096 characters in SCORM 1.2 (64,000 in SCORM 2004).
// Pure: no DOM, no SCORM.
//
// Keyed form (answers by statement id; survives content changes):
//   q1|<step>|<completedAt>|<id>=<value>,<id>=<value>,…
// Positional form (when the keyed form is too long; needs the content's layout to read back):
//   q1p|<step>|<completedAt>|<fingerprint>|<one character per statement>
// <step> is "i" (intro), "r" (results) or a pillar index; <completedAt> is epoch milliseconds in base 36
// or empty; <value> is a number, "~" for "unknown" (null). In the positional form each character is the
// option's index in base 36, "~" for unknown and "." for unanswered; <fingerprint> is a hash of the
// statement ids and option values, so data of other content is never misread.
// Either form may end in one more field, `|<plan>`: the plan of action as URI-encoded JSON (checked
// against the content by the element when it is set back; a damaged plan is dropped, not the answers).
import { isStep, type QuickscanAnswers, type QuickscanStep } from './element-api.js';

export interface Progress {
  answers: QuickscanAnswers;
  step: QuickscanStep;
  /** ISO date-time of the completion the results view shows, if any. */
  completedAt?: string;
  /** The plan of action (JSON), if any. */
  plan?: unknown;
}

/** The statements (in order) and option values of the content, for the positional form. */
export interface SuspendLayout {
  statementIds: readonly string[];
  values: readonly number[];
}

export const SUSPEND_DATA_LIMITS = { '1.2': 4096, '2004': 64000 } as const;

const KEYED = 'q1';
const POSITIONAL = 'q1p';
const UNKNOWN = '~';
const UNANSWERED = '.';

export function layoutFingerprint(layout: SuspendLayout): string {
  // FNV-1a, 32 bit, over the ids and values.
  const text = `${layout.statementIds.join('\n')}\n\n${layout.values.join(',')}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

// Ids of valid content never hold these characters; others are escaped, so any id round-trips.
const escapeId = (id: string) => id.replace(/[%|=,]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
const unescapeId = (text: string) => text.replace(/%([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

// An empty id cannot be read back, and "__proto__" would not be a key of a plain object.
const usableId = (id: string) => id !== '' && id !== '__proto__';

function encodeStep(step: QuickscanStep): string {
  return step === 'intro' ? 'i' : step === 'results' ? 'r' : String(step);
}

function decodeStep(text: string): QuickscanStep | null {
  if (text === 'i') return 'intro';
  if (text === 'r') return 'results';
  if (!/^(0|[1-9]\d{0,5})$/.test(text)) return null;
  return Number(text);
}

function encodeTime(iso: string | undefined): string {
  if (!iso) return '';
  const ms = Date.parse(iso);
  return Number.isFinite(ms) && ms >= 0 ? ms.toString(36) : '';
}

function decodeTime(text: string): string | undefined | null {
  if (text === '') return undefined;
  if (!/^[0-9a-z]{1,12}$/.test(text)) return null;
  const date = new Date(parseInt(text, 36));
  return Number.isFinite(date.getTime()) ? date.toISOString() : null;
}

function encodeValue(value: number | null): string {
  return value === null ? UNKNOWN : String(value);
}

function encodePlan(progress: Progress): string {
  if (progress.plan === undefined || progress.plan === null) return '';
  try {
    return `|${encodeURIComponent(JSON.stringify(progress.plan))}`;
  } catch {
    return '';
  }
}

/** The plan field read back; undefined when absent or damaged. */
function decodePlan(text: string | undefined): unknown {
  if (text === undefined || text === '') return undefined;
  try {
    const plan: unknown = JSON.parse(decodeURIComponent(text));
    return typeof plan === 'object' && plan !== null ? plan : undefined;
  } catch {
    return undefined;
  }
}

const withPlan = (progress: Progress, text: string | undefined): Progress => {
  const plan = decodePlan(text);
  return plan === undefined ? progress : { ...progress, plan };
};

function encodeKeyed(progress: Progress): string {
  const pairs = Object.entries(progress.answers)
    .filter(([id, v]) => usableId(id) && (v === null || (typeof v === 'number' && Number.isFinite(v))))
    .map(([id, v]) => `${escapeId(id)}=${encodeValue(v)}`);
  return [KEYED, encodeStep(progress.step), encodeTime(progress.completedAt), pairs.join(',')].join('|') + encodePlan(progress);
}

function encodePositional(progress: Progress, layout: SuspendLayout): string | null {
  if (layout.values.length > 36) return null;
  let chars = '';
  const known = new Set(layout.statementIds);
  for (const id of Object.keys(progress.answers)) if (!known.has(id) || !usableId(id)) return null;
  for (const id of layout.statementIds) {
    if (!Object.prototype.hasOwnProperty.call(progress.answers, id)) {
      chars += UNANSWERED;
      continue;
    }
    const value = progress.answers[id];
    if (value === null) {
      chars += UNKNOWN;
      continue;
    }
    const index = layout.values.indexOf(value);
    if (index < 0) return null;
    chars += index.toString(36);
  }
  return [POSITIONAL, encodeStep(progress.step), encodeTime(progress.completedAt), layoutFingerprint(layout), chars].join('|') + encodePlan(progress);
}

export interface EncodeOptions {
  /** Longest text allowed (default 4,096: SCORM 1.2). */
  maxLength?: number;
  /** The content's layout, which enables the positional form when the keyed one is too long. */
  layout?: SuspendLayout;
}

/** Encodes progress within `maxLength` characters, or returns null when it cannot. */
export function encodeSuspendData(progress: Progress, options: EncodeOptions = {}): string | null {
  const max = options.maxLength ?? SUSPEND_DATA_LIMITS['1.2'];
  if (!isStep(progress.step)) return null;
  const keyed = encodeKeyed(progress);
  if (keyed.length <= max) return keyed;
  if (!options.layout) return null;
  const positional = encodePositional(progress, options.layout);
  return positional !== null && positional.length <= max ? positional : null;
}

/** True when the text is in the positional form, which needs the layout to be read. */
export function needsLayout(text: string): boolean {
  return text.startsWith(`${POSITIONAL}|`);
}

/** Reads progress back; null for empty, foreign or damaged text (never throws). */
export function decodeSuspendData(text: string | null | undefined, layout?: SuspendLayout): Progress | null {
  if (typeof text !== 'string' || text === '') return null;
  const parts = text.split('|');
  // The plan field, when there, is never empty (encodePlan writes none for no plan).
  if (parts[0] === KEYED && (parts.length === 4 || (parts.length === 5 && parts[4] !== ''))) {
    const step = decodeStep(parts[1]);
    const completedAt = decodeTime(parts[2]);
    if (step === null || completedAt === null) return null;
    const answers: QuickscanAnswers = {};
    if (parts[3] !== '') {
      for (const pair of parts[3].split(',')) {
        const eq = pair.indexOf('=');
        if (eq <= 0) return null;
        const id = unescapeId(pair.slice(0, eq));
        const raw = pair.slice(eq + 1);
        if (!usableId(id)) return null;
        if (raw === UNKNOWN) answers[id] = null;
        else {
          if (!/^-?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(raw)) return null;
          answers[id] = Number(raw);
        }
      }
    }
    return withPlan(completedAt === undefined ? { answers, step } : { answers, step, completedAt }, parts[4]);
  }
  if (parts[0] === POSITIONAL && (parts.length === 5 || (parts.length === 6 && parts[5] !== ''))) {
    if (!layout || parts[3] !== layoutFingerprint(layout)) return null;
    const step = decodeStep(parts[1]);
    const completedAt = decodeTime(parts[2]);
    const chars = parts[4];
    if (step === null || completedAt === null || chars.length !== layout.statementIds.length) return null;
    const answers: QuickscanAnswers = {};
    for (let i = 0; i < chars.length; i++) {
      const c = chars[i];
      if (c === UNANSWERED) continue;
      if (c === UNKNOWN) {
        answers[layout.statementIds[i]] = null;
        continue;
      }
      const index = parseInt(c, 36);
      if (!/^[0-9a-z]$/.test(c) || index >= layout.values.length) return null;
      answers[layout.statementIds[i]] = layout.values[index];
    }
    return withPlan(completedAt === undefined ? { answers, step } : { answers, step, completedAt }, parts[5]);
  }
  return null;
}
