// Laws of the content schema, safe links and glossary terms, in Node (10,000 cases each by default:
// LAW_RUNS). Every valid content parses unchanged; invisible or broken parts are refused with a path.
import { expect } from 'chai';
import fc from 'fast-check';
import { contentSchema, formatPath, hasVisibleText, LIMITS, type Content } from '../../src/content/schema.js';
import { parseContent, parseContentText, contentFromValue, LoadError, type ContentIssue } from '../../src/content/load.js';
import { isSafeUrl } from '../../src/content/safe-url.js';
import { buildTermIndex, splitTerms } from '../../src/content/terms.js';
import { nl } from '../../src/generated/builtin-content.js';
import { assertEqual } from './equal.js';
import { contentArb, FULL, MEDIUM, INVISIBLE, invisibleText, safeUrl, visibleText } from './arbitraries.js';

const issuesOf = (input: unknown): ContentIssue[] => {
  const parsed = parseContent(input);
  return parsed.ok ? [] : parsed.error.issues;
};
const clone = <T>(v: T): T => structuredClone(v);
type Json = any;

/** Where a text sits in a content, as a path and a setter. */
const textSlots: [string, (c: Json, v: string) => void][] = [
  ['title', (c, v) => (c.title = v)],
  ['pillars[0].title', (c, v) => (c.pillars[0].title = v)],
  ['pillars[0].statements[0].text', (c, v) => (c.pillars[0].statements[0].text = v)],
  ['scale.options[0].label', (c, v) => (c.scale.options[0].label = v)],
  ['scale.unknown.label', (c, v) => (c.scale.unknown = { label: v })],
  ['bands[0].label', (c, v) => (c.bands[0].label = v)],
  ['bands[0].description', (c, v) => (c.bands[0].description = v)],
  ['intro[0]', (c, v) => (c.intro = [v])],
  ['tips[0]', (c, v) => (c.tips = [v])],
  ['pillars[0].description', (c, v) => (c.pillars[0].description = v)],
  ['pillars[0].tools[0].title', (c, v) => (c.pillars[0].tools = [{ title: v }])],
  ['glossary[0].term', (c, v) => (c.glossary = [{ term: v, definition: ['d'] }])],
  ['glossary[0].definition[0]', (c, v) => (c.glossary = [{ term: 'term', definition: [v] }])],
  ['glossary[0].matches[0]', (c, v) => (c.glossary = [{ term: 'term', definition: ['d'], matches: [v] }])],
  ['colophon.published', (c, v) => (c.colophon = { published: v })],
  ['colophon.text[0]', (c, v) => (c.colophon = { text: [v] })],
  ['colophon.source.title', (c, v) => (c.colophon = { source: { title: v } })],
  ['version', (c, v) => (c.version = v)],
];

