// A person doing the whole scan with real input: playwright-core's page.mouse.click on the option
// labels and on the start / next / submit buttons (trusted pointerdown, pointerup and click events
// through the browser's input pipeline, not programmatic .click()), one statement after another, with
// the same answer pattern as bench/lib/drivers.mjs, until the results are shown.
//
// Per click it measures the latency a person feels, click → next paint:
// - Event Timing (what INP uses): a PerformanceObserver for `event` entries with durationThreshold 16,
//   installed before any page script runs; an interaction's latency is the largest `duration` of its
//   pointerdown / pointerup / click entries (matched to the click by the events' timeStamps). A click
//   with no entry took < 16 ms (the API does not report shorter ones) and counts as 0 in max / p98.
// - A fallback for browsers without Event Timing: each trusted pointerdown / pointerup / click's
//   timeStamp → a MessageChannel task posted from the next requestAnimationFrame (≈ after that frame is
//   painted); the largest of the three.
// Waits between clicks (the page settling, a person reading a new step) are not interactions, so no
// latency includes them. The element ignores pointer clicks on options for 500 ms after each of the
// person's own view changes (a double-click guard), so on every view (the intro too) the person reads
// for READ_MS before the first click there, as a person would anyway.
// With `cpu` (the caller enabled CDP Performance with timeDomain threadTicks), each click also gets the
// renderer main thread's CPU time from just before the click until the page has settled after it (two
// frames; for start/next: the new view shown): a companion to the wall-clock latency that other
// processes on the machine do not inflate (it includes the driver's small polling scripts).
import { evaluate, metrics } from './browser.mjs';
import { PATTERN } from './drivers.mjs';

export const READ_MS = 600;
/** A click the page did not take (it should not happen after READ_MS) is retried at most this often. */
const MAX_RETRIES = 3;

