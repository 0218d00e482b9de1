import { HttpStatus } from '@nestjs/common';

/** Stable machine codes of the error envelope; clients and tests rely on them. */
export enum ErrorCode {
  ValidationFailed = 'validation_failed',
  InvalidId = 'invalid_id',
  NotFound = 'not_found',
  Conflict = 'conflict',
  VersionConflict = 'version_conflict',
  Unauthorized = 'unauthorized',
  InvalidCredentials = 'invalid_credentials',
  Forbidden = 'forbidden',
  CsrfFailed = 'csrf_failed',
  CycleNotOpen = 'cycle_not_open',
  StatementExists = 'statement_exists',
  StatementSubmitted = 'statement_submitted',
  StatementNotSubmitted = 'statement_not_submitted',
  UnprocessableEntity = 'unprocessable_entity',
  TooManyRequests = 'too_many_requests',
  PayloadTooLarge = 'payload_too_large',
  UnsupportedMediaType = 'unsupported_media_type',
  ImportFailed = 'import_failed',
  DatabaseUnavailable = 'database_unavailable',
  DatabaseBusy = 'database_busy',
  Internal = 'internal_error',
}

/**
 * The one exception services throw; the global filter turns it into
 * `{ statusCode, code, message, errors?, ...details }`.
 */
export class AppException extends Error {
  constructor(
    readonly status: HttpStatus,
    readonly code: ErrorCode,
    message: string,
    readonly errors?: Record<string, string>,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }

  static notFound(entity: string, key: string | number): AppException {
    return new AppException(HttpStatus.NOT_FOUND, ErrorCode.NotFound, `${entity} ${JSON.stringify(key)} does not exist`);
  }

  static validation(errors: Record<string, string>): AppException {
    const fields = Object.keys(errors).join(', ');
    return new AppException(HttpStatus.BAD_REQUEST, ErrorCode.ValidationFailed, `Invalid input: ${fields}`, errors);
  }

  static unauthorized(message = 'Sign in first'): AppException {
    return new AppException(HttpStatus.UNAUTHORIZED, ErrorCode.Unauthorized, message);
  }

  static forbidden(message: string): AppException {
    return new AppException(HttpStatus.FORBIDDEN, ErrorCode.Forbidden, message);
  }

  /** A stale `version`: someone else changed the row since the client read it. */
  static versionConflict(entity: string, id: number, currentVersion: number): AppException {
    return new AppException(
      HttpStatus.CONFLICT,
      ErrorCode.VersionConflict,
      `${entity} ${id} was changed by someone else (current version ${currentVersion}); reload it and apply your change again`,
      undefined,
      { currentVersion },
    );
  }

  static invalidField(field: string, problem: string): AppException {
    return AppException.validation({ [field]: problem });
  }
}
