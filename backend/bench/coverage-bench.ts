/**
 * npm run bench [-- --size city|region|national] [--runs 100] [--keep | --database NAME] — the read endpoints at three sizes:
 *   city     1 municipality: 60 boards × 1,000 measures (3 responsible boards each) × 10 cycles
 *   region   26 municipalities: the city above plus 25 of a realistic spread
 *   national 290 municipalities: the city plus 289 with 15–60 boards, 50–1,000 measures and 2–16
 *            responsible boards per measure, 10 cycles (≥ 10 M statements; PostgreSQL server only)
 * Generates the data in SQL (generate_series), boots the real app on it, and times each endpoint for
 * the first municipality's latest cycle over HTTP and, in the same run, the same SQL statements with
 * the same parameters straight through `pg`, both from a client in a worker thread (bench-client.ts), then prints
 * `endpoint | http p50 | http p95 | sql p50 | sql p95 | ratio p95 | answer` and the RSS, then the
 * key lines of each query's EXPLAIN ANALYZE. On the embedded database (in memory) unless DATABASE_URL
 * is set, in which case a throwaway database on that server is used and dropped; `--keep` keeps it,
 * and `--database NAME` measures again on a database kept earlier (of the same size) without
 * generating it anew: the app's boot applies any newer migration to it first.
 * Each municipality also has 20 remisser a year (the latest year's sent, the others closed), each sent
 * to about a third of its boards, of which about 75 % answered.
 */
import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import { Worker } from 'node:worker_threads';
import { DataSource, type QueryRunner } from 'typeorm';
import { AppModule } from '../src/app.module.js';
import type { BenchEndpoint, BenchJob, BenchSamples } from './bench-client.js';
import { configureApp } from '../src/configure-app.js';
import { CYCLE_COVERAGE_SQL, CYCLE_GAPS_SQL, CYCLE_MATRIX_SQL, CYCLE_MEASURES_SQL, CYCLE_REVIEW_SQL, TREND_SQL } from '../src/coverage/coverage.sql.js';
import { CYCLE_COLUMNS } from '../src/cycles/cycle.row.js';
import { createThrowawayDatabase } from '../src/database/throwaway-database.js';
import { REMISS_LIST_SQL, REMISS_OVERDUE_SQL, REMISS_POSITIONS_SQL, REMISS_RECIPIENTS_SQL, REMISS_SQL } from '../src/remisser/remisser.service.js';
import { CYCLE_STATEMENTS_SQL } from '../src/statements/statements.service.js';

const SIZES = { city: 1, region: 26, national: 290 } as const;
type Size = keyof typeof SIZES;
const CYCLES = 10;

/**
 * Municipality 1 is always the city (60 boards, 1,000 measures, 3 responsible boards per measure), so
 * its answers can be compared across sizes; the others spread as the issue describes. About 72 % of the
 * responsibilities are delivered in each cycle and another 9 % are drafts, and 80 % of the boards write a
 * general statement.
 */
async function generate(ds: DataSource, municipalities: number, log: (line: string) => void): Promise<void> {
  // One session for all of it: the temp tables below, and memory for the big joins and index builds.
  const q = ds.createQueryRunner();
  await q.connect();
  try {
    await q.query(`SET work_mem = '256MB'`);
    await q.query(`SET maintenance_work_mem = '1GB'`);
    await q.query(`SET synchronous_commit = off`);
    await generateIn(q, municipalities, log);
  } finally {
    await q.release();
  }
}