describe('content schema (laws)', () => {
  it('every valid content parses, unchanged, also from JSON text', () => {
    fc.assert(
      fc.property(contentArb(), (content) => {
        const parsed = parseContent(content);
        expect(parsed.ok, JSON.stringify(parsed.ok ? '' : parsed.error.issues)).to.equal(true);
        assertEqual((parsed as { content: Content }).content, content);
        assertEqual(parseContentText(JSON.stringify(content)), content);
      }),
    );
  });

  it('contents up to every limit parse unchanged (fewer cases: each is large)', () => {
    fc.assert(
      fc.property(contentArb(FULL), (content) => {
        assertEqual(contentSchema.parse(content), content);
      }),
      { numRuns: Math.max(1, Math.round(fc.readConfigureGlobal().numRuns! / 50)) },
    );
  });

  it('text of only invisible characters counts as empty wherever a text must not be empty', () => {
    fc.assert(
      fc.property(fc.constantFrom(...textSlots), invisibleText, ([path, set], text) => {
        const content = clone(nl) as Json;
        set(content, text);
        const issues = issuesOf(content);
        expect(issues.map((i) => i.path), `${JSON.stringify(text)} at ${path}`).to.deep.equal([path]);
        expect(issues[0]).to.include({ code: 'too_small', minimum: 1 });
      }),
    );
  });

  it('visible text with invisible characters inside is text, and outer whitespace is trimmed', () => {
    fc.assert(
      fc.property(fc.constantFrom(...textSlots), visibleText(), fc.constantFrom(' ', '\n\t', '\u00a0', ''), ([path, set], text, pad) => {
        const content = clone(nl) as Json;
        set(content, pad + text + pad);
        const parsed = parseContent(content);
        expect(parsed.ok, `${JSON.stringify(text)} at ${path}`).to.equal(true);
        const expected = clone(nl) as Json;
        set(expected, text);
        assertEqual((parsed as { content: Content }).content, expected);
      }),
    );
  });

  it('hasVisibleText: only whitespace, control, format and ignorable characters are invisible', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 6 }), (s) => {
        const stripped = s.replace(/[\p{White_Space}\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]/gu, '');
        expect(hasVisibleText(s)).to.equal(stripped.length > 0);
      }),
    );
    for (const c of INVISIBLE) expect(hasVisibleText(c), JSON.stringify(c)).to.equal(false);
    for (const c of ['a', '.', '0', '\u0301', '👍', '\u2800']) expect(hasVisibleText(c), JSON.stringify(c)).to.equal(true);
    expect(hasVisibleText('')).to.equal(false);
  });

  it('any damage to a valid content is refused with paths, or parses; parsing never throws', () => {
    const damage = fc.oneof(
      fc.constant({ kind: 'drop' as const }),
      fc.record({ kind: fc.constant('set' as const), value: fc.oneof(fc.integer(), fc.constant(null), fc.boolean(), fc.constant([]), fc.constant({}), fc.string(), invisibleText) }),
    );
    fc.assert(
      fc.property(contentArb(), fc.array(fc.tuple(fc.nat(), damage), { minLength: 1, maxLength: 3 }), (content, changes) => {
        const broken = clone(content) as Json;
        for (const [n, change] of changes) {
          const all: (string | number)[][] = [];
          const walk = (v: Json, at: (string | number)[]) => {
            if (at.length) all.push(at);
            if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...at, i]));
            else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...at, k]);
          };
          walk(broken, []);
          if (!all.length) break;
          const path = all[n % all.length];
          let parent = broken;
          for (const key of path.slice(0, -1)) parent = parent[key];
          const key = path[path.length - 1];
          if (change.kind === 'drop') Array.isArray(parent) ? parent.splice(Number(key), 1) : delete parent[key];
          else parent[key] = change.value;
        }
        const parsed = parseContent(broken);
        if (parsed.ok) {
          expect(contentSchema.safeParse(broken).success).to.equal(true);
          return;
        }
        expect(parsed.error).to.be.instanceOf(LoadError);
        expect(parsed.error.kind).to.equal('invalid');
        expect(parsed.error.issues.length).to.be.within(1, 50);
        for (const issue of parsed.error.issues) {
          expect(issue.path).to.match(/^(\(root\)|[$\w]+(\[\d+\]|\.[$\w]+)*)$/);
          expect(issue.message).to.be.a('string').and.not.equal('');
        }
        expect(() => contentFromValue(broken)).to.throw(LoadError);
      }),
    );
  });

  it('ids are unique across pillars and statements: a copied id is refused where it repeats', () => {
    fc.assert(
      fc.property(contentArb().filter((c) => c.pillars.length > 1 || c.pillars[0].statements.length > 1), fc.nat(), fc.nat(), (content, a, b) => {
        const ids = content.pillars.flatMap((p, pi) => [[pi], ...p.statements.map((_, si) => [pi, si])]);
        const from = ids[a % ids.length];
        let to = ids[b % ids.length];
        if (from.join() === to.join()) to = ids[(b + 1) % ids.length];
        const broken = clone(content) as Json;
        const at = (p: number[]) => (p.length === 1 ? broken.pillars[p[0]] : broken.pillars[p[0]].statements[p[1]]);
        const pathOf = (p: number[]) => (p.length === 1 ? `pillars[${p[0]}].id` : `pillars[${p[0]}].statements[${p[1]}].id`);
        at(to).id = at(from).id;
        const order = (p: number[]) => ids.findIndex((x) => x.join() === p.join());
        const later = order(from) > order(to) ? from : to;
        const issues = issuesOf(broken);
        expect(issues).to.have.length(1);
        expect(issues[0]).to.deep.include({ path: pathOf(later), code: 'custom', key: 'duplicate-id', value: at(from).id });
      }),
    );
  });

  it('scale values must increase', () => {
    fc.assert(
      fc.property(contentArb(), fc.nat(), fc.boolean(), (content, i, lower) => {
        const broken = clone(content) as Json;
        const o = 1 + (i % (broken.scale.options.length - 1));
        broken.scale.options[o].value = Math.max(-1000, broken.scale.options[o - 1].value - (lower ? 0.5 : 0));
        const keys = issuesOf(broken).map((x) => [x.path, x.key]);
        expect(keys).to.deep.equal([[`scale.options[${o}].value`, 'scale-order']]);
      }),
    );
  });

  it('bands start at 0 and their minimums increase', () => {
    fc.assert(
      fc.property(contentArb(MEDIUM, 2), fc.nat(), fc.boolean(), (content, j, lower) => {
        const broken = clone(content) as Json;
        const b = 1 + (j % (broken.bands.length - 1));
        broken.bands[b].min = Math.max(0, broken.bands[b - 1].min - (lower ? 0.5 : 0));
        expect(issuesOf(broken).map((x) => [x.path, x.key])).to.deep.equal([[`bands[${b}].min`, 'band-order']]);
        const start = clone(content) as Json;
        start.bands[0].min = start.bands[1].min / 2;
        expect(issuesOf(start).map((x) => [x.path, x.key])).to.deep.equal([['bands[0].min', 'band-start']]);
      }),
    );
  });
});

