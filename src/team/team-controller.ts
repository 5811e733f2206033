// Team state of the element: results the host set, results read from files the facilitator chose or
// dropped, what was refused and why. The element sets `content` and `minGroupSize` before rendering;
// `state` is recomputed only when one of them (or the inputs) changed. No DOM beyond reading files.
import type { Content } from '../content/schema.js';
import {
  DEFAULT_MIN_GROUP_SIZE,
  TeamCounter,
  aggregate,
  clampGroupSize,
  prepareTeam,
  type TeamRejection,
  type TeamSummary,
} from './aggregate.js';
import { TeamPreparer, type PreparedTeam } from './prepare.js';

/**
 * Up to this many results are counted at once; more (an organisation's 10,000) are counted in slices of
 * at most SLICE_MS between which the browser paints and answers, so no task blocks the page.
 */
export const COUNT_AT_ONCE = 1000;
const SLICE_MS = 8;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A result file is a few kB; anything far larger is not one of ours and is not read. */
const MAX_FILE_BYTES = 1024 * 1024;

export interface TeamState {
  summary: TeamSummary;
  rejected: TeamRejection[];
  duplicates: number;
  /** Files read so far (so the view can offer to forget them). */
  files: number;
  /** While a large team is being counted: how far (the summary is then the previous one). */
  counting?: { done: number; total: number };
}

interface Entry {
  value: unknown;
  /** Index in the host's array, or in the files chosen so far. */
  index: number;
  name?: string;
  parseError?: boolean;
}

export class TeamController {
  /** The loaded content; null while loading. */
  content: Content | null = null;
  minGroupSize = DEFAULT_MIN_GROUP_SIZE;

  private _fromHost: Entry[] = [];
  private _fromFiles: Entry[] = [];
  /** Further sources by name (pasted share codes, `results-src`), between the host's results and the files. */
  private readonly _sources = new Map<string, Entry[]>();
  private _revision = 0;
  private _memo?: { key: unknown[]; state: TeamState };
  private _counting?: { key: unknown[]; done: number; total: number; finished: Promise<void> };

  constructor(private readonly _requestUpdate: () => void) {}

  /** Results set by the host (the element's `results` property); replaces the previous ones. */
  setResults(values: readonly unknown[] | null | undefined): void {
    this._fromHost = (Array.isArray(values) ? values : []).map((value, index) => ({ value, index }));
    this._changed();
  }

  /**
   * Reads result files (JSON, as downloaded by each person). Text that is not JSON is refused as
   * "parse". Resolves with the summary when it now counts more results and is ready, else null.
   */
  async addFiles(files: FileList | readonly File[]): Promise<TeamSummary | null> {
    const before = this.state?.summary.respondents ?? 0;
    const start = this._fromFiles.length;
    const read = await Promise.all(
      [...files].map(async (file, i): Promise<Entry> => {
        const entry: Entry = { value: undefined, index: start + i, name: file.name };
        try {
          if (file.size > MAX_FILE_BYTES) throw new Error('too large');
          entry.value = JSON.parse(await file.text());
        } catch {
          entry.parseError = true;
        }
        return entry;
      }),
    );
    this._fromFiles = [...this._fromFiles, ...read];
    this._changed();
    const summary = this.summary;
    return summary?.ready && summary.respondents > before ? summary : null;
  }

  /** Results of another source (`name`), replacing what it gave before; `names` label each in the view. */
  setSource(name: string, values: readonly unknown[], names?: readonly (string | undefined)[]): void {
    this._sources.set(name, values.map((value, index) => ({ value, index, name: names?.[index] })));
    this._changed();
  }

  /** Resolves once the current inputs are counted (at once for a small team). */
  async counted(): Promise<TeamSummary | null> {
    void this.state;
    while (this._counting) {
      await this._counting.finished;
      void this.state;
    }
    return this.summary;
  }

  /** Forgets the files (the host's results stay). */
  clearFiles(): void {
    this._fromFiles = [];
    this._changed();
  }

  get state(): TeamState | null {
    const content = this.content;
    if (!content) return null;
    const key = [content, clampGroupSize(this.minGroupSize), this._revision];
    const same = (k?: unknown[]) => !!k && key.every((x, i) => x === k[i]);
    if (this._memo && same(this._memo.key)) return this._memo.state;
    const entries = [...this._fromHost, ...[...this._sources.values()].flat(), ...this._fromFiles];
    if (entries.length > COUNT_AT_ONCE) {
      if (!same(this._counting?.key)) this._startCounting(key, content, entries);
      const c = this._counting!;
      const shown = this._memo?.state ?? this._finish([], [], prepareTeam(content, []), aggregate(content, [], { minGroupSize: this.minGroupSize }));
      return { ...shown, files: this._fromFiles.length, counting: { done: c.done, total: c.total } };
    }
    this._counting = undefined; // a large count still under way is out of date
    const parseable = entries.filter((e) => !e.parseError);
    const prepared = prepareTeam(content, parseable.map((e) => e.value));
    const state = this._finish(entries, parseable, prepared, aggregate(content, prepared.accepted, { minGroupSize: this.minGroupSize }));
    this._memo = { key, state };
    return state;
  }

  private _finish(entries: Entry[], parseable: Entry[], prepared: PreparedTeam, summary: TeamSummary): TeamState {
    const refused = new Map(prepared.rejected.map((r) => [parseable[r.index], r]));
    // In the order given: the host's results, the other sources, then the files.
    const rejected = entries.flatMap((e): TeamRejection[] => {
      const r = e.parseError ? { reason: 'parse' as const } : refused.get(e);
      return r ? [{ ...r, index: e.index, name: e.name }] : [];
    });
    return { summary, rejected, duplicates: prepared.duplicates, files: this._fromFiles.length };
  }

  /** Counts a large team in slices (validation, then counting), each under SLICE_MS; a newer input wins. */
  private _startCounting(key: unknown[], content: Content, entries: Entry[]): void {
    let done!: () => void;
    const counting = { key, done: 0, total: entries.length, finished: new Promise<void>((r) => (done = r)) };
    this._counting = counting;
    const minGroupSize = this.minGroupSize;
    const run = async () => {
      const parseable = entries.filter((e) => !e.parseError);
      const preparer = new TeamPreparer(content);
      const counter = new TeamCounter(content);
      const accepted = preparer.out.accepted;
      let counted = 0;
      let i = 0;
      while (i < parseable.length || counted < accepted.length) {
        await nextTask();
        if (this._counting !== counting) return;
        const start = performance.now();
        while (performance.now() - start < SLICE_MS && (i < parseable.length || counted < accepted.length)) {
          const end = Math.min(parseable.length, i + 25);
          for (; i < end; i++) preparer.add(parseable[i].value, i);
          const to = Math.min(accepted.length, counted + 25);
          counter.add(accepted, counted, to);
          counted = to;
        }
        counting.done = i;
        this._requestUpdate();
      }
      const state = this._finish(entries, parseable, preparer.out, counter.summary({ minGroupSize }));
      this._memo = { key, state };
      this._counting = undefined;
      this._requestUpdate();
    };
    run().finally(done);
  }

  /** The team summary (ready or not), or null while the content loads. */
  get summary(): TeamSummary | null {
    return this.state?.summary ?? null;
  }

  private _changed(): void {
    this._revision += 1;
    this._requestUpdate();
  }
}
