// Share codes pasted in the team view: every code in a pasted chat text, read against the team's
// content. Good codes become results (with the code's nonce, so two people with the same answers both
// count and the same code pasted twice counts once: see prepareTeam); bad ones are listed with the reason.
// Pure: no DOM, no lit.
import type { Content } from '../content/schema.js';
import type { Result } from '../scoring/result-schema.js';
import { extractShareCodes, shareCodeToResult, type ShareCodeError } from '../share/share-code.js';

export interface RefusedCode {
  /** The code as found (upper-cased), so the facilitator can find it in the chat. */
  code: string;
  reason: ShareCodeError;
}

export interface ReadCodes {
  /** Results of the good codes, in order of appearance (repeats included: prepareTeam counts them once). */
  results: Result[];
  refused: RefusedCode[];
  /** Codes found in the text, good and bad. */
  found: number;
}

/**
 * Reads every share code in a pasted text. A code has no time: its result gets `completedAt` (one for
 * all, default the moment of reading) and `nonce` (the code's, as a string), which tells people apart.
 */
export function readShareCodes(content: Content, text: string, completedAt = new Date()): ReadCodes {
  const codes = extractShareCodes(text);
  const out: ReadCodes = { results: [], refused: [], found: codes.length };
  for (const code of codes) {
    const read = shareCodeToResult(content, code, { locale: content.lang ?? 'nl', completedAt });
    if (read.ok) out.results.push({ ...read.result, nonce: String(read.nonce) });
    else out.refused.push({ code, reason: read.reason });
  }
  return out;
}
