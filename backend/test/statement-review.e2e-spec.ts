import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { insertStatement, insertWriteFixture, signIn, type WriteFixture } from './utils/auth-fixture.js';
import { createTestApp, type TestApp } from './utils/test-app.js';

interface Event {
  action: string;
  actor: { email: string } | null;
  before: { state: string; reviewComment?: string | null } | null;
  after: { state: string; reviewComment?: string | null; version: number };
}

describe('the review loop: submitted → returned (with a comment) or approved', () => {
  let t: TestApp;
  let f: WriteFixture;
  let editorA: string;
  let editorB: string;
  let admin: string;
  const http = () => request(t.app.getHttpServer());
  const as = (token: string) => ({
    post: (path: string, body: object = {}) => http().post(path).set('Authorization', `Bearer ${token}`).send(body),
    put: (path: string, body: object) => http().put(path).set('Authorization', `Bearer ${token}`).send(body),
    get: (path: string) => http().get(path).set('Authorization', `Bearer ${token}`),
  });
  const coverage = async () => (await http().get(`/api/cycles/${f.cycles.open}/coverage`).expect(200)).body;
  const submitted = async (measure = f.measures.m11) => {
    const s = await insertStatement(t.dataSource, { cycle: f.cycles.open, board: f.boards.A, measure, text: 'Första versionen.' });
    await as(editorA).post(`/api/statements/${s.id}/submit`, { version: 1 }).expect(200);
    return { id: s.id, version: 2 };
  };

  beforeAll(async () => {
    t = await createTestApp({ seed: false });
    f = await insertWriteFixture(t.dataSource);
    [editorA, editorB, admin] = await Promise.all([f.users.editorA, f.users.editorB, f.users.admin].map((u) => signIn(t.app, u.email)));
  });
  afterAll(async () => {
    await t.close();
  });
  const clear = () => t.dataSource.query(`DELETE FROM statement`);

  it('return → revise → resubmit → approve: coverage, the to-do list and the history follow each step', async () => {
    await clear();
    const s = await submitted();
    expect((await coverage()).totals.delivered).toBe(1);
    expect((await coverage()).review).toEqual({ drafts: 0, awaitingReview: 1, returned: 0, approved: 0 });

    const returned = await as(admin).post(`/api/statements/${s.id}/return`, { comment: '  Ange vilka år arbetet planeras. ', version: 2 }).expect(200);
    expect(returned.body).toMatchObject({ state: 'returned', reviewComment: 'Ange vilka år arbetet planeras.', approvedAt: null, version: 3 });
    expect(Date.now() - new Date(returned.body.returnedAt).getTime()).toBeLessThan(60_000);
    // Returned counts as missing until the board resubmits, and is not public meanwhile.
    expect((await coverage()).totals).toMatchObject({ expected: 4, delivered: 0, missing: 4 });
    expect((await coverage()).review).toEqual({ drafts: 0, awaitingReview: 0, returned: 1, approved: 0 });
    await http().get(`/api/statements/${s.id}`).expect(404);
    await as(editorB).get(`/api/statements/${s.id}/history`).expect(404);
    expect((await http().get(`/api/cycles/${f.cycles.open}/statements`).expect(200)).body).toEqual([]);

    // The editor sees it first in the to-do list, with the comment.
    const todo = (await as(editorA).get('/api/me/todo').expect(200)).body;
    const section = todo.find((c: { cycle: { id: number } }) => c.cycle.id === f.cycles.open).boards[0];
    expect(section).toMatchObject({ returned: 1, submitted: 0, expected: 2 });
    expect(section.items.map((i: { measure: { number: string }; statement: { state: string; reviewComment: string } | null }) => [i.measure.number, i.statement?.state ?? null])).toEqual([
      ['1.1', 'returned'],
      ['1.2', null],
    ]);
    expect(section.items[0].statement.reviewComment).toBe('Ange vilka år arbetet planeras.');

    // The board revises (still returned) and resubmits; the comment has been answered.
    const revised = await as(editorA).put(`/api/statements/${s.id}`, { text: 'Under 2027 och 2028 …', plannedYears: [2027, 2028], version: 3 }).expect(200);
    expect(revised.body).toMatchObject({ state: 'returned', reviewComment: 'Ange vilka år arbetet planeras.', version: 4 });
    const resubmitted = await as(editorA).post(`/api/statements/${s.id}/submit`, { version: 4 }).expect(200);
    expect(resubmitted.body).toMatchObject({ state: 'submitted', reviewComment: null, version: 5 });
    expect((await coverage()).totals.delivered).toBe(1);

    const approved = await as(admin).post(`/api/statements/${s.id}/approve`, { version: 5 }).expect(200);
    expect(approved.body).toMatchObject({ state: 'approved', version: 6 });
    expect(Date.now() - new Date(approved.body.approvedAt).getTime()).toBeLessThan(60_000);
    expect((await coverage()).totals.delivered).toBe(1);
    expect((await coverage()).review).toEqual({ drafts: 0, awaitingReview: 0, returned: 0, approved: 1 });
    // Approved is locked for the board, public, and counted.
    const locked = await as(editorA).put(`/api/statements/${s.id}`, { text: 'Ändring', plannedYears: [], version: 6 }).expect(409);
    expect(locked.body.code).toBe('statement_submitted');
    await http().get(`/api/statements/${s.id}`).expect(200);

    // The board's own history tells the story in order, with actors and the comment.
    const own: Event[] = (await as(editorA).get(`/api/statements/${s.id}/history`).expect(200)).body;
    expect(own.map((e) => [e.action, e.actor?.email, e.after.state])).toEqual([
      ['statement.submit', f.users.editorA.email, 'submitted'],
      ['statement.return', f.users.admin.email, 'returned'],
      ['statement.update', f.users.editorA.email, 'returned'],
      ['statement.submit', f.users.editorA.email, 'submitted'],
      ['statement.approve', f.users.admin.email, 'approved'],
    ]);
    expect(own[1].after.reviewComment).toBe('Ange vilka år arbetet planeras.');
    // The public sees the two submitted versions and the approval, no actors, never the returned version.
    const pub: Event[] = (await http().get(`/api/statements/${s.id}/history`).expect(200)).body;
    expect(pub.map((e) => [e.action, e.actor, e.before?.state ?? null, e.after.state])).toEqual([
      ['statement.submit', null, null, 'submitted'],
      ['statement.submit', null, 'submitted', 'submitted'],
      ['statement.approve', null, 'submitted', 'approved'],
    ]);
    expect(JSON.stringify(pub)).not.toContain('Ange vilka år');
  });

  it('only a submitted statement can be returned or approved; a stale version is 409', async () => {
    await clear();
    const draft = await insertStatement(t.dataSource, { cycle: f.cycles.open, board: f.boards.A, measure: f.measures.m12 });
    const notInReview = await as(admin).post(`/api/statements/${draft.id}/approve`, { version: 1 }).expect(409);
    expect(notInReview.body).toEqual({
      statusCode: 409,
      code: 'statement_not_in_review',
      message: `Statement ${draft.id} is draft: only a submitted statement awaiting review can be approved`,
      currentVersion: 1,
      state: 'draft',
    });
    expect((await as(admin).post(`/api/statements/${draft.id}/return`, { comment: 'x', version: 1 }).expect(409)).body.code).toBe('statement_not_in_review');

    const s = await submitted();
    const stale = await as(admin).post(`/api/statements/${s.id}/approve`, { version: 1 }).expect(409);
    expect(stale.body).toMatchObject({ code: 'version_conflict', currentVersion: 2 });
    expect((await as(admin).post(`/api/statements/${s.id}/return`, { comment: 'x', version: 1 }).expect(409)).body.code).toBe('version_conflict');
    await as(admin).post(`/api/statements/${s.id}/approve`, { version: 2 }).expect(200);
    const twice = await as(admin).post(`/api/statements/${s.id}/return`, { comment: 'För sent', version: 3 }).expect(409);
    expect(twice.body).toMatchObject({ code: 'statement_not_in_review', state: 'approved' });
    // Nothing half-written: one approve event after the submit, no return.
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE entity_id = $1 AND action = 'statement.return'`, [s.id]);
    expect(n).toBe(0);
  });

  it('a return needs a comment; editors may neither return nor approve', async () => {
    await clear();
    const s = await submitted();
    for (const body of [{ version: 2 }, { version: 2, comment: '  ' }, { version: 2, comment: 'x'.repeat(2001) }]) {
      const res = await as(admin).post(`/api/statements/${s.id}/return`, body).expect(400);
      expect(res.body.errors).toEqual({ comment: 'comment must be a text of 1–2000 characters, not only spaces' });
    }
    expect((await as(admin).post(`/api/statements/${s.id}/return`, { comment: 'ok' }).expect(400)).body.errors).toHaveProperty('version');
    await as(editorA).post(`/api/statements/${s.id}/return`, { comment: 'Själv', version: 2 }).expect(403);
    await as(editorA).post(`/api/statements/${s.id}/approve`, { version: 2 }).expect(403);
    expect((await http().get(`/api/statements/${s.id}`).expect(200)).body).toMatchObject({ state: 'submitted', version: 2 });
  });

  it('reopening an approved statement sends it back as a draft with the reason; a returned one needs no reopening', async () => {
    await clear();
    const s = await submitted();
    await as(admin).post(`/api/statements/${s.id}/approve`, { version: 2 }).expect(200);
    const reopened = await as(admin).post(`/api/statements/${s.id}/reopen`, { version: 3, reason: 'Nya uppgifter från förvaltningen' }).expect(200);
    expect(reopened.body).toMatchObject({ state: 'draft', approvedAt: null, submittedAt: null, reviewComment: 'Nya uppgifter från förvaltningen' });
    const todo = (await as(editorA).get('/api/me/todo').expect(200)).body;
    const item = todo.find((c: { cycle: { id: number } }) => c.cycle.id === f.cycles.open).boards[0].items.find((i: { measure: { id: number } }) => i.measure.id === f.measures.m11);
    expect(item.statement.reviewComment).toBe('Nya uppgifter från förvaltningen');

    const other = await submitted(f.measures.m12);
    await as(admin).post(`/api/statements/${other.id}/return`, { comment: 'Komplettera', version: 2 }).expect(200);
    const again = await as(admin).post(`/api/statements/${other.id}/reopen`, { reason: 'Igen' }).expect(409);
    expect(again.body).toMatchObject({ code: 'statement_not_submitted', message: `Statement ${other.id} is returned to the board already; there is nothing to reopen` });
  });
});
