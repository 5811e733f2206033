// Reading a team's results from the host's server (`results-src`): page after page, following `more`
// links of an xAPI StatementResult (up to a limit), with the content loading's error kinds, timeout
// and retry (see ../content/load.ts). What arrived before an error is kept: a 500 on page 2 leaves
// page 1's results counted, next to a readable error. Only the given URL and same-origin `more` links
// are requested. No DOM, no lit.
import { DEFAULT_TIMEOUT_MS, LoadError, fetchText } from '../content/load.js';
import type { Content } from '../content/schema.js';
import { parseResultsFeed, resolveMoreUrl, type FeedRejection } from '../share/results-feed.js';

/** Pages followed at most; then loading stops and says so (`truncated`). */
export const MAX_RESULT_PAGES = 100;

export interface FeedLoad {
  /** Results (unvalidated: the team controller validates them as files). */
  results: unknown[];
  /** Statements that gave no result. */
  rejected: FeedRejection[];
  pages: number;
  /** More pages were announced than `maxPages`. */
  truncated: boolean;
  /** Why loading stopped early; what arrived before stays in `results`. */
  error?: LoadError;
}

export interface FeedLoadOptions {
  content?: Content;
  signal?: AbortSignal;
  /** Per page, as `timeout` for content (ms). */
  timeoutMs?: number;
  /** A retry: asks the server again, bypassing the HTTP cache. */
  reload?: boolean;
  maxPages?: number;
  /** After each page, with what is there so far. */
  onPage?: (load: FeedLoad) => void;
}

/** Loads every page of results from `url` (absolute). Never rejects, except when aborted. */
export async function loadResultsFeed(url: string, options: FeedLoadOptions = {}): Promise<FeedLoad> {
  const maxPages = options.maxPages ?? MAX_RESULT_PAGES;
  const load: FeedLoad = { results: [], rejected: [], pages: 0, truncated: false };
  const visited = new Set<string>();
  let next: string | null = url;
  while (next) {
    if (load.pages >= maxPages) {
      load.truncated = true;
      break;
    }
    visited.add(next);
    let text: string;
    try {
      text = await fetchText(next, options.signal, options.reload, options.timeoutMs ?? DEFAULT_TIMEOUT_MS, 'results');
    } catch (e) {
      if (options.signal?.aborted) throw e;
      load.error = e instanceof LoadError ? e : new LoadError('network', String(e), [], undefined, next);
      break;
    }
    const page = parseResultsFeed(text, { content: options.content });
    if (!page.ok) {
      const kind = page.reason === 'json' ? 'parse' : 'invalid';
      load.error = new LoadError(kind, `Page ${load.pages + 1} of the results: ${page.message}`, [], undefined, next);
      break;
    }
    load.pages += 1;
    // One by one: a page of 100,000 would overflow the arguments of push(...page).
    for (const r of page.results) load.results.push(r);
    for (const r of page.rejected) load.rejected.push(r);
    const more = resolveMoreUrl(next, page.more);
    if (!more.ok || (more.url && visited.has(more.url))) {
      const why = more.ok ? 'loop' : more.reason;
      load.error = new LoadError('invalid', `The "more" link of page ${load.pages} cannot be followed (${why}).`, [], undefined, next);
      next = null;
    } else next = more.url;
    options.onPage?.(load);
  }
  return load;
}
