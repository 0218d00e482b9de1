import { AppException } from '../errors/app-exception.js';

/** A lone UTF-16 surrogate (JSON allows "\ud800"), or a NUL, which PostgreSQL text cannot hold. */
// eslint-disable-next-line no-control-regex -- NUL is exactly what must be found
const ILL_FORMED = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\u0000/;

/** The dotted path of the first string (key or value) in `value` that is not storable Unicode text, or null. */
export function findIllFormedText(value: unknown, path = '', depth = 0): string | null {
  if (typeof value === 'string') return ILL_FORMED.test(value) ? path || 'body' : null;
  if (typeof value !== 'object' || value === null || depth > 32) return null;
  for (const [key, inner] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    if (ILL_FORMED.test(key)) return at;
    const found = findIllFormedText(inner, at, depth + 1);
    if (found) return found;
  }
  return null;
}

/**
 * Refuses a body or query holding text no column can store, before any validator sees it: validator's
 * isEmail throws a URIError on a lone surrogate (a 500), pg would write it as U+FFFD (a silent
 * change), and PostgreSQL rejects NUL in text outright.
 */
export function assertWellFormedText(value: unknown): void {
  const field = findIllFormedText(value);
  if (field !== null) throw AppException.invalidField(field, 'must be valid Unicode text without NUL characters or lone surrogates');
}
