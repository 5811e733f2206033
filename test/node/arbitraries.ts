// fast-check generators shared by the Node laws and the browser fuzz: valid contents (any size within
// the schema's limits, or small ones for render-and-complete), answers that fit a content, and URLs.
// Pure: no DOM, so they load in Node and in the browser alike.
import fc from 'fast-check';
import { LIMITS, type Content } from '../../src/content/schema.js';

/** Characters that render as nothing: zero-width, joiners, word joiner, BOM, bidi marks, soft hyphen, fillers. */
export const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u00ad', '\u061c', '\u180e', '\u3164', '\ufe0f', '\u034f'];
const WHITESPACE = [' ', '\t', '\n', '\u00a0', '\u2003', '\u3000'];

/** Text of only invisible characters and whitespace: empty to a reader. */
export const invisibleText = fc
  .array(fc.constantFrom(...INVISIBLE, ...WHITESPACE), { minLength: 1, maxLength: 8 })
  .filter((chars) => chars.some((c) => INVISIBLE.includes(c)))
  .map((chars) => chars.join(''));

/** Invisible characters that may sit inside a text (JavaScript's trim() removes a BOM at either end). */
const INSIDE = INVISIBLE.filter((c) => c !== '\ufeff');

const VISIBLE_WORDS = ['veilig', 'Team', 'één', 'ß', 'Ωμέγα', 'жизнь', '中文', 'مرحبا', '👍🏽', '3', '&', '<b>', '"quote"', 'x'];

/** Text a reader sees: at least one visible word, invisible characters allowed inside, no outer whitespace. */
export const visibleText = (maxWords = 4) =>
  fc
    .array(fc.tuple(fc.constantFrom(...VISIBLE_WORDS), fc.option(fc.constantFrom(...INSIDE), { nil: '' }), fc.constantFrom(' ', '', ' - ')), {
      minLength: 1,
      maxLength: maxWords,
    })
    .map((parts) => parts.map(([w, inv, sep], i) => (i ? sep : '') + inv + w).join(''));

/** Ids as the schema allows them: a letter or digit first, then letters, digits, ".", "_", ":", "-". */
const idArb = fc
  .tuple(fc.constantFrom('a', 'p', 'Z', '1', 'é', 'ж', '中'), fc.array(fc.constantFrom('a', 'b', '0', '9', '.', '_', ':', '-', 'ß'), { maxLength: 8 }))
  .map(([first, rest]) => first + rest.join(''));

