// Opt-in persistence of a person's progress (answers and step) in localStorage, keyed by content id
// and version. Storage that is blocked, full or throws degrades to memory: never an error.
// Plain TypeScript: no lit.

export interface SavedProgress {
  answers: Record<string, number | null>;
  step: 'intro' | 'results' | number;
  savedAt: string;
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

function isProgress(value: unknown): value is SavedProgress {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  const stepOk = v.step === 'intro' || v.step === 'results' || (typeof v.step === 'number' && Number.isInteger(v.step) && v.step >= 0);
  return stepOk && !!v.answers && typeof v.answers === 'object' && !Array.isArray(v.answers);
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
          return isProgress(parsed) ? parsed : null;
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
        storage = null; // full or revoked: keep going in memory
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
