// Which source the element's content comes from, in one precedence: the `content` property, an inline
// <script type="application/json"> child, the `src` URL, the built-in content of the active language.

export type ContentSource =
  | { kind: 'property'; value: unknown }
  | { kind: 'inline'; text: string }
  | { kind: 'src'; url: string; attempt: number }
  | { kind: 'builtin'; locale: string };

export function pickSource(el: Element, content: unknown, src: string | undefined, locale: string, attempt: number): ContentSource {
  if (content !== undefined && content !== null && content !== '') return { kind: 'property', value: content };
  const script = el.querySelector(':scope > script[type="application/json"]');
  if (script) return { kind: 'inline', text: script.textContent ?? '' };
  if (src && src.trim()) return { kind: 'src', url: src.trim(), attempt };
  return { kind: 'builtin', locale };
}

export function sameSource(a: ContentSource | undefined, b: ContentSource): boolean {
  if (!a || a.kind !== b.kind) return false;
  switch (b.kind) {
    case 'property':
      return (a as typeof b).value === b.value;
    case 'inline':
      return (a as typeof b).text === b.text;
    case 'src':
      return (a as typeof b).url === b.url && (a as typeof b).attempt === b.attempt;
    case 'builtin':
      return (a as typeof b).locale === b.locale;
  }
}
