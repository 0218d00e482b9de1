import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { loadReferenceData } from '../../seed/load-reference-data.js';
import { DEMO_APPENDIX } from '../../seed/seed-database.js';
import { repoRoot } from '../src/common/paths.js';
import { buildDataSourceOptions } from '../src/database/database-options.js';
import { initializeAndMigrate } from '../src/database/startup-lock.js';
import { ensureBackendBuilt, startAppProcess } from './utils/app-process.js';
import { freePort, OwnPostgres } from './utils/own-postgres.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * `kill -9` at the worst moment: of the import CLI inside its transaction (the database holds all of
 * the import or none of it), and of the app on the embedded database (its DATA_DIR reopens with every
 * committed write, and the dead process's lock is taken over). Against a PostgreSQL the test starts
 * itself and a temporary DATA_DIR, never the shared server.
 */
describe('kill -9', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  it('of the import CLI inside its transaction: the database holds none of the import; a rerun holds all of it', async () => {
    const own = await OwnPostgres.create();
    cleanups.push(() => own.destroy());
    const ds = await initializeAndMigrate(new DataSource(buildDataSourceOptions(own.url, false)), false);
    await ds.transaction((m) => loadReferenceData(m));
    await ds.destroy();
    const client = new pg.Client({ connectionString: own.url });
    await client.connect();
    cleanups.push(() => client.end());
    const counts = async () =>
      (
        await client.query(
          `SELECT (SELECT count(*) FROM reporting_cycle)::int AS cycles, (SELECT count(*) FROM measure)::int AS measures,
                  (SELECT count(*) FROM statement)::int AS statements, (SELECT count(*) FROM audit_event)::int AS audits`,
        )
      ).rows[0];
    const before = await counts();
    expect(before).toEqual({ cycles: 0, measures: 0, statements: 0, audits: 0 });

    ensureBackendBuilt();
    const cli = join(repoRoot(), 'backend/dist/backend/src/importer/import-cli.js');
    const runImport = () => spawn(process.execPath, [cli, join(repoRoot(), DEMO_APPENDIX), '--organisation', 'stockholms-stad', '--cycle-year', '2016'], { env: { PATH: process.env.PATH ?? '', DATABASE_URL: own.url }, stdio: 'pipe' });
    const child = runImport();
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    // Wait until the import's transaction is writing (it holds a write lock on measure or statement:
    // the catalogue and statements are written in it), then kill it mid-way. Polled without pause: on
    // a quiet machine the whole import takes a fraction of a second.
    let killedInTransaction = false;
    for (let i = 0; i < 20000 && child.exitCode === null; i++) {
      const { rows } = await client.query(
        `SELECT DISTINCT l.pid FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
          WHERE c.relname IN ('measure', 'statement') AND l.mode = 'RowExclusiveLock' AND l.pid <> pg_backend_pid()`,
      );
      if (rows.length > 0) {
        child.kill('SIGKILL');
        killedInTransaction = true;
        // PostgreSQL rolls the transaction back when it notices the dead socket.
        for (let j = 0; j < 200; j++) {
          const left = await client.query(`SELECT 1 FROM pg_stat_activity WHERE pid = $1`, [rows[0].pid]);
          if (left.rows.length === 0) break;
          await sleep(50);
        }
        break;
      }
    }
    await exited;
    expect({ killedInTransaction, output: killedInTransaction ? '' : output.slice(-1000) }).toEqual({ killedInTransaction: true, output: '' });
    expect(await counts()).toEqual(before);

    const rerun = runImport();
    const code = await new Promise<number | null>((resolve) => rerun.once('exit', (c) => resolve(c)));
    expect(code).toBe(0);
    const after = await counts();
    expect(after.cycles).toBe(1);
    expect(after.measures).toBeGreaterThan(40);
    expect(after.statements).toBeGreaterThan(40);
  }, 120_000);

  it('of the app on the embedded database: every committed write is there after a restart, and the stale lock is taken over', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'atk-kill-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const env = { DATA_DIR: dataDir, DEMO_PASSWORD: 'demo-lösenord-för-test' };
    const first = startAppProcess(await freePort(), env);
    cleanups.push(async () => void (await first.kill('SIGKILL')));
    await first.ready;
    const json = (token: string) => ({ authorization: `Bearer ${token}`, 'content-type': 'application/json' });
    const login = await fetch(`${first.base}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'admin@example.se', password: env.DEMO_PASSWORD }) });
    expect(login.status).toBe(200);
    const { token } = (await login.json()) as { token: string };
    const [{ id }] = (await (await fetch(`${first.base}/boards`)).json()) as { id: number }[];
    const board = (await (await fetch(`${first.base}/boards/${id}`)).json()) as { id: number; version: number };
    let version = board.version;
    for (let i = 1; i <= 20; i++) {
      const res = await fetch(`${first.base}/boards/${board.id}`, { method: 'PUT', headers: json(token), body: JSON.stringify({ administration: `Förvaltning ${i}`, version }) });
      const body = (await res.json()) as { version: number };
      expect({ status: res.status, body: res.status === 200 ? null : body }).toEqual({ status: 200, body: null });
      version = body.version;
    }
    // The last save was answered: kill at once, with no chance to flush or unlock.
    expect(readFileSync(join(dataDir, 'atgardskollen.lock'), 'utf8')).toBe(String(first.child.pid));
    await first.kill('SIGKILL');

    const second = startAppProcess(await freePort(), env);
    cleanups.push(async () => void (await second.kill()));
    await second.ready;
    expect(readFileSync(join(dataDir, 'atgardskollen.lock'), 'utf8')).toBe(String(second.child.pid));
    const reread = (await (await fetch(`${second.base}/boards/${board.id}`)).json()) as { administration: string; version: number };
    expect({ administration: reread.administration, version: reread.version }).toEqual({ administration: 'Förvaltning 20', version });
    // The session written at sign-in survived too, and the audit trail has all twenty changes.
    expect((await fetch(`${second.base}/auth/me`, { headers: json(token) })).status).toBe(200);
    const audit = await fetch(`${second.base}/audit?entityType=board&entityId=${board.id}&limit=100`, { headers: json(token) });
    expect(((await audit.json()) as unknown[]).length).toBe(20);
  }, 180_000);
});
