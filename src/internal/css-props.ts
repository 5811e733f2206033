// Sets inline CSS properties through the CSSOM (element.style.setProperty) — never a style="" attribute,
// which a strict Content-Security-Policy (style-src 'self', no 'unsafe-inline') would block. Lit's own
// styleMap writes the attribute on first render, hence this small directive.
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

class CssPropsDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssProps() belongs in an element position');
  }
  render(_props: Record<string, string | number>) {
    return noChange;
  }
  override update(part: ElementPart, [props]: [Record<string, string | number>]) {
    const style = (part.element as HTMLElement).style;
    for (const [name, value] of Object.entries(props)) style.setProperty(name, String(value));
    return noChange;
  }
}

/** `<span ${cssProps({ 'inline-size': '40%' })}>` */
export const cssProps = directive(CssPropsDirective);
