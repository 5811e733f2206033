// Opt-in persistence of a person's progress (answers and step) in localStorage, keyed by content id
// and version. Storage that is blocked, full or throws degrades to memory: never an error.
// Plain TypeScript: no lit. What comes back from storage is validated in full (anything may be there).
import type { Step } from './step.js';

export interface SavedProgress {
  answers: Record<string, number | null>;
  step: Step;
  /** When it was saved (ISO 8601); left out when what was stored is not a readable date. */
  savedAt?: string;
  /** The plan of action, as kept (validated against the content when offered back). */
  plan?: unknown;
}

const isStep = (v: unknown) =>
  v === 'intro' || v === 'results' || (typeof v === 'number' && Number.isInteger(v) && v >= 0);
const isAnswers = (v: unknown) =>
  !!v &&
  typeof v === 'object' &&
  !Array.isArray(v) &&
  Object.values(v).every((a) => a === null || (typeof a === 'number' && Number.isFinite(a)));

// Checked by hand (no zod: it is a chunk the first visit does not load). A date as zod's
// z.iso.datetime({ offset: true }) accepts it: date, time with optional seconds and fraction, Z or offset.
const ISO_DATETIME = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)$/;

/** Stored progress, validated; null when it is not progress this store wrote. */
export function parseSavedProgress(value: unknown): SavedProgress | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const { answers, step, savedAt, plan } = value as Record<string, unknown>;
  if (!isAnswers(answers) || !isStep(step)) return null;
  const progress = {
    answers: answers as SavedProgress['answers'],
    step: step as SavedProgress['step'],
    ...(plan === undefined || plan === null ? {} : { plan }),
  };
  // A missing or unreadable date loses only the date, never the answers.
  return typeof savedAt === 'string' && ISO_DATETIME.test(savedAt) ? { ...progress, savedAt } : progress;
}

export interface ProgressStore {
  readonly key: string;
  /** False when the browser refused storage and progress lives in memory only. */
  readonly persistent: boolean;
  load(): SavedProgress | null;
  save(progress: SavedProgress): void;
  clear(): void;
}

export function storageKey(contentId: string, version: string): string {
  return `sociale-veiligheid-quickscan:${contentId}:${version}`;
}

export function openProgressStore(key: string, getStorage: () => Storage = () => window.localStorage): ProgressStore {
  let memory: SavedProgress | null = null;
  let storage: Storage | null = null;
  try {
    storage = getStorage();
    // Probe: private modes and partitioned frames may expose a storage that throws on write.
    const probe = `${key}:probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
  } catch {
    storage = null;
  }
  const store: ProgressStore = {
    key,
    get persistent() {
      return storage !== null;
    },
    load() {
      if (storage) {
        try {
          const raw = storage.getItem(key);
          if (raw === null) return memory;
          const parsed: unknown = JSON.parse(raw);
          return parseSavedProgress(parsed);
        } catch {
          storage = null;
        }
      }
      return memory;
    },
    save(progress) {
      memory = progress;
      if (!storage) return;
      try {
        storage.setItem(key, JSON.stringify(progress));
      } catch {
        // Full or revoked: keep going in memory, and drop the older save so it is never offered back
        // as if it were the latest.
        try {
          storage.removeItem(key);
        } catch {
          // nothing more to do: the storage refuses everything
        }
        storage = null;
      }
    },
    clear() {
      memory = null;
      if (!storage) return;
      try {
        storage.removeItem(key);
      } catch {
        storage = null;
      }
    },
  };
  return store;
}