describe('content schema (examples at the edges)', () => {
  const base = () => clone(nl) as Json;
  const keysOf = (c: Json) => issuesOf(c).map((i) => [i.path, i.code, i.key ?? i.minimum ?? i.maximum ?? i.expected ?? null]);

  it('accepts the built-in content', () => expect(issuesOf(nl)).to.deep.equal([]));

  it('limits: pillars, statements, options, bands, texts and lists', () => {
    const c = base();
    c.pillars = Array.from({ length: LIMITS.pillars + 1 }, (_, p) => ({ id: `p${p}`, title: 'P', statements: [{ id: `p${p}s`, text: 'S' }] }));
    expect(keysOf(c)).to.deep.equal([['pillars', 'too_big', 20]]);
    c.pillars.pop();
    expect(keysOf(c)).to.deep.equal([]);
    c.pillars[0].statements = Array.from({ length: LIMITS.statementsPerPillar + 1 }, (_, s) => ({ id: `x${s}`, text: 'S' }));
    expect(keysOf(c)).to.deep.equal([['pillars[0].statements', 'too_big', 50]]);
    c.pillars[0].statements = [];
    expect(keysOf(c)).to.deep.equal([['pillars[0].statements', 'too_small', 1]]);
    const d = base();
    d.scale.options = Array.from({ length: 12 }, (_, v) => ({ value: v, label: `v${v}` }));
    expect(keysOf(d)).to.deep.equal([['scale.options', 'too_big', 11]]);
    d.scale.options = d.scale.options.slice(0, 11);
    expect(keysOf(d)).to.deep.equal([]);
    d.scale.options = d.scale.options.slice(0, 1);
    expect(keysOf(d)).to.deep.equal([['scale.options', 'too_small', 2]]);
    d.scale.options = [{ value: -1000, label: 'a' }, { value: 1000, label: 'b' }];
    expect(keysOf(d)).to.deep.equal([]);
    d.scale.options = [{ value: -1000.5, label: 'a' }, { value: 1000.5, label: 'b' }];
    expect(keysOf(d).map((k) => k[0])).to.deep.equal(['scale.options[0].value', 'scale.options[1].value']);
    const e = base();
    e.bands = Array.from({ length: 11 }, (_, b) => ({ id: `b${b}`, label: 'B', min: b }));
    expect(keysOf(e)).to.deep.equal([['bands', 'too_big', 10]]);
    e.bands = [];
    expect(keysOf(e)).to.deep.equal([['bands', 'too_small', 1]]);
    e.bands = [{ id: 'b', label: 'B', min: 0 }, { id: 'c', label: 'C', min: 100 }];
    expect(keysOf(e)).to.deep.equal([]);
    e.bands[1].min = 100.5;
    expect(keysOf(e)).to.deep.equal([['bands[1].min', 'too_big', 100]]);
    e.bands[0].min = -1;
    e.bands[1].min = 50;
    expect(keysOf(e)).to.deep.equal([['bands[0].min', 'too_small', 0], ['bands[0].min', 'custom', 'band-start']]);
    const t = base();
    t.pillars[0].statements[0].text = 'x'.repeat(LIMITS.text);
    t.pillars[0].title = 'x'.repeat(LIMITS.shortText);
    expect(keysOf(t)).to.deep.equal([]);
    t.pillars[0].statements[0].text += 'x';
    t.pillars[0].title += 'x';
    expect(keysOf(t)).to.deep.equal([
      ['pillars[0].title', 'too_big', 300],
      ['pillars[0].statements[0].text', 'too_big', 5000],
    ]);
    const l = base();
    l.tips = Array.from({ length: LIMITS.list + 1 }, () => 'tip');
    l.intro = Array.from({ length: LIMITS.list }, () => 'intro');
    expect(keysOf(l)).to.deep.equal([['tips', 'too_big', 50]]);
  });

  it('ids: letters and digits first, then . _ : -, at most 100 characters', () => {
    for (const [id, ok] of [
      ['a', true], ['é.1_b:c-d', true], ['9', true], ['中文', true], ['x'.repeat(100), true],
      ['x'.repeat(101), false], ['', false], ['-a', false], ['.a', false], ['a b', false], ['a/b', false], ['a\u200b', false],
    ] as [string, boolean][]) {
      const c = base();
      c.pillars[0].id = id;
      expect(issuesOf(c).length === 0, JSON.stringify(id)).to.equal(ok);
    }
  });

  it('band ids: unique, and "insufficient" is reserved', () => {
    const c = base();
    c.bands[1].id = c.bands[0].id;
    expect(keysOf(c)).to.deep.equal([['bands[1].id', 'custom', 'duplicate-id']]);
    expect(issuesOf(c)[0].value).to.equal(c.bands[0].id);
    const r = base();
    r.bands[2].id = 'insufficient';
    expect(keysOf(r)).to.deep.equal([['bands[2].id', 'custom', 'reserved-band']]);
  });

  it('the duplicate-id message names where the id was first used', () => {
    const c = base();
    c.pillars[1].statements[0].id = c.pillars[0].statements[2].id;
    expect(issuesOf(c)[0].message).to.equal(`duplicate id "${c.pillars[0].statements[2].id}" (already used at pillars[0].statements[2].id)`);
  });

  it('language tags and link URLs', () => {
    for (const [lang, ok] of [['nl', true], ['en-GB', true], ['pap-CW', true], ['zh-Hant-TW', true], ['e', false], ['english', false], ['nl_NL', false], ['nl-', false]] as [string, boolean][]) {
      const c = base();
      c.lang = lang;
      expect(issuesOf(c).length === 0, lang).to.equal(ok);
    }
    const c = base();
    c.pillars[0].tools = [{ title: 'T', url: 'javascript:alert(1)' }];
    expect(keysOf(c)).to.deep.equal([['pillars[0].tools[0].url', 'custom', 'unsafe-url']]);
    c.pillars[0].tools = [{ title: 'T', url: 'https://example.org/' + 'x'.repeat(2000) }];
    expect(keysOf(c)).to.deep.equal([['pillars[0].tools[0].url', 'too_big', 2000]]);
    c.pillars[0].tools = [{ title: 'T' }];
    c.colophon = { source: { title: 'S', url: 'data:text/html,x' } };
    expect(keysOf(c)).to.deep.equal([['colophon.source.url', 'custom', 'unsafe-url']]);
  });

  it('reports types, required fields and JSON errors readably', () => {
    expect(keysOf({ id: 'x' }).map((k) => k[0])).to.include.members(['version', 'title', 'scale', 'bands', 'pillars']);
    const missing = issuesOf({ id: 'x' }).find((i) => i.path === 'title')!;
    expect(missing).to.include({ code: 'invalid_type', message: 'required', expected: 'string', received: 'undefined' });
    const wrong = issuesOf({ ...base(), title: 5 }).find((i) => i.path === 'title')!;
    expect(wrong).to.include({ message: 'expected string, received number', received: 'number' });
    expect(issuesOf({ ...base(), pillars: {} })[0]).to.include({ received: 'object' });
    expect(issuesOf({ ...base(), pillars: null })[0]).to.include({ received: 'null' });
    expect(issuesOf({ ...base(), pillars: 'x' })[0]).to.include({ received: 'string' });
    expect(issuesOf({ ...base(), title: [] })[0]).to.include({ received: 'array' });
    expect(issuesOf({ ...base(), title: '' })).to.deep.equal([{ path: 'title', code: 'too_small', message: 'at least 1 characters', minimum: 1 }]);
    expect(issuesOf({ ...base(), title: ' \u200b ' })).to.deep.equal([{ path: 'title', code: 'too_small', message: 'at least 1 characters', minimum: 1 }]);
    expect(issuesOf({ ...base(), version: '\u200b' })).to.deep.equal([{ path: 'version', code: 'too_small', message: 'at least 1 characters', minimum: 1 }]);
    expect(issuesOf({ ...base(), pillars: [] })[0]).to.include({ message: 'at least 1 items' });
    expect(issuesOf({ ...base(), title: 'x'.repeat(301) })[0]).to.include({ message: 'at most 300 characters' });
    expect(issuesOf({ ...base(), tips: Array(51).fill('t') })[0]).to.include({ message: 'at most 50 items' });
    expect(issuesOf({ ...base(), pillars: [...nl.pillars, ...nl.pillars.map((p, i) => ({ ...p, id: `x${i}` }))] }).length).to.be.greaterThan(0);
    expect(issuesOf(null)[0]).to.include({ path: '(root)', code: 'invalid_type' });
    const many = base();
    many.pillars = many.pillars.map(() => ({}));
    many.bands = Array.from({ length: 10 }, () => ({}));
    many.scale.options = Array.from({ length: 11 }, () => ({}));
    expect(issuesOf(many)).to.have.length(50);
    expect(() => parseContentText('{nope', 'https://x/c.json')).to.throw(LoadError).with.property('kind', 'parse');
    try {
      parseContentText('{nope', 'https://x/c.json');
    } catch (e) {
      expect((e as LoadError).url).to.equal('https://x/c.json');
      expect((e as LoadError).message).to.match(/^The content is not valid JSON: /);
    }
    expect(() => contentFromValue('{"id":"x"}')).to.throw(LoadError).with.property('kind', 'invalid');
    expect(contentFromValue(JSON.stringify(nl))).to.deep.equal(contentSchema.parse(nl));
  });

  it('says in plain English what a rule wants', () => {
    const messageAt = (c: Json, path: string) => issuesOf(c).find((i) => i.path === path)?.message;
    const c = base();
    c.scale.options[1].value = c.scale.options[0].value;
    expect(messageAt(c, 'scale.options[1].value')).to.equal('scale values must increase from first to last option');
    const b = base();
    b.bands[1].id = b.bands[0].id;
    expect(messageAt(b, 'bands[1].id')).to.equal(`duplicate band id "${b.bands[0].id}"`);
    b.bands[1].id = 'insufficient';
    expect(messageAt(b, 'bands[1].id')).to.equal('"insufficient" is reserved for too few answers');
    b.bands[0].min = 1;
    expect(messageAt(b, 'bands[0].min')).to.equal('the first band must start at 0');
    const o = base();
    o.bands[2].min = o.bands[1].min;
    expect(messageAt(o, 'bands[2].min')).to.equal('band minimums must increase');
    const i = base();
    i.pillars[0].id = '-x';
    expect(messageAt(i, 'pillars[0].id')).to.equal('ids use letters, digits, ".", "_", ":" and "-"');
    i.lang = 'english';
    expect(messageAt(i, 'lang')).to.equal('a language tag such as "nl" or "en-GB"');
    i.pillars[0].tools = [{ title: 'T', url: 'javascript:x' }];
    expect(messageAt(i, 'pillars[0].tools[0].url')).to.equal('only https:, http:, mailto: or relative links are allowed');
  });

  it('formatPath writes the notation editors see', () => {
    expect(formatPath([])).to.equal('(root)');
    expect(formatPath(['pillars', 1, 'statements', 2, 'text'])).to.equal('pillars[1].statements[2].text');
    expect(formatPath([0, 'a'])).to.equal('[0].a');
    expect(formatPath(['a', 'b'])).to.equal('a.b');
  });
});

