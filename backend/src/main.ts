import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module.js';
import { ConfigError, loadConfig } from './config/app-config.js';
import { configureApp } from './configure-app.js';
import { assertDataDirFree, DataDirLockedError } from './database/embedded-database.js';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  // Checked before Nest starts so that the operator gets one clear line, not an injector stack trace.
  if (!config.DATABASE_URL) assertDataDirFree(config.DATA_DIR);
  const app = await NestFactory.create(AppModule, { abortOnError: false });
  configureApp(app);
  app.enableShutdownHooks();
  await app.listen(config.PORT, '127.0.0.1');
  new Logger('Åtgärdskollen').log(`Listening on http://localhost:${config.PORT} (API docs at /api/docs)`);
}

bootstrap().catch((error: unknown) => {
  // Configuration and lock problems are the operator's to fix: say what, without a stack trace.
  if (error instanceof ConfigError || error instanceof DataDirLockedError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
