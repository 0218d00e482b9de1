import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { loadDemoAccounts } from '../../seed/load-demo-accounts.js';
import { ORGANISATIONS } from '../../seed/reference-data.js';

/** Per organisation an admin, an analyst and an editor per board; and the install's system account. */
const EDITORS = ORGANISATIONS.reduce((n, o) => n + o.boards.length, 0);
const ACCOUNTS = 1 + ORGANISATIONS.length * 2 + EDITORS;
import { AppModule } from '../src/app.module.js';
import { DemoPasswordInProductionError } from '../src/auth/demo-password.check.js';
import { configureApp } from '../src/configure-app.js';
import { createTestApp, type TestApp } from './utils/test-app.js';

/** Boots the real app on the current database (no reset) and answers the error it failed with. */
async function bootError(env: Record<string, string>): Promise<unknown> {
  const saved = { ...process.env };
  Object.assign(process.env, { SEED: 'true' }, env);
  let app: INestApplication | undefined;
  try {
    const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
    app = configureApp(moduleRef.createNestApplication({ logger: false }));
    await app.init();
    return undefined;
  } catch (error) {
    return error;
  } finally {
    process.env = saved;
    await app?.close();
  }
}

describe('demo accounts', () => {
  let t: TestApp;
  const http = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('the seed creates admin, analyst and one editor per board, all with the demo password', async () => {
    const rows = await t.dataSource.query<{ email: string; role: string; demo_password: boolean }[]>(`SELECT email, role, demo_password FROM app_user ORDER BY email`);
    expect(rows).toHaveLength(ACCOUNTS);
    expect(rows.every((r) => r.demo_password)).toBe(true);
    expect(rows.filter((r) => r.role === 'editor')).toHaveLength(EDITORS);
    expect(rows.map((r) => r.email)).toEqual(expect.arrayContaining(['system@example.se', 'admin.malmo-stad@example.se', 'analytiker.tyreso-kommun@example.se', 'redaktor.tyreso-kommun.utvecklingsforvaltningen@example.se']));
    expect(rows.map((r) => r.email)).toEqual(
      expect.arrayContaining(['admin@example.se', 'analytiker@example.se', 'redaktor.trafiknamnden@example.se', 'redaktor.bromma-stadsdelsnamnd@example.se']),
    );
  });

  it.each([
    ['admin@example.se', 'admin', []],
    ['analytiker@example.se', 'analyst', []],
    ['redaktor.trafiknamnden@example.se', 'editor', ['Trafiknämnden']],
    ['redaktor.bromma-stadsdelsnamnd@example.se', 'editor', ['Bromma stadsdelsnämnd']],
  ])('%s signs in with "demo" as %s', async (email, role, boards) => {
    const res = await http().post('/api/auth/login').send({ email, password: 'demo' }).expect(200);
    expect(res.body.user).toEqual({ email, role, organisation: { slug: 'stockholms-stad', name: 'Stockholms stad' }, boards: boards.map((name) => ({ id: expect.any(Number), name })) });
  });

  it('a second run creates only what is missing and leaves existing accounts alone', async () => {
    const again = await t.dataSource.transaction((m) => loadDemoAccounts(m, 'demo'));
    expect(again).toEqual({ created: 0, existing: ACCOUNTS });
    await t.dataSource.query(`INSERT INTO board (organisation_id, name, administration, kind, slug) SELECT id, 'Ny nämnd', 'Ny förvaltning', 'central', 'ny-namnd' FROM organisation WHERE slug = 'stockholms-stad'`);
    const withNewBoard = await t.dataSource.transaction((m) => loadDemoAccounts(m, 'annat-demolösen'));
    expect(withNewBoard).toEqual({ created: 1, existing: ACCOUNTS });
    await http().post('/api/auth/login').send({ email: 'redaktor.ny-namnd@example.se', password: 'annat-demolösen' }).expect(200);
    // The existing accounts kept their password.
    await http().post('/api/auth/login').send({ email: 'admin@example.se', password: 'annat-demolösen' }).expect(401);
  });

  it('NODE_ENV=production refuses to start while an account has a demo password, naming the problem', async () => {
    const error = await bootError({ NODE_ENV: 'production' });
    expect(error).toBeInstanceOf(DemoPasswordInProductionError);
    expect((error as Error).message).toMatch(
      /^Refusing to start in production mode: \d+ account\(s\) still have the demo password \(admin\.malmo-stad@example\.se, admin\.tyreso-kommun@example\.se, admin@example\.se and \d+ more\)/,
    );
  });

  it('production mode starts once no demo password remains, and creates no demo accounts', async () => {
    await t.dataSource.query(`UPDATE app_user SET demo_password = false WHERE email <> 'admin@example.se'`);
    expect(await bootError({ NODE_ENV: 'production' })).toBeInstanceOf(DemoPasswordInProductionError);
    await t.dataSource.query(`DELETE FROM user_board`);
    await t.dataSource.query(`DELETE FROM user_session`);
    await t.dataSource.query(`DELETE FROM app_user`);
    expect(await bootError({ NODE_ENV: 'production' })).toBeUndefined();
    const count = await t.dataSource.query(`SELECT count(*)::int AS n FROM app_user`);
    expect(count[0].n).toBe(0);
  });

  it('DEMO_PASSWORD replaces "demo" outside production', async () => {
    expect(await bootError({ DEMO_PASSWORD: 'eget-demolösen' })).toBeUndefined();
    await http().post('/api/auth/login').send({ email: 'analytiker@example.se', password: 'eget-demolösen' }).expect(200);
    await http().post('/api/auth/login').send({ email: 'analytiker@example.se', password: 'demo' }).expect(401);
  });
});