describe('safe links (laws)', () => {
  const ALLOWED = ['http:', 'https:', 'mailto:'];

  it('every accepted link resolves to http:, https: or mailto: and holds no control characters', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }), safeUrl, fc.webUrl()), (raw) => {
        if (!isSafeUrl(raw)) return;
        expect(ALLOWED).to.include(new URL(raw.trim(), 'https://relative.invalid/').protocol);
        expect(raw).not.to.match(/[\u0000-\u001f\u007f-\u009f\\]/);
      }),
    );
  });

  it('accepts web links, mail links and relative links', () => {
    fc.assert(
      fc.property(safeUrl, (url) => {
        expect(isSafeUrl(url), url).to.equal(true);
      }),
    );
  });

  it('refuses script and data schemes however they are written', () => {
    const scheme = fc.constantFrom('javascript', 'vbscript', 'data', 'file', 'blob', 'ftp', 'jar', 'ws');
    const noise = fc.constantFrom('', ' ', '\t', '\n', '\r', '\u0000', '\u001f', '\u007f', '\u0085', '&#x09;', '&Tab;', '&colon;', '\\');
    fc.assert(
      fc.property(scheme, fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }), noise, fc.nat(12), fc.string({ maxLength: 10 }), (name, upper, n, at, rest) => {
        const mixed = [...name].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join('');
        const cut = at % (mixed.length + 1);
        const url = `${mixed.slice(0, cut)}${n}${mixed.slice(cut)}:${rest}`;
        expect(isSafeUrl(url), JSON.stringify(url)).to.equal(false);
      }),
    );
  });

  it('examples at the edges', () => {
    const cases: [unknown, boolean][] = [
      ['https://example.org', true], ['HTTP://EXAMPLE.ORG', true], ['mailto:a@b.nl', true], ['MailTo:a@b.nl', true],
      ['/pad', true], ['pad/bestand.pdf', true], ['./a:b', true], ['?q=1', true], ['#anker', true], ['//example.org/x', true],
      ['  https://example.org  ', true], ['a?b:c', true], ['a#b:c', true],
      ['', false], ['   ', false], ['javascript:alert(1)', false], [' javascript:x', false], ['java\tscript:x', false],
      ['https:\\\\evil', false], ['&#106;avascript:x', false], ['&amp;', false], ['tel:123', false], ['a:b', false],
      ['https://[::1', false], ['http://exa mple.org', false],
      [42, false], [null, false], [undefined, false],
    ];
    for (const [url, ok] of cases) expect(isSafeUrl(url as string), JSON.stringify(url)).to.equal(ok);
  });
});

