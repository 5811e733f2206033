// The results view renders in stages, a frame apart (see RESULTS_STAGES in ./views/results.ts): the
// click that shows the results paints their top (heading, chart, first tip, priorities) quickly, the
// rest follows after each paint, and no task is long. The elements' updateComplete waits for the last
// stage (see ../internal/lazy.ts `hold`). Part of the results chunk.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { hold } from '../internal/lazy.js';
import { RESULTS_STAGES } from './views/results.js';

/** After the next paint (or a timeout: a hidden tab paints no frames). */
function painted(): Promise<void> {
  return new Promise((done) => {
    const fallback = setTimeout(done, 100);
    requestAnimationFrame(() => setTimeout(() => (clearTimeout(fallback), done())));
  });
}

export class ResultsStages implements ReactiveController {
  /** The stage to render. */
  stage = 0;
  private _staging = false;

  constructor(private readonly _host: ReactiveControllerHost, private readonly _onResults: () => boolean) {
    _host.addController(this);
  }

  hostUpdate(): void {
    // Away from the results: the next time they show, they start at the top again.
    if (!this._onResults()) this.stage = 0;
  }

  hostUpdated(): void {
    if (this._staging || this.stage >= RESULTS_STAGES - 1 || !this._onResults()) return;
    this._staging = true;
    hold(
      (async () => {
        while (this.stage < RESULTS_STAGES - 1 && this._onResults()) {
          await painted();
          this.stage++;
          this._host.requestUpdate();
        }
        this._staging = false;
      })(),
    );
  }
}
