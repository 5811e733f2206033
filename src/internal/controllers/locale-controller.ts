// The language an element renders in: its own `lang`, else the nearest ancestor's across shadow roots,
// else Dutch; re-renders the host when any of them changes. Wraps rendering in that locale.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { html } from 'lit';
import { inLocale, loadLocale, localeReady, withContentLang, type Locale } from '../../localization.js';
import { resolveLocale, watchAncestorLang } from '../lang.js';

type Host = ReactiveControllerHost & HTMLElement;

export class LocaleController implements ReactiveController {
  /** The locale of the last update (see resolve). */
  value: Locale = 'nl';
  private _unwatch?: () => void;

  constructor(private readonly _host: Host) {
    _host.addController(this);
  }

  hostConnected(): void {
    this._unwatch = watchAncestorLang(this._host);
  }

  hostDisconnected(): void {
    this._unwatch?.();
  }

  /** Looks the language up again (call at the start of an update); starts loading its chunk if needed. */
  resolve(): Locale {
    const value = (this.value = resolveLocale(this._host));
    if (!localeReady(value)) {
      const again = () => this._host.requestUpdate();
      loadLocale(value).then(again, again);
    }
    return value;
  }

  /** Resolves once msg() answers in this locale (its chunk arrived, or could not be loaded). */
  whenReady(): Promise<void> {
    return loadLocale(this.value).then(
      () => {},
      () => {},
    );
  }

  /** msg() answers in this locale (its chunk has arrived). */
  get ready(): boolean {
    return localeReady(this.value);
  }

  /**
   * What shows until the locale's chunk arrives: the busy state with no Dutch in it (only English is a
   * chunk, so its words are written here).
   */
  renderWaiting() {
    return html`<div class="base" part="base" lang=${this.value} aria-busy="true">
      <div class="view loading" part="loading" role="status"><span class="spinner" aria-hidden="true"></span> The quickscan is loading…</div>
    </div>`;
  }

  /** Runs `fn` with msg() in this locale. */
  run<T>(fn: () => T): T {
    return inLocale(this.value, fn);
  }

  /** Runs a render in this locale, with content texts marked in the content's own language. */
  render<T>(contentLang: string | undefined, fn: () => T): T {
    return inLocale(this.value, () => withContentLang(contentLang, this.value, fn));
  }
}
