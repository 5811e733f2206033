// Chunks loaded on first need (rollup emits each dynamic import() as a content-hashed file beside the
// entry, resolved relative to import.meta.url). A chunk is loaded once; `value` is there once it has.
// The elements' updateComplete waits for chunk loads under way (see `chunksSettled`), so "rendered"
// means rendered with the chunk it needed.

const inflight = new Set<Promise<unknown>>();

export interface Lazy<T> {
  /** The module, once loaded. */
  readonly value: T | undefined;
  /** Loads it (once; again after a failure); updateComplete waits for it. */
  load(): Promise<T>;
  /** Starts loading it ahead of need; updateComplete does not wait for it (until `load` asks). */
  prefetch(): Promise<T | undefined>;
}

export function lazy<T>(loader: () => Promise<T>): Lazy<T> {
  let value: T | undefined;
  let promise: Promise<T> | undefined;
  const start = () =>
    (promise ??= loader().then(
      (v) => (value = v),
      (e) => {
        promise = undefined;
        throw e;
      },
    ));
  return {
    get value() {
      return value;
    },
    load() {
      const p = start();
      if (value === undefined && !inflight.has(p)) hold(p);
      return p;
    },
    prefetch() {
      return start().catch(() => undefined);
    },
  };
}

/** The module now, or undefined after starting its load; `onLoad` runs once it arrived (or failed). */
export function need<T>(chunk: Lazy<T>, onLoad: () => void): T | undefined {
  if (chunk.value) return chunk.value;
  chunk.load().then(onLoad, onLoad);
  return undefined;
}

/** Other work the elements' updateComplete waits for (e.g. a view that renders in stages). */
export function hold(work: Promise<unknown>): void {
  inflight.add(work);
  const done = () => inflight.delete(work);
  work.then(done, done);
}

/** Resolves once no chunk load is under way (chunks that start loading meanwhile included). */
export async function chunksSettled(): Promise<void> {
  while (inflight.size) await Promise.allSettled([...inflight]);
}
