// The H5P content type H5P.SocialeVeiligheidQuickscan 1.0: the library's JavaScript (after the element
// bundle, in one classic script). H5P creates `new H5P.SocialeVeiligheidQuickscan(params, contentId,
// extras)` and calls `attach($container)`. It renders the element and reports through H5P's xAPI:
// - completed, with the overall score out of 100 (the mean of the pillar scores with a value, as the
//   SCORM bridge reports it), so LMS gradebooks (Moodle, WordPress/Drupal plugins) record it;
// - interacted on each answer and progressed on each step;
// and resumes through getCurrentState() / extras.previousState (answers and step).
// Own content that is not valid shows the element's readable error; nothing is thrown.
import type { Result } from '../../scoring/result-schema.js';
import { QUICKSCAN_TAG, isStep, type QuickscanLike, type QuickscanStep } from '../element-api.js';
import { overallScore } from '../measures.js';
import { H5P_MACHINE_NAME, readH5pParams, readH5pState, type H5pParams, type H5pState } from './params.js';

interface H5pDispatcher {
  trigger?(event: string | object, data?: unknown, extras?: unknown): void;
  triggerXAPI?(verb: string, extra?: unknown): void;
  triggerXAPIScored?(score: number, maxScore: number, verb: string): void;
}

interface H5pGlobal {
  EventDispatcher?: new () => H5pDispatcher;
  [name: string]: unknown;
}

interface Instance extends H5pDispatcher {
  params: H5pParams;
  contentId: unknown;
  element: QuickscanLike | null;
  state: H5pState | null;
  score: number | null;
  completed: boolean;
}

/** A jQuery object, an element, or anything array-like holding one. */
function elementOf(container: unknown): HTMLElement | null {
  if (container instanceof HTMLElement) return container;
  const first = (container as { [0]?: unknown } | null)?.[0];
  return first instanceof HTMLElement ? first : null;
}

function settled(element: QuickscanLike): Promise<unknown> {
  return Promise.resolve((element as unknown as { updateComplete?: Promise<unknown> }).updateComplete);
}

export function defineH5pLibrary(win: Window & { H5P?: H5pGlobal } = window): void {
  const H5P: H5pGlobal = (win.H5P = win.H5P ?? {});
  if (typeof H5P[H5P_MACHINE_NAME.slice(4)] === 'function') return;
  const Base = H5P.EventDispatcher;

  function SocialeVeiligheidQuickscan(this: Instance, params: unknown, contentId: unknown, extras?: { previousState?: unknown }) {
    if (Base) (Base as unknown as (this: unknown) => void).call(this);
    this.params = readH5pParams(params);
    this.contentId = contentId;
    this.element = null;
    this.state = readH5pState(extras?.previousState);
    this.score = null;
    this.completed = false;
  }
  const proto: Instance & Record<string, unknown> = Base ? Object.create(Base.prototype) : {};
  SocialeVeiligheidQuickscan.prototype = proto;
  proto.constructor = SocialeVeiligheidQuickscan;

  proto.attach = function attach(this: Instance, $container: unknown) {
    const container = elementOf($container);
    if (!container) return;
    container.classList.add('h5p-sociale-veiligheid-quickscan');
    const doc = container.ownerDocument;
    const element = doc.createElement(QUICKSCAN_TAG) as QuickscanLike;
    element.setAttribute('lang', this.params.lang);
    if (this.params.theme !== 'auto') element.setAttribute('theme', this.params.theme);
    // Own content as text: the element parses and validates it and shows readable errors.
    if (this.params.content) (element as unknown as { content: unknown }).content = this.params.content;
    this.element = element;

    // Without H5P's EventDispatcher (a bare host) there is nothing to tell.
    const resize = () => this.trigger?.('resize');
    let restoring = false;
    let restored = false;
    const restore = async () => {
      if (restored) return;
      restored = true;
      const saved = this.state;
      if (!saved) return;
      restoring = true;
      try {
        element.answers = saved.answers;
        element.step = saved.step;
        await settled(element);
      } finally {
        restoring = false;
      }
    };
    element.addEventListener('quickscan-ready', () => void restore());
    element.addEventListener('quickscan-answer', () => {
      if (!restoring) this.triggerXAPI?.('interacted');
    });
    element.addEventListener('quickscan-step', (e) => {
      const step = (e as CustomEvent<{ step: QuickscanStep }>).detail?.step;
      if (!restoring && isStep(step) && step !== 'results') this.triggerXAPI?.('progressed');
      resize();
    });
    element.addEventListener('quickscan-complete', (e) => {
      const result = (e as CustomEvent<Result>).detail;
      this.completed = true;
      this.score = result ? overallScore(result) : null;
      if (this.score !== null && this.triggerXAPIScored) this.triggerXAPIScored(this.score, 100, 'completed');
      else this.triggerXAPI?.('completed');
      resize();
    });
    element.addEventListener('quickscan-error', resize);
    container.replaceChildren(element);
    const view = doc.defaultView as (Window & typeof globalThis) | null;
    if (view && 'ResizeObserver' in view) new view.ResizeObserver(resize).observe(element);
  };

  /** H5P's resume contract: what to store for this learner (answers and step). */
  proto.getCurrentState = function getCurrentState(this: Instance): H5pState | undefined {
    const el = this.element;
    if (!el) return this.state ?? undefined;
    const step = isStep(el.step) ? el.step : 'intro';
    return { answers: { ...(el.answers ?? {}) }, step };
  };
  // The question-type contract some integrations read for the gradebook.
  proto.getScore = function getScore(this: Instance) {
    return this.score ?? 0;
  };
  proto.getMaxScore = () => 100;
  proto.getAnswerGiven = function getAnswerGiven(this: Instance) {
    return Object.keys(this.element?.answers ?? this.state?.answers ?? {}).length > 0;
  };
  proto.getTitle = function getTitle(this: Instance) {
    return this.params.lang === 'en' ? 'Quickscan social safety' : 'Quickscan sociale veiligheid';
  };

  H5P[H5P_MACHINE_NAME.slice(4)] = SocialeVeiligheidQuickscan;
}
