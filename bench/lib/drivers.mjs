// In-page scripts (strings for CDP Runtime.evaluate) that drive the three benchmark pages the same way:
// answer all 18 statements through the UI with the same answer pattern — click() on the radio inputs,
// then "next"/"complete"/submit — one interaction per animation frame, until the results are visible
// and two more frames are painted. Each resolves to { clicks, answered, scores, retries } (scores: the
// pillar scores the page shows, in content order, null for "too few answers"; retries: radio clicks the
// page did not take, see pick). bench/lib/person.mjs drives the same pages with real mouse input instead.

/** The answer pattern, statement by statement in content order (null = "Weet ik niet"). */
export const PATTERN = [4, 2, 5, 3, null, 1, 4, 5, 3, 2, 4, null, 5, 4, 1, 3, 4, 2];

const COMMON = `
  const pattern = ${JSON.stringify(PATTERN)};
  const frame = () => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
  const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));
  const until = async (test, what, ms = 10000) => {
    const end = performance.now() + ms;
    for (;;) {
      const v = test();
      if (v) return v;
      if (performance.now() > end) throw new Error('bench driver: timed out waiting for ' + what);
      await frame();
    }
  };
  // Clicks a radio. A programmatic click() (detail 0) is not subject to the element's double-click guard
  // (pointer clicks on options are ignored for 500 ms after a view change), so a click the page does not
  // take is unexpected: it is retried at most 3 times, 600 ms apart, counted in \`retries\` (reported, as
  // the retries' work lands in the measured CPU time), and then fails the run.
  let retries = 0;
  const pick = async (input) => {
    input.click();
    for (let i = 0; i < 3 && !input.checked; i++) {
      retries++;
      await sleep(600);
      input.click();
    }
    if (!input.checked) throw new Error('bench driver: radio not checked: ' + input.name + '=' + input.value);
  };
  const valueOf = (v) => (v === null ? 'unknown' : String(v));
  const parseScores = (items) => [...items].map((li) => {
    const m = /:\\s*(\\d+|–)\\s*\\(/.exec(li.textContent);
    return m && m[1] !== '–' ? Number(m[1]) : null;
  });
`;

/** Waits until the probe has seen the first screen, then two more frames. */
export const SETTLE = `(async () => {
  const frame = () => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
  const end = performance.now() + 15000;
  while (!(window.__bench && window.__bench.firstScreen !== null)) {
    if (performance.now() > end) throw new Error('bench: the first screen never became visible');
    await frame();
  }
  await frame();
  await frame();
  return window.__bench.firstScreen;
})()`;

/** First screen, FCP and the Resource Timing of the document and all resources. */
export const REPORT = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  // Requests that failed (no response: e.g. SurveyJS's web font on a host that does not resolve) do not count.
  const res = performance.getEntriesByType('resource').filter((r) => !r.name.startsWith('data:') && !(r.responseStatus === 0 && r.encodedBodySize === 0));
  const all = [nav, ...res].filter(Boolean);
  const resources = all.map((r) => ({ name: new URL(r.name).pathname, encoded: r.encodedBodySize, decoded: r.decodedBodySize, type: r.initiatorType || 'navigation' }));
  return {
    firstScreen: window.__bench.firstScreen,
    fcp: window.__bench.fcp,
    encoded: resources.reduce((a, r) => a + r.encoded, 0),
    decoded: resources.reduce((a, r) => a + r.decoded, 0),
    requests: resources.length,
    resources,
  };
})()`;

const QUICKSCAN = `(async () => {
  ${COMMON}
  const host = document.querySelector('sociale-veiligheid-quickscan');
  const root = host.shadowRoot;
  const q = (s) => root.querySelector(s);
  let result = null;
  host.addEventListener('quickscan-complete', (e) => { result = e.detail; });
  let clicks = 0;
  let answered = 0;
  const done = new Set();
  q('[part~="start-button"]').click(); clicks++;
  await host.updateComplete;
  await frame();
  while (!q('[part~="results"]')) {
    const sets = await until(() => { const f = root.querySelectorAll('fieldset[part~="statement"]'); return f.length ? f : null; }, 'a step');
    for (const set of sets) {
      // (If a "next" was not taken, the same step is still shown: its answers stay as they are.)
      if (done.has(set.dataset.statement)) continue;
      const input = set.querySelector('input[type="radio"][value="' + valueOf(pattern[answered % pattern.length]) + '"]');
      await pick(input); clicks++; answered++;
      done.add(set.dataset.statement);
      await frame();
    }
    q('[part~="next-button"]').click(); clicks++;
    await host.updateComplete;
    await frame();
  }
  // (The loop ends with the results shown; diagnose.mjs breaks out of it before the last "next".)
  await frame();
  await frame();
  const scores = result ? result.pillars.map((p) => (p.score ?? null)) : null;
  return { clicks, answered, scores, retries };
})()`;

const SURVEYJS = `(async () => {
  ${COMMON}
  let clicks = 0;
  let answered = 0;
  for (;;) {
    const questions = await until(() => { const f = document.querySelectorAll('.sd-question'); return f.length ? f : null; }, 'a page');
    for (const question of questions) {
      const input = question.querySelector('input[type="radio"][value="' + valueOf(pattern[answered % pattern.length]) + '"]');
      await pick(input); clicks++; answered++;
      await frame();
    }
    const next = [...document.querySelectorAll('.sd-navigation__next-btn, .sd-navigation__complete-btn')].find((b) => b.offsetParent !== null);
    const last = next.classList.contains('sd-navigation__complete-btn');
    const before = questions[0];
    next.click(); clicks++;
    if (last) break;
    await until(() => !before.isConnected || document.querySelector('.sd-question') !== before, 'the next page');
  }
  const items = await until(() => { const li = document.querySelectorAll('.sd-completedpage li'); return li.length ? li : null; }, 'the results');
  await frame();
  await frame();
  const scores = parseScores([...items].filter((li) => li.querySelector('strong')));
  return { clicks, answered, scores, retries };
})()`;

const PLAIN = `(async () => {
  ${COMMON}
  let clicks = 0;
  let answered = 0;
  for (const set of document.querySelectorAll('#scan fieldset')) {
    const input = set.querySelector('input[type="radio"][value="' + valueOf(pattern[answered % pattern.length]) + '"]');
    await pick(input); clicks++; answered++;
    await frame();
  }
  document.querySelector('#scan [type="submit"]').click(); clicks++;
  const items = await until(() => (document.getElementById('results').hidden ? null : document.querySelectorAll('#scores li')), 'the results');
  await frame();
  await frame();
  const scores = parseScores(items);
  return { clicks, answered, scores, retries };
})()`;

export const DRIVERS = { quickscan: QUICKSCAN, surveyjs: SURVEYJS, plain: PLAIN };