/** Installed with Page.addScriptToEvaluateOnNewDocument: runs before any script of the page. */
export const FEEL_INIT = `(() => {
  const f = (window.__feel = { supported: false, entries: [], marks: [] });
  try {
    if (PerformanceObserver.supportedEntryTypes.includes('event')) {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          f.entries.push({ name: e.name, startTime: e.startTime, duration: e.duration, interactionId: e.interactionId || 0 });
        }
      }).observe({ type: 'event', durationThreshold: 16, buffered: true });
      f.supported = true;
    }
  } catch {}
  const mark = (e) => {
    if (!e.isTrusted) return;
    const m = { type: e.type, start: e.timeStamp, painted: null };
    f.marks.push(m);
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => { m.painted = performance.now(); };
      ch.port2.postMessage(0);
    });
  };
  for (const type of ['pointerdown', 'pointerup', 'click']) addEventListener(type, mark, true);

  const frame = () => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
  const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));
  // Shown: a box, not hidden by visibility and not hidden from assistive technology (a design may lay
  // out a view ahead, unseen: the quickscan clips its next step to nothing and hides it with aria-hidden).
  const visible = (el) => {
    if (!el || (el.checkVisibility && !el.checkVisibility({ visibilityProperty: true })) || el.closest('[aria-hidden="true"]')) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  const deepHit = (x, y) => {
    let el = document.elementFromPoint(x, y);
    while (el && el.shadowRoot) {
      const inner = el.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === el) break;
      el = inner;
    }
    return el;
  };
  const contains = (outer, node) => {
    for (let n = node; n; n = n.parentNode || (n instanceof ShadowRoot ? n.host : null)) if (n === outer) return true;
    return false;
  };
  const label = (input) => (input && ((input.labels && input.labels[0]) || input.closest('label'))) || input;
  const valueOf = (v) => (v === null ? 'unknown' : String(v));

  // Per page: view() → { view: 'intro' | 'step' | 'results' | 'loading', key }, questions() → [{ id, answered }],
  // option(id, value) → the radio input, next() → the button that moves on.
  const qsHost = () => document.querySelector('sociale-veiligheid-quickscan');
  const qsRoot = () => qsHost() && qsHost().shadowRoot;
  // Only the statements on screen: a design that keeps other steps in the DOM, hidden, still works.
  const qsSets = () => [...qsRoot().querySelectorAll('fieldset[part~="statement"]')].filter(visible);
  const pages = {
    quickscan: {
      view() {
        const root = qsRoot();
        if (!root) return { view: 'loading', key: '' };
        if (visible(root.querySelector('[part~="results"]'))) return { view: 'results', key: 'results' };
        const sets = qsSets();
        if (sets.length) return { view: 'step', key: sets.map((s) => s.dataset.statement).join(',') };
        if (visible(root.querySelector('[part~="start-button"]'))) return { view: 'intro', key: 'intro' };
        return { view: 'loading', key: '' };
      },
      questions: () => qsSets().map((s) => ({ id: s.dataset.statement, answered: !!s.querySelector('input[type="radio"]:checked') })),
      option: (id, value) => qsRoot().querySelector('fieldset[data-statement="' + CSS.escape(id) + '"] input[type="radio"][value="' + value + '"]'),
      next: () => [...qsRoot().querySelectorAll('[part~="start-button"], [part~="next-button"]')].find(visible),
    },
    surveyjs: {
      view() {
        if (document.querySelector('.sd-completedpage li')) return { view: 'results', key: 'results' };
        const qs = document.querySelectorAll('.sd-question input[type="radio"]');
        if (qs.length) return { view: 'step', key: [...new Set([...qs].map((i) => i.name))].join(',') };
        return { view: 'loading', key: '' };
      },
      questions: () => [...document.querySelectorAll('.sd-question')].map((q) => {
        const inputs = q.querySelectorAll('input[type="radio"]');
        return { id: inputs[0].name, answered: [...inputs].some((i) => i.checked) };
      }),
      option: (id, value) => document.querySelector('.sd-question input[type="radio"][name="' + CSS.escape(id) + '"][value="' + value + '"]'),
      next: () => [...document.querySelectorAll('.sd-navigation__next-btn, .sd-navigation__complete-btn')].find(visible),
    },
    plain: {
      view() {
        if (!document.getElementById('results').hidden) return { view: 'results', key: 'results' };
        return { view: 'step', key: 'form' };
      },
      questions: () => [...document.querySelectorAll('#scan fieldset')].map((s) => ({ id: s.querySelector('input').name, answered: !!s.querySelector('input:checked') })),
      option: (id, value) => document.querySelector('#scan input[type="radio"][name="' + CSS.escape(id) + '"][value="' + value + '"]'),
      next: () => document.querySelector('#scan [type="submit"]'),
    },
  };

  window.__person = {
    /** Waits until the page shows a view other than loading and other than \`oldKey\`: { view, key, shownAt }. */
    async waitView(kind, oldKey, ms = 30000) {
      const end = performance.now() + ms;
      for (;;) {
        const v = pages[kind].view();
        if (v.view !== 'loading' && v.key !== oldKey) { v.shownAt = performance.now(); await frame(); await frame(); return v; }
        if (performance.now() > end) throw new Error('bench person: no new view after ' + JSON.stringify(oldKey) + ' (' + kind + ')');
        await frame();
      }
    },
    questions: (kind) => pages[kind].questions(),
    /** Scrolls the target into view if needed and returns a point on it that hits it: { x, y, marks }. */
    async point(kind, what, id, value) {
      const el = what === 'next' ? pages[kind].next() : label(pages[kind].option(id, valueOf(value)));
      if (!el) throw new Error('bench person: no ' + what + ' ' + (id || '') + ' on ' + kind);
      let r = el.getBoundingClientRect();
      if (r.top < 0 || r.bottom > innerHeight || r.left < 0 || r.right > innerWidth) {
        el.scrollIntoView({ block: 'center', inline: 'nearest' });
        await frame(); await frame();
        r = el.getBoundingClientRect();
      }
      for (const [fx, fy] of [[0.5, 0.5], [0.15, 0.5], [0.05, 0.5], [0.5, 0.25]]) {
        const x = r.left + r.width * fx, y = r.top + r.height * fy;
        if (contains(el, deepHit(x, y))) return { x, y, marks: f.marks.length };
      }
      throw new Error('bench person: ' + what + ' ' + (id || '') + ' is covered on ' + kind);
    },
    /** Waits (≤ ms) until the option is checked, then two frames: true when it is. */
    async checked(kind, id, value, ms = 1500) {
      const end = performance.now() + ms;
      const input = () => pages[kind].option(id, valueOf(value));
      while (!(input() && input().checked) && performance.now() < end) await frame();
      await frame(); await frame();
      return !!(input() && input().checked);
    },
    /** Lets pending Event Timing entries arrive, then returns { supported, entries, marks }. */
    async collect() { await frame(); await frame(); await sleep(300); return f; },
  };
})();`;

/** p-quantile (0…1) with linear interpolation between the sorted values; null for none. */
export function quantile(values, p) {
  const xs = [...values].sort((a, b) => a - b);
  if (!xs.length) return null;
  const i = (xs.length - 1) * p;
  const lo = Math.floor(i);
  return xs[lo] + (xs[Math.min(lo + 1, xs.length - 1)] - xs[lo]) * (i - lo);
}

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/**
 * Does the whole scan on the open page `kind` (quickscan, surveyjs, plain) as a person, the page already
 * loaded in `tab` with FEEL_INIT installed. `atStart` (optional, async) runs once the first view is
 * shown, before the first click. Returns the clicks with their latencies and a summary.
 */
