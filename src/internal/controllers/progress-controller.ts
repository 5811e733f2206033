// Opt-in persistence (`persist`): opens the store for the loaded content, offers saved progress back,
// keeps answers and step after each change, and says when the browser refuses storage. The store and
// the views of the offer and the notice are a chunk: only an element with `persist` loads it.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Content } from '../../content/schema.js';
import { sanitizeAnswers, type Answers } from '../../scoring/answers.js';
import type { ProgressStore, SavedProgress } from '../progress-store.js';
import { lazy, need } from '../lazy.js';
import type { Step } from '../step.js';

const storeChunk = lazy(() => import('../persist-chunk.js'));

export class ProgressController implements ReactiveController {
  /** Saved progress offered on the intro, or null. */
  offer: SavedProgress | null = null;
  /** The browser refused storage: answers last only as long as the page. */
  notice = false;
  private _store?: ProgressStore;

  /** `answers`: the host's answers now (the store may open a moment after it was asked to). */
  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement,
    private readonly _answers: () => Answers = () => ({}),
  ) {
    _host.addController(this);
  }

  hostConnected(): void {}

  /** The views of the offer and the notice: there whenever `offer` or `notice` is set. */
  get views() {
    return storeChunk.value;
  }

  /** Opens (or closes, without `persist`) the store of this content; offers what it holds when nothing is answered yet. */
  open(content: Content, persist: boolean, answers: Answers): void {
    if (!persist) {
      this._store = undefined;
      this.notice = false;
      this.offer = null;
      return;
    }
    const chunk = need(storeChunk, () => {
      if (storeChunk.value) this.open(content, persist, this._answers());
      this._host.requestUpdate();
    });
    if (!chunk) return;
    const { openProgressStore, storageKey } = chunk;
    // Several persisting scans of the same content on one page keep apart by their element id.
    const key = storageKey(content.id, content.version) + (this._host.id ? `#${this._host.id}` : '');
    if (this._store?.key === key) return;
    this._store = openProgressStore(key);
    this.notice = !this._store.persistent;
    const saved = this._store.load();
    const restorable = saved ? sanitizeAnswers(content, saved.answers) : {};
    this.offer = saved && Object.keys(restorable).length && !Object.keys(answers).length ? saved : null;
  }

  save(answers: Answers, step: Step, plan?: unknown): void {
    if (!this._store) return;
    this._store.save({ answers: { ...answers }, step, savedAt: new Date().toISOString(), ...(plan ? { plan } : {}) });
    if (!this._store.persistent) this.notice = true;
  }

  /** Forgets the kept progress and the offer. */
  clear(): void {
    this._store?.clear();
    this.offer = null;
  }

  /** The offer was taken up or overtaken. */
  dropOffer(): SavedProgress | null {
    const offer = this.offer;
    this.offer = null;
    return offer;
  }
}
