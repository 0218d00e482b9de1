import { HttpStatus } from '@nestjs/common';

/** Stable machine codes of the error envelope; clients and tests rely on them. */
export enum ErrorCode {
  ValidationFailed = 'validation_failed',
  InvalidId = 'invalid_id',
  NotFound = 'not_found',
  OrganisationNotFound = 'organisation_not_found',
  Conflict = 'conflict',
  VersionConflict = 'version_conflict',
  Unauthorized = 'unauthorized',
  InvalidCredentials = 'invalid_credentials',
  Forbidden = 'forbidden',
  CsrfFailed = 'csrf_failed',
  CycleNotOpen = 'cycle_not_open',
  CycleClosed = 'cycle_closed',
  StatementExists = 'statement_exists',
  StatementSubmitted = 'statement_submitted',
  StatementNotSubmitted = 'statement_not_submitted',
  SuggestionDecided = 'suggestion_decided',
  StatementNotInReview = 'statement_not_in_review',
  RemissNotOpen = 'remiss_not_open',
  AnswerSubmitted = 'answer_submitted',
  UnprocessableEntity = 'unprocessable_entity',
  ImportFileInvalid = 'import_file_invalid',
  ImportHasErrors = 'import_has_errors',
  ImportApplied = 'import_applied',
  ImportExpired = 'import_expired',
  TooManyRequests = 'too_many_requests',
  PayloadTooLarge = 'payload_too_large',
  UnsupportedMediaType = 'unsupported_media_type',
  DatabaseUnavailable = 'database_unavailable',
  DatabaseBusy = 'database_busy',
  Internal = 'internal_error',
}

/**
 * The one table from error code to HTTP status (listed in docs/architecture.md). Throw sites name
 * the code; the status follows from it, so one kind of error never answers with two statuses.
 */
export const ERROR_STATUS: Record<ErrorCode, HttpStatus> = {
  [ErrorCode.ValidationFailed]: HttpStatus.BAD_REQUEST,
  [ErrorCode.InvalidId]: HttpStatus.BAD_REQUEST,
  [ErrorCode.NotFound]: HttpStatus.NOT_FOUND,
  [ErrorCode.OrganisationNotFound]: HttpStatus.NOT_FOUND,
  [ErrorCode.Conflict]: HttpStatus.CONFLICT,
  [ErrorCode.VersionConflict]: HttpStatus.CONFLICT,
  [ErrorCode.Unauthorized]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.InvalidCredentials]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.Forbidden]: HttpStatus.FORBIDDEN,
  [ErrorCode.CsrfFailed]: HttpStatus.FORBIDDEN,
  [ErrorCode.CycleNotOpen]: HttpStatus.CONFLICT,
  [ErrorCode.CycleClosed]: HttpStatus.CONFLICT,
  [ErrorCode.StatementExists]: HttpStatus.CONFLICT,
  [ErrorCode.StatementSubmitted]: HttpStatus.CONFLICT,
  [ErrorCode.StatementNotSubmitted]: HttpStatus.CONFLICT,
  [ErrorCode.SuggestionDecided]: HttpStatus.CONFLICT,
  [ErrorCode.StatementNotInReview]: HttpStatus.CONFLICT,
  [ErrorCode.RemissNotOpen]: HttpStatus.CONFLICT,
  [ErrorCode.AnswerSubmitted]: HttpStatus.CONFLICT,
  [ErrorCode.UnprocessableEntity]: HttpStatus.UNPROCESSABLE_ENTITY,
  [ErrorCode.ImportFileInvalid]: HttpStatus.UNPROCESSABLE_ENTITY,
  [ErrorCode.ImportHasErrors]: HttpStatus.UNPROCESSABLE_ENTITY,
  [ErrorCode.ImportApplied]: HttpStatus.CONFLICT,
  [ErrorCode.ImportExpired]: HttpStatus.GONE,
  [ErrorCode.TooManyRequests]: HttpStatus.TOO_MANY_REQUESTS,
  [ErrorCode.PayloadTooLarge]: HttpStatus.PAYLOAD_TOO_LARGE,
  [ErrorCode.UnsupportedMediaType]: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  [ErrorCode.DatabaseUnavailable]: HttpStatus.SERVICE_UNAVAILABLE,
  [ErrorCode.DatabaseBusy]: HttpStatus.SERVICE_UNAVAILABLE,
  [ErrorCode.Internal]: HttpStatus.INTERNAL_SERVER_ERROR,
};

/**
 * The one exception services throw; the global filter turns it into
 * `{ statusCode, code, message, errors?, ...details }`. The status comes from `ERROR_STATUS`.
 */
export class AppException extends Error {
  readonly status: HttpStatus;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly errors?: Record<string, string>,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.status = ERROR_STATUS[code];
  }

  static notFound(entity: string, key: string | number): AppException {
    return new AppException(ErrorCode.NotFound, `${entity} ${JSON.stringify(key)} does not exist`);
  }

  static validation(errors: Record<string, string>, details?: Record<string, unknown>): AppException {
    const fields = Object.keys(errors).join(', ');
    return new AppException(ErrorCode.ValidationFailed, `Invalid input: ${fields}`, errors, details);
  }

  static unauthorized(message = 'Sign in first'): AppException {
    return new AppException(ErrorCode.Unauthorized, message);
  }

  static forbidden(message: string): AppException {
    return new AppException(ErrorCode.Forbidden, message);
  }

  /** A stale `version`: someone else changed the row since the client read it. */
  static versionConflict(entity: string, id: number, currentVersion: number): AppException {
    return new AppException(
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
