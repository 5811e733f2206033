// The language an element renders in: its own `lang`, else the nearest ancestor's across shadow roots,
// else Dutch; re-renders the host when any of them changes. Wraps rendering in that locale.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { inLocale, withContentLang, type Locale } from '../../localization.js';
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

  /** Looks the language up again (call at the start of an update). */
  resolve(): Locale {
    return (this.value = resolveLocale(this._host));
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
