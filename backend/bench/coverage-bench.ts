/**
 * npm run bench — the coverage engine at city scale: 60 boards × 1,000 measures × 10 cycles.
 * Generates the data with SQL, boots the real app on it, times every coverage endpoint over HTTP
 * and prints the key lines of each query's EXPLAIN ANALYZE. Runs on the embedded database
 * (in memory) unless DATABASE_URL is set, in which case it uses a throwaway database on that server.
 */
import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module.js';
import { configureApp } from '../src/configure-app.js';
import { CYCLE_COVERAGE_SQL, CYCLE_GAPS_SQL, CYCLE_MATRIX_SQL, CYCLE_MEASURES_SQL, TREND_SQL } from '../src/coverage/coverage.sql.js';
import { createThrowawayDatabase } from '../src/database/throwaway-database.js';

const BOARDS = 60;
const MEASURES = 1000;
const CYCLES = 10;
const RUNS = 15;

/** 60 boards (46 central, 14 district), 10 reports × 100 measures, 1 lead + 2 contributing per measure, ~70 % delivered. */
async function generate(ds: DataSource): Promise<number[]> {
  await ds.query(`INSERT INTO organisation (slug, name) VALUES ('bench', 'Bänkstad')`);
  await ds.query(`INSERT INTO board (organisation_id, name, administration, kind, slug)
                  SELECT 1, 'Nämnd ' || i, 'Förvaltning ' || i, CASE WHEN i > 46 THEN 'district' ELSE 'central' END, 'namnd-' || i
                    FROM generate_series(1, ${BOARDS}) i`);
  await ds.query(`INSERT INTO commission (organisation_id, slug, name) VALUES (1, 'k', 'Kommissionen')`);
  await ds.query(`INSERT INTO report (commission_id, key, title) SELECT 1, 'r' || i, 'Rapport ' || i FROM generate_series(1, 10) i`);
  await ds.query(`INSERT INTO measure (report_id, number, title)
                  SELECT 1 + (i - 1) / 100, (1 + (i - 1) % 100 / 10) || '.' || (1 + (i - 1) % 10), 'Åtgärd ' || i
                    FROM generate_series(1, ${MEASURES}) i`);
  await ds.query(`INSERT INTO responsibility (measure_id, board_id, role)
                  SELECT m.id, 1 + (m.id * 7 + k * 13) % ${BOARDS}, CASE WHEN k = 0 THEN 'lead' ELSE 'contributing' END
                    FROM measure m, generate_series(0, 2) k
                  ON CONFLICT DO NOTHING`);
  await ds.query(`INSERT INTO reporting_cycle (organisation_id, commission_id, name, year, status)
                  SELECT 1, 1, 'Omgång ' || y, y, 'closed' FROM generate_series(2016, ${2015 + CYCLES}) y`);
  await ds.query(`INSERT INTO cycle_participant (cycle_id, board_id) SELECT c.id, b.id FROM reporting_cycle c, board b`);
  // Each cycle's scope is the whole catalogue, as if every cycle opened on it.
  await ds.query(`INSERT INTO cycle_scope_measure (cycle_id, measure_id) SELECT c.id, m.id FROM reporting_cycle c, measure m`);
  await ds.query(`INSERT INTO cycle_scope_responsibility (cycle_id, measure_id, board_id, role)
                  SELECT c.id, r.measure_id, r.board_id, r.role FROM reporting_cycle c, responsibility r`);
  await ds.query(`INSERT INTO statement (cycle_id, board_id, measure_id, text, planned_years, state)
                  SELECT c.id, r.board_id, r.measure_id, 'Skrivning', ARRAY[c.year + 1], 'submitted'
                    FROM reporting_cycle c JOIN responsibility r ON (r.id * 31 + c.id * 17) % 10 < 7`);
  await ds.query(`INSERT INTO statement (cycle_id, board_id, measure_id, text, state)
                  SELECT c.id, b.id, NULL, 'Allmän skrivning', 'submitted' FROM reporting_cycle c, board b WHERE (b.id + c.id) % 5 <> 0`);
  await ds.query('ANALYZE');
  return (await ds.query(`SELECT id FROM reporting_cycle ORDER BY id`)).map((r: { id: number }) => r.id);
}

function stats(samples: number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], p95: sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] };
}

async function main(): Promise<void> {
  const serverUrl = process.env.DATABASE_URL;
  const server = serverUrl ? await createThrowawayDatabase(serverUrl, 'atgardskollen_bench') : null;
  process.env.SEED = 'false';
  if (server) process.env.DATABASE_URL = server.url;
  else process.env.DATA_DIR = 'memory://';

  const app = configureApp(await NestFactory.create(AppModule, { logger: ['error'] }));
  await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/api`;
  const ds = app.get(DataSource);
  try {
    const t0 = performance.now();
    const cycles = await generate(ds);
    const counts = (await ds.query(`SELECT (SELECT count(*) FROM responsibility)::int AS responsibilities, (SELECT count(*) FROM statement)::int AS statements`))[0];
    console.log(`Database: ${server ? 'PostgreSQL server' : 'embedded (PGlite, in memory)'}`);
    console.log(`Generated ${BOARDS} boards, ${MEASURES} measures, ${counts.responsibilities} responsibilities, ${CYCLES} cycles, ${counts.statements} statements in ${(performance.now() - t0).toFixed(0)} ms\n`);

    const cycle = cycles[cycles.length - 1];
    const endpoints = [
      `/cycles/${cycle}/coverage`,
      `/cycles/${cycle}/coverage/measures`,
      `/cycles/${cycle}/gaps`,
      `/cycles/${cycle}/gaps?report=r3&role=lead`,
      `/cycles/${cycle}/matrix?report=r1`,
      `/cycles/${cycle}/matrix`,
      `/coverage/trend`,
    ];
    console.log('| endpoint | median ms | p95 ms | response |');
    console.log('|---|---:|---:|---:|');
    for (const path of endpoints) {
      const samples: number[] = [];
      let size = 0;
      for (let i = 0; i < RUNS + 2; i++) {
        const start = performance.now();
        const res = await fetch(base + path);
        const body = await res.text();
        if (!res.ok) throw new Error(`${path} → ${res.status} ${body}`);
        if (i >= 2) samples.push(performance.now() - start); // two warm-up runs
        size = body.length;
      }
      const s = stats(samples);
      console.log(`| GET /api${path} | ${s.median.toFixed(1)} | ${s.p95.toFixed(1)} | ${(size / 1024).toFixed(0)} KiB |`);
    }

    const plans: [string, string, unknown[]][] = [
      ['coverage', CYCLE_COVERAGE_SQL, [cycle]],
      ['measures (first page)', CYCLE_MEASURES_SQL, [cycle, null, null, null, null, 101]],
      ['gaps', CYCLE_GAPS_SQL, [cycle, null, null, null, null]],
      ['matrix (one report)', CYCLE_MATRIX_SQL, [cycle, (await ds.query(`SELECT id FROM report WHERE key = 'r1'`))[0].id]],
      ['trend', TREND_SQL, [null]],
    ];
    for (const [name, sql, params] of plans) {
      const rows = await ds.query(`EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) ${sql}`, params);
      const lines = rows.map((r: Record<string, string>) => r['QUERY PLAN']);
      const key = lines.filter((l: string) => /Index|Seq Scan|Hash Join|Execution Time|Merge Join|Nested Loop/.test(l));
      console.log(`\n${name}: EXPLAIN ANALYZE key lines`);
      for (const l of key) console.log(`  ${l.trim()}`);
    }
  } finally {
    await app.close();
    await server?.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
