import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module.js';
import { API_PREFIX, buildOpenApiDocument } from './openapi-document.js';

/**
 * Writes the API's OpenAPI document as JSON to the file named by the first argument (or stdout),
 * without a database: in preview mode Nest reads the modules' metadata but runs no provider, so
 * neither the config check nor the database connection happens. `npm run api:types` turns the file
 * into the frontend's types.
 */
async function main(): Promise<void> {
  const app = await NestFactory.create(AppModule, { preview: true, logger: false, abortOnError: false });
  app.setGlobalPrefix(API_PREFIX);
  const json = `${JSON.stringify(buildOpenApiDocument(app), null, 2)}\n`;
  await app.close();
  const target = process.argv[2];
  if (target) writeFileSync(target, json);
  else process.stdout.write(json);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
