// The element's content: which source wins (see ../content-source.ts), loading it with an AbortSignal,
// the load timeout, retry, and the ready/error events. Shaped like @lit/task's Task (args, signal,
// render({ pending, complete, error })), but synchronous sources (built-in, inline, property) are
// complete within the same update, so they render on first paint without a pending frame.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { builtinContent } from '../../content/builtin.js';
import { DEFAULT_TIMEOUT_MS, LoadError, contentFromValue, fetchContent, parseContentText } from '../../content/load.js';
import type { Content } from '../../content/schema.js';
import { buildTermIndex, type TermIndex } from '../../content/terms.js';
import { EVENTS, emit } from '../../events.js';
import { pickSource, sameSource, type ContentSource } from '../content-source.js';
import { errorDetail } from '../error-text.js';
import type { LocaleController } from './locale-controller.js';

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
    if (source.kind !== 'src') {
      try {
        this._complete(
          source.kind === 'inline' ? parseContentText(source.text) : contentFromValue(source.kind === 'property' ? source.value : builtinContent(source.locale)),
        );
      } catch (e) {
        this._fail(e);
      }
      return;
    }
    const abort = (this._abort = new AbortController());
    this.loaded = { status: 'pending' };
    const timeout = host.timeout > 0 ? host.timeout : DEFAULT_TIMEOUT_MS;
    fetchContent(source.url, abort.signal, source.attempt > 0, timeout).then(
      (content) => this._abort === abort && this._complete(content),
      (e) => this._abort === abort && !abort.signal.aborted && this._fail(e),
    );
  }

  /** Loads the `src` again (after a network or HTTP error). */
  retry(): void {
    this._attempt += 1;
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
    const detail = this._locale.run(() => errorDetail(error));
    this._host.updateComplete.then(() => emit(this._host, EVENTS.error, detail));
  }
}