/** Demo data and accounts belong to the embedded demo: a start against a server without SEED creates neither. */
describe('a PostgreSQL server without SEED', () => {
  it('gets no demo data and no admin@example.se / demo; SEED=true asks for them explicitly', async () => {
    // The tests reach even the embedded database through DATABASE_URL, so this start looks like one against a server.
    const plain = await createTestApp({ seed: 'default' });
    try {
      const [counts] = await plain.dataSource.query(
        `SELECT (SELECT count(*) FROM app_user)::int AS users, (SELECT count(*) FROM statement)::int AS statements, (SELECT count(*) FROM board)::int AS boards`,
      );
      expect(counts).toEqual({ users: 0, statements: 0, boards: 0 });
      await request(plain.app.getHttpServer()).post('/api/auth/login').send({ email: 'admin@example.se', password: 'demo' }).expect(401);
    } finally {
      await plain.close();
    }
    const asked = await createTestApp({ seed: true });
    try {
      await request(asked.app.getHttpServer()).post('/api/auth/login').send({ email: 'admin@example.se', password: 'demo' }).expect(200);
    } finally {
      await asked.close();
    }
  });
});

describe('session cookies', () => {
  const cookies = async (env: Record<string, string>): Promise<string[]> => {
    const t = await createTestApp({ env });
    try {
      const res = await request(t.app.getHttpServer()).post('/api/auth/login').send({ email: 'admin@example.se', password: 'demo' }).expect(200);
      return res.headers['set-cookie'] as unknown as string[];
    } finally {
      await t.close();
    }
  };

  it('are Secure with COOKIE_SECURE=true (the production default) and not over plain HTTP otherwise', async () => {
    const secure = await cookies({ COOKIE_SECURE: 'true' });
    expect(secure).toHaveLength(2);
    expect(secure.every((c) => /;\s*Secure/i.test(c))).toBe(true);
    expect(secure.find((c) => c.startsWith('atk_session='))).toMatch(/HttpOnly/i);
    const plain = await cookies({});
    expect(plain.some((c) => /;\s*Secure/i.test(c))).toBe(false);
  });
});
