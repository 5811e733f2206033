import { expect } from '@open-wc/testing';
import { findScormApi, type Scorm12Api, type Scorm2004Api } from '../../src/adapters/scorm-api.js';
import { isoDuration, overallScore, scorm12Timespan } from '../../src/adapters/measures.js';
import { OTHER, HERE, addFrame, cleanup, loaded, waitFor } from './helpers.js';

// Fake windows: plain objects with parent/top/opener, and "cross-origin" ones whose API throws.
type FakeWin = Record<string, unknown> & { parent?: FakeWin; top?: FakeWin; opener?: FakeWin | null };

const api12 = (): Scorm12Api => ({
  LMSInitialize: () => 'true',
  LMSFinish: () => 'true',
  LMSGetValue: () => '',
  LMSSetValue: () => 'true',
  LMSCommit: () => 'true',
  LMSGetLastError: () => '0',
  LMSGetErrorString: () => '',
  LMSGetDiagnostic: () => '',
});
const api2004 = (): Scorm2004Api => ({
  Initialize: () => 'true',
  Terminate: () => 'true',
  GetValue: () => '',
  SetValue: () => 'true',
  Commit: () => 'true',
  GetLastError: () => '0',
  GetErrorString: () => '',
  GetDiagnostic: () => '',
});

function chain(n: number): FakeWin[] {
  const wins: FakeWin[] = Array.from({ length: n }, () => ({}));
  wins.forEach((w, i) => {
    w.parent = i === 0 ? w : wins[i - 1];
    w.top = wins[0];
    w.opener = null;
  });
  return wins; // wins[0] is the top, wins[n-1] the innermost
}

function crossOrigin(w: FakeWin): FakeWin {
  for (const key of ['API', 'API_1484_11']) {
    Object.defineProperty(w, key, {
      get() {
        throw new DOMException('Blocked a frame with origin from accessing a cross-origin frame.', 'SecurityError');
      },
    });
  }
  return w;
}

const find = (w: FakeWin, versions?: ('1.2' | '2004')[], depth?: number) =>
  findScormApi(w as unknown as Window, versions, depth);

describe('SCORM API discovery', () => {
  afterEach(cleanup);

  it('finds API on a parent and API_1484_11 on the top, by version', () => {
    const wins = chain(4);
    const a12 = api12();
    const a2004 = api2004();
    wins[2].API = a12;
    wins[0].API_1484_11 = a2004;
    expect(find(wins[3], ['1.2'])).to.include({ version: '1.2', api: a12, window: wins[2] });
    expect(find(wins[3], ['2004'])).to.include({ version: '2004', api: a2004, window: wins[0] });
    // Default order: 2004 first.
    expect(find(wins[3])!.version).to.equal('2004');
  });

  it('steps over frames of another origin', () => {
    const wins = chain(4);
    crossOrigin(wins[1]);
    crossOrigin(wins[2]);
    wins[0].API = api12();
    expect(find(wins[3], ['1.2'])!.window).to.equal(wins[0]);
  });

  it('looks at the opener of the top window (a player that opened a new window)', () => {
    const lms = chain(2);
    lms[1].API_1484_11 = api2004();
    const popup = chain(2);
    popup[0].opener = lms[1];
    expect(find(popup[1], ['2004'])!.window).to.equal(lms[1]);
  });

  it('ignores objects without the API functions and gives null without an API', () => {
    const wins = chain(3);
    wins[1].API = { LMSInitialize: 'not a function' };
    expect(find(wins[2], ['1.2'])).to.equal(null);
    expect(find(wins[2])).to.equal(null);
  });

  it('stops after the depth limit', () => {
    const wins = chain(12);
    wins[0].API = api12();
    expect(find(wins[11], ['1.2'], 5)).to.equal(null);
    expect(find(wins[11], ['1.2'], 11)).to.not.equal(null);
  });

  it('survives a window whose parent cannot be read', () => {
    const w: FakeWin = {};
    Object.defineProperty(w, 'parent', { get: () => { throw new Error('no'); } });
    Object.defineProperty(w, 'top', { get: () => { throw new Error('no'); } });
    expect(find(w)).to.equal(null);
  });

  it('finds the API on this (top) page from a frame nested in a real cross-origin frame', async () => {
    const api = api12();
    (window as any).API = api;
    (window as any).__foundScormApi = undefined;
    try {
      const inner = `${HERE}/test/pages/adapters-find-api.html?version=1.2`;
      const frame = addFrame({ src: `${OTHER}/test/pages/adapters-frame.html?inner=${encodeURIComponent(inner)}` });
      await loaded(frame);
      const found = await waitFor(() => (window as any).__foundScormApi, 8000, 'the nested frame to report');
      expect(found.version).to.equal('1.2');
      expect(found.api).to.equal(api);
      expect(found.atTop).to.equal(true);
    } finally {
      delete (window as any).API;
    }
  });
});

describe('measures', () => {
  it('overall score: the mean of the pillar scores with a value, rounded', () => {
    const p = (score: number | null) => ({ score }) as never;
    expect(overallScore({ pillars: [p(50), p(75), p(null), p(100)] })).to.equal(75);
    expect(overallScore({ pillars: [p(33), p(34)] })).to.equal(34); // 33.5 → 34
    expect(overallScore({ pillars: [p(null)] })).to.equal(null);
  });

  it('formats durations for SCORM 2004/xAPI and SCORM 1.2', () => {
    expect(isoDuration(0)).to.equal('PT0S');
    expect(isoDuration(3723450)).to.equal('PT1H2M3.45S');
    expect(isoDuration(120000)).to.equal('PT2M');
    expect(scorm12Timespan(0)).to.equal('00:00:00.00');
    expect(scorm12Timespan(3723450)).to.equal('01:02:03.45');
    expect(scorm12Timespan(100 * 3600000 + 5)).to.equal('100:00:00.01');
  });
});
