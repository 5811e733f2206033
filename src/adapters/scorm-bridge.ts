// Connects a <sociale-veiligheid-quickscan> to an LMS through the SCORM 1.2 or 2004 run-time API.
//
// - On connect: finds the API (scorm-api.ts), initialises, marks the attempt incomplete, and once the
//   element is ready restores the answers and step from cmi.suspend_data (the step also lives in
//   cmi.core.lesson_location / cmi.location), so a learner resumes where they left off.
// - Each answer: writes suspend_data (and cmi.progress_measure in 2004). Each step change: also the
//   location, then commits.
// - On completion: completion status "completed" (2004: success status "unknown": the scan has no
//   pass mark), the overall score (the mean of the pillar scores that have one, 0–100; raw/min/max,
//   and scaled in 2004), one objective per pillar with its score, session time; commits. The session
//   stays open for the plan of action made on the results view.
// - Each change of the plan: kept in suspend_data with the answers when it fits the version's limit;
//   when it does not, the answers are kept without it and the learner is told to download the plan.
// - On pagehide: saves, sets exit "suspend", commits and terminates.
// Without an API nothing happens: the element works as a plain page.
import { isReady, isStep, layoutOf, settled, type QuickscanLike, type QuickscanStep } from './element-api.js';
import { planNotice } from './scorm-plan-notice.js';
import { isoDuration, overallScore, scorm12Timespan } from './measures.js';
import { findScormApi, type Scorm12Api, type Scorm2004Api, type ScormVersion } from './scorm-api.js';
import { SUSPEND_DATA_LIMITS, decodeSuspendData, encodeSuspendData, type Progress } from './suspend-data.js';
import type { Result } from '../scoring/result-schema.js';

export interface ScormBridgeOptions {
  /** The SCORM version of the package: only that API is looked for. */
  version: ScormVersion;
  /** The window to search from (default: the global one). */
  window?: Window;
  /** Use this API object instead of searching for one. */
  api?: Scorm12Api | Scorm2004Api;
  /** Clock for session time (default Date.now). */
  now?: () => number;
}

export interface ScormBridge {
  readonly version: ScormVersion;
  /** True between a successful Initialize and Terminate. */
  readonly connected: boolean;
  /** What was restored from suspend_data, once the element was ready; null when nothing was. */
  readonly restored: Progress | null;
  /** The learner's preferred language as the LMS reports it ('' when none or no LMS). */
  readonly language: string;
  /** Saves, commits and terminates now (as on pagehide). */
  terminate(): void;
}

interface Keys {
  suspend: string;
  location: string;
  exit: string;
  sessionTime: string;
  raw: string;
  min: string;
  max: string;
  language: string;
  locationMax: number;
}

const KEYS: Record<ScormVersion, Keys> = {
  '1.2': {
    suspend: 'cmi.suspend_data',
    location: 'cmi.core.lesson_location',
    exit: 'cmi.core.exit',
    sessionTime: 'cmi.core.session_time',
    raw: 'cmi.core.score.raw',
    min: 'cmi.core.score.min',
    max: 'cmi.core.score.max',
    language: 'cmi.student_preference.language',
    locationMax: 255,
  },
  '2004': {
    suspend: 'cmi.suspend_data',
    location: 'cmi.location',
    exit: 'cmi.exit',
    sessionTime: 'cmi.session_time',
    raw: 'cmi.score.raw',
    min: 'cmi.score.min',
    max: 'cmi.score.max',
    language: 'cmi.learner_preference.language',
    locationMax: 1000,
  },
};

interface Runtime {
  initialize(): boolean;
  get(key: string): string;
  set(key: string, value: string): boolean;
  commit(): boolean;
  terminate(): boolean;
}

const isTrue = (r: unknown) => r === true || r === 'true';

