import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../src/database/database-options.js';
import { initializeAndMigrate } from '../src/database/startup-lock.js';
import { THROTTLE_POLICY } from '../src/auth/login-throttle.js';
import { MIGRATIONS } from '../../migrations/index.js';
import { startAppProcess, type AppProcess } from './utils/app-process.js';
import { freshServerDatabase, type FreshServerDatabase } from './utils/fresh-server-database.js';
import { freePort } from './utils/own-postgres.js';

/**
 * Two app processes (`node main.js`, as behind a load balancer) started at the same moment against
 * one empty PostgreSQL database: the migrations, the seed and the first admin run once (the start-up
 * advisory lock), both serve, and sessions, sign-in throttling and optimistic locking work across them
 * as one system.
 */
describe('two app instances on one database', () => {
  let db: FreshServerDatabase;
  let client: pg.Client;
  let apps: AppProcess[] = [];
  const ADMIN = { email: 'forsta.admin@test.se', password: 'ett långt första lösenord' };

  beforeAll(async () => {
    db = await freshServerDatabase();
    const env = { DATABASE_URL: db.url, SEED: 'true', INITIAL_ADMIN_EMAIL: ADMIN.email, INITIAL_ADMIN_PASSWORD: ADMIN.password, DEMO_PASSWORD: 'demo-lösenord-för-test' };
    const ports = [await freePort(), await freePort()];
    apps = ports.map((port) => startAppProcess(port, env));
    await Promise.all(apps.map((a) => a.ready));
    client = new pg.Client({ connectionString: db.url });
    await client.connect();
  }, 180_000);
  afterAll(async () => {
    await client?.end();
    await Promise.all(apps.map((a) => a.kill()));
    await db?.destroy();
  });

  const call = (app: AppProcess, path: string, init: RequestInit = {}) => fetch(app.base + path, init);
  const login = (app: AppProcess, email: string, password: string) =>
    call(app, '/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });

  it('eight connections migrating one empty database at the same moment apply each migration once', async () => {
    // Processes start with a jitter of their own; eight DataSources in one process race for certain.
    const other = await freshServerDatabase();
    const sources = Array.from({ length: 8 }, () => new DataSource(buildDataSourceOptions(other.url, false)));
    try {
      const results = await Promise.allSettled(sources.map((ds) => initializeAndMigrate(ds, false)));
      expect(results.map((r) => (r.status === 'rejected' ? String(r.reason) : 'ok'))).toEqual(sources.map(() => 'ok'));
      const check = new pg.Client({ connectionString: other.url });
      await check.connect();
      const { rows } = await check.query<{ n: number }>(`SELECT count(*)::int AS n FROM migrations`);
      await check.end();
      expect(rows[0].n).toBe(MIGRATIONS.length);
    } finally {
      await Promise.all(sources.map((ds) => (ds.isInitialized ? ds.destroy() : undefined)));
      await other.destroy();
    }
  });

  it('ran every migration, the seed and the first admin exactly once', async () => {
    const { rows: migrations } = await client.query<{ name: string; n: number }>(`SELECT name, count(*)::int AS n FROM migrations GROUP BY name ORDER BY name`);
    expect(migrations.map((m) => m.n)).toEqual(MIGRATIONS.map(() => 1));
    const { rows: [counts] } = await client.query(
      `SELECT (SELECT count(*) FROM organisation)::int AS organisations, (SELECT count(*) FROM reporting_cycle)::int AS cycles,
              (SELECT count(*) FROM app_user WHERE email = $1)::int AS admins,
              (SELECT count(*) - count(DISTINCT (cycle_id, board_id, measure_id)) FROM statement)::int AS duplicate_statements`,
      [ADMIN.email],
    );
    expect(counts.organisations).toBeGreaterThan(0);
    expect({ admins: counts.admins, duplicate_statements: counts.duplicate_statements }).toEqual({ admins: 1, duplicate_statements: 0 });
    const { rows: [dup] } = await client.query(
      `SELECT (SELECT count(*) - count(DISTINCT (organisation_id, commission_id, year)) FROM reporting_cycle)::int AS cycles,
              (SELECT count(*) - count(DISTINCT lower(email)) FROM app_user)::int AS accounts`,
    );
    expect(dup).toEqual({ cycles: 0, accounts: 0 });
    const logs = apps.map((a) => a.output());
    expect(logs.filter((l) => l.includes('Empty database seeded'))).toHaveLength(1);
    expect(logs.filter((l) => new RegExp(`(Admin|System) account ${ADMIN.email} created`).test(l))).toHaveLength(1);
  });

  it('both serve, and a session opened on one is valid on the other until signed out there', async () => {
    for (const app of apps) expect((await call(app, '/health')).status).toBe(200);
    const res = await login(apps[0], ADMIN.email, ADMIN.password);
    expect(res.status).toBe(200);
    const { token } = (await res.json()) as { token: string };
    const auth = { authorization: `Bearer ${token}` };
    expect((await call(apps[1], '/auth/me', { headers: auth })).status).toBe(200);
    expect((await call(apps[1], '/auth/logout', { method: 'POST', headers: auth })).status).toBe(204);
    const after = await call(apps[0], '/auth/me', { headers: auth });
    expect({ status: after.status, code: ((await after.json()) as { code: string }).code }).toEqual({ status: 401, code: 'unauthorized' });
  });

  it('failed sign-ins on either instance count together', async () => {
    const { rows: [{ email }] } = await client.query(`SELECT email FROM app_user WHERE role = 'analyst' ORDER BY id LIMIT 1`);
    const statuses: number[] = [];
    for (let i = 0; i < THROTTLE_POLICY.pairFailures; i++) statuses.push((await login(apps[i % 2], email, `fel-${i}`)).status);
    expect(statuses).toEqual(Array(THROTTLE_POLICY.pairFailures).fill(401));
    expect([(await login(apps[0], email, 'fel')).status, (await login(apps[1], email, 'fel')).status]).toEqual([429, 429]);
  });

  it('the same version saved through both at once: one wins, the other gets 409', async () => {
    // A demo admin of the board's own organisation (the first admin of INITIAL_ADMIN_EMAIL may belong to another).
    const { rows: [board] } = await client.query<{ id: number; version: number; email: string }>(
      `SELECT b.id, b.version, u.email FROM board b JOIN app_user u ON u.organisation_id = b.organisation_id AND u.role = 'admin' AND u.email <> $1
        ORDER BY b.id, u.id LIMIT 1`,
      [ADMIN.email],
    );
    const res = await login(apps[0], board.email, 'demo-lösenord-för-test');
    expect(res.status).toBe(200);
    const { token } = (await res.json()) as { token: string };
    const put = (app: AppProcess, administration: string) =>
      call(app, `/boards/${board.id}`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ administration, version: board.version }),
      }).then((r) => r.status);
    const statuses = await Promise.all([put(apps[0], 'Förvaltning ett'), put(apps[1], 'Förvaltning två')]);
    expect([...statuses].sort()).toEqual([200, 409]);
    const { rows: [after] } = await client.query(`SELECT version FROM board WHERE id = $1`, [board.id]);
    expect(after.version).toBe(board.version + 1);
  });
});
