// Share codes: a person's complete answers as one short line to paste in a chat, e.g.
// `SVQ1-3E3E0001TVSMAGKJJ3JJGJJK9PVX` (33 characters for the built-in 18 statements).
// Pure: no DOM, no lit; runs in Node and browsers.
//
// Layout, after the prefix, in Crockford base32 (digits and capitals without I, L, O, U; read
// case-insensitively, with I/L read as 1 and O as 0):
//   data  = [content fingerprint: 20 bits][nonce: 46 bits][answers: n × b bits][zero bits to a whole character]
//   check = CRC-20 over the data characters' bits: 4 characters
// Each answer is its index in the content's symbols ([null, ...scale values] when the scale has a
// "Weet ik niet" option, else [...scale values]) in b = ⌈log₂(symbols)⌉ bits, in the content's statement
// order. The code is positional, so the fingerprint covers the content id, version, ordered statement
// ids and scale: a code never decodes against other content. No name and no time are in the code; the
// random nonce keeps two people with the same answers apart.
//
// The CRC's generator is (x + 1)(x¹⁹ + x⁵ + x² + x + 1), the second factor primitive: it detects every
// error burst of up to 20 bits (so every changed character and every swap of two neighbouring data
// characters), every odd number of flipped bits and any two flipped bits; anything else passes with a
// chance of 2⁻²⁰.
import type { Content } from '../content/schema.js';
import type { AnswerValue, Answers } from '../scoring/answers.js';
import type { Result } from '../scoring/result-schema.js';
import { score, type ScoreOptions } from '../scoring/score.js';

export const SHARE_CODE_PREFIX = 'SVQ1-';
export const SHARE_CODE_NONCE_BITS = 46;
const FINGERPRINT_BITS = 20;
const CRC_BITS = 20;
const CRC_CHARS = CRC_BITS / 5;
const CRC_POLY = 0x80069; // x²⁰ + x¹⁹ + x⁶ + x⁵ + x³ + 1 = (x + 1)(x¹⁹ + x⁵ + x² + x + 1), top bit implied
const CRC_INIT = 0xfffff;
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export type ShareCodeError = 'checksum' | 'content' | 'format';
export type DecodedShareCode = { ok: true; answers: Record<string, AnswerValue>; nonce: number } | { ok: false; reason: ShareCodeError };
export type ShareCodeResult = { ok: true; result: Result; nonce: number } | { ok: false; reason: ShareCodeError };

export interface EncodeShareCodeOptions {
  /** The nonce, an integer in [0, 2⁴⁶); random (crypto.getRandomValues) when left out. */
  nonce?: number;
}

// ——— the content's layout ———

interface Layout {
  fingerprint: number;
  statementIds: string[];
  symbols: AnswerValue[];
  bitsPerAnswer: number;
  /** Data characters (without prefix and check characters). */
  dataChars: number;
}

const layouts = new WeakMap<Content, Layout>();

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

function layoutOf(content: Content): Layout {
  let layout = layouts.get(content);
  if (layout) return layout;
  const statementIds = content.pillars.flatMap((p) => p.statements.map((s) => s.id));
  const values = content.scale.options.map((o) => o.value);
  const symbols: AnswerValue[] = content.scale.unknown ? [null, ...values] : values;
  const hash = fnv1a(JSON.stringify([content.id, content.version, statementIds, symbols]));
  const bitsPerAnswer = Math.max(1, Math.ceil(Math.log2(symbols.length)));
  const dataBits = FINGERPRINT_BITS + SHARE_CODE_NONCE_BITS + statementIds.length * bitsPerAnswer;
  layout = {
    fingerprint: (hash ^ (hash >>> FINGERPRINT_BITS)) & ((1 << FINGERPRINT_BITS) - 1),
    statementIds,
    symbols,
    bitsPerAnswer,
    dataChars: Math.ceil(dataBits / 5),
  };
  layouts.set(content, layout);
  return layout;
}

// ——— bits, base32, CRC ———

/** Appends `count` bits of a non-negative integer (count ≤ 53), most significant first. */
function pushBits(bits: number[], value: number, count: number): void {
  for (let i = count - 1; i >= 0; i--) bits.push(Math.floor(value / 2 ** i) % 2);
}

function readBits(bits: readonly number[], at: number, count: number): number {
  let value = 0;
  for (let i = 0; i < count; i++) value = value * 2 + bits[at + i];
  return value;
}

function crc20(bits: readonly number[]): number {
  let reg = CRC_INIT;
  for (const bit of bits) {
    const top = ((reg >>> (CRC_BITS - 1)) & 1) ^ bit;
    reg = (reg << 1) & 0xfffff;
    if (top) reg ^= CRC_POLY;
  }
  return reg;
}

function toBase32(bits: readonly number[]): string {
  let out = '';
  for (let i = 0; i < bits.length; i += 5) out += ALPHABET[readBits(bits, i, 5)];
  return out;
}

/** Bits of Crockford base32 text (case-insensitive; I and L read as 1, O as 0), or null. */
function fromBase32(text: string): number[] | null {
  const bits: number[] = [];
  for (const char of text.toUpperCase()) {
    const digit = ALPHABET.indexOf(char === 'I' || char === 'L' ? '1' : char === 'O' ? '0' : char);
    if (digit < 0) return null;
    pushBits(bits, digit, 5);
  }
  return bits;
}