function runtime(version: ScormVersion, api: Scorm12Api | Scorm2004Api): Runtime {
  const guard = <T>(fn: () => T, fallback: T): T => {
    try {
      return fn();
    } catch {
      return fallback;
    }
  };
  if (version === '1.2') {
    const a = api as Scorm12Api;
    return {
      initialize: () => guard(() => isTrue(a.LMSInitialize('')), false),
      get: (key) => guard(() => String(a.LMSGetValue(key) ?? ''), ''),
      set: (key, value) => guard(() => isTrue(a.LMSSetValue(key, value)), false),
      commit: () => guard(() => isTrue(a.LMSCommit('')), false),
      terminate: () => guard(() => isTrue(a.LMSFinish('')), false),
    };
  }
  const a = api as Scorm2004Api;
  return {
    // 103: already initialised (e.g. by a wrapper page): carry on with that session.
    initialize: () => guard(() => isTrue(a.Initialize('')) || String(a.GetLastError()) === '103', false),
    get: (key) => guard(() => String(a.GetValue(key) ?? ''), ''),
    set: (key, value) => guard(() => isTrue(a.SetValue(key, value)), false),
    commit: () => guard(() => isTrue(a.Commit('')), false),
    terminate: () => guard(() => isTrue(a.Terminate('')), false),
  };
}

/** The step as stored in lesson_location / location: "intro", "results" or the pillar index. */
export function locationOf(step: QuickscanStep): string {
  return String(step);
}

/** SCORM 1.2 objective ids are CMIIdentifiers (printable ASCII, no spaces, ≤ 255). */
function objectiveId(id: string, version: ScormVersion): string {
  return version === '1.2' ? id.replace(/[^\x21-\x7E]/g, '_').slice(0, 255) : id.replace(/\s/g, '_').slice(0, 4000);
}

