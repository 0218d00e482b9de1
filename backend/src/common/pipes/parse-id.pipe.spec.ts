import { describe, expect, it } from '@jest/globals';
import { AppException } from '../errors/app-exception.js';
import { ParseIdPipe } from './parse-id.pipe.js';

describe('ParseIdPipe', () => {
  const pipe = new ParseIdPipe();
  const meta = { type: 'param' as const, data: 'id' };

  it('parses positive integers', () => {
    expect(pipe.transform('42', meta)).toBe(42);
  });

  it.each(['0', '-1', 'abc', '1.5', '1e3', '99999999999', "1' OR 1=1", ''])('rejects %p naming the parameter', (raw) => {
    expect(() => pipe.transform(raw, meta)).toThrow(AppException);
    expect(() => pipe.transform(raw, meta)).toThrow(/^id must be a positive integer/);
  });
});
