import type { INestApplication } from '@nestjs/common';
import bcrypt from 'bcryptjs';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { storeScopeFromCatalogue } from '../../src/cycles/cycle-scope.js';

/** The password of every fixture account (hashed at a low cost: these tests sign in often). */
export const PASSWORD = 'rätt häst batteri häftklammer';

/**
 * A small catalogue for the write paths, independent of the demo data:
 *  boards A, B, C; commission K with report r1: 1.1 (A lead, B contributing), 1.2 (A lead), 1.3 (B lead);
 *  commission K2 with report r9: 9.1 (A lead) — outside K's cycles.
 *  cycles of K: open (deadline far ahead, participants A and B), past (open, deadline passed), closed.
 *  accounts: admin, analyst, editor of A, editor of B, editor of A and C, an inactive editor of A.
 */
export interface WriteFixture {
  organisation: number;
  boards: Record<'A' | 'B' | 'C', number>;
  measures: Record<'m11' | 'm12' | 'm13' | 'm91', number>;
  cycles: Record<'open' | 'past' | 'closed', number>;
  commission: number;
  users: Record<'admin' | 'analyst' | 'editorA' | 'editorB' | 'editorAC' | 'inactive', { id: number; email: string }>;
}

export async function insertWriteFixture(ds: DataSource): Promise<WriteFixture> {
  const one = async (sql: string, params: unknown[] = []): Promise<number> => (await ds.query(sql, params))[0].id;
  const org = await one(`INSERT INTO organisation (slug, name) VALUES ('testkommun', 'Testkommun') RETURNING id`);
  const board = (name: string, slug: string) =>
    one(`INSERT INTO board (organisation_id, name, administration, kind, slug) VALUES ($1, $2, $3, 'central', $4) RETURNING id`, [
      org,
      name,
      `${name}s förvaltning`,
      slug,
    ]);
  const boards = { A: await board('Nämnd A', 'namnd-a'), B: await board('Nämnd B', 'namnd-b'), C: await board('Nämnd C', 'namnd-c') };
  const commission = await one(`INSERT INTO commission (organisation_id, slug, name) VALUES ($1, 'k', 'Kommissionen') RETURNING id`, [org]);
  const other = await one(`INSERT INTO commission (organisation_id, slug, name) VALUES ($1, 'k2', 'Annan kommission') RETURNING id`, [org]);
  const r1 = await one(`INSERT INTO report (commission_id, key, title) VALUES ($1, 'r1', 'Rapport 1') RETURNING id`, [commission]);
  const r9 = await one(`INSERT INTO report (commission_id, key, title) VALUES ($1, 'r9', 'Rapport 9') RETURNING id`, [other]);
  const measure = (report: number, number: string) =>
    one(`INSERT INTO measure (report_id, number, title) VALUES ($1, $2, $3) RETURNING id`, [report, number, `Åtgärd ${number}`]);
  const measures = { m11: await measure(r1, '1.1'), m12: await measure(r1, '1.2'), m13: await measure(r1, '1.3'), m91: await measure(r9, '9.1') };
  const resp = (m: number, b: number, role: string) => ds.query(`INSERT INTO responsibility (measure_id, board_id, role) VALUES ($1, $2, $3)`, [m, b, role]);
  await resp(measures.m11, boards.A, 'lead');
  await resp(measures.m11, boards.B, 'contributing');
  await resp(measures.m12, boards.A, 'lead');
  await resp(measures.m13, boards.B, 'lead');
  await resp(measures.m91, boards.A, 'lead');
  const cycle = (name: string, deadline: string, status: string) =>
    one(`INSERT INTO reporting_cycle (organisation_id, commission_id, name, year, deadline, status) VALUES ($1, $2, $3, 2026, $4, $5) RETURNING id`, [
      org,
      commission,
      name,
      deadline,
      status,
    ]);
  const cycles = { open: await cycle('Öppen', '2099-12-31', 'open'), past: await cycle('Försenad', '2001-05-31', 'open'), closed: await cycle('Stängd', '2099-12-31', 'closed') };
  // Cycles written straight to the database get their scope the way the API gives it: from the catalogue.
  for (const id of Object.values(cycles)) await storeScopeFromCatalogue(ds.manager, id);
  for (const b of [boards.A, boards.B]) await ds.query(`INSERT INTO cycle_participant (cycle_id, board_id) VALUES ($1, $2)`, [cycles.open, b]);

  const hash = bcrypt.hashSync(PASSWORD, 4);
  const user = async (email: string, role: string, boardIds: number[], active = true) => {
    const id = await one(`INSERT INTO app_user (email, password_hash, role, active, organisation_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [
      email,
      hash,
      role,
      active,
      org,
    ]);
    for (const b of boardIds) await ds.query(`INSERT INTO user_board (user_id, board_id) VALUES ($1, $2)`, [id, b]);
    return { id, email };
  };
  const users = {
    admin: await user('admin@test.se', 'admin', []),
    analyst: await user('analytiker@test.se', 'analyst', []),
    editorA: await user('redaktor.a@test.se', 'editor', [boards.A]),
    editorB: await user('redaktor.b@test.se', 'editor', [boards.B]),
    editorAC: await user('redaktor.ac@test.se', 'editor', [boards.A, boards.C]),
    inactive: await user('slutat@test.se', 'editor', [boards.A], false),
  };
  return { organisation: org, boards, measures, cycles, commission, users };
}

/** Signs in through the API and answers the Bearer token. */
export async function signIn(app: INestApplication, email: string, password = PASSWORD): Promise<string> {
  const res = await request(app.getHttpServer()).post('/api/auth/login').send({ email, password });
  if (res.status !== 200) throw new Error(`sign-in as ${email} answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body.token as string;
}

/** A draft (or submitted) statement inserted directly, for tests that need one to act on. */
export async function insertStatement(
  ds: DataSource,
  s: { cycle: number; board: number; measure: number | null; text?: string; state?: 'draft' | 'submitted' },
): Promise<{ id: number; version: number }> {
  const [row] = await ds.query(
    `INSERT INTO statement (cycle_id, board_id, measure_id, text, planned_years, state, submitted_at)
     VALUES ($1, $2, $3, $4, '{2026}', $5, CASE WHEN $5 = 'submitted' THEN now() END) RETURNING id, version`,
    [s.cycle, s.board, s.measure, s.text ?? 'Utkast', s.state ?? 'draft'],
  );
  return row;
}

/** What an API answer must never contain: a bcrypt hash, a hash field, or a password that was sent. */
export function assertNoSecrets(body: unknown, passwords: string[] = [PASSWORD]): void {
  const text = JSON.stringify(body);
  if (/\$2[aby]\$\d\d\$/.test(text) || /password_?hash/i.test(text) || passwords.some((p) => text.includes(p))) {
    throw new Error(`secret material in a response: ${text.slice(0, 300)}`);
  }
}

/** A second organisation beside the write fixture's, with its own board, commission and accounts; and the install's system account. */
export interface OtherOrganisationFixture {
  organisation: number;
  slug: string;
  board: number;
  commission: number;
  users: Record<'admin' | 'analyst' | 'editor' | 'system', { id: number; email: string }>;
}

export async function insertOtherOrganisation(ds: DataSource): Promise<OtherOrganisationFixture> {
  const one = async (sql: string, params: unknown[] = []): Promise<number> => (await ds.query(sql, params))[0].id;
  const org = await one(`INSERT INTO organisation (slug, name) VALUES ('annan-kommun', 'Annan kommun') RETURNING id`);
  // The same board name as the write fixture's: names repeat across organisations.
  const board = await one(`INSERT INTO board (organisation_id, name, administration, kind, slug) VALUES ($1, 'Nämnd A', 'Annan förvaltning', 'central', 'namnd-a') RETURNING id`, [org]);
  const commission = await one(`INSERT INTO commission (organisation_id, slug, name) VALUES ($1, 'k', 'Annan kommission') RETURNING id`, [org]);
  await one(`INSERT INTO report (commission_id, key, title) VALUES ($1, 'r1', 'Annan rapport 1') RETURNING id`, [commission]);
  const hash = bcrypt.hashSync(PASSWORD, 4);
  const user = async (email: string, role: string, organisationId: number | null, boardIds: number[] = []) => {
    const id = await one(`INSERT INTO app_user (email, password_hash, role, organisation_id) VALUES ($1, $2, $3, $4) RETURNING id`, [email, hash, role, organisationId]);
    for (const b of boardIds) await ds.query(`INSERT INTO user_board (user_id, board_id) VALUES ($1, $2)`, [id, b]);
    return { id, email };
  };
  return {
    organisation: org,
    slug: 'annan-kommun',
    board,
    commission,
    users: {
      admin: await user('admin@annan.se', 'admin', org),
      analyst: await user('analytiker@annan.se', 'analyst', org),
      editor: await user('redaktor@annan.se', 'editor', org, [board]),
      system: await user('system@test.se', 'system', null),
    },
  };
}

/**
 * A fingerprint of everything a write could change (every table but sessions, login attempts and
 * the migrations' bookkeeping), to assert that a refused write changed nothing at all.
 */
export async function databaseFingerprint(ds: DataSource): Promise<Record<string, string>> {
  const tables = (await ds.query<{ tablename: string }[]>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`))
    .map((r) => r.tablename)
    .filter((name) => !['user_session', 'login_attempt', 'migrations'].includes(name));
  const out: Record<string, string> = {};
  for (const table of tables) {
    const [row] = await ds.query<{ digest: string | null }[]>(`SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM ${table} t`);
    out[table] = row.digest ?? 'empty';
  }
  return out;
}
