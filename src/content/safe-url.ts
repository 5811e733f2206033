// Link URLs from content are allowed only for https:, http:, mailto: and relative references.
// Browsers strip tabs/newlines and leading/trailing control characters before reading a scheme, so
// obfuscations like "java\tscript:" or " javascript:" must be judged after the same normalisation.

const ALLOWED = new Set(['http:', 'https:', 'mailto:']);

export function isSafeUrl(raw: string): boolean {
  if (typeof raw !== 'string') return false;
  // Any control character, or a backslash (which WHATWG URL treats as "/"), is refused outright.
  if (/[\u0000-\u001f\u007f-\u009f\\]/.test(raw)) return false;
  // HTML character references have no place in a URL given as JSON text; they only serve to disguise one.
  if (/&(#|[a-z]+;)/i.test(raw)) return false;
  const url = raw.trim();
  if (!url) return false;
  const scheme = /^([^/?#]*?):/.exec(url);
  if (scheme) {
    // Something before the first ":" that is not a path: it must be an allowed scheme, letter for letter.
    if (!ALLOWED.has(`${scheme[1].toLowerCase()}:`)) return false;
  }
  try {
    const resolved = new URL(url, 'https://relative.invalid/');
    return ALLOWED.has(resolved.protocol);
  } catch {
    return false;
  }
}
