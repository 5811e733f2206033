// With `persist`: the person's completed results kept in this browser (the last HISTORY_SIZE, newest
// first), so a later scan can be compared with an earlier one. A sibling of the progress store: same
// opt-in, same degrade-to-nothing when storage is blocked, and what comes back is validated in full.
import { resultSchema, type Result } from '../scoring/result-schema.js';

export const HISTORY_SIZE = 5;

export function historyKey(contentId: string, suffix = ''): string {
  return `sociale-veiligheid-quickscan:history:${contentId}${suffix}`;
}

function storage(getStorage: () => Storage): Storage | null {
  try {
    return getStorage();
  } catch {
    return null;
  }
}

/** The kept results, newest first; entries that are not results are dropped. */
export function loadHistory(key: string, getStorage: () => Storage = () => window.localStorage): Result[] {
  try {
    const raw = storage(getStorage)?.getItem(key);
    if (!raw) return [];
    const list: unknown = JSON.parse(raw);
    if (!Array.isArray(list)) return [];
    return list.flatMap((item) => {
      const parsed = resultSchema.safeParse(item);
      return parsed.success ? [parsed.data] : [];
    });
  } catch {
    return [];
  }
}

/** Keeps a result (once per completion time), newest first, at most HISTORY_SIZE. */
export function rememberResult(key: string, result: Result, getStorage: () => Storage = () => window.localStorage): Result[] {
  const kept = loadHistory(key, getStorage).filter((r) => r.completedAt !== result.completedAt);
  const list = [result, ...kept].sort((a, b) => Date.parse(b.completedAt) - Date.parse(a.completedAt)).slice(0, HISTORY_SIZE);
  try {
    storage(getStorage)?.setItem(key, JSON.stringify(list));
  } catch {
    // Full or refused: the history stays as it was; nothing else depends on it.
  }
  return list;
}

export function forgetHistory(key: string, getStorage: () => Storage = () => window.localStorage): void {
  try {
    storage(getStorage)?.removeItem(key);
  } catch {
    // refused: nothing kept that could be removed
  }
}

/** The latest kept result completed before `current`, or null. */
export function previousResult(history: readonly Result[], current: Result): Result | null {
  const before = Date.parse(current.completedAt);
  return history.find((r) => Date.parse(r.completedAt) < before) ?? null;
}
