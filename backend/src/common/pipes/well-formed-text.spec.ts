import { describe, expect, it } from '@jest/globals';
import { AppException } from '../errors/app-exception.js';
import { assertWellFormedText, findIllFormedText } from './well-formed-text.js';

describe('well-formed text', () => {
  it.each([
    [{ email: '\uD800' }, 'email'],
    [{ text: 'ok', parts: [{ heading: 'x\uDFFFy' }] }, 'parts.0.heading'],
    [{ text: 'a\u0000b' }, 'text'],
    [{ ['k\uD83D']: 1 }, 'k\uD83D'],
    ['\uDC00', 'body'],
  ])('finds %p at %p', (value, path) => {
    expect(findIllFormedText(value)).toBe(path);
  });

  it('accepts whole surrogate pairs, combining marks and every other character', () => {
    expect(findIllFormedText({ text: '👩‍👩‍👧‍👦 e\u0301 \u202E \uFEFF İ ß', years: [2026], nested: { deep: [null, true, 1.5] } })).toBeNull();
  });

  it('throws validation_failed naming the field', () => {
    expect(() => assertWellFormedText({ email: '\uD800' })).toThrow(AppException);
    expect(() => assertWellFormedText({ email: '\uD800' })).toThrow('Invalid input: email');
  });
});
