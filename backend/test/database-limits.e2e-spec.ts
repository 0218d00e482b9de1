import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import request from 'supertest';
import type { QueryRunner } from 'typeorm';
import { ErrorEnvelopeFilter } from '../src/common/errors/error-envelope.filter.js';
import { SESSION_SETTINGS } from '../src/database/database-options.js';
import { startEmbeddedDatabase } from '../src/database/embedded-database.js';
import { createTestApp, type TestApp } from './utils/test-app.js';

/**
 * Requests never queue without end: one that cannot get a database connection within DB_POOL_WAIT_MS
 * answers 503 database_busy, and a query running past DB_STATEMENT_TIMEOUT_MS is cancelled (503 too).
 */
describe('database limits', () => {
  let t: TestApp;
  const embedded = process.env.ATK_TEST_DATABASE === 'embedded';

  beforeAll(async () => {
    t = await createTestApp({ seed: false, env: { DB_POOL_WAIT_MS: '300', DB_STATEMENT_TIMEOUT_MS: '500' } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('a request that waits longer than DB_POOL_WAIT_MS for a connection → 503 database_busy with Retry-After; then it serves again', async () => {
    // Hold every connection of the pool (1 on the embedded database, 10 on a server).
    const held: QueryRunner[] = [];
    for (let i = 0; i < (embedded ? 1 : 10); i++) {
      const runner = t.dataSource.createQueryRunner();
      await runner.connect();
      held.push(runner);
    }
    const started = Date.now();
    const res = await request(t.app.getHttpServer()).get('/api/boards');
    const waited = Date.now() - started;
    await Promise.all(held.map((r) => r.release()));
    expect(res.status).toBe(503);
    expect(res.body).toEqual({ statusCode: 503, code: 'database_busy', message: expect.stringContaining('busy') });
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(waited).toBeGreaterThanOrEqual(250);
    await request(t.app.getHttpServer()).get('/api/boards').expect(200);
  });

  // PGlite runs in WebAssembly without timer signals and does not enforce statement_timeout
  // (docs/architecture.md); on a server the query is cancelled and the envelope says so.
  it(`a query running past the statement timeout ${embedded ? 'is not cancelled on PGlite (documented)' : 'is cancelled → 503 database_busy'}`, async () => {
    const error = await t.dataSource.query(`SELECT pg_sleep(1.5)`).then(
      () => null,
      (e: unknown) => e,
    );
    const [{ statement_timeout }] = await t.dataSource.query(`SHOW statement_timeout`);
    const outcome = error === null ? null : new ErrorEnvelopeFilter().toEnvelope(error);
    const cancelled = { statusCode: 503, code: 'database_busy', message: 'The database is too busy to answer in time; try again shortly' };
    expect({ statement_timeout, outcome }).toEqual(embedded ? { statement_timeout: '0', outcome: null } : { statement_timeout: '500ms', outcome: cancelled });
  });

  // The planner settings go to a server as startup options, so every pooled session has them from
  // its first query. PGlite ignores startup options: the app's embedded database sets them on its one
  // session at start, checked here on a database started the way the app starts it.
  it('every pooled session has the planner settings of SESSION_SETTINGS', async () => {
    const show = async (q: { query(sql: string): Promise<unknown> }) => {
      const [{ max_parallel_workers_per_gather }] = (await q.query(`SHOW max_parallel_workers_per_gather`)) as Record<string, string>[];
      const [{ random_page_cost }] = (await q.query(`SHOW random_page_cost`)) as Record<string, string>[];
      return { max_parallel_workers_per_gather, random_page_cost };
    };
    // Every session the pool holds at once (1 on the embedded database, 10 on a server).
    const sessions = async (): Promise<Record<string, string>[]> => {
      if (embedded) {
        const db = await startEmbeddedDatabase('memory://');
        const client = new pg.Client({ connectionString: db.url });
        try {
          await client.connect();
          return [await show({ query: async (sql) => (await client.query(sql)).rows })];
        } finally {
          await client.end();
          await db.stop();
        }
      }
      const held: QueryRunner[] = [];
      try {
        for (let i = 0; i < 10; i++) {
          const runner = t.dataSource.createQueryRunner();
          await runner.connect();
          held.push(runner);
        }
        return await Promise.all(held.map((r) => show(r)));
      } finally {
        await Promise.all(held.map((r) => r.release()));
      }
    };
    const seen = await sessions();
    expect(seen).toEqual(seen.map(() => SESSION_SETTINGS));
    expect(seen).toHaveLength(embedded ? 1 : 10);
  });
});
