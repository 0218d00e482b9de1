import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { insertCoverageFixture, type CoverageFixture } from './utils/coverage-fixture.js';
import { createTestApp, type TestApp } from './utils/test-app.js';

interface BoardRow {
  responsibilities: number;
  generalOnly: boolean;
  board: { id: number; name: string };
  expected: number;
  delivered: number;
  missing: number;
  late: number;
  statementMissing: boolean;
  generalStatement: boolean;
  participant: boolean;
  lead: { expected: number; delivered: number; missing: number };
  contributing: { expected: number; delivered: number; missing: number };
}

describe('coverage engine on a synthetic fixture', () => {
  let t: TestApp;
  let f: CoverageFixture;
  const get = (path: string) => request(t.app.getHttpServer()).get(path);

  beforeAll(async () => {
    t = await createTestApp({ seed: false });
    f = await insertCoverageFixture(t.dataSource);
  });
  afterAll(async () => {
    await t.close();
  });

  describe('GET /api/cycles/:id/coverage', () => {
    it('expects one statement per responsibility of a board asked, counts only submitted ones, and counts the boards', async () => {
      const res = await get(`/api/cycles/${f.cycles.full}/coverage`).expect(200);
      expect(res.body.totals).toEqual({
        expected: 6,
        delivered: 2,
        missing: 4,
        late: 1,
        rate: 2 / 6,
        lead: { expected: 2, delivered: 1, missing: 1 },
        contributing: { expected: 4, delivered: 1, missing: 3 },
        statuses: { done: 0, inProgress: 0, notStarted: 0, waiting: 0, none: 2 },
        measures: 3,
        measuresReportedDone: 0,
        participants: 5,
        // D2 (responsible) and X (no measure) were asked and said nothing.
        silentBoards: 2,
        silentBoardsWithoutMeasures: 1,
        // C is responsible for r2 1.1 but was not asked: never expected, never silent.
        notAskedBoards: 1,
        notAskedResponsibilities: 1,
        // B wrote a general statement and none of its two measures.
        generalOnlyBoards: 1,
        gaps: 4 + 1,
      });
      expect(res.body.cycle).toMatchObject({ id: f.cycles.full, name: 'Full', status: 'open' });
    });

    it('gives each concerned board its row, and the rows sum to the totals', async () => {
      const res = await get(`/api/cycles/${f.cycles.full}/coverage`).expect(200);
      const byName = new Map<string, BoardRow>(res.body.boards.map((b: BoardRow) => [b.board.name, b]));
      expect([...byName.keys()].sort()).toEqual(['A', 'B', 'C', 'D1', 'D2', 'X']);
      expect(byName.get('A')).toMatchObject({ expected: 2, delivered: 1, missing: 1, statementMissing: false, generalOnly: false, participant: true, lead: { expected: 2, delivered: 1, missing: 1 } });
      // Only a general statement: not silent, but every measure still missing.
      expect(byName.get('B')).toMatchObject({
        expected: 2,
        delivered: 0,
        statementMissing: false,
        generalStatement: true,
        generalOnly: true,
        contributing: { expected: 2, delivered: 0, missing: 2 },
      });
      // Responsible through the group, like a named board.
      expect(byName.get('D1')).toMatchObject({ expected: 1, delivered: 1, late: 1, statementMissing: false });
      expect(byName.get('A')).toMatchObject({ late: 0 });
      expect(byName.get('D2')).toMatchObject({ expected: 1, delivered: 0, statementMissing: true });
      // Asked to report, has no measure, said nothing.
      expect(byName.get('X')).toMatchObject({ expected: 0, delivered: 0, rate: null, statementMissing: true, participant: true });
      // Responsible but not a participant: shown apart, nothing expected, not silent.
      expect(byName.get('C')).toMatchObject({ expected: 0, delivered: 0, missing: 0, responsibilities: 1, statementMissing: false, generalOnly: false, participant: false });
      expect(res.body.boards.at(-1).board.name).toBe('C');
      for (const key of ['expected', 'delivered', 'missing', 'late'] as const) {
        expect(res.body.boards.reduce((sum: number, b: BoardRow) => sum + b[key], 0)).toBe(res.body.totals[key]);
      }
      for (const b of res.body.boards as BoardRow[]) {
        expect(b.expected).toBe(b.delivered + b.missing);
        expect(b.lead.expected + b.contributing.expected).toBe(b.expected);
      }
    });

    it('breaks the counts down per report and counts planned years of submitted statements', async () => {
      const res = await get(`/api/cycles/${f.cycles.full}/coverage`).expect(200);
      expect(res.body.reports.map((r: { report: { key: string }; expected: number; delivered: number }) => [r.report.key, r.expected, r.delivered])).toEqual([
        ['r1', 5, 2],
        ['r2', 1, 0],
      ]);
      // The draft's 2026 does not count.
      expect(res.body.plannedYears).toEqual([
        { year: 2024, statements: 1 },
        { year: 2025, statements: 2 },
      ]);
    });

    it('breaks the counts down per measure on its own endpoint, lead and contributing apart, summing to the totals', async () => {
      const coverage = await get(`/api/cycles/${f.cycles.full}/coverage`).expect(200);
      expect(coverage.body).not.toHaveProperty('measures');
      const res = await get(`/api/cycles/${f.cycles.full}/coverage/measures`).expect(200);
      expect(res.headers['x-next-cursor']).toBeUndefined();
      const rows = res.body.map((m: { measure: { id: number; report: string; number: string }; expected: number; delivered: number; lead: { expected: number } }) => [
        `${m.measure.report} ${m.measure.number}`,
        m.expected,
        m.delivered,
        m.lead.expected,
      ]);
      expect(rows).toEqual([
        ['r1 1.1', 2, 1, 1],
        ['r1 1.2', 3, 1, 1],
        ['r2 1.1', 1, 0, 0],
      ]);
      expect(res.body[0].measure.id).toBe(f.measures.r1_11);
      for (const key of ['expected', 'delivered', 'missing'] as const) {
        expect(res.body.reduce((sum: number, m: Record<string, number>) => sum + m[key], 0)).toBe(coverage.body.totals[key]);
      }
    });

    it('pages the measures with limit and cursor, announced in X-Next-Cursor and Link', async () => {
      const first = await get(`/api/cycles/${f.cycles.full}/coverage/measures?limit=2`).expect(200);
      expect(first.body.map((m: { measure: { id: number } }) => m.measure.id)).toEqual([f.measures.r1_11, f.measures.r1_12]);
      const cursor = first.headers['x-next-cursor'];
      expect(typeof cursor).toBe('string');
      expect(first.headers.link).toBe(`</api/cycles/${f.cycles.full}/coverage/measures?limit=2&cursor=${cursor}>; rel="next"`);
      const second = await get(`/api/cycles/${f.cycles.full}/coverage/measures?limit=2&cursor=${cursor}`).expect(200);
      expect(second.body.map((m: { measure: { id: number } }) => m.measure.id)).toEqual([f.measures.r2_11]);
      expect(second.headers['x-next-cursor']).toBeUndefined();
      expect(second.headers.link).toBeUndefined();
      const r2 = await get(`/api/cycles/${f.cycles.full}/coverage/measures?report=r2`).expect(200);
      expect(r2.body.map((m: { measure: { id: number } }) => m.measure.id)).toEqual([f.measures.r2_11]);
    });

    it.each([
      ['limit=0', 'limit', 'limit must be an integer between 1 and 1000'],
      ['limit=1001', 'limit', 'limit must be an integer between 1 and 1000'],
      ['limit=ten', 'limit', 'limit must be an integer between 1 and 1000'],
      ['cursor=bm9wZQ', 'cursor', 'cursor must be the X-Next-Cursor value of a previous page'],
      ['cursor=%5B1%2C2%5D', 'cursor', 'cursor must be the X-Next-Cursor value of a previous page'],
      ['report=Not%20a%20key', 'report', 'report must be a report key such as "delad"'],
    ])('measures: rejects %s with 400 naming the field', async (query, field, message) => {
      const res = await get(`/api/cycles/${f.cycles.full}/coverage/measures?${query}`).expect(400);
      expect(res.body).toMatchObject({ statusCode: 400, code: 'validation_failed', errors: { [field]: message } });
    });

    it('measures: 404 for an unknown cycle or report', async () => {
      await get(`/api/cycles/999999/coverage/measures`).expect(404);
      const res = await get(`/api/cycles/${f.cycles.full}/coverage/measures?report=okand`).expect(404);
      expect(res.body).toMatchObject({ code: 'not_found', message: 'Report "okand" does not exist' });
    });

    it('a cycle that asked no board expects nothing: every responsible board is "not asked", none silent', async () => {
      const res = await get(`/api/cycles/${f.cycles.empty}/coverage`).expect(200);
      expect(res.body.totals).toMatchObject({ expected: 0, delivered: 0, missing: 0, silentBoards: 0, notAskedBoards: 5, notAskedResponsibilities: 7, gaps: 0 });
      expect(res.body.boards.every((b: BoardRow) => !b.statementMissing && !b.participant)).toBe(true);
      expect(res.body.boards).toHaveLength(5);
      await get(`/api/cycles/${f.cycles.empty}/gaps`).expect(200, []);
      expect(res.body.plannedYears).toEqual([]);
    });

    it('a cycle whose commission has no measures has nothing to expect', async () => {
      const res = await get(`/api/cycles/${f.cycles.nothing}/coverage`).expect(200);
      expect(res.body.totals).toMatchObject({ expected: 0, delivered: 0, missing: 0, rate: null });
      expect(res.body.boards).toEqual([]);
      expect(res.body.reports).toEqual([]);
      await get(`/api/cycles/${f.cycles.nothing}/coverage/measures`).expect(200, []);
    });
  });

  describe('GET /api/cycles/:id/gaps', () => {
    it('names every gap with its kind, board, measure and role', async () => {
      const res = await get(`/api/cycles/${f.cycles.full}/gaps`).expect(200);
      const gaps = res.body.map((g: { board: { name: string }; measure: { report: string; number: string } | null; role: string | null; kind: string }) =>
        [g.kind, g.board.name, g.measure ? `${g.measure.report} ${g.measure.number}` : null, g.role].join('|'),
      );
      expect(gaps.sort()).toEqual(
        [
          'no-statement|D2|r1 1.2|contributing',
          'no-statement|X||',
          'measure-not-addressed|A|r1 1.2|lead',
          'measure-not-addressed|B|r1 1.1|contributing',
          'measure-not-addressed|B|r2 1.1|contributing',
        ].sort(),
      );
      // Measure-level gaps are exactly the missing statements; all gaps are totals.gaps.
      const coverage = await get(`/api/cycles/${f.cycles.full}/coverage`);
      expect(res.body.filter((g: { measure: unknown }) => g.measure !== null)).toHaveLength(coverage.body.totals.missing);
      expect(res.body).toHaveLength(coverage.body.totals.gaps);
      expect(res.body.filter((g: { kind: string; measure: unknown }) => g.kind === 'no-statement' && g.measure === null)).toHaveLength(
        coverage.body.totals.silentBoardsWithoutMeasures,
      );
    });

    it.each([
      ['kind=no-statement', 2],
      ['kind=measure-not-addressed', 3],
      ['role=lead', 1],
      ['role=contributing', 3],
      ['report=r2', 1],
      ['report=r1&role=lead', 1],
    ])('filters by %s', async (query, count) => {
      const res = await get(`/api/cycles/${f.cycles.full}/gaps?${query}`).expect(200);
      expect(res.body).toHaveLength(count);
    });

    it('filters by board', async () => {
      const res = await get(`/api/cycles/${f.cycles.full}/gaps?board=${f.boards.B}`).expect(200);
      expect(res.body.map((g: { board: { id: number } }) => g.board.id)).toEqual([f.boards.B, f.boards.B]);
    });

    it.each([
      ['role=boss', 'role', 'role must be lead or contributing'],
      ['kind=late', 'kind', 'kind must be no-statement or measure-not-addressed'],
      ['board=abc', 'board', 'board must be a positive integer'],
      ['board=1e3', 'board', 'board must be a positive integer'],
      ['board=0x10', 'board', 'board must be a positive integer'],
      ['report=Not%20a%20key', 'report', 'report must be a report key such as "delad"'],
    ])('rejects %s with 400 naming the field', async (query, field, message) => {
      const res = await get(`/api/cycles/${f.cycles.full}/gaps?${query}`).expect(400);
      expect(res.body).toMatchObject({ statusCode: 400, code: 'validation_failed', errors: { [field]: message } });
    });

    it('404 for an unknown cycle, board or report', async () => {
      await get(`/api/cycles/999999/gaps`).expect(404);
      await get(`/api/cycles/${f.cycles.full}/gaps?board=999999`).expect(404);
      const res = await get(`/api/cycles/${f.cycles.full}/gaps?report=okand`).expect(404);
      expect(res.body.message).toBe('Report "okand" does not exist');
    });
  });

  describe('GET /api/cycles/:id/matrix', () => {
    it('gives one cell per responsibility with role and delivery, for one report', async () => {
      const res = await get(`/api/cycles/${f.cycles.full}/matrix?report=r1`).expect(200);
      expect(res.body.measures.map((m: { id: number }) => m.id)).toEqual([f.measures.r1_11, f.measures.r1_12]);
      expect(res.body.boards.map((b: { name: string }) => b.name)).toEqual(['A', 'B', 'D1', 'D2']);
      expect(res.body.cells).toHaveLength(5);
      expect(res.body.boards[0]).toEqual({ id: f.boards.A, name: 'A', administration: 'A förvaltning', kind: 'central', participant: true });
      expect(res.body.cells).toContainEqual({ measureId: f.measures.r1_12, boardId: f.boards.A, role: 'lead', asked: true, delivered: false, statementId: null, status: null, position: null });
      const d1 = res.body.cells.find((c: { measureId: number; boardId: number }) => c.measureId === f.measures.r1_12 && c.boardId === f.boards.D1);
      expect(d1).toMatchObject({ role: 'contributing', asked: true, delivered: true, status: null });
      expect(typeof d1.statementId).toBe('number');
    });

    it('covers every report without a filter; unknown report → 404, unknown cycle → 404', async () => {
      const res = await get(`/api/cycles/${f.cycles.full}/matrix`).expect(200);
      expect(res.body.cells).toHaveLength(7);
      // C's cell is there, marked as not asked.
      expect(res.body.cells).toContainEqual(expect.objectContaining({ measureId: f.measures.r2_11, boardId: f.boards.C, asked: false, delivered: false }));
      expect(res.body.boards.find((b: { id: number }) => b.id === f.boards.C)).toMatchObject({ participant: false });
      await get(`/api/cycles/${f.cycles.full}/matrix?report=okand`).expect(404);
      await get(`/api/cycles/4242/matrix`).expect(404);
    });
  });

  describe('measure coverage and trends', () => {
    it('GET /api/measures/:id/coverage lists every responsible board in every cycle', async () => {
      const res = await get(`/api/measures/${f.measures.r1_12}/coverage`).expect(200);
      const full = res.body.filter((r: { cycle: { id: number } }) => r.cycle.id === f.cycles.full);
      expect(full.map((r: { board: { name: string }; role: string; asked: boolean; delivered: boolean }) => [r.board.name, r.role, r.asked, r.delivered])).toEqual([
        ['A', 'lead', true, false],
        ['D1', 'contributing', true, true],
        ['D2', 'contributing', true, false],
      ]);
      expect(full[0].cycle).toEqual({ id: f.cycles.full, name: 'Full', year: 2024, status: 'open' });
      expect(res.body).toHaveLength(6);
      await get('/api/measures/999999/coverage').expect(404);
    });

    it('GET /api/coverage/trend gives the rate of every cycle, equal to its coverage totals', async () => {
      const res = await get('/api/coverage/trend').expect(200);
      const full = res.body.find((p: { cycle: { id: number } }) => p.cycle.id === f.cycles.full);
      expect(full).toMatchObject({ expected: 6, delivered: 2, missing: 4, rate: 2 / 6 });
      // An open cycle says so, with its deadline: its rate is a share so far.
      expect(full.cycle).toEqual({ id: f.cycles.full, name: 'Full', year: 2024, status: 'open', deadline: null });
      const nothing = res.body.find((p: { cycle: { id: number } }) => p.cycle.id === f.cycles.nothing);
      expect(nothing).toMatchObject({ expected: 0, delivered: 0, rate: null });
    });

    it('GET /api/boards/:id/trend is the same for one board', async () => {
      const res = await get(`/api/boards/${f.boards.A}/trend`).expect(200);
      expect(res.body.find((p: { cycle: { id: number } }) => p.cycle.id === f.cycles.full)).toMatchObject({ expected: 2, delivered: 1 });
      await get('/api/boards/999999/trend').expect(404);
    });

    it("a board's trend holds its own organisation's cycles only", async () => {
      const [org] = await t.dataSource.query(`INSERT INTO organisation (slug, name) VALUES ('annan-kommun', 'Annan kommun') RETURNING id`);
      const [commission] = await t.dataSource.query(`INSERT INTO commission (organisation_id, slug, name) VALUES ($1, 'k', 'K') RETURNING id`, [org.id]);
      const [other] = await t.dataSource.query(
        `INSERT INTO reporting_cycle (organisation_id, commission_id, name, year, status) VALUES ($1, $2, 'Annans', 2024, 'closed') RETURNING id`,
        [org.id, commission.id],
      );
      const mine = (await get(`/api/boards/${f.boards.A}/trend`).expect(200)).body.map((p: { cycle: { id: number } }) => p.cycle.id);
      expect(mine).toContain(f.cycles.full);
      expect(mine).not.toContain(other.id);
      const all = (await get('/api/coverage/trend').expect(200)).body.map((p: { cycle: { id: number } }) => p.cycle.id);
      expect(all).toContain(other.id);
      // ?organisation= keeps one municipality's cycles: the others' data never enters its answer.
      const theirs = (await get('/api/coverage/trend?organisation=annan-kommun').expect(200)).body.map((p: { cycle: { id: number } }) => p.cycle.id);
      expect(theirs).toEqual([other.id]);
      const ours = (await get('/api/coverage/trend?organisation=testkommun').expect(200)).body.map((p: { cycle: { id: number } }) => p.cycle.id);
      expect(ours).toContain(f.cycles.full);
      expect(ours).not.toContain(other.id);
      const unknown = await get('/api/coverage/trend?organisation=finns-inte').expect(404);
      expect(unknown.body.code).toBe('organisation_not_found');
      await t.dataSource.query(`DELETE FROM reporting_cycle WHERE id = $1`, [other.id]);
      await t.dataSource.query(`DELETE FROM commission WHERE id = $1`, [commission.id]);
      await t.dataSource.query(`DELETE FROM organisation WHERE id = $1`, [org.id]);
    });
  });
});