/** Links the schema accepts. "&#" and "&name;" are refused on purpose (they only disguise a URL in JSON). */
export const safeUrl = fc.oneof(
  fc.webUrl({ validSchemes: ['https', 'http'], withQueryParameters: true, withFragments: true }),
  fc.emailAddress().filter((e) => !e.startsWith('/')).map((e) => `mailto:${e}`),
  fc.webPath().map((p) => p.replace(/^\/*/, './').replace(/:/g, '%3A')),
).filter((u) => !/&(#|[a-z]+;)/i.test(u));

export interface ContentSize {
  pillars: number;
  statements: number;
  options: number;
  bands: number;
}

/** Everything the schema allows, up to its limits. */
export const FULL: ContentSize = { pillars: LIMITS.pillars, statements: LIMITS.statementsPerPillar, options: LIMITS.scaleOptionsMax, bands: LIMITS.bands };
/** Medium contents: the laws' default, so 10,000 cases stay quick (every limit is tested at its edge too). */
export const MEDIUM: ContentSize = { pillars: 6, statements: 8, options: LIMITS.scaleOptionsMax, bands: LIMITS.bands };
/** Small contents: quick to render and complete in a browser. */
export const SMALL: ContentSize = { pillars: 4, statements: 5, options: 7, bands: 4 };

/** Valid contents (texts without outer whitespace, so parsing returns them unchanged). */
export function contentArb(size: ContentSize = MEDIUM, minBands = 1): fc.Arbitrary<Content> {
  const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
  const texts = (max: number) => fc.array(visibleText(), { maxLength: max });
  return fc
    .record({
      prefix: idArb,
      shape: fc.array(fc.integer({ min: 1, max: size.statements }), { minLength: 1, maxLength: size.pillars }),
      values: fc.uniqueArray(fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.double({ min: -1000, max: 1000, noNaN: true, noDefaultInfinity: true })), {
        minLength: LIMITS.scaleOptionsMin,
        maxLength: size.options,
        comparator: (a, b) => a === b || Object.is(a, b) || (a === 0 && b === 0),
      }),
      unknown: opt(visibleText(2)),
      bandMins: fc.uniqueArray(fc.oneof(fc.integer({ min: 1, max: 100 }), fc.double({ min: 0.5, max: 100, noNaN: true })), { minLength: minBands - 1, maxLength: size.bands - 1 }),
      focus: fc.array(opt(fc.boolean()), { minLength: size.bands, maxLength: size.bands }),
      title: visibleText(),
      lang: opt(fc.constantFrom('nl', 'en', 'en-GB', 'fy', 'ar', 'pap-CW')),
      intro: opt(texts(3)),
      tips: opt(texts(3)),
      words: fc.array(visibleText(3), { minLength: 1, maxLength: 6 }),
      tools: fc.array(fc.record({ title: visibleText(2), url: opt(safeUrl), description: opt(visibleText()) }, { requiredKeys: ['title'], noNullPrototype: true }), { maxLength: 3 }),
      glossary: opt(fc.array(fc.record({ term: visibleText(2), definition: fc.array(visibleText(), { minLength: 1, maxLength: 2 }) }, { noNullPrototype: true }), { maxLength: 3 })),
    })
    .map((r) => {
      let w = 0;
      const word = () => r.words[w++ % r.words.length];
      // Ids share a generated prefix (any characters the schema allows) and differ by position.
      const id = (...at: number[]) => [r.prefix, ...at].join('.');
      const clean = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
      const content = {
        id: id(),
        version: '1',
        ...(r.lang ? { lang: r.lang } : {}),
        title: r.title,
        ...(r.intro ? { intro: r.intro } : {}),
        scale: {
          options: [...r.values].sort((a, b) => a - b).map((v) => ({ value: v === 0 ? 0 : v, label: `${word()} ${v === 0 ? 0 : v}` })),
          ...(r.unknown ? { unknown: { label: r.unknown } } : {}),
        },
        bands: [0, ...[...r.bandMins].sort((a, b) => a - b)].map((min, i) =>
          clean({ id: `b${i}`, label: `${word()} b${i}`, min, focus: r.focus[i] }),
        ),
        pillars: r.shape.map((n, p) => ({
          id: id(p),
          title: `${word()} ${p}`,
          statements: Array.from({ length: n }, (_, i) => ({ id: id(p, i), text: word() })),
          ...(p === 0 && r.tools.length ? { tools: r.tools.map(clean) } : {}),
        })),
        ...(r.tips ? { tips: r.tips } : {}),
        ...(r.glossary ? { glossary: r.glossary } : {}),
      };
      return content as Content;
    });
}

/** Answers for a content: each statement unanswered, a value of the scale, or "unknown" when the scale has it. */
export function answersArb(content: Content): fc.Arbitrary<Record<string, number | null>> {
  const ids = content.pillars.flatMap((p) => p.statements.map((s) => s.id));
  const values: (number | null | undefined)[] = [undefined, ...content.scale.options.map((o) => o.value)];
  if (content.scale.unknown) values.push(null);
  return fc.array(fc.constantFrom(...values), { minLength: ids.length, maxLength: ids.length }).map((picked) => {
    const answers: Record<string, number | null> = {};
    picked.forEach((v, i) => {
      if (v !== undefined) answers[ids[i]] = v;
    });
    return answers;
  });
}

/** A content together with answers that fit it. */
export const scoredArb = (size: ContentSize = MEDIUM) => contentArb(size).chain((content) => fc.tuple(fc.constant(content), answersArb(content)));