async function generateIn(ds: QueryRunner, municipalities: number, log: (line: string) => void): Promise<void> {
  const step = async (what: string, sql: string) => {
    const t0 = performance.now();
    await ds.query(sql);
    log(`  ${what}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  };
  await step('municipalities', `INSERT INTO organisation (slug, name) SELECT 'kommun-' || o, 'Kommun ' || o FROM generate_series(1, ${municipalities}) o`);
  await ds.query(`CREATE TEMP TABLE bench_size AS
                  SELECT id AS org, CASE WHEN id = 1 THEN 60 ELSE 15 + (id * 37) % 46 END AS boards,
                         CASE WHEN id = 1 THEN 1000 ELSE 50 + ((id * 389) % 96) * 10 END AS measures
                    FROM organisation`);
  await step('boards', `INSERT INTO board (organisation_id, name, administration, kind, slug)
                        SELECT s.org, 'Nämnd ' || i, 'Förvaltning ' || i, CASE WHEN i > s.boards * 3 / 4 THEN 'district' ELSE 'central' END, 'namnd-' || i
                          FROM bench_size s, generate_series(1, s.boards) i`);
  await ds.query(`CREATE TEMP TABLE bench_board AS SELECT organisation_id AS org, min(id) AS first, count(*)::int AS n FROM board GROUP BY organisation_id`);
  await step('commissions and reports', `
    WITH c AS (INSERT INTO commission (organisation_id, slug, name) SELECT org, 'k', 'Kommissionen' FROM bench_size RETURNING id)
    INSERT INTO report (commission_id, key, title) SELECT c.id, 'r' || i, 'Rapport ' || i FROM c, generate_series(1, 10) i`);
  await step('measures', `INSERT INTO measure (report_id, number, title)
                          SELECT r.id, (1 + (j - 1) / 10) || '.' || (1 + (j - 1) % 10), 'Åtgärd ' || j
                            FROM report r JOIN commission c ON c.id = r.commission_id JOIN bench_size s ON s.org = c.organisation_id,
                                 generate_series(1, s.measures / 10) j`);
  await step('responsibilities', `INSERT INTO responsibility (measure_id, board_id, role)
                          SELECT m.id, bb.first + (m.id * 7 + k * 13) % bb.n, CASE WHEN k = 0 THEN 'lead' ELSE 'contributing' END
                            FROM measure m JOIN report r ON r.id = m.report_id JOIN commission c ON c.id = r.commission_id
                            JOIN bench_board bb ON bb.org = c.organisation_id,
                                 generate_series(0, CASE WHEN c.organisation_id = 1 THEN 2 ELSE 1 + (m.id * 7) % 15 END) k
                          ON CONFLICT DO NOTHING`);
  await step('cycles', `INSERT INTO reporting_cycle (organisation_id, commission_id, name, year, status)
                        SELECT c.organisation_id, c.id, 'Omgång ' || y, y, 'closed' FROM commission c, generate_series(2016, ${2015 + CYCLES}) y`);
  await step('participants', `INSERT INTO cycle_participant (cycle_id, board_id)
                              SELECT c.id, b.id FROM reporting_cycle c JOIN board b ON b.organisation_id = c.organisation_id`);
  // Each cycle's scope is the whole catalogue of its commission, as if every cycle opened on it.
  await step('cycle scopes (measures)', `INSERT INTO cycle_scope_measure (cycle_id, measure_id)
                          SELECT c.id, m.id FROM reporting_cycle c JOIN report r ON r.commission_id = c.commission_id JOIN measure m ON m.report_id = r.id`);
  await step('cycle scopes (responsibilities)', `INSERT INTO cycle_scope_responsibility (cycle_id, measure_id, board_id, role)
                          SELECT sm.cycle_id, x.measure_id, x.board_id, x.role FROM cycle_scope_measure sm JOIN responsibility x ON x.measure_id = sm.measure_id`);
  // 71.7 % of the expected statements delivered (submitted), another 9.4 % still drafts.
  await step('statements', `INSERT INTO statement (cycle_id, board_id, measure_id, text, planned_years, state, status)
                          SELECT x.cycle_id, x.board_id, x.measure_id, 'Skrivning', ARRAY[2017 + x.cycle_id % 10],
                                 CASE WHEN x.h < 717 THEN 'submitted' ELSE 'draft' END,
                                 (ARRAY['done', 'in-progress', 'not-started', 'waiting'])[1 + (x.measure_id + x.cycle_id) % 4]
                            FROM (SELECT sr.*, hashint8(sr.measure_id::bigint * 1000003 + sr.board_id * 1009 + sr.cycle_id) & 1023 AS h
                                    FROM cycle_scope_responsibility sr) x
                           WHERE x.h < 813`);
  await step('general statements', `INSERT INTO statement (cycle_id, board_id, measure_id, text, state)
                          SELECT p.cycle_id, p.board_id, NULL, 'Allmän skrivning', 'submitted' FROM cycle_participant p WHERE (p.board_id + p.cycle_id) % 5 <> 0`);
  await step('remisser', `INSERT INTO remiss (organisation_id, case_number, title, sender_name, answer_by, status)
                          SELECT s.org, 'KS ' || y || '/' || i, 'Remiss ' || y || ':' || i, 'Kommunstyrelsen', make_date(y, 1 + i % 12, 1 + i % 28),
                                 CASE WHEN y = ${2015 + CYCLES} THEN 'sent' ELSE 'closed' END
                            FROM bench_size s, generate_series(2016, ${2015 + CYCLES}) y, generate_series(1, 20) i`);
  await step('remiss recipients', `INSERT INTO remiss_recipient (organisation_id, remiss_id, kind, name, board_id)
                          SELECT r.organisation_id, r.id, 'board', b.name, b.id
                            FROM remiss r JOIN board b ON b.organisation_id = r.organisation_id
                           WHERE (b.id + r.id) % 3 = 0`);
  await step('remiss answers', `INSERT INTO remiss_answer (organisation_id, remiss_id, recipient_id, answered_on, position, summary, state, submitted_at)
                          SELECT x.organisation_id, x.remiss_id, x.id, r.answer_by - (x.id % 20) + 5,
                                 (ARRAY['supports', 'partly-supports', 'opposes', 'no-comments', 'declined'])[1 + x.id % 5], 'Yttrande', 'submitted', now()
                            FROM remiss_recipient x JOIN remiss r ON r.organisation_id = x.organisation_id AND r.id = x.remiss_id
                           WHERE (hashint4(x.id) & 1023) < 768`);
  // What autovacuum would have done by the time anyone reads: statistics, and the visibility map
  // that lets index-only scans skip the heap.
  await step('VACUUM (ANALYZE)', 'VACUUM (ANALYZE)');
}

function stats(samples: number[]): { p50: number; p95: number } {
  const s = [...samples].sort((a, b) => a - b);
  return { p50: s[Math.floor(s.length / 2)], p95: s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)] };
}

/** Runs the measuring client (bench-client.ts) in a worker thread, handing over each endpoint's samples as they come. */
function runClient(job: BenchJob, each: (samples: BenchSamples) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./bench-client.js', import.meta.url), { workerData: job });
    worker.on('message', (m: { samples?: BenchSamples; done?: boolean; error?: string }) => {
      if (m.samples) each(m.samples);
      else if (m.done) resolve();
      else reject(new Error(m.error));
    });
    worker.once('error', reject);
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: 'city' },
      runs: { type: 'string', default: '100' },
      keep: { type: 'boolean', default: false },
      database: { type: 'string' },
    },
  });
  const size = values.size as Size;
  if (!(size in SIZES)) throw new Error(`--size must be city, region or national, got ${values.size}`);
  const runs = Number(values.runs);
  const serverUrl = process.env.DATABASE_URL;
  if (size === 'national' && !serverUrl) throw new Error('--size national needs a PostgreSQL server: DATABASE_URL=postgres://… npm run bench -- --size national');
  if (values.database && !serverUrl) throw new Error('--database needs DATABASE_URL (the server that holds it)');
  if (values.database && !/^atgardskollen_bench_[a-z0-9_]+$/.test(values.database)) {
    throw new Error(`--database must name a database an earlier --keep made (atgardskollen_bench_…), got ${values.database}`);
  }
  const server = values.database
    ? { url: Object.assign(new URL(serverUrl!), { pathname: `/${values.database}` }).toString(), drop: async () => {} }
    : serverUrl
      ? await createThrowawayDatabase(serverUrl, 'atgardskollen_bench')
      : null;
  const reuse = values.database !== undefined;
  process.env.SEED = 'false';
  // Generating millions of rows takes longer than a request may (DB_STATEMENT_TIMEOUT_MS).
  process.env.DB_STATEMENT_TIMEOUT_MS = '0';
  if (server) process.env.DATABASE_URL = server.url;
  else process.env.DATA_DIR = 'memory://';

  const app = configureApp(await NestFactory.create(AppModule, { logger: ['error'] }));
  await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/api`;
  const ds = app.get(DataSource);
  try {
    const t0 = performance.now();
    console.log(`Database: ${server ? 'PostgreSQL server' : 'embedded (PGlite, in memory)'}; size ${size} (${SIZES[size]} municipalities)`);
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM organisation`);
    if (reuse && n !== SIZES[size]) throw new Error(`${values.database} holds ${n} municipalities, not the ${SIZES[size]} of --size ${size}`);
    if (!reuse) await generate(ds, SIZES[size], (line) => console.log(line));
    const [counts] = await ds.query(
      `SELECT (SELECT count(*) FROM board)::int AS boards, (SELECT count(*) FROM measure)::int AS measures,
              (SELECT count(*) FROM responsibility)::int AS responsibilities, (SELECT count(*) FROM reporting_cycle)::int AS cycles,
              (SELECT count(*) FROM statement)::int AS statements, (SELECT count(*) FROM remiss)::int AS remisser,
              (SELECT count(*) FROM remiss_recipient)::int AS recipients, pg_size_pretty(pg_database_size(current_database())) AS size`,
    );
    console.log(
      `Generated ${counts.boards} boards, ${counts.measures} measures, ${counts.responsibilities} responsibilities, ${counts.cycles} cycles, ` +
        `${counts.statements} statements, ${counts.remisser} remisser to ${counts.recipients} recipients (${counts.size}) ` +
        `${reuse ? `(kept: ${values.database})` : `in ${((performance.now() - t0) / 1000).toFixed(0)} s`}\n`,
    );

    // Municipality 1's latest cycle, its first board and first report.
    const [{ cycle, board, report, remiss }] = await ds.query(
      `SELECT (SELECT max(id) FROM reporting_cycle WHERE organisation_id = 1) AS cycle,
              (SELECT max(id) FROM remiss WHERE organisation_id = 1 AND status = 'sent') AS remiss,
              (SELECT min(id) FROM board WHERE organisation_id = 1) AS board,
              (SELECT min(r.id) FROM report r JOIN commission c ON c.id = r.commission_id WHERE c.organisation_id = 1) AS report`,
    );
    const cycleSql: [string, unknown[]] = [`SELECT ${CYCLE_COLUMNS} FROM reporting_cycle t WHERE t.id = $1`, [cycle]];
    const reportSql: [string, unknown[]] = [`SELECT id FROM report WHERE key = 'r1' AND commission_id = (SELECT commission_id FROM reporting_cycle WHERE id = $1)`, [cycle]];
    const endpoints: BenchEndpoint[] = [
      // The floor: what any request costs beyond its SQL (HTTP, routing, guard, serialisation).
      { name: 'floor: health', path: '/health', sql: [['SELECT version() AS version', []]] },
      { name: 'coverage', path: `/cycles/${cycle}/coverage`, sql: [cycleSql, [CYCLE_COVERAGE_SQL, [cycle]], [CYCLE_REVIEW_SQL, [cycle]]] },
      { name: 'coverage per measure (page)', path: `/cycles/${cycle}/coverage/measures`, sql: [cycleSql, [CYCLE_MEASURES_SQL, [cycle, null, null, null, null, 101]]] },
      { name: 'gaps (page)', path: `/cycles/${cycle}/gaps`, sql: [cycleSql, [CYCLE_GAPS_SQL, [cycle, null, null, null, null, null, null, null, null, 101]]] },
      { name: 'matrix (one report)', path: `/cycles/${cycle}/matrix?report=r1`, sql: [cycleSql, reportSql, [CYCLE_MATRIX_SQL, [cycle, report]]] },
      { name: 'matrix (whole cycle)', path: `/cycles/${cycle}/matrix`, sql: [cycleSql, [CYCLE_MATRIX_SQL, [cycle, null]]] },
      { name: 'trend (one board)', path: `/boards/${board}/trend`, sql: [[`SELECT organisation_id FROM board WHERE id = $1`, [board]], [TREND_SQL, [board, null]]] },
      {
        name: 'trend (the municipality)',
        path: `/coverage/trend?organisation=kommun-1`,
        sql: [[`SELECT id, slug, name FROM organisation WHERE slug = $1`, ['kommun-1']], [TREND_SQL, [null, 1]]],
      },
      { name: 'trend (every municipality)', path: `/coverage/trend`, sql: [[TREND_SQL, [null, null]]] },
      {
        name: 'statements (page)',
        path: `/cycles/${cycle}/statements`,
        sql: [cycleSql, [CYCLE_STATEMENTS_SQL, [cycle, null, null, null, false, [], null, null, null, null, 101]]],
      },
      {
        name: 'remiss follow-up',
        path: `/remisser/${remiss}/follow-up`,
        sql: [[REMISS_SQL, [remiss]], [REMISS_RECIPIENTS_SQL, [remiss, 1]], [REMISS_POSITIONS_SQL, [remiss, 1]]],
      },
      {
        name: 'remisser of the municipality (page)',
        path: `/remisser?organisation=kommun-1`,
        sql: [[`SELECT id, slug, name FROM organisation WHERE slug = $1`, ['kommun-1']], [REMISS_LIST_SQL, [1, null, null, null, false, null, null, null, 101]]],
      },
      {
        name: 'sent remisser, every municipality (page)',
        path: `/remisser?status=sent`,
        sql: [[REMISS_LIST_SQL, [null, 'sent', null, null, false, null, null, null, 101]]],
      },
      {
        name: 'overdue recipients, every municipality (page)',
        path: `/remisser/overdue`,
        sql: [[REMISS_OVERDUE_SQL, [null, null, null, null, 101]]],
      },
    ];

    console.log('| endpoint | http p50 | http p95 | sql p50 | sql p95 | ratio p95 | answer |');
    console.log('|---|---:|---:|---:|---:|---:|---:|');
    await runClient({ base, databaseUrl: (ds.options as { url: string }).url, runs, warmup: 3, endpoints }, (e) => {
      const hs = stats(e.http);
      const ss = stats(e.sql);
      const path = e.path.replace(`cycles/${cycle}/`, 'cycles/:id/').replace(`boards/${board}`, 'boards/:id').replace(`remisser/${remiss}`, 'remisser/:id');
      console.log(
        `| ${e.name} \`GET ${path}\` | ${hs.p50.toFixed(1)} | ${hs.p95.toFixed(1)} | ` +
          `${ss.p50.toFixed(1)} | ${ss.p95.toFixed(1)} | ${(hs.p95 / ss.p95).toFixed(2)} | ${(e.bytes / 1024).toFixed(0)} KiB |`,
      );
    });
    console.log(`\nRSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB (the app's process, with the measuring client's worker thread)`);

    for (const e of endpoints) {
      // The endpoint's main statement: the longest of those it runs.
      const [text, params] = [...e.sql].sort((a, b) => b[0].length - a[0].length)[0];
      const rows = await ds.query(`EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) ${text}`, params);
      const lines = rows.map((r: Record<string, string>) => r['QUERY PLAN']);
      const key = lines.filter((l: string) => /Index|Seq Scan|Hash Join|Execution Time|Merge Join|Nested Loop/.test(l));
      console.log(`\n${e.name}: EXPLAIN ANALYZE key lines`);
      for (const l of key) console.log(`  ${l.trim()}`);
    }
  } finally {
    await app.close();
    if (values.keep && server) console.log(`\nKept the database: ${server.url}`);
    else await server?.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
