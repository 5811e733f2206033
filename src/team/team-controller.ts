// Team state of the element: results the host set, results read from files the facilitator chose or
// dropped, what was refused and why. The element sets `content` and `minGroupSize` before rendering;
// `state` is recomputed only when one of them (or the inputs) changed. No DOM beyond reading files.
import type { Content } from '../content/schema.js';
import {
  DEFAULT_MIN_GROUP_SIZE,
  aggregate,
  clampGroupSize,
  prepareTeam,
  type TeamRejection,
  type TeamSummary,
} from './aggregate.js';

/** A result file is a few kB; anything far larger is not one of ours and is not read. */
const MAX_FILE_BYTES = 1024 * 1024;

export interface TeamState {
  summary: TeamSummary;
  rejected: TeamRejection[];
  duplicates: number;
  /** Files read so far (so the view can offer to forget them). */
  files: number;
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
  private _revision = 0;
  private _memo?: { key: unknown[]; state: TeamState };

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

  /** Forgets the files (the host's results stay). */
  clearFiles(): void {
    this._fromFiles = [];
    this._changed();
  }

  get state(): TeamState | null {
    const content = this.content;
    if (!content) return null;
    const key = [content, clampGroupSize(this.minGroupSize), this._revision];
    if (this._memo && key.every((k, i) => k === this._memo!.key[i])) return this._memo.state;
    const entries = [...this._fromHost, ...this._fromFiles];
    const parseable = entries.filter((e) => !e.parseError);
    const prepared = prepareTeam(content, parseable.map((e) => e.value));
    const refused = new Map(prepared.rejected.map((r) => [parseable[r.index], r]));
    // In the order given: the host's results, then the files.
    const rejected = entries.flatMap((e): TeamRejection[] => {
      const r = e.parseError ? { reason: 'parse' as const } : refused.get(e);
      return r ? [{ ...r, index: e.index, name: e.name }] : [];
    });
    const state: TeamState = {
      summary: aggregate(content, prepared.accepted, { minGroupSize: this.minGroupSize }),
      rejected,
      duplicates: prepared.duplicates,
      files: this._fromFiles.length,
    };
    this._memo = { key, state };
    return state;
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