export function connectScorm(element: QuickscanLike, options: ScormBridgeOptions): ScormBridge {
  const { version } = options;
  const win = options.window ?? window;
  const now = options.now ?? Date.now;
  const keys = KEYS[version];
  const found = options.api ? { api: options.api } : findScormApi(win, [version]);
  const state = { connected: false, restored: null as Progress | null, language: '' };
  const bridge: ScormBridge = {
    version,
    get connected() {
      return state.connected;
    },
    get restored() {
      return state.restored;
    },
    get language() {
      return state.language;
    },
    terminate: () => finish(),
  };
  if (!found) return bridge;
  const lms = runtime(version, found.api);
  if (!lms.initialize()) return bridge;
  state.connected = true;
  const started = now();

  state.language = lms.get(keys.language);
  const savedData = lms.get(keys.suspend);
  let step: QuickscanStep = 'intro';
  let completedAt: string | undefined;
  let restoring = false;
  let plan: unknown = undefined;

  // A fresh attempt becomes "incomplete"; a completed one stays completed.
  if (version === '1.2') {
    const status = lms.get('cmi.core.lesson_status');
    if (status === '' || status === 'not attempted') lms.set('cmi.core.lesson_status', 'incomplete');
  } else {
    const status = lms.get('cmi.completion_status');
    if (status === '' || status === 'unknown' || status === 'not attempted') lms.set('cmi.completion_status', 'incomplete');
  }
  // Keep the attempt's data when the learner leaves, so the next launch resumes.
  lms.set(keys.exit, 'suspend');
  lms.commit();

  const save = () => {
    if (!state.connected) return;
    const progress: Progress = { answers: element.answers ?? {}, step, ...(completedAt ? { completedAt } : {}) };
    const options = { maxLength: SUSPEND_DATA_LIMITS[version], layout: layoutOf(element) };
    const withPlan = plan ? encodeSuspendData({ ...progress, plan }, options) : null;
    const data = withPlan ?? encodeSuspendData(progress, options);
    planNotice(element, !!plan && withPlan === null);
    // Content too large for the LMS's suspend data (even one character per statement): progress is then
    // not resumable, but the attempt goes on; nothing is logged (production stays quiet).
    if (data !== null) lms.set(keys.suspend, data);
    lms.set(keys.location, locationOf(step).slice(0, keys.locationMax));
  };

  const writeSessionTime = () => {
    const ms = now() - started;
    lms.set(keys.sessionTime, version === '1.2' ? scorm12Timespan(ms) : isoDuration(ms));
  };

  function finish() {
    if (!state.connected) return;
    save();
    writeSessionTime();
    lms.set(keys.exit, 'suspend');
    lms.commit();
    lms.terminate();
    state.connected = false;
    detach();
  }

  const writeObjectives = (result: Result) => {
    let count = Number(lms.get('cmi.objectives._count')) || 0;
    const existing = new Map<string, number>();
    for (let i = 0; i < count; i++) existing.set(lms.get(`cmi.objectives.${i}.id`), i);
    for (const pillar of result.pillars) {
      const id = objectiveId(pillar.id, version);
      let n = existing.get(id);
      if (n === undefined) {
        n = count++;
        existing.set(id, n);
      }
      const base = `cmi.objectives.${n}`;
      lms.set(`${base}.id`, id);
      if (pillar.score !== null) {
        if (version === '2004') lms.set(`${base}.score.scaled`, String(pillar.score / 100));
        lms.set(`${base}.score.raw`, String(pillar.score));
        lms.set(`${base}.score.min`, '0');
        lms.set(`${base}.score.max`, '100');
      }
      if (version === '1.2') {
        lms.set(`${base}.status`, 'completed');
      } else {
        lms.set(`${base}.completion_status`, 'completed');
        lms.set(`${base}.success_status`, 'unknown');
        lms.set(`${base}.description`, pillar.title.slice(0, 250));
      }
    }
  };

  const complete = (result: Result) => {
    if (!state.connected) return;
    completedAt = result.completedAt;
    step = 'results';
    save();
    const score = overallScore(result);
    if (version === '1.2') {
      lms.set('cmi.core.lesson_status', 'completed');
    } else {
      lms.set('cmi.completion_status', 'completed');
      lms.set('cmi.success_status', 'unknown');
      lms.set('cmi.progress_measure', '1');
    }
    if (score !== null) {
      if (version === '2004') lms.set('cmi.score.scaled', String(score / 100));
      lms.set(keys.raw, String(score));
      lms.set(keys.min, '0');
      lms.set(keys.max, '100');
    }
    writeObjectives(result);
    writeSessionTime();
    lms.commit();
  };

  const restore = async () => {
    // The location alone (without suspend data) is not enough to resume: a later step without its
    // answers would only confuse, so the learner then starts afresh.
    const progress = decodeSuspendData(savedData, layoutOf(element));
    if (!progress) return;
    state.restored = progress;
    restoring = true;
    try {
      completedAt = progress.completedAt;
      // The element applies both in one update: answers first, then the step ("results" only when
      // every statement has an answer, else the first open pillar). Setting them fires no event.
      element.answers = progress.answers;
      element.step = progress.step;
      if (progress.plan !== undefined) {
        plan = progress.plan;
        element.plan = progress.plan;
      }
      await settled(element);
      step = isStep(element.step) ? element.step : progress.step;
    } finally {
      restoring = false;
    }
  };

  let restoreStarted = false;
  const startRestore = () => {
    if (restoreStarted || !state.connected) return;
    restoreStarted = true;
    void restore();
  };

  const listeners: [string, EventListener][] = [
    ['quickscan-ready', () => startRestore()],
    [
      'quickscan-answer',
      (e) => {
        if (!state.connected) return;
        save();
        if (version === '2004') {
          const { answered, total } = (e as CustomEvent<{ answered: number; total: number }>).detail;
          if (total > 0 && step !== 'results') lms.set('cmi.progress_measure', String(Math.round((answered / total) * 1e4) / 1e4));
        }
      },
    ],
    [
      'quickscan-step',
      (e) => {
        const next = (e as CustomEvent<{ step: QuickscanStep }>).detail?.step;
        if (!state.connected || !isStep(next)) return;
        step = next;
        if (restoring) return;
        save();
        lms.commit();
      },
    ],
    ['quickscan-complete', (e) => complete((e as CustomEvent<Result>).detail)],
    [
      'quickscan-plan',
      (e) => {
        if (!state.connected) return;
        plan = (e as CustomEvent<{ plan: unknown }>).detail.plan;
        save();
        lms.commit();
      },
    ],
  ];
  for (const [name, fn] of listeners) element.addEventListener(name, fn);
  const onPageHide = () => finish();
  win.addEventListener('pagehide', onPageHide);

  function detach() {
    for (const [name, fn] of listeners) element.removeEventListener(name, fn);
    win.removeEventListener('pagehide', onPageHide);
  }

  if (isReady(element)) startRestore();
  return bridge;
}

