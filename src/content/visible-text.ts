// Whether a content text shows anything (no zod here: the entry's glossary uses it).

/**
 * A character a person can see: anything but whitespace, control and format characters (zero-width
 * space and joiners, word joiner, BOM, bidi marks, soft hyphen: Unicode category Cf) and the other
 * default-ignorable code points (variation selectors, Hangul fillers, …), which render as nothing.
 */
const VISIBLE = /[^\p{White_Space}\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]/u;

/** Whether a text shows anything: text of only invisible characters counts as empty. */
export function hasVisibleText(value: string): boolean {
  return VISIBLE.test(value);
}
