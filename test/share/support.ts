// Test helpers for share codes and result feeds: contents (built-in and generated), answer sets, and an
// independent reference of the code's bit layout (base32 and CRC-20 by polynomial division).
import fc from 'fast-check';
import { builtinContent } from '../../src/content/builtin.js';
import { contentFromValue } from '../../src/content/load.js';
import { contentSchema, type Content } from '../../src/content/schema.js';
import type { AnswerValue } from '../../src/scoring/answers.js';

export const nl = contentFromValue(builtinContent('nl'));
export const en = contentFromValue(builtinContent('en'));
export const ids = (content: Content) => content.pillars.flatMap((p) => p.statements.map((s) => s.id));
export const symbols = (content: Content): AnswerValue[] => [
  ...(content.scale.unknown ? [null] : []),
  ...content.scale.options.map((o) => o.value),
];

export const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const PREFIX = 'SVQ1-';
export const fixedTime = new Date(Date.UTC(2024, 5, 1, 9, 30));

/** A copy of the content with changes applied to a JSON clone, checked by the content schema. */
export function variant(content: Content, change: (c: any) => void): Content {
  const copy = JSON.parse(JSON.stringify(content));
  change(copy);
  return contentSchema.parse(copy);
}

/** A complete answer set of the content: one of its symbols per statement. */
export const answersArb = (content: Content) =>
  fc.tuple(...ids(content).map((id) => fc.constantFrom(...symbols(content)).map((v) => [id, v] as const))).map((pairs) => Object.fromEntries(pairs) as Record<string, AnswerValue>);

/** Nonces over the whole 46-bit range, extremes included. */
export const nonceArb = fc.oneof(
  fc.constantFrom(0, 2 ** 46 - 1),
  fc.tuple(fc.integer({ min: 0, max: 2 ** 23 - 1 }), fc.integer({ min: 0, max: 2 ** 23 - 1 })).map(([hi, lo]) => hi * 2 ** 23 + lo),
);

/** Small valid contents: 1–4 pillars of 1–8 statements, 2–11 scale values, with or without "unknown". */
export const smallContentArb = fc
  .record({
    id: fc.constantFrom('team-a', 'team-b', 'x'),
    version: fc.constantFrom('1', '2024-05', 'v2'),
    sizes: fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 4 }),
    values: fc.uniqueArray(fc.integer({ min: -20, max: 20 }), { minLength: 2, maxLength: 11 }),
    unknown: fc.boolean(),
  })
  .map((r) =>
    contentSchema.parse({
      id: r.id,
      version: r.version,
      title: 'Generated',
      scale: {
        options: [...r.values].sort((a, b) => a - b).map((value) => ({ value, label: `v${value}` })),
        ...(r.unknown ? { unknown: { label: '?' } } : {}),
      },
      bands: [{ id: 'low', label: 'Low', min: 0, focus: true }, { id: 'high', label: 'High', min: 50 }],
      pillars: r.sizes.map((n, p) => ({
        id: `p${p}`,
        title: `Pillar ${p}`,
        statements: Array.from({ length: n }, (_, s) => ({ id: `p${p}-s${s}`, text: `Statement ${s}` })),
      })),
    }),
  );

export const contentWithAnswersArb = smallContentArb.chain((content) => fc.tuple(fc.constant(content), answersArb(content), nonceArb));

// ——— an independent reference of the layout ———

export function bitsOf(body: string): number[] {
  return [...body].flatMap((c) => {
    const d = ALPHABET.indexOf(c);
    if (d < 0) throw new Error(`not base32: ${c}`);
    return [16, 8, 4, 2, 1].map((b) => (d & b ? 1 : 0));
  });
}

export function base32Of(bits: readonly number[]): string {
  let out = '';
  for (let i = 0; i < bits.length; i += 5) out += ALPHABET[bits.slice(i, i + 5).reduce((v, b) => v * 2 + b, 0)];
  return out;
}

const G = 0x180069n; // x²⁰ + x¹⁹ + x⁶ + x⁵ + x³ + 1

/** CRC-20 with register start 0xFFFFF as the textbook remainder: (M·x²⁰ + 0xFFFFF·xⁿ) mod G. */
export function crc20Reference(bits: readonly number[]): number {
  let m = 0n;
  for (const b of bits) m = (m << 1n) | BigInt(b);
  let r = (m << 20n) ^ (0xfffffn << BigInt(bits.length));
  for (let d = r.toString(2).length - 1; d >= 20; d--) if ((r >> BigInt(d)) & 1n) r ^= G << BigInt(d - 20);
  return Number(r);
}

/** A code with these data bits (padded by the caller) and a correct check. */
export function codeWithData(dataBits: readonly number[]): string {
  const crc = crc20Reference(dataBits);
  const check = Array.from({ length: 20 }, (_, i) => (crc >> (19 - i)) & 1);
  return PREFIX + base32Of(dataBits) + base32Of(check);
}
