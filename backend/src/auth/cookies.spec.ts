import { describe, expect, it } from '@jest/globals';
import { parseCookies } from './cookies.js';

describe('parseCookies', () => {
  it('reads name=value pairs, decoding values', () => {
    expect(parseCookies('atk_session=abc; atk_csrf=x%2By; other="q"')).toEqual({ atk_session: 'abc', atk_csrf: 'x+y', other: 'q' });
  });

  it('skips malformed pairs and survives bad encoding', () => {
    expect(parseCookies('=x; novalue; bad=%E0%A4%A; ok=1')).toEqual({ ok: '1' });
    expect(parseCookies(undefined)).toEqual({});
  });
});
