import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import request from 'supertest';
import { storeScopeFromCatalogue } from '../src/cycles/cycle-scope.js';
import { insertStatement, insertWriteFixture, signIn, type WriteFixture } from './utils/auth-fixture.js';
import { createTestApp, type TestApp } from './utils/test-app.js';

/**
 * The trend reads closed cycles' counts from `closed_cycle_board_total` (migration
 * AddClosedCycleTotals). Whatever changes a closed cycle — an admin's statement, a review, a
 * participant or scope row removed, reopening and closing — the stored rows must equal a count made
 * from scratch, and the trend must say what it said before the cache existed.
 */
describe('stored totals of closed cycles', () => {
  let t: TestApp;
  let f: WriteFixture;
  let admin: string;

  /** Expected / delivered per (cycle, board), counted from the scope here, independently of the database's function. */
  const fromScratch = async (cycleIds: number[]) =>
    t.dataSource.query<{ cycle_id: number; board_id: number; expected: number; delivered: number }[]>(
      `SELECT sr.cycle_id, sr.board_id, count(*)::int AS expected,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM statement s WHERE s.cycle_id = sr.cycle_id AND s.board_id = sr.board_id
                                              AND s.measure_id = sr.measure_id AND s.state IN ('submitted', 'approved')))::int AS delivered
         FROM cycle_scope_responsibility sr
        WHERE sr.cycle_id = ANY ($1::int[])
          AND EXISTS (SELECT 1 FROM cycle_participant p WHERE p.cycle_id = sr.cycle_id AND p.board_id = sr.board_id)
        GROUP BY 1, 2 ORDER BY 1, 2`,
      [cycleIds],
    );
  const stored = async () =>
    t.dataSource.query<{ cycle_id: number; board_id: number; expected: number; delivered: number }[]>(
      `SELECT cycle_id, board_id, expected, delivered FROM closed_cycle_board_total ORDER BY 1, 2`,
    );
  const closedCycles = async () => (await t.dataSource.query<{ id: number }[]>(`SELECT id FROM reporting_cycle WHERE status = 'closed' ORDER BY id`)).map((r) => r.id);
  /** The invariant: the stored rows are exactly the closed cycles' counts. */
  const expectStoredEqualsCounted = async () => expect(await stored()).toEqual(await fromScratch(await closedCycles()));
  const trendOf = async (cycle: number, board?: number) => {
    const res = await request(t.app.getHttpServer())
      .get(board ? `/api/boards/${board}/trend` : '/api/coverage/trend?organisation=testkommun')
      .expect(200);
    return res.body.find((p: { cycle: { id: number } }) => p.cycle.id === cycle) as { expected: number; delivered: number; cycle: { status: string } };
  };
  const cycleVersion = async (id: number) => (await t.dataSource.query(`SELECT version FROM reporting_cycle WHERE id = $1`, [id]))[0].version as number;
  const setStatus = (id: number, status: string, version: number) =>
    request(t.app.getHttpServer()).put(`/api/cycles/${id}`).set('Authorization', `Bearer ${admin}`).send({ status, version });

  beforeAll(async () => {
    t = await createTestApp({ seed: false });
    f = await insertWriteFixture(t.dataSource);
    // The closed cycle asks boards A and B: A owes 1.1 and 1.2, B owes 1.1 and 1.3.
    for (const b of [f.boards.A, f.boards.B]) await t.dataSource.query(`INSERT INTO cycle_participant (cycle_id, board_id) VALUES ($1, $2)`, [f.cycles.closed, b]);
    admin = await signIn(t.app, f.users.admin.email);
  });
  afterAll(() => t.close());

  it('a closed cycle has its rows as soon as it is asked, an open one has none', async () => {
    expect(await stored()).toEqual([
      { cycle_id: f.cycles.closed, board_id: f.boards.A, expected: 2, delivered: 0 },
      { cycle_id: f.cycles.closed, board_id: f.boards.B, expected: 2, delivered: 0 },
    ]);
    expect(await trendOf(f.cycles.closed)).toMatchObject({ expected: 4, delivered: 0 });
    expect(await trendOf(f.cycles.open)).toMatchObject({ expected: 4, delivered: 0, cycle: { status: 'open' } });
  });

  it("an admin's statement in a closed cycle, submitted, returned and approved, moves the stored counts with it", async () => {
    const server = t.app.getHttpServer();
    const created = await request(server)
      .post(`/api/cycles/${f.cycles.closed}/statements`)
      .set('Authorization', `Bearer ${admin}`)
      .send({ boardId: f.boards.A, measureId: f.measures.m11, text: 'Rättad i efterhand', plannedYears: [2026] })
      .expect(201);
    // A draft counts for nothing.
    expect(await trendOf(f.cycles.closed)).toMatchObject({ expected: 4, delivered: 0 });
    const submitted = await request(server).post(`/api/statements/${created.body.id}/submit`).set('Authorization', `Bearer ${admin}`).send({ version: created.body.version }).expect(200);
    expect(await trendOf(f.cycles.closed)).toMatchObject({ expected: 4, delivered: 1 });
    expect(await trendOf(f.cycles.closed, f.boards.A)).toMatchObject({ expected: 2, delivered: 1 });
    expect(await trendOf(f.cycles.closed, f.boards.B)).toMatchObject({ expected: 2, delivered: 0 });
    await expectStoredEqualsCounted();

    const returned = await request(server)
      .post(`/api/statements/${created.body.id}/return`)
      .set('Authorization', `Bearer ${admin}`)
      .send({ version: submitted.body.version, comment: 'Komplettera' })
      .expect(200);
    expect(await trendOf(f.cycles.closed)).toMatchObject({ expected: 4, delivered: 0 });
    await expectStoredEqualsCounted();
    const again = await request(server).post(`/api/statements/${created.body.id}/submit`).set('Authorization', `Bearer ${admin}`).send({ version: returned.body.version }).expect(200);
    await request(server).post(`/api/statements/${created.body.id}/approve`).set('Authorization', `Bearer ${admin}`).send({ version: again.body.version }).expect(200);
    expect(await trendOf(f.cycles.closed)).toMatchObject({ expected: 4, delivered: 1 });
    await expectStoredEqualsCounted();
  });

  it('removing a participant or a scope row of a closed cycle, and a bulk insert, are counted too', async () => {
    await t.dataSource.query(`DELETE FROM cycle_scope_responsibility WHERE cycle_id = $1 AND board_id = $2 AND measure_id = $3`, [f.cycles.closed, f.boards.B, f.measures.m13]);
    expect(await trendOf(f.cycles.closed, f.boards.B)).toMatchObject({ expected: 1, delivered: 0 });
    await t.dataSource.query(`DELETE FROM cycle_participant WHERE cycle_id = $1 AND board_id = $2`, [f.cycles.closed, f.boards.B]);
    expect(await trendOf(f.cycles.closed)).toMatchObject({ expected: 2, delivered: 1 });
    await expectStoredEqualsCounted();
    // One statement writing several rows: each of its cycles is counted once, afterwards.
    await t.dataSource.query(
      `INSERT INTO statement (cycle_id, board_id, measure_id, text, state, submitted_at)
       VALUES ($1, $2, $3, 'Importerad', 'submitted', now()), ($4, $2, $3, 'Importerad', 'submitted', now())`,
      [f.cycles.closed, f.boards.A, f.measures.m12, f.cycles.open],
    );
    expect(await trendOf(f.cycles.closed)).toMatchObject({ expected: 2, delivered: 2 });
    expect(await trendOf(f.cycles.open)).toMatchObject({ expected: 4, delivered: 1 });
    await expectStoredEqualsCounted();
  });

  it('reopening a closed cycle removes its rows and counts it live; closing it stores them again', async () => {
    const before = await trendOf(f.cycles.closed);
    const reopened = await setStatus(f.cycles.closed, 'open', await cycleVersion(f.cycles.closed)).expect(200);
    expect(await stored()).toEqual([]);
    expect(await trendOf(f.cycles.closed)).toMatchObject({ expected: before.expected, delivered: before.delivered, cycle: { status: 'open' } });
    await insertStatement(t.dataSource, { cycle: f.cycles.closed, board: f.boards.A, measure: null, text: 'Allmän', state: 'submitted' });
    await setStatus(f.cycles.closed, 'closed', reopened.body.version).expect(200);
    expect(await trendOf(f.cycles.closed)).toMatchObject({ expected: before.expected, delivered: before.delivered, cycle: { status: 'closed' } });
    await expectStoredEqualsCounted();
    expect((await stored()).length).toBeGreaterThan(0);
  });

  it('deleting a closed cycle takes its rows with it', async () => {
    const [c] = await t.dataSource.query(
      `INSERT INTO reporting_cycle (organisation_id, commission_id, name, year, status) VALUES ($1, $2, 'Raderas', 2020, 'open') RETURNING id`,
      [f.organisation, f.commission],
    );
    await storeScopeFromCatalogue(t.dataSource.manager, c.id);
    await t.dataSource.query(`INSERT INTO cycle_participant (cycle_id, board_id) VALUES ($1, $2)`, [c.id, f.boards.A]);
    await t.dataSource.query(`UPDATE reporting_cycle SET status = 'closed' WHERE id = $1`, [c.id]);
    expect((await stored()).filter((r) => r.cycle_id === c.id)).toEqual([{ cycle_id: c.id, board_id: f.boards.A, expected: 2, delivered: 0 }]);
    await t.dataSource.query(`DELETE FROM cycle_participant WHERE cycle_id = $1`, [c.id]);
    await t.dataSource.query(`DELETE FROM cycle_scope_responsibility WHERE cycle_id = $1`, [c.id]);
    await t.dataSource.query(`DELETE FROM cycle_scope_measure WHERE cycle_id = $1`, [c.id]);
    await t.dataSource.query(`DELETE FROM reporting_cycle WHERE id = $1`, [c.id]);
    await expectStoredEqualsCounted();
  });

  it('one statement writing more than 16 closed cycles (an import) is counted under the one lock of all', async () => {
    const ids: number[] = [];
    for (let year = 2000; year < 2018; year++) {
      const [c] = await t.dataSource.query(
        `INSERT INTO reporting_cycle (organisation_id, commission_id, name, year, status) VALUES ($1, $2, $3, $4, 'open') RETURNING id`,
        [f.organisation, f.commission, `Massimport ${year}`, year],
      );
      await storeScopeFromCatalogue(t.dataSource.manager, c.id);
      ids.push(c.id);
    }
    await t.dataSource.query(`INSERT INTO cycle_participant (cycle_id, board_id) SELECT unnest($1::int[]), $2`, [ids, f.boards.A]);
    await t.dataSource.query(`UPDATE reporting_cycle SET status = 'closed' WHERE id = ANY ($1::int[])`, [ids]);
    await t.dataSource.query(
      `INSERT INTO statement (cycle_id, board_id, measure_id, text, state, submitted_at)
       SELECT c, $2, $3, 'Massimport', 'submitted', now() FROM unnest($1::int[]) c`,
      [ids, f.boards.A, f.measures.m11],
    );
    for (const id of [ids[0], ids[17]]) expect(await trendOf(id, f.boards.A)).toMatchObject({ expected: 2, delivered: 1 });
    await expectStoredEqualsCounted();
  });

  // Two writers in one closed cycle at once. On the server the second waits for the first's lock on
  // the cycle's totals (without it, its insert of the same rows would fail on the primary key); the
  // embedded database runs the second transaction after the first.
  it('two concurrent writers in one closed cycle both commit and the counts include both', async () => {
    const url = (t.dataSource.options as { url: string }).url;
    const a = new pg.Client({ connectionString: url });
    const b = new pg.Client({ connectionString: url });
    await a.connect();
    await b.connect();
    const insert = (c: pg.Client, measure: number, text: string) =>
      c.query(`INSERT INTO statement (cycle_id, board_id, measure_id, text, state, submitted_at) VALUES ($1, $2, $3, $4, 'submitted', now())`, [
        f.cycles.closed, f.boards.A, measure, text,
      ]);
    try {
      await t.dataSource.query(`DELETE FROM statement WHERE cycle_id = $1`, [f.cycles.closed]);
      await a.query('BEGIN');
      await insert(a, f.measures.m11, 'A');
      const second = (async () => {
        await b.query('BEGIN');
        await insert(b, f.measures.m12, 'B');
        await b.query('COMMIT');
      })();
      await new Promise((r) => setTimeout(r, 300));
      await a.query('COMMIT');
      await second;
      expect(await trendOf(f.cycles.closed, f.boards.A)).toMatchObject({ expected: 2, delivered: 2 });
      await expectStoredEqualsCounted();
    } finally {
      await a.end();
      await b.end();
    }
  });
});
