import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { insertWriteFixture, signIn, type WriteFixture } from './utils/auth-fixture.js';
import { OwnPostgres } from './utils/own-postgres.js';
import { createTestApp, type TestApp } from './utils/test-app.js';

/**
 * The database goes away while the app runs: every route answers 503 database_unavailable with
 * Retry-After in the envelope (never 500), nothing is half-written, and the app serves again by
 * itself once the database is back. Runs against a PostgreSQL server the test starts and stops.
 */
describe('a database outage', () => {
  let pg: OwnPostgres;
  let t: TestApp;
  let f: WriteFixture;
  let token: string;
  const http = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    pg = await OwnPostgres.create();
    t = await createTestApp({ seed: false, reset: false, env: { DATABASE_URL: pg.url, DB_POOL_WAIT_MS: '3000' } });
    f = await insertWriteFixture(t.dataSource);
    token = await signIn(t.app, f.users.editorA.email);
  }, 120_000);
  afterAll(async () => {
    try {
      pg.start();
    } catch {
      // running already
    }
    await t?.close();
    pg?.destroy();
  });

  const expect503 = (res: request.Response) => {
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 503, code: 'database_unavailable' });
    expect(res.body).toEqual({ statusCode: 503, code: 'database_unavailable', message: expect.stringContaining('database') });
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  };

  it('answers 503 with Retry-After on reads, sign-in, the session check and writes; stores nothing; recovers', async () => {
    await http().get('/api/boards').expect(200);
    pg.stop();

    expect503(await http().get('/api/boards'));
    expect503(await http().get(`/api/cycles/${f.cycles.open}/coverage`));
    expect503(await http().get('/api/auth/me').set('Authorization', `Bearer ${token}`));
    expect503(await http().post('/api/auth/login').send({ email: f.users.admin.email, password: 'whatever it is' }));
    expect503(
      await http()
        .post(`/api/cycles/${f.cycles.open}/statements`)
        .set('Authorization', `Bearer ${token}`)
        .send({ boardId: f.boards.A, measureId: f.measures.m11, text: 'Under avbrottet', plannedYears: [2026] }),
    );
    const health = await http().get('/api/health');
    expect(health.status).toBe(503);

    pg.start();
    // The pool replaces its dead connections by itself: no restart of the app.
    await http().get('/api/boards').expect(200);
    await http().get('/api/auth/me').set('Authorization', `Bearer ${token}`).expect(200);
    const [{ statements, audits }] = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM statement) AS statements, (SELECT count(*)::int FROM audit_event WHERE entity_type = 'statement') AS audits`,
    );
    expect({ statements, audits }).toEqual({ statements: 0, audits: 0 });
    const created = await http()
      .post(`/api/cycles/${f.cycles.open}/statements`)
      .set('Authorization', `Bearer ${token}`)
      .send({ boardId: f.boards.A, measureId: f.measures.m11, text: 'Efter avbrottet', plannedYears: [2026] })
      .expect(201);
    expect(created.body.text).toBe('Efter avbrottet');
  });
});
