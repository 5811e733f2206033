import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { decodeShareCode, encodeShareCode, extractShareCodes, shareCodeToResult } from '../../src/share/share-code.js';
import { score } from '../../src/scoring/score.js';
import type { AnswerValue } from '../../src/scoring/answers.js';
import {
  ALPHABET,
  answersArb,
  bitsOf,
  codeWithData,
  contentWithAnswersArb,
  crc20Reference,
  en,
  fixedTime,
  ids,
  nl,
  nonceArb,
  PREFIX,
  smallContentArb,
  symbols,
  variant,
} from './support.js';

const CODE = /^SVQ1-[0-9A-HJKMNP-TV-Z]+$/;
const all = (value: AnswerValue) => Object.fromEntries(ids(nl).map((id) => [id, value]));
const mixed = Object.fromEntries(ids(nl).map((id, i) => [id, symbols(nl)[i % 6]]));
const builtinLength = encodeShareCode(nl, mixed, { nonce: 1 }).length;

describe('share code: encode and decode', () => {
  it(`is ${builtinLength} characters for the built-in 18 statements (target ≤ 40), whatever the answers and nonce`, () => {
    console.log(`share code length for the built-in content: ${builtinLength} characters, e.g. ${encodeShareCode(nl, mixed, { nonce: 1 })}`);
    expect(builtinLength).to.be.at.most(40);
    for (const answers of [all(null), all(1), all(5), mixed]) {
      for (const nonce of [0, 1, 2 ** 46 - 1]) expect(encodeShareCode(nl, answers, { nonce })).to.have.length(builtinLength);
    }
  });

  it('round trips every generated answer set of the built-in content, and scores identically (fast-check)', () => {
    fc.assert(
      fc.property(answersArb(nl), nonceArb, (answers, nonce) => {
        const code = encodeShareCode(nl, answers, { nonce });
        expect(code).to.match(CODE);
        expect(code).to.have.length(builtinLength);
        const decoded = decodeShareCode(nl, code);
        expect(decoded).to.deep.equal({ ok: true, answers, nonce });
        if (!decoded.ok) return;
        const options = { locale: 'nl', completedAt: fixedTime };
        expect(score(nl, decoded.answers, options)).to.deep.equal(score(nl, answers, options));
        expect(shareCodeToResult(nl, code, options)).to.deep.equal({ ok: true, result: score(nl, answers, options), nonce });
      }),
      { numRuns: 300 },
    );
  });

  it('round trips generated small contents (1–4 pillars, 2–11 values, with and without "Weet ik niet") and scores identically', () => {
    fc.assert(
      fc.property(contentWithAnswersArb, ([content, answers, nonce]) => {
        const code = encodeShareCode(content, answers, { nonce });
        expect(code).to.match(CODE);
        const decoded = decodeShareCode(content, code);
        expect(decoded).to.deep.equal({ ok: true, answers, nonce });
        const options = { locale: 'en', completedAt: fixedTime };
        const fromCode = shareCodeToResult(content, code, options);
        expect(fromCode.ok && fromCode.result).to.deep.equal(score(content, answers, options));
      }),
      { numRuns: 300 },
    );
  });

  it('round trips the largest content the schema allows (1,000 statements, 11 values and "unknown")', () => {
    const big = variant(nl, (c) => {
      c.scale.options = Array.from({ length: 11 }, (_, i) => ({ value: i * 10, label: `v${i}` }));
      c.pillars = Array.from({ length: 20 }, (_, p) => ({
        id: `p${p}`,
        title: `P${p}`,
        statements: Array.from({ length: 50 }, (_, s) => ({ id: `p${p}-s${s}`, text: 't' })),
      }));
    });
    const values = symbols(big);
    const answers = Object.fromEntries(ids(big).map((id, i) => [id, values[(i * 7) % values.length]]));
    const code = encodeShareCode(big, answers, { nonce: 12345 });
    expect(code.length).to.equal(5 + Math.ceil((20 + 46 + 1000 * 4) / 5) + 4);
    expect(decodeShareCode(big, code)).to.deep.equal({ ok: true, answers, nonce: 12345 });
  });

  it('carries no time: the same answers and nonce give the same code at another moment', async () => {
    const first = encodeShareCode(nl, mixed, { nonce: 77 });
    await new Promise((r) => setTimeout(r, 20));
    expect(encodeShareCode(nl, mixed, { nonce: 77 })).to.equal(first);
  });

  it('draws a random nonce when none is given, so equal answers give different codes', () => {
    const codes = new Set(Array.from({ length: 50 }, () => encodeShareCode(nl, mixed)));
    expect(codes.size).to.equal(50);
    for (const code of codes) {
      const decoded = decodeShareCode(nl, code);
      expect(decoded.ok && decoded.answers).to.deep.equal(mixed);
      expect(decoded.ok && Number.isInteger(decoded.nonce) && decoded.nonce >= 0 && decoded.nonce < 2 ** 46).to.equal(true);
    }
  });

  it('refuses to encode an incomplete answer set, a value off the scale or a bad nonce', () => {
    const incomplete: Record<string, AnswerValue> = { ...mixed };
    delete incomplete['p3-s2'];
    expect(() => encodeShareCode(nl, incomplete)).to.throw(RangeError, 'p3-s2');
    expect(() => encodeShareCode(nl, { ...mixed, 'p1-s1': 7 })).to.throw(RangeError, 'p1-s1');
    const noUnknown = variant(nl, (c) => delete c.scale.unknown);
    expect(() => encodeShareCode(noUnknown, all(null))).to.throw(RangeError);
    for (const nonce of [-1, 2 ** 46, 1.5, NaN]) expect(() => encodeShareCode(nl, mixed, { nonce })).to.throw(RangeError);
  });

  it('reads codes typed in lower case, with spaces around, and with I, L for 1 and O for 0', () => {
    const code = encodeShareCode(nl, all(null), { nonce: 0 });
    expect(code).to.match(/[01]/);
    const expected = { ok: true, answers: all(null), nonce: 0 };
    expect(decodeShareCode(nl, `  ${code.toLowerCase()}\n`)).to.deep.equal(expected);
    expect(decodeShareCode(nl, PREFIX + code.slice(PREFIX.length).replace(/0/g, 'O').replace(/1/g, 'l'))).to.deep.equal(expected);
    expect(decodeShareCode(nl, PREFIX + code.slice(PREFIX.length).replace(/1/g, 'I'))).to.deep.equal(expected);
  });

  it('uses the CRC-20 the reference computes by polynomial division', () => {
    fc.assert(
      fc.property(answersArb(nl), nonceArb, (answers, nonce) => {
        const body = encodeShareCode(nl, answers, { nonce }).slice(PREFIX.length);
        const bits = bitsOf(body);
        expect(codeWithData(bits.slice(0, -20))).to.equal(PREFIX + body);
      }),
      { numRuns: 100 },
    );
    expect(crc20Reference([])).to.equal(0xfffff);
  });
});

