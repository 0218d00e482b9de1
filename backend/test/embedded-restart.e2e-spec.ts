import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module.js';
import { configureApp } from '../src/configure-app.js';
import { startEmbeddedDatabase } from '../src/database/embedded-database.js';

/** The embedded database on disk: data survives a restart, the seed is not duplicated, a second process is refused. */
describe('embedded database on DATA_DIR', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'atk-data-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  async function start(): Promise<INestApplication> {
    const saved = { ...process.env };
    delete process.env.DATABASE_URL;
    process.env.DATA_DIR = dataDir;
    // SEED unset: the embedded database gets the demo data by default.
    delete process.env.SEED;
    try {
      const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
      const app = configureApp(moduleRef.createNestApplication({ logger: ['error'] }));
      await app.init();
      return app;
    } finally {
      process.env = saved;
    }
  }

  async function counts(app: INestApplication): Promise<Record<string, number>> {
    const [row] = await app.get(DataSource).query(
      `SELECT (SELECT count(*) FROM organisation)::int AS organisations, (SELECT count(*) FROM board)::int AS boards,
              (SELECT count(*) FROM report)::int AS reports, (SELECT count(*) FROM measure)::int AS measures,
              (SELECT count(*) FROM statement)::int AS statements, (SELECT count(*) FROM reporting_cycle)::int AS cycles`,
    );
    return row;
  }

  it('keeps data across a restart without seeding twice', async () => {
    const first = await start();
    const health = await request(first.getHttpServer()).get('/api/health').expect(200);
    expect(health.body).toEqual({ status: 'ok', database: 'embedded' });
    const before = await counts(first);
    // Stockholm, Malmö and Tyresö.
    expect(before.organisations).toBe(3);
    expect(before.boards).toBeGreaterThan(30);
    // A row written by a user must survive too, not only the seed.
    await first.get(DataSource).query(`UPDATE board SET administration = 'Ändrad förvaltning' WHERE slug = 'valnamnden'`);
    await first.close();

    const second = await start();
    expect(await counts(second)).toEqual(before);
    const [{ administration }] = await second.get(DataSource).query(`SELECT administration FROM board WHERE slug = 'valnamnden'`);
    expect(administration).toBe('Ändrad förvaltning');

    await second.close();
  });

  it('refuses a DATA_DIR locked by another live process, and takes over a stale lock', async () => {
    const other = spawn('sleep', ['30']);
    try {
      writeFileSync(join(dataDir, 'atgardskollen.lock'), String(other.pid));
      await expect(startEmbeddedDatabase(dataDir)).rejects.toThrow(new RegExp(`in use by another Åtgärdskollen process \\(pid ${other.pid}\\)`));
    } finally {
      other.kill();
      await new Promise((resolve) => other.once('exit', resolve));
    }
    const db = await startEmbeddedDatabase(dataDir);
    expect(readFileSync(join(dataDir, 'atgardskollen.lock'), 'utf8')).toBe(String(process.pid));
    await db.stop();
    expect(existsSync(join(dataDir, 'atgardskollen.lock'))).toBe(false);
  });
});
