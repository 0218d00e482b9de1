import { describe, expect, it } from '@jest/globals';
import { AppException, ERROR_STATUS, ErrorCode } from './app-exception.js';
import { ErrorEnvelopeFilter } from './error-envelope.filter.js';

describe('ERROR_STATUS', () => {
  it('gives every code a client or server error status', () => {
    for (const code of Object.values(ErrorCode)) {
      expect(ERROR_STATUS[code]).toBeGreaterThanOrEqual(400);
      expect(ERROR_STATUS[code]).toBeLessThan(600);
    }
  });

  it('decides the status of an AppException by its code', () => {
    expect(new AppException(ErrorCode.StatementSubmitted, 'locked').status).toBe(409);
    expect(new AppException(ErrorCode.UnprocessableEntity, 'other commission').status).toBe(422);
    expect(new AppException(ErrorCode.InvalidCredentials, 'wrong').status).toBe(401);
    expect(AppException.notFound('Board', 7).status).toBe(404);
    expect(AppException.versionConflict('Board', 7, 3)).toMatchObject({ status: 409, code: ErrorCode.VersionConflict, details: { currentVersion: 3 } });
  });

  it('is the status the envelope answers with', () => {
    const envelope = new ErrorEnvelopeFilter().toEnvelope(new AppException(ErrorCode.CsrfFailed, 'no token'));
    expect(envelope).toEqual({ statusCode: 403, code: 'csrf_failed', message: 'no token' });
  });
});