describe('share code: corrupted, foreign and malformed codes', () => {
  const samples = [encodeShareCode(nl, all(null), { nonce: 0 }), encodeShareCode(nl, all(5), { nonce: 2 ** 46 - 1 }), encodeShareCode(nl, mixed, { nonce: 987654321 })];

  it('rejects every single-character substitution (all 31 others at every position) as "checksum"', () => {
    let tried = 0;
    const reasons = new Map<string, number>();
    for (const code of samples) {
      for (let i = PREFIX.length; i < code.length; i++) {
        for (const c of ALPHABET) {
          if (c === code[i]) continue;
          const decoded = decodeShareCode(nl, code.slice(0, i) + c + code.slice(i + 1));
          const reason = decoded.ok ? 'accepted' : decoded.reason;
          reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
          tried += 1;
        }
      }
    }
    expect(tried).to.equal(samples.length * (builtinLength - PREFIX.length) * 31);
    expect(Object.fromEntries(reasons)).to.deep.equal({ checksum: tried });
  });

  it('rejects every swap of two neighbouring different characters, every lost character and every extra one', () => {
    for (const code of samples) {
      for (let i = PREFIX.length; i < code.length - 1; i++) {
        if (code[i] === code[i + 1]) continue;
        const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
        expect(decodeShareCode(nl, swapped).ok, swapped).to.equal(false);
      }
      for (let i = PREFIX.length; i < code.length; i++) {
        expect(decodeShareCode(nl, code.slice(0, i) + code.slice(i + 1)).ok).to.equal(false);
        for (const c of '07Z') expect(decodeShareCode(nl, code.slice(0, i) + c + code.slice(i)).ok).to.equal(false);
      }
    }
  });

  it('rejects random corruptions of 2–6 characters (fixed seed; 1 in 2²⁰ could pass by chance)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...samples),
        fc.uniqueArray(fc.integer({ min: PREFIX.length, max: builtinLength - 1 }), { minLength: 2, maxLength: 6 }),
        fc.array(fc.integer({ min: 1, max: 31 }), { minLength: 6, maxLength: 6 }),
        (code, positions, shifts) => {
          const chars = [...code];
          positions.forEach((p, k) => (chars[p] = ALPHABET[(ALPHABET.indexOf(chars[p]) + shifts[k]) % 32]));
          expect(decodeShareCode(nl, chars.join('')).ok).to.equal(false);
        },
      ),
      { numRuns: 2000, seed: 20240601 },
    );
  });

  it('rejects a code of other content as "content": other id, version, statement order or ids, or scale', () => {
    const code = encodeShareCode(nl, mixed, { nonce: 5 });
    const others = [
      variant(nl, (c) => (c.id = 'another-scan')),
      variant(nl, (c) => (c.version = '2025-01')),
      variant(nl, (c) => c.pillars[0].statements.reverse()),
      variant(nl, (c) => c.pillars.reverse()),
      variant(nl, (c) => (c.pillars[3].statements[4].id = 'p4-s5b')),
      variant(nl, (c) => c.pillars[3].statements.pop()),
      variant(nl, (c) => c.pillars[1].statements.push({ id: 'p2-s5', text: 'Extra' })),
      variant(nl, (c) => (c.scale.options[4].value = 6)),
      variant(nl, (c) => delete c.scale.unknown),
      variant(nl, (c) => c.scale.options.push({ value: 6, label: 'Zes' })),
    ];
    for (const other of others) expect(decodeShareCode(other, code)).to.deep.equal({ ok: false, reason: 'content' });
    expect(shareCodeToResult(others[0], code, { locale: 'nl' })).to.deep.equal({ ok: false, reason: 'content' });
  });

  it('rejects codes of generated other contents as "content" (fast-check)', () => {
    fc.assert(
      fc.property(contentWithAnswersArb, smallContentArb, ([content, answers, nonce], other) => {
        const code = encodeShareCode(content, answers, { nonce });
        const same = JSON.stringify([content.id, content.version, ids(content), symbols(content)]) === JSON.stringify([other.id, other.version, ids(other), symbols(other)]);
        expect(decodeShareCode(other, code)).to.deep.equal(same ? { ok: true, answers, nonce } : { ok: false, reason: 'content' });
        expect(decodeShareCode(nl, code)).to.deep.equal({ ok: false, reason: 'content' });
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('reads a code made in Dutch against the English content (same ids): language is not part of the code', () => {
    const code = encodeShareCode(nl, mixed, { nonce: 3 });
    expect(decodeShareCode(en, code)).to.deep.equal({ ok: true, answers: mixed, nonce: 3 });
    const result = shareCodeToResult(en, code, { locale: 'en', completedAt: fixedTime });
    expect(result.ok && result.result).to.deep.equal(score(en, mixed, { locale: 'en', completedAt: fixedTime }));
  });

  it('reports malformed input as "format": no prefix, too short, letters outside the alphabet, not a string', () => {
    const code = encodeShareCode(nl, mixed, { nonce: 9 });
    const body = code.slice(PREFIX.length);
    for (const bad of ['', 'hallo', 'SVQ1-', 'SVQ1-3E3E', `SVQ2-${body}`, `SVQ1${body}`, `SVQ1-${body.slice(0, 10)}U${body.slice(11)}`, `SVQ1-${body.slice(0, 10)}-${body.slice(10)}`, body]) {
      expect(decodeShareCode(nl, bad), bad).to.deep.equal({ ok: false, reason: 'format' });
    }
    expect(decodeShareCode(nl, 42 as never)).to.deep.equal({ ok: false, reason: 'format' });
  });

  it('reports a well-checked code with an answer index off the scale, non-zero filler or a wrong length as "format"', () => {
    const data = bitsOf(encodeShareCode(nl, all(null), { nonce: 0 }).slice(PREFIX.length)).slice(0, -20);
    expect(data).to.have.length(120); // 20 + 46 + 18 × 3: no filler for the built-in content
    expect(decodeShareCode(nl, codeWithData(data))).to.deep.include({ ok: true });
    const offScale = [...data];
    offScale.splice(66, 3, 1, 1, 0); // index 6 of [null, 1, 2, 3, 4, 5]
    expect(decodeShareCode(nl, codeWithData(offScale))).to.deep.equal({ ok: false, reason: 'format' });
    expect(decodeShareCode(nl, codeWithData([...data, 0, 0, 0, 0, 0]))).to.deep.equal({ ok: false, reason: 'format' });
    expect(decodeShareCode(nl, codeWithData(data.slice(0, -5)))).to.deep.equal({ ok: false, reason: 'format' });

    const four = variant(nl, (c) => c.pillars.splice(1)); // 6 statements: 20 + 46 + 18 = 84 bits, 1 filler bit
    const short = bitsOf(encodeShareCode(four, Object.fromEntries(ids(four).map((id) => [id, 3])), { nonce: 0 }).slice(PREFIX.length)).slice(0, -20);
    expect(short).to.have.length(85);
    expect(short[84]).to.equal(0);
    expect(decodeShareCode(four, codeWithData([...short.slice(0, 84), 1]))).to.deep.equal({ ok: false, reason: 'format' });
  });
});

describe('share code: finding codes in pasted chat text', () => {
  const [a, b, c] = [1, 2, 3].map((nonce) => encodeShareCode(nl, mixed, { nonce }));

  it('finds every code among words, punctuation, quotes, links and line breaks, in order, with repeats', () => {
    const chat = [
      `[10:02] Sam: hier is mijn code: ${a}!`,
      `[10:03] Ali: ${b}, en die van Kim was "${a}".`,
      `Link: https://team.example.org/quickscan?code=${c}&lang=nl`,
      `(${c.toLowerCase()}) — en in een lijstje:`,
      `• ${b}`,
      `Geen codes: X${a}, SVQ1 -${a.slice(5)}, SVQ2-${a.slice(5)}, ${a.slice(5)}`,
    ].join('\r\n');
    expect(extractShareCodes(chat)).to.deep.equal([a, b, a, c, c, b]);
    for (const code of extractShareCodes(chat)) expect(decodeShareCode(nl, code).ok).to.equal(true);
  });

  it('ignores zero-width and soft-hyphen characters that chat apps put into long words', () => {
    const broken = `${a.slice(0, 12)}\u200B${a.slice(12, 20)}\u00AD${a.slice(20)}`;
    expect(extractShareCodes(`kijk: ${broken}.`)).to.deep.equal([a]);
  });

  it('gives fragments of cut codes to the decoder, which rejects them', () => {
    const found = extractShareCodes(`${a.slice(0, 20)}\n${a.slice(20)} en ${b}`);
    expect(found).to.deep.equal([a.slice(0, 20), b]);
    expect(decodeShareCode(nl, found[0]).ok).to.equal(false);
  });

  it('finds nothing in text without codes, and nothing in what is not text', () => {
    expect(extractShareCodes('Hoi team, ik heb de scan gedaan! svq1 is de naam.')).to.deep.equal([]);
    expect(extractShareCodes(undefined as never)).to.deep.equal([]);
  });

  it('finds exactly the codes put between generated noise (fast-check)', () => {
    const word = fc.constantFrom('hoi', 'team', 'SVQ1', 'svq', 'code:', 'https://x.org/?a=1', '😀', 'Weet ik niet', '12', '-', 'ok!', 'svq1-');
    const sep = fc.constantFrom(' ', '\n', ', ', '. ', '! ', ' "', '" ', ' (', ') ', ': ', '\t');
    const piece = fc.oneof(fc.record({ code: answersArb(nl).chain((ans) => nonceArb.map((nonce) => encodeShareCode(nl, ans, { nonce }))) }), fc.record({ noise: word }));
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, sep), { maxLength: 12 }), (pieces) => {
        const text = pieces.map(([p, s]) => ('code' in p ? p.code : p.noise) + s).join('');
        const codes = pieces.flatMap(([p]) => ('code' in p ? [p.code] : []));
        expect(extractShareCodes(text)).to.deep.equal(codes);
      }),
      { numRuns: 300 },
    );
  });
});
