import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { insertWriteFixture, signIn, type WriteFixture } from './utils/auth-fixture.js';
import { createTestApp, type TestApp } from './utils/test-app.js';

interface AuditEvent {
  action: string;
  actor: { id: number | null; email: string } | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/**
 * A statement's history shows drafts and actors only to the board's editors and admins; everyone
 * else sees what was submitted, when, by the board — never the draft text or who typed it.
 */
describe('statement history visibility', () => {
  let t: TestApp;
  let f: WriteFixture;
  let tokens: Record<'admin' | 'analyst' | 'editorA' | 'editorB', string>;
  let id: number;
  const http = () => request(t.app.getHttpServer());
  const as = (token: string | null) => (path: string) => (token ? http().get(path).set('Authorization', `Bearer ${token}`) : http().get(path));
  const write = (token: string, method: 'post' | 'put', path: string, body: object) =>
    http()[method](path).set('Authorization', `Bearer ${token}`).send(body);

  beforeAll(async () => {
    t = await createTestApp({ seed: false });
    f = await insertWriteFixture(t.dataSource);
    tokens = {
      admin: await signIn(t.app, f.users.admin.email),
      analyst: await signIn(t.app, f.users.analyst.email),
      editorA: await signIn(t.app, f.users.editorA.email),
      editorB: await signIn(t.app, f.users.editorB.email),
    };
    const created = await write(tokens.editorA, 'post', `/api/cycles/${f.cycles.open}/statements`, {
      boardId: f.boards.A,
      measureId: f.measures.m11,
      text: 'HEMLIGT UTKAST: siffrorna är inte klara',
      plannedYears: [2026],
    }).expect(201);
    id = created.body.id;
    await write(tokens.editorA, 'put', `/api/statements/${id}`, { text: 'Under 2026 inleds arbetet.', plannedYears: [2026], version: 1 }).expect(200);
    await write(tokens.editorA, 'post', `/api/statements/${id}/submit`, { version: 2 }).expect(200);
    await write(tokens.admin, 'post', `/api/statements/${id}/reopen`, { version: 3, reason: 'Komplettera' }).expect(200);
    await write(tokens.editorA, 'put', `/api/statements/${id}`, { text: 'NYTT UTKAST efter återöppning', plannedYears: [2026], version: 4 }).expect(200);
    await write(tokens.editorA, 'put', `/api/statements/${id}`, { text: 'Under 2026 och 2027 genomförs arbetet.', plannedYears: [2026, 2027], version: 5 }).expect(200);
    await write(tokens.editorA, 'post', `/api/statements/${id}/submit`, { version: 6 }).expect(200);
  });
  afterAll(async () => {
    await t.close();
  });

  it.each([
    ['anonymous', null],
    ['an analyst', 'analyst'],
    ["another board's editor", 'editorB'],
  ] as const)('%s sees the submitted versions only, without actors or draft text', async (_who, role) => {
    const res = await as(role ? tokens[role] : null)(`/api/statements/${id}/history`).expect(200);
    const text = JSON.stringify(res.body);
    expect(text).not.toContain('HEMLIGT');
    expect(text).not.toContain('NYTT UTKAST');
    expect(text).not.toContain('@test.se');
    const events = res.body as AuditEvent[];
    expect(events.map((e) => [e.action, e.actor, e.before?.version ?? null, e.after?.version])).toEqual([
      ['statement.submit', null, null, 3],
      ['statement.submit', null, 3, 7],
    ]);
    expect(events[1].before).toEqual(events[0].after);
    expect(events.map((e) => e.after?.text)).toEqual(['Under 2026 inleds arbetet.', 'Under 2026 och 2027 genomförs arbetet.']);
    expect(events.every((e) => e.after?.boardId === f.boards.A)).toBe(true);
  });

  it.each([
    ["the board's editor", 'editorA'],
    ['an admin', 'admin'],
  ] as const)('%s sees every event with its actor', async (_who, role) => {
    const res = await as(tokens[role])(`/api/statements/${id}/history`).expect(200);
    const events = res.body as AuditEvent[];
    expect(events.map((e) => [e.action, e.actor?.email])).toEqual([
      ['statement.create', f.users.editorA.email],
      ['statement.update', f.users.editorA.email],
      ['statement.submit', f.users.editorA.email],
      ['statement.reopen', f.users.admin.email],
      ['statement.update', f.users.editorA.email],
      ['statement.update', f.users.editorA.email],
      ['statement.submit', f.users.editorA.email],
    ]);
    expect(events[0].after?.text).toBe('HEMLIGT UTKAST: siffrorna är inte klara');
  });

  it('a statement never submitted has no public history at all (404)', async () => {
    const draft = await write(tokens.editorA, 'post', `/api/cycles/${f.cycles.open}/statements`, {
      boardId: f.boards.A,
      measureId: f.measures.m12,
      text: 'HEMLIGT',
      plannedYears: [],
    }).expect(201);
    await as(null)(`/api/statements/${draft.body.id}/history`).expect(404);
    await as(tokens.analyst)(`/api/statements/${draft.body.id}/history`).expect(404);
    const own = await as(tokens.editorA)(`/api/statements/${draft.body.id}/history`).expect(200);
    expect(own.body).toHaveLength(1);
  });

  it("a measure's coverage tells a draft in progress only to admins and the board's editors (the removal question counts it)", async () => {
    // A's draft on 1.2 (from the test above) in the open cycle.
    const inProgress = async (token: string | null) =>
      ((await as(token)(`/api/measures/${f.measures.m12}/coverage`).expect(200)).body as { cycle: { id: number }; board: { id: number }; delivered: boolean; inProgress: boolean }[])
        .filter((r) => r.cycle.id === f.cycles.open && r.board.id === f.boards.A)
        .map((r) => [r.delivered, r.inProgress]);
    expect(await inProgress(tokens.admin)).toEqual([[false, true]]);
    expect(await inProgress(tokens.editorA)).toEqual([[false, true]]);
    expect(await inProgress(null)).toEqual([[false, false]]);
    expect(await inProgress(tokens.analyst)).toEqual([[false, false]]);
    expect(await inProgress(tokens.editorB)).toEqual([[false, false]]);
  });
});
