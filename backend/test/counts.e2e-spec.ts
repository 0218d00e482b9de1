import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { signIn } from './utils/auth-fixture.js';
import { createTestApp, type TestApp } from './utils/test-app.js';

interface BoardRow {
  board: { id: number; name: string };
  expected: number;
  delivered: number;
  missing: number;
  responsibilities: number;
  statementMissing: boolean;
  generalStatement: boolean;
  generalOnly: boolean;
  participant: boolean;
}

/** The vocabulary of docs/coverage.md on the 2016 data: every count a page shows comes from one field, and they agree. */
describe('one vocabulary of counts (2016)', () => {
  let t: TestApp;
  let cycleId: number;
  const http = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    t = await createTestApp();
    cycleId = (await http().get('/api/cycles').expect(200)).body.find((c: { year: number }) => c.year === 2016).id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('the board counts of totals are the board rows counted, and gaps are missing plus silent boards without measures', async () => {
    const { totals, boards } = (await http().get(`/api/cycles/${cycleId}/coverage`).expect(200)).body as { totals: Record<string, number>; boards: BoardRow[] };
    const gaps = (await http().get(`/api/cycles/${cycleId}/gaps`).expect(200)).body as { kind: string; measure: unknown }[];
    const asked = boards.filter((b) => b.participant);
    expect(totals.participants).toBe(31);
    expect(asked).toHaveLength(totals.participants);
    expect(boards.filter((b) => b.statementMissing)).toHaveLength(totals.silentBoards);
    expect(boards.filter((b) => b.statementMissing && b.expected === 0)).toHaveLength(totals.silentBoardsWithoutMeasures);
    expect(boards.filter((b) => b.generalOnly)).toHaveLength(totals.generalOnlyBoards);
    expect(boards.filter((b) => !b.participant).map((b) => b.board.name)).toEqual(['Kommunstyrelsen']);
    expect(totals.notAskedBoards).toBe(1);
    // Kommunstyrelsen's responsibilities are counted apart, not as expected or missing.
    const ks = boards.find((b) => b.board.name === 'Kommunstyrelsen')!;
    expect(ks).toMatchObject({ expected: 0, missing: 0, statementMissing: false, generalOnly: false });
    expect(ks.responsibilities).toBe(totals.notAskedResponsibilities);
    expect(ks.responsibilities).toBeGreaterThan(0);
    // The identities the pages rely on.
    expect(totals.expected).toBe(totals.delivered + totals.missing);
    expect(boards.reduce((sum, b) => sum + b.missing, 0)).toBe(totals.missing);
    expect(totals.gaps).toBe(totals.missing + totals.silentBoardsWithoutMeasures);
    expect(gaps).toHaveLength(totals.gaps);
    expect(gaps.filter((g) => g.measure !== null)).toHaveLength(totals.missing);
    expect(gaps.filter((g) => g.measure === null)).toHaveLength(totals.silentBoardsWithoutMeasures);
    // A general-only board delivered something, so it is not silent; its measures are all missing.
    for (const b of boards.filter((r) => r.generalOnly)) expect(b).toMatchObject({ generalStatement: true, statementMissing: false, delivered: 0, missing: b.expected });
    // Silent boards are asked boards; none of them delivered anything.
    for (const b of boards.filter((r) => r.statementMissing)) expect(b).toMatchObject({ participant: true, delivered: 0, generalStatement: false });
  });

  it('counts what the delivered statements say; they sum to delivered (the 2016 appendix has no statuses)', async () => {
    const { totals, reports } = (await http().get(`/api/cycles/${cycleId}/coverage`).expect(200)).body;
    const sum = (s: Record<string, number>) => s.done + s.inProgress + s.notStarted + s.waiting + s.none;
    expect(sum(totals.statuses)).toBe(totals.delivered);
    expect(totals.statuses.none).toBe(totals.delivered);
    expect(totals.measuresReportedDone).toBe(0);
    for (const r of reports) expect(sum(r.statuses)).toBe(r.delivered);
    const measures = (await http().get(`/api/cycles/${cycleId}/coverage/measures?limit=1000`).expect(200)).body;
    expect(measures).toHaveLength(totals.measures);
    for (const m of measures) expect(sum(m.statuses)).toBe(m.delivered);
  });
});

