import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MIGRATIONS } from '../../migrations/index.js';
import { insertCoverageFixture } from './utils/coverage-fixture.js';
import { createTestApp, type TestApp } from './utils/test-app.js';

/** Reverts migrations, newest first, until `name` has been reverted (later migrations go first). */
async function undoThrough(t: TestApp, name: string): Promise<void> {
  for (;;) {
    const [last] = await t.dataSource.query<{ name: string }[]>(`SELECT name FROM migrations ORDER BY id DESC LIMIT 1`);
    await t.dataSource.undoLastMigration({ transaction: 'all' });
    if (last.name === name) return;
  }
}

describe('migrations', () => {
  let t: TestApp;
  const tables = async (): Promise<string[]> =>
    (await t.dataSource.query<{ tablename: string }[]>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)).map((r) => r.tablename);
  const columns = async (table: string): Promise<string[]> =>
    (await t.dataSource.query<{ column_name: string }[]>(`SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1`, [table])).map(
      (r) => r.column_name,
    );

  beforeAll(async () => {
    t = await createTestApp({ seed: false });
  });
  afterAll(async () => {
    await t.close();
  });

  const latest = async (): Promise<string | undefined> =>
    (await t.dataSource.query<{ name: string }[]>(`SELECT name FROM migrations ORDER BY id DESC LIMIT 1`))[0]?.name;

  /** Reverts migrations, newest first, until `name` has been reverted. */
  const undoThrough = async (name: string) => {
    for (;;) {
      const [last] = await t.dataSource.query<{ name: string }[]>(`SELECT name FROM migrations ORDER BY id DESC LIMIT 1`);
      await t.dataSource.undoLastMigration({ transaction: 'all' });
      if (last.name === name) return;
    }
  };

  it('every migration has a real down: all the way to an empty schema, and back up', async () => {
    expect(await tables()).toEqual(expect.arrayContaining(['app_user', 'audit_event', 'user_board', 'user_session']));
    const undone: string[] = [];
    let onlyFirst: { tables: string[]; statement: string[]; board: string[]; trigger: unknown[] } | undefined;
    for (let name = await latest(); name !== undefined; name = await latest()) {
      if (name === 'CreateSchema1763942400000') {
        onlyFirst = {
          tables: await tables(),
          statement: await columns('statement'),
          board: await columns('board'),
          trigger: await t.dataSource.query(`SELECT proname FROM pg_proc WHERE proname = 'audit_event_append_only'`),
        };
      }
      await t.dataSource.undoLastMigration({ transaction: 'all' });
      undone.push(name);
    }
    // What AddAccountsAndAudit added is gone once only the first migration is left.
    for (const table of ['app_user', 'audit_event', 'user_board', 'user_session']) expect(onlyFirst?.tables).not.toContain(table);
    expect(onlyFirst?.statement).not.toContain('late');
    expect(onlyFirst?.board).not.toContain('version');
    expect(onlyFirst?.trigger).toEqual([]);
    expect(undone).toEqual(MIGRATIONS.map((m) => m.name).reverse());
    // The first migration's down leaves nothing of the schema but TypeORM's own bookkeeping.
    expect(await tables()).toEqual(['migrations']);
    expect(await t.dataSource.query(`SELECT typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typtype = 'e'`)).toEqual([]);
    await t.dataSource.runMigrations({ transaction: 'all' });
    expect(await tables()).toEqual(expect.arrayContaining(['app_user', 'audit_event', 'board', 'measure', 'statement', 'user_session']));
    expect(await columns('statement')).toContain('late');
  });

  it('AddLinkEvidenceAndSuggestions comes off and back on by itself', async () => {
    // Undo the newest migrations down to and including this one, then run them again.
    for (let name = await latest(); name !== undefined; name = await latest()) {
      await t.dataSource.undoLastMigration({ transaction: 'all' });
      if (name === 'AddLinkEvidenceAndSuggestions1764000000404') break;
    }
    expect(await tables()).not.toContain('link_suggestion');
    expect(await columns('statement')).not.toContain('link_method');
    await t.dataSource.runMigrations({ transaction: 'all' });
    expect(await tables()).toContain('link_suggestion');
    expect(await columns('statement')).toEqual(expect.arrayContaining(['link_method', 'link_line_from', 'link_line_to', 'link_score']));
  });

  it('constrains link evidence and suggestions in the database too', async () => {
    await expect(t.dataSource.query(`ALTER TABLE statement VALIDATE CONSTRAINT ck_statement_link`)).resolves.toBeDefined();
    await expect(
      t.dataSource.query(`INSERT INTO link_suggestion (cycle_id, board_id, measure_id, passage, passage_hash, line_from, line_to, score, state)
                          VALUES (1, 1, 1, 'x', repeat('a', 64), 1, 1, 0.5, 'maybe')`),
    ).rejects.toThrow(/ck_link_suggestion_state|violates/);
  });

  it("AddCycleScope backfills every existing cycle's scope from the catalogue, and has a real down", async () => {
    const f = await insertCoverageFixture(t.dataSource);
    await undoThrough('AddCycleScope1764000000300');
    expect(await tables()).not.toContain('cycle_scope_measure');
    expect(await tables()).not.toContain('cycle_scope_responsibility');
    await t.dataSource.runMigrations({ transaction: 'all' });
    const scope = await t.dataSource.query(
      `SELECT cycle_id, count(*)::int AS responsibilities FROM cycle_scope_responsibility GROUP BY cycle_id ORDER BY cycle_id`,
    );
    // The fixture's catalogue has 7 responsibilities in commission k; the third cycle's commission has none.
    expect(scope).toEqual([
      { cycle_id: f.cycles.full, responsibilities: 7 },
      { cycle_id: f.cycles.empty, responsibilities: 7 },
    ]);
    const [{ measures }] = await t.dataSource.query(`SELECT count(*)::int AS measures FROM cycle_scope_measure WHERE cycle_id = $1`, [f.cycles.full]);
    expect(measures).toBe(3);
    await expect(
      t.dataSource.query(`INSERT INTO cycle_scope_responsibility (cycle_id, measure_id, board_id, role) VALUES ($1, $2, $3, 'owner')`, [f.cycles.full, f.measures.r1_11, f.boards.X]),
    ).rejects.toThrow(/ck_cycle_scope_responsibility_role/);
    // A responsibility only for a measure in the cycle's scope.
    await expect(
      t.dataSource.query(`INSERT INTO cycle_scope_responsibility (cycle_id, measure_id, board_id, role) VALUES ($1, $2, $3, 'lead')`, [f.cycles.nothing, f.measures.r1_11, f.boards.X]),
    ).rejects.toThrow(/fk_cycle_scope_responsibility_measure/);
  });
  it('constrains roles and emails in the database too', async () => {
    await expect(t.dataSource.query(`INSERT INTO app_user (email, password_hash, role) VALUES ('x@test.se', 'h', 'superuser')`)).rejects.toThrow(/ck_app_user_role|ck_app_user_organisation/);
    await expect(t.dataSource.query(`INSERT INTO app_user (email, password_hash, role) VALUES ('X@Test.se', 'h', 'system')`)).rejects.toThrow(/ck_app_user_email/);
    await t.dataSource.query(`INSERT INTO app_user (email, password_hash, role) VALUES ('x@test.se', 'h', 'system')`);
    await expect(t.dataSource.query(`INSERT INTO app_user (email, password_hash, role) VALUES ('x@test.se', 'h', 'system')`)).rejects.toThrow(/uq_app_user_email/);
  });

  it('gives every account but a system one an organisation, and an editor only boards of it', async () => {
    const [a] = await t.dataSource.query<{ id: number }[]>(`INSERT INTO organisation (slug, name) VALUES ('org-a', 'A') RETURNING id`);
    const [b] = await t.dataSource.query<{ id: number }[]>(`INSERT INTO organisation (slug, name) VALUES ('org-b', 'B') RETURNING id`);
    // An admin, analyst or editor without an organisation, or a system account with one: refused.
    for (const role of ['admin', 'analyst', 'editor']) {
      await expect(t.dataSource.query(`INSERT INTO app_user (email, password_hash, role) VALUES ($1, 'h', $2)`, [`${role}@test.se`, role])).rejects.toThrow(/ck_app_user_organisation/);
    }
    await expect(t.dataSource.query(`INSERT INTO app_user (email, password_hash, role, organisation_id) VALUES ('sys2@test.se', 'h', 'system', $1)`, [a.id])).rejects.toThrow(
      /ck_app_user_organisation/,
    );
    const [boardB] = await t.dataSource.query<{ id: number }[]>(
      `INSERT INTO board (organisation_id, name, administration, kind, slug) VALUES ($1, 'Nämnd B', 'F', 'central', 'namnd-b') RETURNING id`,
      [b.id],
    );
    const [editorA] = await t.dataSource.query<{ id: number }[]>(
      `INSERT INTO app_user (email, password_hash, role, organisation_id) VALUES ('red.a@test.se', 'h', 'editor', $1) RETURNING id`,
      [a.id],
    );
    await expect(t.dataSource.query(`INSERT INTO user_board (user_id, board_id) VALUES ($1, $2)`, [editorA.id, boardB.id])).rejects.toThrow(
      /not of the organisation|ck_user_board_same_organisation/,
    );
    await expect(t.dataSource.query(`INSERT INTO board (organisation_id, name, administration, kind, slug, valid_from, valid_to) VALUES ($1, 'X', 'F', 'central', 'x', '2020-01-01', '2019-12-31')`, [a.id])).rejects.toThrow(
      /ck_board_validity/,
    );
  });
});

