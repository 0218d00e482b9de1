import type { NextFunction, Request, Response } from 'express';
import typeis from 'type-is';
import { AppException, ErrorCode } from '../errors/app-exception.js';
import { ErrorEnvelopeFilter } from '../errors/error-envelope.filter.js';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Writes accept only JSON bodies: a form-encoded or text body is what a cross-site <form> can send
 * without a CORS preflight (e.g. to sign a victim into the attacker's account), so it is refused
 * with 415 before any parser reads it. A write without a body (logout) passes. Routes that take a
 * file upload name themselves in `multipartPaths`.
 */
export function jsonOnlyWrites(multipartPaths: RegExp[] = []) {
  const envelope = new ErrorEnvelopeFilter();
  return (req: Request, res: Response, next: NextFunction): void => {
    const hasBody = req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
    if (!WRITES.has(req.method) || !hasBody || typeis(req, ['application/json'])) return next();
    if (multipartPaths.some((p) => p.test(req.path)) && typeis(req, ['multipart/form-data'])) return next();
    const type = req.headers['content-type'] ?? 'none';
    const body = envelope.toEnvelope(
      new AppException(ErrorCode.UnsupportedMediaType, `Request bodies must be application/json (got ${type})`),
    );
    res.status(body.statusCode).json(body);
  };
}