describe('report keys resolve within a commission', () => {
  let t: TestApp;
  let admin: string;
  let stockholm: number;
  let other: number;
  let otherCycle: number;
  let cycle2016: number;
  const http = () => request(t.app.getHttpServer());
  const post = (path: string, body: object) => http().post(path).set('Authorization', `Bearer ${admin}`).send(body);

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signIn(t.app, 'admin@example.se', 'demo');
    cycle2016 = (await http().get('/api/cycles').expect(200)).body.find((c: { year: number }) => c.year === 2016).id;
    [{ id: stockholm }] = await t.dataSource.query(`SELECT commission_id AS id FROM reporting_cycle WHERE id = $1`, [cycle2016]);
    // A second commission of the same organisation, with its own "delad" report and one measure.
    [{ id: other }] = await t.dataSource.query(
      `INSERT INTO commission (organisation_id, slug, name) SELECT organisation_id, 'andra', 'Andra kommissionen' FROM commission WHERE id = $1 RETURNING id`,
      [stockholm],
    );
    const [{ id: report }] = await t.dataSource.query(`INSERT INTO report (commission_id, key, title) VALUES ($1, 'delad', 'En annan delad') RETURNING id`, [other]);
    const [{ id: measure }] = await t.dataSource.query(`INSERT INTO measure (report_id, number, title) VALUES ($1, '1.1', 'Annan åtgärd') RETURNING id`, [report]);
    const [{ id: board }] = await t.dataSource.query(`SELECT id FROM board WHERE name = 'Trafiknämnden'`);
    await t.dataSource.query(`INSERT INTO responsibility (measure_id, board_id, role) VALUES ($1, $2, 'lead')`, [measure, board]);
    otherCycle = (await post('/api/cycles', { name: 'Andra omgången', year: 2026, deadline: '2099-05-31', status: 'open', commissionId: other }).expect(201)).body.id;
  });
  afterAll(async () => {
    await t.close();
  });

  it("a cycle's ?report= means its own commission's report", async () => {
    const gaps2016 = (await http().get(`/api/cycles/${cycle2016}/gaps?report=delad`).expect(200)).body;
    expect(gaps2016.length).toBeGreaterThan(1);
    expect(gaps2016.every((g: { measure: { title: string } | null }) => g.measure !== null && g.measure.title !== 'Annan åtgärd')).toBe(true);
    const gapsOther = (await http().get(`/api/cycles/${otherCycle}/gaps?report=delad`).expect(200)).body;
    expect(gapsOther).toEqual([]);
    const matrixOther = (await http().get(`/api/cycles/${otherCycle}/matrix?report=delad`).expect(200)).body;
    expect(matrixOther.measures.map((m: { title: string }) => m.title)).toEqual(['Annan åtgärd']);
    const matrix2016 = (await http().get(`/api/cycles/${cycle2016}/matrix?report=delad`).expect(200)).body;
    expect(matrix2016.measures.length).toBeGreaterThan(1);
    expect(matrix2016.measures.map((m: { title: string }) => m.title)).not.toContain('Annan åtgärd');
    const measuresOther = (await http().get(`/api/cycles/${otherCycle}/coverage/measures?report=delad`).expect(200)).body;
    expect(measuresOther.map((m: { measure: { title: string } }) => m.measure.title)).toEqual(['Annan åtgärd']);
    const statements = (await http().get(`/api/cycles/${cycle2016}/statements?report=delad`).expect(200)).body;
    expect(statements.length).toBeGreaterThan(0);
    // "samverkan" exists only in Stockholm's commission: the other cycle does not know it.
    await http().get(`/api/cycles/${otherCycle}/gaps?report=samverkan`).expect(404);
  });

  it('a key several commissions share needs the commission, for reads and for catalogue writes', async () => {
    const ambiguous = await http().get('/api/measures?report=delad').expect(400);
    expect(ambiguous.body).toMatchObject({ code: 'validation_failed', errors: { commission: 'required: several commissions have a report "delad"' } });
    const own = (await http().get(`/api/measures?report=delad&commission=${stockholm}`).expect(200)).body;
    expect(own.length).toBeGreaterThan(1);
    expect(own.map((m: { title: string }) => m.title)).not.toContain('Annan åtgärd');
    const theirs = (await http().get(`/api/measures?report=delad&commission=${other}`).expect(200)).body;
    expect(theirs.map((m: { title: string }) => m.title)).toEqual(['Annan åtgärd']);
    await http().get('/api/measures?commission=999999').expect(404);
    await http().get(`/api/measures?report=samverkan&commission=${other}`).expect(404);

    const refused = await post('/api/measures', { report: 'delad', number: '1.2', title: 'Vilken kommission?' }).expect(400);
    expect(refused.body.errors).toEqual({ commissionId: 'required: several commissions have a report "delad"' });
    const created = (await post('/api/measures', { commissionId: other, report: 'delad', number: '1.2', title: 'I den andra' }).expect(201)).body;
    expect(created.report.title).toBe('En annan delad');
    await post('/api/measures', { commissionId: 999999, report: 'delad', number: '1.3', title: 'Ingen' }).expect(404);
    // A key only one commission has still needs no commission.
    await post('/api/measures', { report: 'samverkan', number: '9.9.9', title: 'Entydig' }).expect(201);
  });
});