function randomNonce(): number {
  const bytes = new Uint8Array(6);
  globalThis.crypto.getRandomValues(bytes);
  let value = 0;
  for (const byte of bytes) value = value * 256 + byte;
  return value % 2 ** SHARE_CODE_NONCE_BITS;
}

// ——— encode, decode ———

/**
 * The share code of a complete set of answers. Throws a RangeError when a statement of the content has
 * no answer or an answer that does not fit the scale (a shared result is always complete), or when the
 * nonce is not an integer in [0, 2⁴⁶).
 */
export function encodeShareCode(content: Content, answers: Answers, options: EncodeShareCodeOptions = {}): string {
  const layout = layoutOf(content);
  const nonce = options.nonce ?? randomNonce();
  if (!Number.isInteger(nonce) || nonce < 0 || nonce >= 2 ** SHARE_CODE_NONCE_BITS) {
    throw new RangeError(`share code: the nonce must be an integer in [0, 2^${SHARE_CODE_NONCE_BITS})`);
  }
  const bits: number[] = [];
  pushBits(bits, layout.fingerprint, FINGERPRINT_BITS);
  pushBits(bits, nonce, SHARE_CODE_NONCE_BITS);
  for (const id of layout.statementIds) {
    const value = Object.prototype.hasOwnProperty.call(answers, id) ? answers[id] : undefined;
    const index = value === undefined ? -1 : layout.symbols.indexOf(value);
    if (index < 0) throw new RangeError(`share code: statement "${id}" has no answer on the scale`);
    pushBits(bits, index, layout.bitsPerAnswer);
  }
  while (bits.length % 5) bits.push(0);
  const check: number[] = [];
  pushBits(check, crc20(bits), CRC_BITS);
  return SHARE_CODE_PREFIX + toBase32(bits) + toBase32(check);
}

/**
 * Reads a share code against the content: "format" when it is not a share code (or a malformed one),
 * "checksum" when it was changed or cut (a typo, a lost character), "content" when it was made for other
 * content (another quickscan, version, statement order or scale).
 */
export function decodeShareCode(content: Content, code: string): DecodedShareCode {
  if (typeof code !== 'string') return { ok: false, reason: 'format' };
  const text = code.trim();
  if (text.slice(0, SHARE_CODE_PREFIX.length).toUpperCase() !== SHARE_CODE_PREFIX) return { ok: false, reason: 'format' };
  const body = text.slice(SHARE_CODE_PREFIX.length);
  const minDataChars = Math.ceil((FINGERPRINT_BITS + SHARE_CODE_NONCE_BITS) / 5);
  if (body.length < minDataChars + CRC_CHARS) return { ok: false, reason: 'format' };
  const bits = fromBase32(body);
  if (!bits) return { ok: false, reason: 'format' };

  const dataBits = bits.slice(0, bits.length - CRC_BITS);
  if (crc20(dataBits) !== readBits(bits, dataBits.length, CRC_BITS)) return { ok: false, reason: 'checksum' };

  const layout = layoutOf(content);
  if (readBits(dataBits, 0, FINGERPRINT_BITS) !== layout.fingerprint) return { ok: false, reason: 'content' };
  if (dataBits.length !== layout.dataChars * 5) return { ok: false, reason: 'format' };

  const nonce = readBits(dataBits, FINGERPRINT_BITS, SHARE_CODE_NONCE_BITS);
  const answers: Record<string, AnswerValue> = {};
  let at = FINGERPRINT_BITS + SHARE_CODE_NONCE_BITS;
  for (const id of layout.statementIds) {
    const index = readBits(dataBits, at, layout.bitsPerAnswer);
    if (index >= layout.symbols.length) return { ok: false, reason: 'format' };
    answers[id] = layout.symbols[index];
    at += layout.bitsPerAnswer;
  }
  // Only zeros may fill the last character: one code per set of answers and nonce.
  for (; at < dataBits.length; at++) if (dataBits[at]) return { ok: false, reason: 'format' };
  return { ok: true, answers, nonce };
}

/** The result of a share code, scored by `score()` exactly as the person's own result (at `completedAt`, default now). */
export function shareCodeToResult(content: Content, code: string, options: ScoreOptions): ShareCodeResult {
  const decoded = decodeShareCode(content, code);
  if (!decoded.ok) return decoded;
  return { ok: true, result: score(content, decoded.answers, options), nonce: decoded.nonce };
}

// ——— finding codes in pasted text ———

// Zero-width and soft-hyphen characters that chat apps and editors slip into long words.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const CODE_PATTERN = /(?<![0-9A-Za-z])SVQ1-([0-9A-Za-z]+)/gi;

/**
 * Every share code in a pasted text (chat messages, e-mails, links with a code in them), in order of
 * appearance and with repeats (so they can be counted as duplicates), upper-cased. Codes end at the first
 * character that is not a letter or digit; whatever is found is checked by `decodeShareCode`.
 */
export function extractShareCodes(text: string): string[] {
  if (typeof text !== 'string') return [];
  const codes: string[] = [];
  for (const match of text.replace(INVISIBLE, '').matchAll(CODE_PATTERN)) codes.push(SHARE_CODE_PREFIX + match[1].toUpperCase());
  return codes;
}
