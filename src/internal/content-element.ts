// What both elements are: content from a source (`content`, inline JSON, `src`, built-in), rendered in
// the element's language inside one `base` wrapper, with a busy state, an error view and a retry.
import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { DEFAULT_TIMEOUT_MS } from '../content/load-error.js';
import type { Content } from '../content/schema.js';
import type { TermIndex } from '../content/terms.js';
import type { Locale } from '../localization.js';
import { ContentController } from './controllers/content-controller.js';
import { FocusController } from './controllers/focus-controller.js';
import { LocaleController } from './controllers/locale-controller.js';
import { errorTexts } from './error-chunk.js';
import { chunksSettled, need } from './lazy.js';
import { renderLoading } from './views/loading.js';

export abstract class ContentElement extends LitElement {
  // Declared here rather than with decorators: the decorators and their helper would cost the first
  // visit about 0.7 KB gzip (see scripts/size.mjs).
  static override properties: PropertyDeclarations = {
    src: {},
    timeout: { type: Number },
    content: { attribute: false },
    theme: { reflect: true },
  };

  // `lang` stays the native attribute/property (it also sets the language for assistive technology);
  // the element only observes it. Region tags map to their language; unknown ones fall back to Dutch.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  /** URL of the content JSON. Used when no `content` property or inline JSON is given. */
  src?: string;

  /** How long loading `src` may take (ms, default 15000) before it ends in a network error with a retry. */
  timeout = DEFAULT_TIMEOUT_MS;

  /** Content as an object (or JSON text); validated, takes precedence over inline JSON and `src`. */
  content?: unknown;

  /** `dark` or `light` forces a colour scheme; without it the element follows the page's preference. */
  theme?: 'light' | 'dark';

  protected readonly _locale = new LocaleController(this);
  protected readonly _focus = new FocusController(this);
  protected readonly _content = new ContentController(this, this._locale, (content, previous) => this._contentChanged(content, previous));
  // The last view rendered (kept on show while a language's chunk loads).
  private _shown?: unknown;

  /** The active content, once loaded and valid. */
  get loadedContent(): Content | null {
    return this._content.content;
  }

  /** The language the element renders in. */
  get locale(): Locale {
    return this._locale.value;
  }

  protected override willUpdate(_changed: PropertyValues): void {
    this._locale.resolve();
    this._content.update();
  }

  /** New content is there (before the update that shows it). */
  protected _contentChanged(_content: Content, _previous: Content | null): void {}

  /** The loaded content's view. */
  protected abstract _renderContent(content: Content, terms: TermIndex): unknown;

  /** What comes before the view inside the wrapper (live regions, notices). */
  protected _renderBefore(): unknown {
    return nothing;
  }

  /** Rendered means rendered with the chunks it needed (the English texts, the results view, team mode). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await chunksSettled();
    return this.isUpdatePending ? this.getUpdateComplete() : done;
  }

  /** True while the view waits for a chunk (the wrapper says it is busy). */
  protected _waiting(): boolean {
    return false;
  }

  protected override render(): unknown {
    // Until the language's chunk is there: what was shown stays (no half-translated view), and a
    // first render shows the busy state without Dutch in it.
    if (!this._locale.ready) return this._shown ?? this._locale.renderWaiting();
    return this._locale.render(this.loadedContent?.lang, () => {
      const view = this._content.render({
        pending: renderLoading,
        error: (error) => {
          // The error texts are a chunk: only a page that meets an error loads them.
          const t = need(errorTexts, () => this.requestUpdate());
          return t ? t.renderError(t.errorDetail(error), () => this._retry()) : renderLoading();
        },
        complete: (content, terms) => this._renderContent(content, terms),
      });
      const busy = this._content.loaded.status === 'pending' || this._waiting();
      return (this._shown = html`<div class="base" part="base" lang=${this._locale.value} aria-busy=${busy ? 'true' : 'false'} @click=${this._focus.pointerGuard}>
        ${this._renderBefore()} ${view}
      </div>`);
    });
  }

  private _retry(): void {
    this._focus.after('#view-heading', () => this._content.loaded.status !== 'pending');
    this._content.retry();
  }
}