export async function personScan(tab, cdp, kind, { atStart, cpu = false } = {}) {
  const js = (s) => evaluate(cdp, s);
  const clicks = [];
  let retries = 0;
  let answered = 0;
  // (point.marks: how many trusted events the page had seen before this click.)
  const click = async (what, point) => {
    const before = cpu ? (await metrics(cdp)).task : null;
    await tab.mouse.click(point.x, point.y);
    clicks.push({ what, from: point.marks, before, cpu: null });
  };
  // Main-thread CPU of the last click, once the page has settled after it.
  const settled = async () => {
    const last = clicks.at(-1);
    if (cpu && last.cpu === null) last.cpu = (await metrics(cdp)).task - last.before;
  };
  let view = await js(`__person.waitView(${JSON.stringify(kind)}, null)`);
  if (atStart) await atStart();
  let resultsShownAfter = null;
  for (let guard = 0; view.view !== 'results'; guard++) {
    if (guard > 200) throw new Error(`bench person: ${kind}: too many views`);
    // Reading each view before acting on it (and outwaiting the element's 500 ms double-click guard): a
    // step, and the first view too (the quickscan's intro is a page of text; the other pages' first view
    // is their form).
    await sleep(READ_MS);
    if (view.view === 'step') {
      for (const q of await js(`__person.questions(${JSON.stringify(kind)})`)) {
        if (q.answered) continue;
        const value = PATTERN[answered % PATTERN.length];
        const args = `${JSON.stringify(kind)}, ${JSON.stringify(q.id)}, ${JSON.stringify(value)}`;
        for (let attempt = 0; ; attempt++) {
          await click('option', await js(`__person.point(${JSON.stringify(kind)}, 'option', ${JSON.stringify(q.id)}, ${JSON.stringify(value)})`));
          const taken = await js(`__person.checked(${args})`);
          await settled();
          if (taken) break;
          if (attempt >= MAX_RETRIES) throw new Error(`bench person: ${kind}: the page did not take a click on ${q.id}=${value}`);
          retries++;
          await sleep(READ_MS);
        }
        answered++;
      }
    }
    await click(view.view === 'intro' ? 'start' : 'next', await js(`__person.point(${JSON.stringify(kind)}, 'next')`));
    const next = await js(`__person.waitView(${JSON.stringify(kind)}, ${JSON.stringify(view.key)})`);
    await settled();
    if (next.view === 'results') resultsShownAfter = { at: next.shownAt, click: clicks.length - 1 };
    view = next;
  }
  const feel = await js('__person.collect()');
  // Each click's own trusted events: the marks recorded from its start index up to the next click's.
  const events = clicks.map((c, i) => feel.marks.slice(c.from, i + 1 < clicks.length ? clicks[i + 1].from : undefined));
  const near = (a, b) => Math.abs(a - b) < 0.5;
  const per = clicks.map((c, i) => {
    const own = events[i];
    const fallback = own.length && own.every((m) => m.painted !== null) ? Math.max(...own.map((m) => m.painted - m.start)) : null;
    const entries = feel.entries.filter((e) => ['pointerdown', 'pointerup', 'click'].includes(e.name) && own.some((m) => m.type === e.name && near(m.start, e.startTime)));
    const eventTiming = entries.length ? Math.max(...entries.map((e) => e.duration)) : feel.supported ? 0 : null;
    return { what: c.what, eventTiming, fallback, cpu: c.cpu, events: own.length };
  });
  if (per.some((p) => p.events < 3)) throw new Error(`bench person: ${kind}: a click without its pointerdown/pointerup/click events`);
  const lastClick = resultsShownAfter && events[resultsShownAfter.click].find((m) => m.type === 'click');
  const et = per.map((p) => p.eventTiming).filter((v) => v !== null);
  const fb = per.map((p) => p.fallback).filter((v) => v !== null);
  return {
    supported: feel.supported,
    interactions: per.length,
    answered,
    retries,
    worst: et.length ? Math.max(...et) : null,
    p98: quantile(et, 0.98),
    over50: et.filter((v) => v > 50).length,
    worstFallback: fb.length ? Math.max(...fb) : null,
    p98Fallback: quantile(fb, 0.98),
    worstCpu: cpu ? Math.max(...per.map((p) => p.cpu)) : null,
    scanCpu: cpu ? per.reduce((a, p) => a + p.cpu, 0) : null,
    resultsShown: lastClick ? resultsShownAfter.at - lastClick.start : null,
    worstWhat: et.length ? per.find((p) => p.eventTiming === Math.max(...et)).what : null,
    clicks: per,
  };
}
