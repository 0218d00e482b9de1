import { describe, expect, it } from '@jest/globals';
import type { ValidationError } from 'class-validator';
import { ErrorCode } from './app-exception.js';
import { flattenValidationConstraints, validationExceptionFactory } from './validation-exception.factory.js';

const errors: ValidationError[] = [
  { property: 'password', constraints: { minLength: 'password must be at least 10 characters' }, children: [] },
  {
    property: 'parts',
    children: [{ property: '0', children: [{ property: 'kind', constraints: { isIn: 'kind must be one of …', isString: 'kind must be a string' } }] }],
  },
];

describe('validationExceptionFactory', () => {
  it('names the failed constraints per field path beside the English messages', () => {
    expect(flattenValidationConstraints(errors)).toEqual({ password: ['minLength'], 'parts.0.kind': ['isIn', 'isString'] });
  });

  it('puts them in the envelope as `constraints`, with `errors` unchanged', () => {
    const exception = validationExceptionFactory(errors);
    expect(exception.code).toBe(ErrorCode.ValidationFailed);
    expect(exception.errors).toEqual({ password: 'password must be at least 10 characters', 'parts.0.kind': 'kind must be one of …; kind must be a string' });
    expect(exception.details).toEqual({ constraints: { password: ['minLength'], 'parts.0.kind': ['isIn', 'isString'] } });
  });
});
