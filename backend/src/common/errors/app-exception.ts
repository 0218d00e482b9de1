import { HttpStatus } from '@nestjs/common';

/** Stable machine codes of the error envelope; clients and tests rely on them. */
export enum ErrorCode {
  ValidationFailed = 'validation_failed',
  InvalidId = 'invalid_id',
  NotFound = 'not_found',
  Conflict = 'conflict',
  VersionConflict = 'version_conflict',
  Unauthorized = 'unauthorized',
  Forbidden = 'forbidden',
  TooManyRequests = 'too_many_requests',
  ImportFailed = 'import_failed',
  DatabaseUnavailable = 'database_unavailable',
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

  static invalidField(field: string, problem: string): AppException {
    return AppException.validation({ [field]: problem });
  }
}
