// "Deel met je team" on the results view: the person's answers as a share code to paste in a chat, with
// a copy button (Clipboard API; where that is refused, the code is selected so the person copies it).
// Its own small element, loaded lazily by the results view; parts are exported to the scan's element.
import { LitElement, css, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { Content } from '../content/schema.js';
import { SOURCE_LOCALE, inLocale, msg, type Locale } from '../localization.js';
import type { Answers } from '../scoring/answers.js';
import { SHARE_TAG } from '../internal/tags.js';
import { base } from '../styles/base.js';
import { tokens } from '../styles/tokens.js';
import { encodeShareCode } from './share-code.js';

type CopyState = 'idle' | 'copied' | 'selected';

/** One nonce per content and answer set shown: showing the same answers again keeps the same code. */
const codes = new WeakMap<Content, Map<string, string>>();

/** The share code of complete answers, or null when a statement has no answer yet. */
export function shareCodeFor(content: Content, answers: Answers): string | null {
  const key = JSON.stringify(content.pillars.flatMap((p) => p.statements.map((s) => (Object.hasOwn(answers, s.id) ? answers[s.id] : '-'))));
  let known = codes.get(content);
  if (!known) codes.set(content, (known = new Map()));
  const found = known.get(key);
  if (found) return found;
  try {
    const code = encodeShareCode(content, answers);
    known.set(key, code);
    return code;
  } catch {
    return null;
  }
}

/**
 * "Deel met je team" inside the scan's results view (an implementation detail: hosts style it with the
 * scan element's parts `share-code` and `copy-share-code-button`).
 * @internal
 */
export class QuickscanShareElement extends LitElement {
  // Not decorators: see ../internal/content-element.ts.
  static override properties: PropertyDeclarations = {
    content: { attribute: false },
    answers: { attribute: false },
    locale: {},
    _copy: { state: true, attribute: false },
  };
  static override styles = [
    tokens,
    base,
    css`
      :host {
        display: block;
      }
      .share-code {
        display: block;
        inline-size: 100%;
        padding: 0.5em 0.75em;
        border: 2px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_bg);
        color: inherit;
        font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
        font-size: 1.05em;
        letter-spacing: 0.04em;
        overflow-wrap: anywhere;
        word-break: break-all;
        user-select: all;
      }
    `,
  ];

  content?: Content;
  answers?: Answers;
  locale: Locale = SOURCE_LOCALE;
  private _copy: CopyState = 'idle';
  private _code: string | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('content') && !changed.has('answers')) return;
    const code = this.content && this.answers ? shareCodeFor(this.content, this.answers) : null;
    if (code !== this._code) this._copy = 'idle';
    this._code = code;
  }

  private async _copyCode(code: string): Promise<void> {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(code);
      this._copy = 'copied';
    } catch {
      // Refused (no permission, insecure context): select the code, so Ctrl+C or the menu copies it.
      this._selectCode();
      this._copy = 'selected';
    }
  }

  private _selectCode(): void {
    const node = this.renderRoot.querySelector('#share-code');
    const selection = window.getSelection();
    if (!node || !selection) return;
    const range = document.createRange();
    range.selectNodeContents(node);
    selection.removeAllRanges();
    selection.addRange(range);
  }

  protected override render() {
    return inLocale(this.locale, () => {
      const { content, answers } = this;
      if (!content || !answers) return nothing;
      const code = this._code;
      return html`<section class="share no-print" aria-labelledby="share-heading">
        <h3 id="share-heading">${msg('Deel met je team')}</h3>
        ${code
          ? html`<p id="share-help">${msg('Plak deze code in de teamchat. De begeleider plakt alle codes in de teamweergave. De code bevat alleen je antwoorden: geen naam en geen tijd.')}</p>
              <p><code id="share-code" class="share-code" part="share-code" tabindex="0" aria-describedby="share-help" @focus=${() => this._selectCode()}>${code}</code></p>
              <div class="actions">
                <button type="button" part="copy-share-code-button" @click=${() => this._copyCode(code)}>${msg('Kopieer de code')}</button>
              </div>
              <p role="status" class="meta">${this._copy === 'copied'
                ? msg('De code is gekopieerd.')
                : this._copy === 'selected'
                  ? msg('Kopiëren lukte niet vanzelf. De code is geselecteerd: kopieer hem met Ctrl+C (of Cmd+C), of houd hem ingedrukt op je telefoon.')
                  : nothing}</p>`
          : html`<p>${msg('Beantwoord alle stellingen (‘Weet ik niet’ mag ook) om een code te krijgen die je met je team deelt.')}</p>`}
      </section>`;
    });
  }
}

customElements.get(SHARE_TAG) ?? customElements.define(SHARE_TAG, QuickscanShareElement);

declare global {
  interface HTMLElementTagNameMap {
    'sociale-veiligheid-quickscan-share': QuickscanShareElement;
  }
}
