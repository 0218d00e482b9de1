import { ValidationPipe, type ArgumentMetadata, type INestApplication } from '@nestjs/common';
import { SwaggerModule } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { APP_CONFIG, type AppConfig } from './config/app-config.js';
import { ErrorEnvelopeFilter } from './common/errors/error-envelope.filter.js';
import { validationExceptionFactory } from './common/errors/validation-exception.factory.js';
import { jsonOnlyWrites } from './common/http/json-only.js';
import { IMPORT_UPLOAD_PATHS } from './imports/imports.controller.js';
import { assertWellFormedText } from './common/pipes/well-formed-text.js';
import { API_PREFIX, buildOpenApiDocument } from './openapi/openapi-document.js';

/**
 * Validates bodies and queries against their DTOs, after refusing text no column can store (lone
 * surrogates, NUL); route params have their own pipes (ParseIdPipe) that see the raw text.
 */
class BodyAndQueryValidationPipe extends ValidationPipe {
  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'param') return Promise.resolve(value);
    if (metadata.type === 'body' || metadata.type === 'query') assertWellFormedText(value);
    return super.transform(value, metadata);
  }
}

/** Everything that makes the app the app: used by main.ts and by every e2e test. */
export function configureApp(app: INestApplication): INestApplication {
  app.setGlobalPrefix(API_PREFIX);
  // req.ip (the login throttle's address) believes X-Forwarded-For only from the proxies TRUST_PROXY names.
  const config = app.get<AppConfig>(APP_CONFIG, { strict: false });
  (app.getHttpAdapter().getInstance() as { set(key: string, value: unknown): void }).set('trust proxy', config.TRUST_PROXY);
  app.useGlobalPipes(
    new BodyAndQueryValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: validationExceptionFactory,
    }),
  );
  app.useGlobalFilters(new ErrorEnvelopeFilter());

  // Swagger UI needs inline scripts; everything else gets helmet's strict default policy.
  const strict = helmet();
  const docs = helmet({ contentSecurityPolicy: false });
  app.use((req: Request, res: Response, next: NextFunction) => (req.path.startsWith('/api/docs') ? docs : strict)(req, res, next));
  // Before Nest's body parsers: a non-JSON write is refused unread.
  app.use('/api', jsonOnlyWrites(IMPORT_UPLOAD_PATHS));

  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('api/docs', app, document);
  return app;
}
