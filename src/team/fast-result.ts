// The fast path of validating a team's results (see the comment below). Pure; no DOM, no lit.
import { resultSchema, type Result } from '../scoring/result-schema.js';

// ——— the fast path of validation ———
// Parsing 100,000 results with the zod schema costs seconds. Results are untrusted, so each one is still
// checked: `fastResult` mirrors the schema for the common case (no plan) and builds the output zod
// builds: fresh objects with only the schema's keys, read as zod reads them (`key in input` for the
// optional ones). Anything it does not accept goes to zod, which then decides and words the issues. It
// is only used while the schema has exactly the keys it knows (checked once below), and
// test/team/scale.test.ts compares it with zod over generated inputs.

type Shape = Record<string, unknown>;
const RESULT_KEYS = ['schemaVersion', 'content', 'completedAt', 'scale', 'answers', 'pillars', 'priorities', 'plan', 'nonce'];
const CONTENT_KEYS = ['id', 'version', 'locale'];
const SCALE_KEYS = ['min', 'max'];
const ANSWER_KEYS = ['statementId', 'pillarId', 'value'];
const PILLAR_KEYS = ['id', 'title', 'score', 'mean', 'answered', 'unknown', 'total', 'band'];

function shapeOf(schema: unknown): Shape {
  return ((schema as { shape?: Shape } | undefined)?.shape ?? {}) as Shape;
}

function elementOf(schema: unknown): unknown {
  return (schema as { _zod?: { def?: { element?: unknown } } } | undefined)?._zod?.def?.element;
}

function sameKeys(shape: Shape, keys: readonly string[]): boolean {
  const own = Object.keys(shape);
  return own.length === keys.length && keys.every((k) => own.includes(k));
}

const resultShape = shapeOf(resultSchema);
const nonceSchema = resultShape.nonce as { safeParse(x: unknown): { success: boolean } };
const completedAtPattern = (resultShape.completedAt as { _zod?: { def?: { pattern?: unknown } } } | undefined)?._zod?.def?.pattern;
const FAST_PATH =
  completedAtPattern instanceof RegExp &&
  sameKeys(resultShape, RESULT_KEYS) &&
  sameKeys(shapeOf(resultShape.content), CONTENT_KEYS) &&
  sameKeys(shapeOf(resultShape.scale), SCALE_KEYS) &&
  sameKeys(shapeOf(elementOf(resultShape.answers)), ANSWER_KEYS) &&
  sameKeys(shapeOf(elementOf(resultShape.pillars)), PILLAR_KEYS);

/** What zod calls an object; like zod, the fast path then reads only the schema's keys (others are dropped). */
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

const isString = (x: unknown): x is string => typeof x === 'string';
const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isCount = (x: unknown): x is number => Number.isSafeInteger(x) && (x as number) >= 0;

function fastAnswer(x: unknown) {
  if (!isObject(x) || !isString(x.statementId) || !isString(x.pillarId)) return undefined;
  if (x.value !== null && !isNumber(x.value)) return undefined;
  return { statementId: x.statementId, pillarId: x.pillarId, value: x.value };
}

function fastPillar(x: unknown) {
  if (!isObject(x) || !isString(x.id) || !isString(x.title) || !isString(x.band)) return undefined;
  const { score, mean, answered, unknown, total } = x;
  if (score !== null && !(isNumber(score) && score >= 0 && score <= 100)) return undefined;
  if (mean !== null && !isNumber(mean)) return undefined;
  if (!isCount(answered) || !isCount(unknown) || !isCount(total)) return undefined;
  return { id: x.id, title: x.title, score, mean, answered, unknown, total, band: x.band };
}

function fastArray<T>(x: unknown, item: (y: unknown) => T | undefined): T[] | undefined {
  if (!Array.isArray(x)) return undefined;
  const out: T[] = new Array(x.length);
  for (let i = 0; i < x.length; i++) {
    const y = item(x[i]);
    if (y === undefined) return undefined;
    out[i] = y;
  }
  return out;
}

/** The parsed result when the input certainly passes the schema; undefined: ask zod. */
export function fastResult(x: unknown): Result | undefined {
  // A plan (rare in team results) is left to zod, and so is anything the checks below do not accept.
  if (!FAST_PATH || !isObject(x) || 'plan' in x) return undefined;
  if (x.schemaVersion !== 1 || !isString(x.completedAt) || !(completedAtPattern as RegExp).test(x.completedAt)) return undefined;
  const { content, scale } = x;
  if (!isObject(content) || !isString(content.id) || !isString(content.version) || !isString(content.locale)) return undefined;
  if (!isObject(scale) || !isNumber(scale.min) || !isNumber(scale.max)) return undefined;
  if ('nonce' in x && !(isString(x.nonce) && nonceSchema.safeParse(x.nonce).success)) return undefined;
  const answers = fastArray(x.answers, fastAnswer);
  const pillars = answers && fastArray(x.pillars, fastPillar);
  const priorities = pillars && fastArray(x.priorities, (y) => (isString(y) ? y : undefined));
  if (!answers || !pillars || !priorities) return undefined;
  const out: Result = {
    schemaVersion: 1,
    content: { id: content.id, version: content.version, locale: content.locale },
    completedAt: x.completedAt,
    scale: { min: scale.min, max: scale.max },
    answers,
    pillars,
    priorities,
  };
  if ('nonce' in x) out.nonce = x.nonce as string;
  return out;
}