describe('migration AddOrganisationToUsersAndAudit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ seed: false });
  });
  afterAll(async () => {
    await t.close();
  });

  it("backfills accounts (editors to their boards' organisation, the rest to Stockholm) and audit rows to their object's organisation", async () => {
    await undoThrough(t, 'AddOrganisationToUsersAndAudit1764000000600');
    const one = async (sql: string, params: unknown[] = []): Promise<number> => (await t.dataSource.query(sql, params))[0].id;
    const malmo = await one(`INSERT INTO organisation (slug, name) VALUES ('malmo-stad', 'Malmö stad') RETURNING id`);
    const stockholm = await one(`INSERT INTO organisation (slug, name) VALUES ('stockholms-stad', 'Stockholms stad') RETURNING id`);
    const board = await one(`INSERT INTO board (organisation_id, name, administration, kind, slug) VALUES ($1, 'Kulturnämnden', 'K', 'central', 'kulturnamnden') RETURNING id`, [malmo]);
    const admin = await one(`INSERT INTO app_user (email, password_hash, role) VALUES ('admin@test.se', 'h', 'admin') RETURNING id`);
    const editor = await one(`INSERT INTO app_user (email, password_hash, role) VALUES ('red@test.se', 'h', 'editor') RETURNING id`);
    await t.dataSource.query(`INSERT INTO user_board (user_id, board_id) VALUES ($1, $2)`, [editor, board]);
    await t.dataSource.query(
      `INSERT INTO audit_event (actor_user_id, actor_email, action, entity_type, entity_id, after)
       VALUES ($1, 'admin@test.se', 'board.update', 'board', $2, '{}'), ($1, 'admin@test.se', 'statement.update', 'statement', 999, '{}')`,
      [admin, board],
    );
    await t.dataSource.runMigrations({ transaction: 'all' });
    expect(await t.dataSource.query(`SELECT email, role, organisation_id FROM app_user ORDER BY email`)).toEqual([
      { email: 'admin@test.se', role: 'admin', organisation_id: stockholm },
      { email: 'red@test.se', role: 'editor', organisation_id: malmo },
    ]);
    expect(await t.dataSource.query(`SELECT entity_type, organisation_id FROM audit_event ORDER BY id`)).toEqual([
      { entity_type: 'board', organisation_id: malmo },
      // The statement is gone: the trail's row falls back to Stockholm, the organisation of all data before.
      { entity_type: 'statement', organisation_id: stockholm },
    ]);
    // Still append-only after the backfill.
    await expect(t.dataSource.query(`UPDATE audit_event SET organisation_id = $1`, [malmo])).rejects.toThrow(/append-only/);
  });

  it('turns the admin of a database without any organisation into the system account', async () => {
    await t.close();
    t = await createTestApp({ seed: false });
    await undoThrough(t, 'AddOrganisationToUsersAndAudit1764000000600');
    await t.dataSource.query(`INSERT INTO app_user (email, password_hash, role) VALUES ('chef@test.se', 'h', 'admin')`);
    await t.dataSource.runMigrations({ transaction: 'all' });
    expect(await t.dataSource.query(`SELECT email, role, organisation_id FROM app_user`)).toEqual([{ email: 'chef@test.se', role: 'system', organisation_id: null }]);
    // And its down gives the older schema an admin back.
    await undoThrough(t, 'AddOrganisationToUsersAndAudit1764000000600');
    expect(await t.dataSource.query(`SELECT email, role FROM app_user`)).toEqual([{ email: 'chef@test.se', role: 'admin' }]);
    await t.dataSource.runMigrations({ transaction: 'all' });
  });
});

