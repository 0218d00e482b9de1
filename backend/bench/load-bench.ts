/**
 * npm run bench:load [-- --editors 500 --saves 3 --racers 50 --deadline 120]: many editors at once
 * (bench/editor-load.ts) against the real app on generated data, then the check of what was stored.
 * On the embedded database (in memory) unless DATABASE_URL is set, in which case a throwaway database
 * on that server. Exits 1 when a write was lost or duplicated, or a racer other than one won.
 */
import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module.js';
import { configureApp } from '../src/configure-app.js';
import { createThrowawayDatabase } from '../src/database/throwaway-database.js';
import { formatEditorLoad, runEditorLoad } from './editor-load.js';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { editors: { type: 'string', default: '500' }, saves: { type: 'string', default: '3' }, racers: { type: 'string', default: '50' }, deadline: { type: 'string', default: '120' } },
  });
  const serverUrl = process.env.DATABASE_URL;
  const server = serverUrl ? await createThrowawayDatabase(serverUrl, 'atgardskollen_bench') : null;
  process.env.SEED = 'false';
  if (server) process.env.DATABASE_URL = server.url;
  else process.env.DATA_DIR = 'memory://';
  const app = configureApp(await NestFactory.create(AppModule, { logger: ['error'] }));
  await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/api`;
  try {
    const rssBefore = process.memoryUsage().rss;
    const result = await runEditorLoad(app.get(DataSource), base, {
      editors: Number(values.editors),
      saves: Number(values.saves),
      racers: Number(values.racers),
      deadlineMs: Number(values.deadline) * 1000,
    });
    console.log(`Database: ${server ? 'PostgreSQL server (pool of 10)' : 'embedded (PGlite, in memory, one connection)'}`);
    console.log(formatEditorLoad(result));
    console.log(`RSS ${(rssBefore / 2 ** 20).toFixed(0)} → ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`);
    for (const m of result.check.mismatched.slice(0, 10)) console.log(`  ${m}`);
    const ok = result.check.mismatched.length === 0 && result.check.duplicateStatements === 0 && result.check.raceWinners === 1;
    return ok ? 0 : 1;
  } finally {
    await app.close();
    await server?.drop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
