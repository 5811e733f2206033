// Where focus goes after a render: `focus.after(selector)` asks for it, hostUpdated moves it, from
// one place. Also the pointer guard: a navigation click must never answer anything.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long after the person's own navigation pointer clicks on answer options are ignored. */
const POINTER_GUARD_MS = 500;

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export class FocusController implements ReactiveController {
  private _target?: string;
  private _when?: () => boolean;
  private _navigated = false;
  /** When the person's last navigation was rendered (performance.now()). */
  private _shownAt = -Infinity;
  /**
   * The second click of a double-click on "next", "back" or an edit link lands on the view that replaced
   * the button, often on an answer option. Mouse and touch clicks (detail > 0) on options are ignored
   * for a moment after a navigation; keyboard activation (detail 0) and later clicks answer as usual.
   * An object, so lit adds it with { capture: true }: it sees the click before any option does.
   */
  readonly pointerGuard = { handleEvent: (e: MouseEvent) => this._guard(e), capture: true };

  constructor(private readonly _host: Host) {
    _host.addController(this);
  }

  /** Focus `selector` once rendered (and once `when` holds, e.g. after a load ends). */
  after(selector: string, when?: () => boolean): void {
    this._target = selector;
    this._when = when;
    this._host.requestUpdate();
  }

  /** The person navigated: the pointer guard starts now and again once the new view is rendered. */
  navigated(): void {
    this._navigated = true;
    this._shownAt = performance.now();
  }

  hostUpdated(): void {
    if (this._navigated) {
      this._navigated = false;
      this._shownAt = performance.now();
    }
    const selector = this._target;
    if (!selector || (this._when && !this._when())) return;
    const el = this._host.renderRoot.querySelector<HTMLElement>(selector);
    // A view still waiting for its chunk: focus moves once it is there.
    if (!el && this._host.renderRoot.querySelector('[part~="loading"]')) return;
    this._target = this._when = undefined;
    el?.focus();
  }

  private _guard(e: MouseEvent): void {
    if (e.detail === 0 || performance.now() - this._shownAt > POINTER_GUARD_MS) return;
    const target = e.composedPath()[0];
    if (target instanceof Element && target.closest('[part~="option"]')) {
      e.preventDefault();
      e.stopPropagation();
    }
  }
}
