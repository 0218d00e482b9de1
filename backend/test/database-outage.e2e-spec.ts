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

  it('stopped mid-load: every answer is 2xx, 409 or the 503 envelope, and each saved version has exactly its audit row', async () => {
    // Twelve editors each keep saving their own draft; the database stops under them and comes back.
    const [report] = await t.dataSource.query(`SELECT id FROM report WHERE key = 'r1'`);
    const drafts: { id: number; version: number }[] = [];
    for (let i = 0; i < 12; i++) {
      const [m] = await t.dataSource.query(`INSERT INTO measure (report_id, number, title) VALUES ($1, $2, 'Last') RETURNING id`, [report.id, `8.${i + 1}`]);
      await t.dataSource.query(`INSERT INTO responsibility (measure_id, board_id, role) VALUES ($1, $2, 'lead')`, [m.id, f.boards.A]);
      await t.dataSource.query(`INSERT INTO cycle_scope_measure (cycle_id, measure_id) VALUES ($1, $2)`, [f.cycles.open, m.id]);
      await t.dataSource.query(`INSERT INTO cycle_scope_responsibility (cycle_id, measure_id, board_id, role) VALUES ($1, $2, $3, 'lead')`, [f.cycles.open, m.id, f.boards.A]);
      const [s] = await t.dataSource.query(
        `INSERT INTO statement (cycle_id, board_id, measure_id, text, planned_years, state) VALUES ($1, $2, $3, 'Start', '{2026}', 'draft') RETURNING id, version`,
        [f.cycles.open, f.boards.A, m.id],
      );
      drafts.push(s);
    }
    const statuses: Record<number, number> = {};
    const bad: string[] = [];
    let stopAt = 0;
    let sent = 0;
    const deadline = Date.now() + 40_000;
    const editor = async (draft: { id: number; version: number }) => {
      for (let round = 0; round < 40 && Date.now() < deadline; round++) {
        sent++;
        const res = await http()
          .put(`/api/statements/${draft.id}`)
          .set('Authorization', `Bearer ${token}`)
          .send({ text: `Omgång ${round}`, plannedYears: [2026], version: draft.version });
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        if (res.status === 409 && res.body.code !== 'version_conflict') bad.push(`409 ${JSON.stringify(res.body)}`);
        if (res.status === 200) draft.version = res.body.version;
        else if (res.status === 409) draft.version = res.body.currentVersion;
        else if (res.status === 503) {
          if (res.body.code !== 'database_unavailable' && res.body.code !== 'database_busy') bad.push(JSON.stringify(res.body));
          await new Promise((r) => setTimeout(r, 100));
        } else bad.push(`${res.status} ${JSON.stringify(res.body)}`);
      }
    };
    const outage = (async () => {
      while (sent < 60) await new Promise((r) => setTimeout(r, 20));
      stopAt = sent;
      pg.stop();
      await new Promise((r) => setTimeout(r, 1_000));
      pg.start();
    })();
    await Promise.all([...drafts.map(editor), outage]);

    expect(bad).toEqual([]);
    expect(stopAt).toBeGreaterThan(0);
    expect(statuses[200]).toBeGreaterThan(0);
    expect(statuses[503]).toBeGreaterThan(0);
    // Not half-written: every version a statement moved past has its one audit row, and the text is the last audit's.
    const rows = await t.dataSource.query(
      `SELECT s.id, s.version, s.text,
              (SELECT count(*)::int FROM audit_event a WHERE a.entity_type = 'statement' AND a.entity_id = s.id) AS audits,
              (SELECT a.after->>'text' FROM audit_event a WHERE a.entity_type = 'statement' AND a.entity_id = s.id ORDER BY a.id DESC LIMIT 1) AS last_text
         FROM statement s WHERE s.id = ANY($1) ORDER BY s.id`,
      [drafts.map((d) => d.id)],
    );
    for (const r of rows) expect({ id: r.id, audits: r.audits, text: r.text }).toEqual({ id: r.id, audits: r.version - 1, text: r.audits > 0 ? r.last_text : 'Start' });
    // And the app serves again without a restart.
    await http().get('/api/boards').expect(200);
  }, 90_000);
});
