import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, getSchemaPath, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { SESSION_COOKIE } from '../auth/cookies.js';
import { ErrorEnvelopeDto } from '../common/errors/error-envelope.dto.js';

/** Every route lives under this prefix; the OpenAPI paths carry it too. */
export const API_PREFIX = 'api';

/**
 * The API's OpenAPI document, built from the controllers and DTOs of `app` (which must already have
 * the global prefix). One builder for the served `/api/docs` and for the generated frontend types
 * (`npm run api:types`), so the two cannot describe different APIs.
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Åtgärdskollen API')
      .setDescription('Commissions, measures, responsibilities, reporting cycles, statements and coverage.')
      .setVersion('1')
      .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'the token of POST /api/auth/login' })
      .addCookieAuth(SESSION_COOKIE, { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE, description: 'set by POST /api/auth/login; writes also need the X-CSRF-Token header' })
      .build(),
    // The envelope is referenced by every error response (ApiErrorResponses), not by a route's return type.
    { extraModels: [ErrorEnvelopeDto] },
  );
  return withErrorEnvelopes(document);
}

const ENVELOPE = { $ref: getSchemaPath(ErrorEnvelopeDto) };

/**
 * Every error answer is the one envelope (ErrorEnvelopeFilter): each declared 4xx/5xx response
 * gets it as its body, and every operation a `default` response with it, so the controllers
 * describe only when an error happens and this describes once what it looks like.
 */
function withErrorEnvelopes(document: OpenAPIObject): OpenAPIObject {
  for (const path of Object.values(document.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch'] as const) {
      const operation = path[method];
      if (!operation) continue;
      for (const [status, response] of Object.entries(operation.responses)) {
        if (response && Number(status) >= 400 && !('$ref' in response)) {
          response.content = { 'application/json': { schema: ENVELOPE } };
        }
      }
      operation.responses.default ??= { description: 'Any other error', content: { 'application/json': { schema: ENVELOPE } } };
    }
  }
  return document;
}