describe('migration AddNameAliases', () => {
  let t: TestApp;
  const aliases = async (table: string, where: string): Promise<string[] | undefined> =>
    (await t.dataSource.query<{ aliases: string[] }[]>(`SELECT aliases FROM ${table} WHERE ${where}`))[0]?.aliases;

  beforeAll(async () => {
    t = await createTestApp({ seed: false });
  });
  afterAll(async () => {
    await t.close();
  });

  it('gives Stockholm data seeded before it the aliases the seed now loads, and has a real down', async () => {
    await undoThrough(t, 'AddNameAliases1764000000202');
    expect(await t.dataSource.query(`SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'aliases'`)).toEqual([]);
    const [org] = await t.dataSource.query<{ id: number }[]>(`INSERT INTO organisation (slug, name) VALUES ('stockholms-stad', 'Stockholms stad') RETURNING id`);
    await t.dataSource.query(
      `INSERT INTO board (organisation_id, name, administration, kind, slug)
       VALUES ($1, 'Arbetsmarknadsnämnden', 'Arbetsmarknadsförvaltningen', 'central', 'arbetsmarknadsnamnden'),
              ($1, 'Trafiknämnden', 'Trafikkontoret', 'central', 'trafiknamnden')`,
      [org.id],
    );
    await t.dataSource.query(`INSERT INTO board_group (organisation_id, slug, name) VALUES ($1, 'tekniska-namnderna', 'De tekniska nämnderna')`, [org.id]);
    const [commission] = await t.dataSource.query<{ id: number }[]>(
      `INSERT INTO commission (organisation_id, slug, name) VALUES ($1, 'socialt-hallbart-stockholm', 'Kommissionen') RETURNING id`,
      [org.id],
    );
    await t.dataSource.query(`INSERT INTO report (commission_id, key, title) VALUES ($1, 'samverkan', 'Stad i samverkan')`, [commission.id]);
    await t.dataSource.runMigrations({ transaction: 'all' });
    expect(await aliases('board', `name = 'Arbetsmarknadsnämnden'`)).toEqual(['arbetsmarkandsnämnden']);
    expect(await aliases('board', `name = 'Trafiknämnden'`)).toEqual([]);
    expect(await aliases('board_group', `slug = 'tekniska-namnderna'`)).toEqual(['de tekniska nämnderna', 'tekniska nämnderna', 'övriga tekniska nämnder']);
    expect(await aliases('report', `key = 'samverkan'`)).toEqual(['stad i samverkan', 'en stad i samverkan']);
  });

  it('keeps aliases lower case and non-empty', async () => {
    await expect(t.dataSource.query(`UPDATE board SET aliases = ARRAY['Trafiken']`)).rejects.toThrow(/ck_board_aliases/);
    await expect(t.dataSource.query(`UPDATE report SET aliases = ARRAY['']`)).rejects.toThrow(/ck_report_aliases/);
    await expect(t.dataSource.query(`UPDATE board_group SET aliases = ARRAY[NULL]::text[]`)).rejects.toThrow(/ck_board_group_aliases/);
  });
});
