import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module.js';
import { configureApp } from '../../src/configure-app.js';

/**
 * Empties the test database so each test file starts from migrations. Refuses any database
 * that global-setup did not create for this run.
 */
export async function resetTestDatabase(): Promise<void> {
  const url = process.env.DATABASE_URL;
  const kind = process.env.ATK_TEST_DATABASE;
  if (!url || !kind) throw new Error('The e2e tests need the database of test/global-setup.ts');
  if (kind === 'server' && !new URL(url).pathname.startsWith('/atgardskollen_test_')) {
    throw new Error(`Refusing to reset ${url}: not a test database`);
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('DROP SCHEMA public CASCADE');
    await client.query('CREATE SCHEMA public');
  } finally {
    await client.end();
  }
}

export interface TestApp {
  app: INestApplication;
  dataSource: DataSource;
  close(): Promise<void>;
}

/** The real AppModule configured by configureApp, on a freshly reset database. */
/** `seed: 'default'` leaves SEED unset, as an operator who did not set it would. */
export async function createTestApp(options: { seed?: boolean | 'default'; reset?: boolean; env?: Record<string, string> } = {}): Promise<TestApp> {
  if (options.reset !== false) await resetTestDatabase();
  const saved = { ...process.env };
  if (options.seed === 'default') delete process.env.SEED;
  else process.env.SEED = options.seed === false ? 'false' : 'true';
  // The reminder timer is off in tests unless a test turns it on (it drives the sender itself).
  process.env.REMINDER_INTERVAL_SECONDS = '0';
  Object.assign(process.env, options.env ?? {});
  try {
    const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
    const app = configureApp(moduleRef.createNestApplication({ logger: ['error', 'warn'] }));
    await app.init();
    return {
      app,
      dataSource: app.get(DataSource),
      close: () => app.close(),
    };
  } finally {
    process.env = saved;
  }
}
