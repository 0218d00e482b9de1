import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { AppException, ERROR_STATUS, ErrorCode } from './app-exception.js';
import { DATABASE_RETRY_AFTER_SECONDS, databaseTrouble } from './database-errors.js';

export interface ErrorEnvelope {
  statusCode: number;
  code: string;
  message: string;
  errors?: Record<string, string>;
  [detail: string]: unknown;
}

const HTTP_CODES: Record<number, ErrorCode> = {
  400: ErrorCode.ValidationFailed,
  401: ErrorCode.Unauthorized,
  403: ErrorCode.Forbidden,
  404: ErrorCode.NotFound,
  409: ErrorCode.Conflict,
  413: ErrorCode.PayloadTooLarge,
  429: ErrorCode.TooManyRequests,
  503: ErrorCode.DatabaseUnavailable,
};

/** An envelope whose status follows from its code, like an AppException's. */
const plain = (code: ErrorCode, message: string): ErrorEnvelope => ({ statusCode: ERROR_STATUS[code], code, message });

/** Maps every error to the one envelope; unknown errors are logged and answered with a bare 500. */
@Catch()
export class ErrorEnvelopeFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const envelope = this.toEnvelope(exception);
    if (envelope.statusCode === HttpStatus.SERVICE_UNAVAILABLE && !response.getHeader('Retry-After')) {
      response.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
    }
    response.status(envelope.statusCode).json(envelope);
  }

  toEnvelope(exception: unknown): ErrorEnvelope {
    if (exception instanceof AppException) {
      return {
        statusCode: exception.status,
        code: exception.code,
        message: exception.message,
        ...(exception.errors ? { errors: exception.errors } : {}),
        ...(exception.details ?? {}),
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      const message =
        typeof body === 'string' ? body : String((body as { message?: unknown }).message ?? exception.message);
      return { statusCode: status, code: HTTP_CODES[status] ?? (status < 500 ? 'bad_request' : ErrorCode.Internal), message };
    }
    const trouble = databaseTrouble(exception);
    if (trouble === 'unavailable') {
      this.logger.warn(`Database unavailable: ${(exception as Error).message}`);
      return plain(ErrorCode.DatabaseUnavailable, 'The database does not answer; try again shortly');
    }
    if (trouble === 'busy') {
      this.logger.warn(`Database busy: ${(exception as Error).message}`);
      return plain(ErrorCode.DatabaseBusy, 'The database is too busy to answer in time; try again shortly');
    }
    if (exception instanceof QueryFailedError) {
      const pgCode = (exception.driverError as { code?: string } | undefined)?.code;
      // Constraint violations that slipped past validation are the client's conflict, not a crash.
      if (pgCode === '23505') {
        return plain(ErrorCode.Conflict, 'A record with the same key already exists');
      }
      if (pgCode === '23503') {
        return plain(ErrorCode.Conflict, 'The record refers to, or is referred to by, another record');
      }
      if (pgCode === '22P02' || pgCode === '22003' || pgCode === '23514') {
        return plain(ErrorCode.ValidationFailed, 'A value is out of range or malformed');
      }
    }
    this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    return plain(ErrorCode.Internal, 'Internal server error');
  }
}