describe('glossary terms (laws)', () => {
  const glossaryArb = fc.array(
    fc.record({ term: visibleText(2), definition: fc.constant(['d']), matches: fc.option(fc.array(visibleText(2), { maxLength: 2 }), { nil: undefined }) }),
    { maxLength: 4 },
  );

  it('splitting a text into terms keeps every character, and marks each term once at most', () => {
    fc.assert(
      fc.property(glossaryArb, fc.array(fc.oneof(visibleText(3), fc.constantFrom('veilig', 'Team', 'één')), { maxLength: 6 }), (glossary, words) => {
        const index = buildTermIndex(glossary);
        const text = words.join(' ');
        const segments = splitTerms(text, index);
        expect(segments.map((s) => s.text).join('')).to.equal(text);
        const marked = segments.filter((s) => s.term !== undefined).map((s) => s.term!);
        expect(new Set(marked).size).to.equal(marked.length);
        for (const s of segments) {
          if (s.term === undefined) continue;
          expect(index.byPhrase.get(s.text.toLowerCase())).to.equal(s.term);
        }
      }),
      { numRuns: Math.max(1, Math.round(fc.readConfigureGlobal().numRuns! / 5)) }, // each case compiles a Unicode pattern
    );
  });

  it('examples: whole words, any case, longest first, at least three visible characters', () => {
    const index = buildTermIndex([
      { term: 'Veiligheid', definition: ['d'] },
      { term: 'sociale veiligheid', definition: ['d'], matches: ['SV', 'a\u200bb', 'ab\u200bc'] },
    ]);
    expect([...index.byPhrase.keys()]).to.deep.equal(['veiligheid', 'sociale veiligheid', 'ab\u200bc']);
    expect(splitTerms('Sociale veiligheid en veiligheid, niet onveiligheid; VEILIGHEID', index)).to.deep.equal([
      { text: 'Sociale veiligheid', term: 1 },
      { text: ' en ' },
      { text: 'veiligheid', term: 0 },
      { text: ', niet onveiligheid; VEILIGHEID' },
    ]);
    expect(splitTerms('geen', buildTermIndex(undefined))).to.deep.equal([{ text: 'geen' }]);
    expect(buildTermIndex([]).pattern).to.equal(null);
    expect(splitTerms('a.b*c (x)', buildTermIndex([{ term: 'a.b*c', definition: ['d'] }]))).to.deep.equal([{ text: 'a.b*c', term: 0 }, { text: ' (x)' }]);
    expect(splitTerms('x veiligheid', buildTermIndex([{ term: 'veiligheid', definition: ['d'] }, { term: 'Veiligheid', definition: ['e'] }]))).to.deep.equal([
      { text: 'x ' },
      { text: 'veiligheid', term: 0 },
    ]);
  });
});
