import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { signIn } from './utils/auth-fixture.js';
import { createTestApp, type TestApp } from './utils/test-app.js';

interface Board {
  id: number;
  name: string;
}
interface Measure {
  id: number;
  report: string;
  number: string;
  responsibilities: { board: Board; role: string }[];
}

/** On the demo data: the closed 2016 cycle never moves; an open cycle moves only when an admin applies the catalogue's changes. */
describe("a cycle's scope", () => {
  let t: TestApp;
  let admin: string;
  let analyst: string;
  let cycle2016: number;
  let boards: Board[];
  let measures: Measure[];
  const http = () => request(t.app.getHttpServer());
  const as = (token: string) => ({
    get: (path: string) => http().get(path).set('Authorization', `Bearer ${token}`),
    post: (path: string, body: object) => http().post(path).set('Authorization', `Bearer ${token}`).send(body),
    put: (path: string, body: object) => http().put(path).set('Authorization', `Bearer ${token}`).send(body),
    delete: (path: string) => http().delete(path).set('Authorization', `Bearer ${token}`),
  });
  const board = (name: string) => boards.find((b) => b.name === name)!;
  const measure = (report: string, number: string) => measures.find((m) => m.report === report && m.number === number)!;
  /** Everything a page shows of a cycle, as the bytes the API answers. */
  const snapshot = async (cycleId: number, measureId: number) => ({
    coverage: (await http().get(`/api/cycles/${cycleId}/coverage`).expect(200)).text,
    measures: (await http().get(`/api/cycles/${cycleId}/coverage/measures?limit=1000`).expect(200)).text,
    gaps: (await http().get(`/api/cycles/${cycleId}/gaps`).expect(200)).text,
    matrix: (await http().get(`/api/cycles/${cycleId}/matrix`).expect(200)).text,
    statements: (await http().get(`/api/cycles/${cycleId}/statements`).expect(200)).text,
    trend: JSON.stringify((await http().get('/api/coverage/trend').expect(200)).body.find((p: { cycle: { id: number } }) => p.cycle.id === cycleId)),
    measureCoverage: JSON.stringify(
      (await http().get(`/api/measures/${measureId}/coverage`).expect(200)).body.filter((r: { cycle: { id: number } }) => r.cycle.id === cycleId),
    ),
  });

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signIn(t.app, 'admin@example.se', 'demo');
    analyst = await signIn(t.app, 'analytiker@example.se', 'demo');
    cycle2016 = (await http().get('/api/cycles').expect(200)).body.find((c: { year: number }) => c.year === 2016).id;
    boards = (await http().get('/api/boards').expect(200)).body;
    measures = (await http().get('/api/measures').expect(200)).body;
  });
  afterAll(async () => {
    await t.close();
  });

  it('a catalogue edit leaves the closed 2016 cycle byte-identical, and 2016 refuses the change', async () => {
    const m411 = measures.filter((m) => m.number === '4.1.1');
    expect(m411).toHaveLength(1);
    const target = m411[0];
    const bromma = board('Bromma stadsdelsnämnd');
    const skarpnack = board('Skarpnäck stadsdelsnämnd');
    for (const b of [bromma, skarpnack]) expect(target.responsibilities.map((r) => r.board.id)).not.toContain(b.id);
    const removed = measure('delad', '6.1.1').responsibilities.find((r) => r.board.name === 'Trafiknämnden')!;
    expect(removed).toBeDefined();

    const before = await snapshot(cycle2016, target.id);
    const beforeRemoved = await snapshot(cycle2016, measure('delad', '6.1.1').id);
    await as(admin).put(`/api/measures/${target.id}/responsibilities/${bromma.id}`, { role: 'contributing' }).expect(200);
    await as(admin).put(`/api/measures/${target.id}/responsibilities/${skarpnack.id}`, { role: 'lead' }).expect(200);
    await as(admin).delete(`/api/measures/${measure('delad', '6.1.1').id}/responsibilities/${removed.board.id}`).expect(204);

    expect(await snapshot(cycle2016, target.id)).toEqual(before);
    expect(await snapshot(cycle2016, measure('delad', '6.1.1').id)).toEqual(beforeRemoved);
    // The catalogue did change: the measure lists the new boards today.
    const today = (await http().get(`/api/measures/${target.id}`).expect(200)).body;
    expect(today.responsibilities.map((r: { board: Board }) => r.board.name)).toEqual(expect.arrayContaining([bromma.name, skarpnack.name]));

    // The board page of 2016 lists the 2016 scope; today's board lists the catalogue.
    const brommaIn2016 = (await http().get(`/api/boards/${bromma.id}?cycle=${cycle2016}`).expect(200)).body;
    expect(brommaIn2016.participant).toBe(true);
    expect(brommaIn2016.responsibilities.map((r: { measure: { id: number } }) => r.measure.id)).not.toContain(target.id);
    const brommaToday = (await http().get(`/api/boards/${bromma.id}`).expect(200)).body;
    expect(brommaToday.responsibilities.map((r: { measure: { id: number } }) => r.measure.id)).toContain(target.id);
    expect(brommaToday).not.toHaveProperty('participant');
    expect(brommaToday.responsibilities).toHaveLength(brommaIn2016.responsibilities.length + 1);
    await http().get(`/api/boards/${bromma.id}?cycle=999999`).expect(404);
    expect((await http().get(`/api/boards/${bromma.id}?cycle=abc`).expect(400)).body.errors).toEqual({ cycle: 'cycle must be a positive integer' });

    const changes = (await http().get(`/api/cycles/${cycle2016}/scope-changes`).expect(200)).body;
    expect(changes.added.map((c: { board: Board; measure: { number: string }; role: string }) => [c.measure.number, c.board.name, c.role])).toEqual([
      ['4.1.1', skarpnack.name, 'lead'],
      ['4.1.1', bromma.name, 'contributing'],
    ]);
    expect(changes.removed.map((c: { board: Board; measure: { number: string } }) => [c.measure.number, c.board.name])).toEqual([['6.1.1', 'Trafiknämnden']]);
    expect(changes.cycle).toMatchObject({ id: cycle2016, status: 'closed' });

    const refused = await as(admin).post(`/api/cycles/${cycle2016}/scope-changes/apply`, { version: changes.cycle.version }).expect(409);
    expect(refused.body).toMatchObject({ statusCode: 409, code: 'cycle_closed' });
    expect(await snapshot(cycle2016, target.id)).toEqual(before);

    // Reopening 2016 keeps the scope it had: opening freezes only a draft's scope.
    const reopened = (await as(admin).put(`/api/cycles/${cycle2016}`, { status: 'open', version: changes.cycle.version }).expect(200)).body;
    expect(JSON.parse((await http().get(`/api/cycles/${cycle2016}/coverage`).expect(200)).text).totals).toEqual(JSON.parse(before.coverage).totals);
    await as(admin).put(`/api/cycles/${cycle2016}`, { status: 'closed', version: reopened.version }).expect(200);
  });

  it('a new cycle expects the catalogue as it stands when it opens; applying later changes moves it, audited', async () => {
    const bromma = board('Bromma stadsdelsnämnd');
    const skarpnack = board('Skarpnäck stadsdelsnämnd');
    const target = measures.find((m) => m.number === '4.1.1')!;
    const created = (await as(admin).post('/api/cycles', { name: 'Omgång 2026', year: 2026, deadline: '2099-05-31', status: 'draft' }).expect(201)).body;
    await as(admin).put(`/api/cycles/${created.id}/participants`, { boardIds: [bromma.id, skarpnack.id] }).expect(200);
    // Bromma gets one more measure while the cycle is a draft; opening takes it in.
    const extra = measure('delad', '6.3.1');
    await as(admin).put(`/api/measures/${extra.id}/responsibilities/${bromma.id}`, { role: 'contributing' }).expect(200);
    const opened = (await as(admin).put(`/api/cycles/${created.id}`, { status: 'open', version: created.version }).expect(200)).body;
    const bromma2026 = async () =>
      ((await http().get(`/api/cycles/${created.id}/coverage`).expect(200)).body.boards as { board: Board; expected: number }[]).find((b) => b.board.id === bromma.id)!;
    const expectedAtOpening = (await bromma2026()).expected;
    const inCatalogue = (await http().get('/api/measures').expect(200)).body.filter((m: Measure) => m.responsibilities.some((r) => r.board.id === bromma.id)).length;
    expect(expectedAtOpening).toBe(inCatalogue);
    await http().get(`/api/cycles/${created.id}/scope-changes`).expect(200, {
      cycle: { ...opened },
      added: [],
      removed: [],
      measuresAdded: [],
      measuresRemoved: [],
    });

    // Now the catalogue moves: Bromma leaves 4.1.1. The open cycle still expects it until an admin applies the change.
    await as(admin).delete(`/api/measures/${target.id}/responsibilities/${bromma.id}`).expect(204);
    expect((await bromma2026()).expected).toBe(expectedAtOpening);
    const changes = (await http().get(`/api/cycles/${created.id}/scope-changes`).expect(200)).body;
    expect(changes.added).toEqual([]);
    expect(changes.removed).toEqual([{ measure: expect.objectContaining({ id: target.id, number: '4.1.1' }), board: { id: bromma.id, name: bromma.name }, role: 'contributing' }]);

    await as(analyst).post(`/api/cycles/${created.id}/scope-changes/apply`, { version: opened.version }).expect(403);
    const stale = await as(admin).post(`/api/cycles/${created.id}/scope-changes/apply`, { version: opened.version - 1 }).expect(409);
    expect(stale.body).toMatchObject({ code: 'version_conflict', currentVersion: opened.version });
    const bad = await as(admin).post(`/api/cycles/${created.id}/scope-changes/apply`, { version: 'x' }).expect(400);
    expect(bad.body.errors).toEqual({ version: 'version must be a positive integer' });
    await as(admin).post(`/api/cycles/999999/scope-changes/apply`, { version: 1 }).expect(404);
    await http().get(`/api/cycles/999999/scope-changes`).expect(404);
    expect((await bromma2026()).expected).toBe(expectedAtOpening);

    const applied = (await as(admin).post(`/api/cycles/${created.id}/scope-changes/apply`, { version: opened.version }).expect(200)).body;
    expect(applied.cycle.version).toBe(opened.version + 1);
    expect(applied.removed).toHaveLength(1);
    expect((await bromma2026()).expected).toBe(expectedAtOpening - 1);
    expect((await http().get(`/api/cycles/${created.id}/scope-changes`).expect(200)).body).toMatchObject({ added: [], removed: [] });

    const [event] = await t.dataSource.query(`SELECT actor_email, before, after FROM audit_event WHERE action = 'cycle.scope-apply' AND entity_id = $1`, [created.id]);
    expect(event.actor_email).toBe('admin@example.se');
    expect(event.before).toMatchObject({
      version: opened.version,
      responsibilities: [{ measureId: target.id, measure: `${target.report} 4.1.1`, boardId: bromma.id, board: bromma.name, role: 'contributing' }],
    });
    expect(event.after).toMatchObject({ version: opened.version + 1, responsibilities: [] });
    expect(event.after.scope.responsibilities).toBe(event.before.scope.responsibilities - 1);

    // Closing freezes it for good.
    await as(admin).put(`/api/cycles/${created.id}`, { status: 'closed', version: applied.cycle.version }).expect(200);
    await as(admin).put(`/api/measures/${target.id}/responsibilities/${bromma.id}`, { role: 'lead' }).expect(200);
    const closed = (await http().get(`/api/cycles/${created.id}/scope-changes`).expect(200)).body;
    expect(closed.added).toHaveLength(1);
    await as(admin).post(`/api/cycles/${created.id}/scope-changes/apply`, { version: closed.cycle.version }).expect(409);
    expect((await bromma2026()).expected).toBe(expectedAtOpening - 1);
  });
});
