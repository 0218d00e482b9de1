import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import { repoRoot } from '../src/common/paths.js';
import { ensureBackendBuilt } from './utils/app-process.js';

/**
 * `npm run bench` keeps working: the city size, two runs per endpoint, on the database this suite
 * runs on (an in-memory PGlite of the bench's own, or a throwaway database on the server that the
 * bench drops afterwards). Its numbers are docs/benchmark.md's business, not this test's: this only
 * checks that every endpoint was measured on the data the bench says it generated.
 */
describe('npm run bench (reduced: city, 2 runs)', () => {
  const serverUrl = process.env.ATK_TEST_SERVER_URL;
  const admin = serverUrl ? new pg.Client({ connectionString: serverUrl }) : null;
  afterAll(async () => {
    await admin?.end();
  });

  it('measures every endpoint over HTTP and SQL and leaves no database behind', async () => {
    ensureBackendBuilt();
    const env: Record<string, string> = { PATH: process.env.PATH ?? '', NODE_ENV: 'test' };
    if (serverUrl) env.DATABASE_URL = serverUrl;
    const run = spawnSync(process.execPath, [join(repoRoot(), 'backend/dist/backend/bench/coverage-bench.js'), '--size', 'city', '--runs', '2'], {
      cwd: repoRoot(),
      env,
      encoding: 'utf8',
      timeout: 120_000,
    });
    const out = `${run.stdout}\n${run.stderr}`;
    expect({ status: run.status, out: run.status === 0 ? '' : out }).toEqual({ status: 0, out: '' });
    expect(out).toMatch(/Generated 60 boards, 1000 measures, 3000 responsibilities, 10 cycles, \d+ statements, 200 remisser to 4000 recipients/);
    const rows = out.split('\n').filter((l) => /^\| [a-z]/.test(l) && !l.startsWith('| endpoint'));
    const names = rows.map((l) => l.split(' `')[0].slice(2));
    expect(names).toEqual([
      'floor: health', 'coverage', 'coverage per measure (page)', 'gaps (page)', 'matrix (one report)', 'matrix (whole cycle)',
      'trend (one board)', 'trend (the municipality)', 'trend (every municipality)', 'statements (page)', 'remiss follow-up',
      'remisser of the municipality (page)', 'sent remisser, every municipality (page)', 'overdue recipients, every municipality (page)',
    ]);
    for (const row of rows) {
      // http p50 | http p95 | sql p50 | sql p95 | ratio p95 | answer: numbers, the answer not empty
      const cells = row.split('|').slice(2, 8).map((c) => c.trim());
      expect(cells.slice(0, 5).every((c) => Number.isFinite(Number(c)) && Number(c) > 0)).toBe(true);
      expect(cells[5]).toMatch(/^\d+ KiB$/);
    }
    expect(out).toContain('Execution Time');
    // On the server the bench made its database on the suite's server and must have dropped it.
    const left = admin
      ? (await admin.connect().then(() => admin.query(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`atgardskollen_bench_${run.pid}_%`]))).rows
      : [];
    expect(left).toEqual([]);
  }, 150_000);
});
