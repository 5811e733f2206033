// Finding the LMS's SCORM API the standard way (ADL's API discovery algorithm): look for `API`
// (SCORM 1.2) or `API_1484_11` (SCORM 2004) on this window and each parent up to the top, then on
// the top window's opener and its parents. Frames of another origin are stepped over, not fatal.

export type ScormVersion = '1.2' | '2004';

/** SCORM 1.2 run-time API (values are strings; "true"/"false" results). */
export interface Scorm12Api {
  LMSInitialize(param: ''): string | boolean;
  LMSFinish(param: ''): string | boolean;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string | boolean;
  LMSCommit(param: ''): string | boolean;
  LMSGetLastError(): string | number;
  LMSGetErrorString(code: string): string;
  LMSGetDiagnostic(code: string): string;
}

/** SCORM 2004 run-time API. */
export interface Scorm2004Api {
  Initialize(param: ''): string | boolean;
  Terminate(param: ''): string | boolean;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string | boolean;
  Commit(param: ''): string | boolean;
  GetLastError(): string | number;
  GetErrorString(code: string): string;
  GetDiagnostic(code: string): string;
}

export type FoundScormApi =
  | { version: '1.2'; api: Scorm12Api; window: Window }
  | { version: '2004'; api: Scorm2004Api; window: Window };

export const API_NAMES: Record<ScormVersion, 'API' | 'API_1484_11'> = { '1.2': 'API', '2004': 'API_1484_11' };
const PROBE: Record<ScormVersion, string> = { '1.2': 'LMSInitialize', '2004': 'Initialize' };

/** How many parents are searched at most (ADL's reference uses 500). */
export const MAX_FRAME_DEPTH = 500;

/** The API object on one window, or null (also when the window belongs to another origin). */
export function apiOn(win: Window, version: ScormVersion): Scorm12Api | Scorm2004Api | null {
  try {
    const api = (win as unknown as Record<string, unknown>)[API_NAMES[version]];
    if (api && (typeof api === 'object' || typeof api === 'function') && typeof (api as Record<string, unknown>)[PROBE[version]] === 'function') {
      return api as Scorm12Api | Scorm2004Api;
    }
  } catch {
    // another origin: reading its properties throws a SecurityError
  }
  return null;
}

function read<K extends 'parent' | 'top' | 'opener'>(win: Window, key: K): Window | null {
  try {
    const value = win[key] as Window | null | undefined;
    return value ?? null;
  } catch {
    return null;
  }
}

function scan(start: Window | null, version: ScormVersion, maxDepth: number): { api: Scorm12Api | Scorm2004Api; window: Window } | null {
  let win = start;
  for (let depth = 0; win && depth <= maxDepth; depth++) {
    const api = apiOn(win, version);
    if (api) return { api, window: win };
    const parent = read(win, 'parent');
    if (!parent || parent === win) break;
    win = parent;
  }
  return null;
}

/**
 * Finds the API for the first of `versions` that some window offers: this window and its parents,
 * then the opener of the top window (and of this window) and their parents.
 */
export function findScormApi(
  win: Window = window,
  versions: readonly ScormVersion[] = ['2004', '1.2'],
  maxDepth = MAX_FRAME_DEPTH,
): FoundScormApi | null {
  const top = read(win, 'top');
  const openers = [top ? read(top, 'opener') : null, read(win, 'opener')].filter((w, i, all): w is Window => !!w && all.indexOf(w) === i);
  for (const version of versions) {
    for (const start of [win, ...openers]) {
      const found = scan(start, version, maxDepth);
      if (found) return { version, ...found } as FoundScormApi;
    }
  }
  return null;
}
