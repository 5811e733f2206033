// Fills the benchmark pages (bench/pages/*.html) from content/nl.json, so the quickscan, the SurveyJS
// page and the plain HTML page show the same title, intro, pillars, statements, answer scale and tips.
// Placeholders: <!--bench:probe--> (the first-screen probe, the same on every page),
// <!--bench:plain-form-->, <!--bench:plain-tips-->, /*bench:model*/ null and /*bench:survey-json*/ null.
import { readFileSync } from 'node:fs';

const ROOT = new URL('../../', import.meta.url);

const escapeHtml = (s) => String(s).replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' })[c]);
/** JSON safe inside a <script> element. */
const scriptJson = (v) => JSON.stringify(v).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
const paragraphs = (v) => (Array.isArray(v) ? v : v ? [v] : []);

/**
 * The probe, first in <head> on every page: a requestAnimationFrame loop that records
 * performance.now() (0 = navigation start) in the first frame in which `window.__benchTarget()` has a
 * non-empty layout box (a rAF callback runs just before that frame is painted), plus FCP.
 */
export const PROBE = `<script>
(() => {
  const b = (window.__bench = { firstScreen: null, fcp: null });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint' && b.fcp === null) b.fcp = e.startTime;
    }).observe({ type: 'paint', buffered: true });
  } catch {}
  const tick = () => {
    const el = window.__benchTarget && window.__benchTarget();
    const box = el && el.getBoundingClientRect();
    if (box && box.width > 0 && box.height > 0) b.firstScreen = performance.now();
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();
</script>`;

export function loadContent() {
  return JSON.parse(readFileSync(new URL('content/nl.json', ROOT), 'utf8'));
}

/** What the SurveyJS and plain pages need to score like the element: titles, statement ids, scale, bands, tips. */
export function model(content) {
  const values = content.scale.options.map((o) => o.value);
  return {
    pillars: content.pillars.map((p) => ({ title: p.title, statements: p.statements.map((s) => s.id) })),
    min: Math.min(...values),
    max: Math.max(...values),
    bands: [...content.bands].sort((a, b) => a.min - b.min).map((b) => ({ min: b.min, label: b.label })),
    tips: content.tips ?? [],
  };
}

/** One page per pillar, a required radiogroup per statement: the scale's values plus "unknown". */
export function surveyJson(content) {
  const choices = [
    ...content.scale.options.map((o) => ({ value: o.value, text: o.label })),
    ...(content.scale.unknown ? [{ value: 'unknown', text: content.scale.unknown.label }] : []),
  ];
  return {
    locale: 'nl',
    title: content.title,
    description: paragraphs(content.intro).join('\n\n'),
    showQuestionNumbers: 'off',
    pages: content.pillars.map((p) => ({
      name: p.id,
      title: p.title,
      description: p.description ?? '',
      elements: p.statements.map((s) => ({ type: 'radiogroup', name: s.id, title: s.text, isRequired: true, choices })),
    })),
  };
}

export function plainForm(content) {
  const option = (id, value, label) =>
    `<label><input type="radio" name="${escapeHtml(id)}" value="${escapeHtml(value)}" required> ${escapeHtml(label)}</label>`;
  const pillars = content.pillars.map((p) => {
    const statements = p.statements.map((s) => {
      const options = content.scale.options.map((o) => option(s.id, o.value, o.label));
      if (content.scale.unknown) options.push(option(s.id, 'unknown', content.scale.unknown.label));
      return `<fieldset><legend>${escapeHtml(s.text)}</legend>${options.join('')}</fieldset>`;
    });
    return `<h2>${escapeHtml(p.title)}</h2>${p.description ? `<p>${escapeHtml(p.description)}</p>` : ''}${statements.join('\n')}`;
  });
  return [
    `<form id="scan">`,
    `<h1>${escapeHtml(content.title)}</h1>`,
    ...paragraphs(content.intro).map((t) => `<p>${escapeHtml(t)}</p>`),
    ...pillars,
    `<button type="submit">Bekijk de uitkomst</button>`,
    `</form>`,
  ].join('\n');
}

export function plainTips(content) {
  return `<ul>${(content.tips ?? []).map((t) => `<li>${escapeHtml(t)}</li>`).join('')}</ul>`;
}

export const BLANK = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>blank</title></head><body></body></html>
`;

/** The page `name` (quickscan, surveyjs, plain, scale, blank) with its placeholders filled in. */
export function renderPage(name, content = loadContent()) {
  if (name === 'blank') return BLANK;
  const template = readFileSync(new URL(`bench/pages/${name}.html`, ROOT), 'utf8');
  return template
    .replace('<!--bench:probe-->', () => PROBE)
    .replace('<!--bench:plain-form-->', () => plainForm(content))
    .replace('<!--bench:plain-tips-->', () => plainTips(content))
    .replace('/*bench:model*/ null', () => scriptJson(model(content)))
    .replace('/*bench:survey-json*/ null', () => scriptJson(surveyJson(content)));
}

export const PAGE_NAMES = ['quickscan', 'surveyjs', 'plain', 'scale', 'blank', 'quickscan-en', 'quickscan-src', 'quickscan-team'];
