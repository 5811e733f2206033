// The element's content: which source wins (see ../content-source.ts), loading it with an AbortSignal,
// the load timeout, retry, and the ready/error events. Shaped like @lit/task's Task (args, signal,
// render({ pending, complete, error })), but synchronous sources (built-in, inline, property) are
// complete within the same update, so they render on first paint without a pending frame.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_TIMEOUT_MS, LoadError } from '../../content/load-error.js';
import { content as nl } from '../../generated/builtin-nl.js';
import { loadLocale, loadedPack, type Locale } from '../../localization.js';
import { lazy } from '../lazy.js';
import type { Content } from '../../content/schema.js';
import { buildTermIndex, type TermIndex } from '../../content/terms.js';
import { EVENTS, emit } from '../../events.js';
import { pickSource, sameSource, type ContentSource } from '../content-source.js';
import { errorTexts } from '../error-chunk.js';
import type { LocaleController } from './locale-controller.js';

// Content from outside is validated with zod: a chunk, loaded the first time such content comes. The
// built-in content was checked at build time and is frozen (../../generated/builtin-*.ts).
const validation = lazy(() => import('../../content/load.js'));
type Validation = NonNullable<typeof validation.value>;

/** The built-in content of a locale if it is here now (Dutch always; others once their chunk came). */
function builtinNow(locale: string): Content | undefined {
  return locale === 'nl' ? nl : loadedPack(locale as Locale)?.content;
}

const chunkFailed = (e: unknown) =>
  e instanceof LoadError ? e : new LoadError('network', `Part of the quickscan could not be loaded: ${(e as Error)?.message ?? e}`);

export interface ContentHost extends ReactiveControllerHost, HTMLElement {
  content?: unknown;
  src?: string;
  timeout: number;
  readonly hasUpdated: boolean;
}

export type Loaded =
  | { status: 'pending' }
  | { status: 'complete'; content: Content; terms: TermIndex }
  | { status: 'error'; error: LoadError };

export interface LoadedRenderers<T> {
  pending(): T;
  complete(content: Content, terms: TermIndex): T;
  error(error: LoadError): T;
}

export class ContentController implements ReactiveController {
  loaded: Loaded = { status: 'pending' };
  private _source?: ContentSource;
  private _attempt = 0;
  private _abort?: AbortController;
  private _lastReady = '';
  private _childObserver?: MutationObserver;

  /** `onContent` runs whenever new content is there, before the update that shows it renders. */
  constructor(
    private readonly _host: ContentHost,
    private readonly _locale: LocaleController,
    private readonly _onContent: (content: Content, previous: Content | null) => void = () => {},
  ) {
    _host.addController(this);
  }

  get content(): Content | null {
    return this.loaded.status === 'complete' ? this.loaded.content : null;
  }

  /** The language results are scored in: the content's own, else the element's. */
  get contentLocale(): string {
    return this.content?.lang ?? this._locale.value;
  }

  hostConnected(): void {
    // Moved in the DOM: an interrupted load starts again (see hostDisconnected).
    if (this._host.hasUpdated) this._host.requestUpdate();
    // An inline <script type="application/json"> child may come, go or change.
    this._childObserver = new MutationObserver(() => this._host.requestUpdate());
    this._childObserver.observe(this._host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this._childObserver?.disconnect();
    // A load still under way is aborted and forgotten, so it restarts on reconnect; loaded content stays.
    if (this.loaded.status === 'pending') {
      this._abort?.abort();
      this._source = undefined;
    }
  }

  /** Picks the source again (call from willUpdate, after the locale is resolved); loads when it changed. */
  update(): void {
    const host = this._host;
    const source = pickSource(host, host.content, host.src, this._locale.value, this._attempt);
    if (sameSource(this._source, source)) return;
    this._source = source;
    this._abort?.abort();
    this._abort = undefined;
    // Still the source this callback was started for.
    const current = () => this._source === source;
    if (source.kind === 'builtin') {
      const content = builtinNow(source.locale);
      if (content) return this._complete(content);
      this.loaded = { status: 'pending' };
      loadLocale(source.locale as Locale).then(
        (pack) => current() && this._complete(pack?.content ?? nl),
        (e) => current() && this._fail(chunkFailed(e)),
      );
      return;
    }
    if (source.kind !== 'src') {
      const check = (v: Validation) => {
        try {
          this._complete(source.kind === 'inline' ? v.parseContentText(source.text) : v.contentFromValue(source.value));
        } catch (e) {
          this._fail(e);
        }
      };
      if (validation.value) return check(validation.value);
      this.loaded = { status: 'pending' };
      validation.load().then(
        (v) => current() && check(v),
        (e) => current() && this._fail(chunkFailed(e)),
      );
      return;
    }
    const abort = (this._abort = new AbortController());
    this.loaded = { status: 'pending' };
    const timeout = host.timeout > 0 ? host.timeout : DEFAULT_TIMEOUT_MS;
    validation
      .load()
      .then((v) => v.fetchContent(source.url, abort.signal, source.attempt > 0, timeout))
      .then(
        (content) => this._abort === abort && this._complete(content),
        (e) => this._abort === abort && !abort.signal.aborted && this._fail(e),
      );
  }

  /** Loads the `src` again (after a network or HTTP error). */
  retry(): void {
    this._attempt += 1;
    this._source = undefined;
    this._host.requestUpdate();
  }

  render<T>(renderers: LoadedRenderers<T>): T {
    const loaded = this.loaded;
    if (loaded.status === 'pending') return renderers.pending();
    return loaded.status === 'error' ? renderers.error(loaded.error) : renderers.complete(loaded.content, loaded.terms);
  }

  private _complete(content: Content): void {
    const previous = this.content;
    this.loaded = { status: 'complete', content, terms: buildTermIndex(content.glossary) };
    this._onContent(content, previous);
    this._host.requestUpdate();
    const locale = this.contentLocale;
    const key = `${content.id}\u0000${content.version}\u0000${locale}`;
    if (key === this._lastReady) return;
    this._lastReady = key;
    const detail = { contentId: content.id, contentVersion: content.version, locale };
    this._host.updateComplete.then(() => emit(this._host, EVENTS.ready, detail));
  }

  private _fail(e: unknown): void {
    const error = e instanceof LoadError ? e : new LoadError('parse', String((e as Error)?.message ?? e));
    this.loaded = { status: 'error', error };
    this._lastReady = '';
    this._host.requestUpdate();
    // The texts are a chunk (loaded with the failure, so the error view and the event come together).
    Promise.all([errorTexts.load(), this._locale.whenReady()]).then(
      ([t]) => {
        const detail = this._locale.run(() => t.errorDetail(error));
        this._host.updateComplete.then(() => emit(this._host, EVENTS.error, detail));
      },
      () => this._host.updateComplete.then(() => emit(this._host, EVENTS.error, { kind: error.kind, message: error.message })),
    );
  }
}
