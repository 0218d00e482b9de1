import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import multer from 'multer';
import type { Observable } from 'rxjs';
import { AppException, ErrorCode } from '../common/errors/app-exception.js';

/** The largest file the import takes: a cycle's whole workbook is well under 1 MB. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
export const MAX_IMPORT_MB = MAX_IMPORT_BYTES / (1024 * 1024);

/**
 * Reads the one file of a multipart upload (field `file`) into memory with multer, the library
 * Nest's FileInterceptor wraps, so that its limits answer in the app's envelope: a file over the
 * limit is 413 payload_too_large naming the limit, any other multipart mistake a 400 naming it.
 * Runs after the guard, so no one who may not import gets their upload read.
 */
@Injectable()
export class ImportUploadInterceptor implements NestInterceptor {
  private readonly upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 0, parts: 1, headerPairs: 50 },
  }).single('file');

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const http = context.switchToHttp();
    await new Promise<void>((resolve, reject) => {
      this.upload(http.getRequest<Request>(), http.getResponse<Response>(), (error: unknown) => (error ? reject(uploadError(error)) : resolve()));
    });
    return next.handle();
  }
}

function uploadError(error: unknown): AppException {
  if (error instanceof multer.MulterError) {
    if (error.code === 'LIMIT_FILE_SIZE') {
      return new AppException(ErrorCode.PayloadTooLarge, `The file is larger than ${MAX_IMPORT_MB} MB, the import's limit`, undefined, {
        limitBytes: MAX_IMPORT_BYTES,
      });
    }
    const what: Record<string, string> = {
      LIMIT_UNEXPECTED_FILE: `send the spreadsheet in the multipart field "file" (got "${error.field ?? ''}")`,
      LIMIT_FILE_COUNT: 'send one file',
      LIMIT_PART_COUNT: 'send one file and nothing else',
      LIMIT_FIELD_COUNT: 'send one file and nothing else',
    };
    return AppException.invalidField('file', what[error.code] ?? error.message);
  }
  return AppException.invalidField('file', `the multipart body could not be read: ${(error as Error).message}`);
}
