import { expect } from '@open-wc/testing';
import { forgetHistory, HISTORY_SIZE, loadHistory, previousResult, rememberResult } from '../../src/compare/history-store.js';
import { contentSchema } from '../../src/content/schema.js';
import { nl } from '../../src/generated/builtin-content.js';
import { score } from '../../src/scoring/score.js';

const content = contentSchema.parse(nl);
const at = (day: number) => score(content, {}, { locale: 'nl', completedAt: new Date(Date.UTC(2026, 2, day, 9)) });
const KEY = 'test-history';

describe('kept results (history store)', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('keeps the last five, newest first, each completion once', () => {
    for (const day of [1, 2, 3, 4, 5, 6, 6]) rememberResult(KEY, at(day));
    const kept = loadHistory(KEY);
    expect(kept).to.have.length(HISTORY_SIZE);
    expect(kept.map((r) => new Date(r.completedAt).getUTCDate())).to.deep.equal([6, 5, 4, 3, 2]);
    expect(previousResult(kept, at(5))!.completedAt).to.equal(at(4).completedAt);
    expect(previousResult(kept, at(2))).to.equal(null);
    forgetHistory(KEY);
    expect(localStorage.getItem(KEY)).to.equal(null);
  });

  it('reads whatever is in storage without throwing: not JSON, not a list, entries that are no result', () => {
    localStorage.setItem(KEY, '{nope');
    expect(loadHistory(KEY)).to.deep.equal([]);
    localStorage.setItem(KEY, '{"a":1}');
    expect(loadHistory(KEY)).to.deep.equal([]);
    localStorage.setItem(KEY, JSON.stringify([{ forged: true }, at(3)]));
    expect(loadHistory(KEY).map((r) => r.completedAt)).to.deep.equal([at(3).completedAt]);
  });

  it('a browser that refuses storage keeps nothing and says nothing', () => {
    const refusing = () => {
      throw new Error('SecurityError');
    };
    expect(rememberResult(KEY, at(1), refusing)).to.have.length(1);
    expect(loadHistory(KEY, refusing)).to.deep.equal([]);
    expect(() => forgetHistory(KEY, refusing)).to.not.throw();
  });
});
