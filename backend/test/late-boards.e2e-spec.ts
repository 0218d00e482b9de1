import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { insertStatement, insertWriteFixture, signIn, type WriteFixture } from './utils/auth-fixture.js';
import { createTestApp, type TestApp } from './utils/test-app.js';

describe('GET /api/cycles/:id/late ("Sena")', () => {
  let t: TestApp;
  let f: WriteFixture;
  let admin: string;
  let editorA: string;
  const get = (token: string | null, path: string) => {
    const req = request(t.app.getHttpServer()).get(path);
    return token ? req.set('Authorization', `Bearer ${token}`) : req;
  };

  beforeAll(async () => {
    t = await createTestApp({ seed: false });
    f = await insertWriteFixture(t.dataSource);
    [admin, editorA] = await Promise.all([f.users.admin, f.users.editorA].map((u) => signIn(t.app, u.email)));
    // The past cycle asks A and B to report (C is not asked, and so never late).
    for (const b of [f.boards.A, f.boards.B]) await t.dataSource.query(`INSERT INTO cycle_participant (cycle_id, board_id) VALUES ($1, $2)`, [f.cycles.past, b]);
    // The past cycle's deadline (2001-05-31) has passed: A delivered 1.1 and is writing 1.2; B delivered nothing.
    await insertStatement(t.dataSource, { cycle: f.cycles.past, board: f.boards.A, measure: f.measures.m11, state: 'submitted' });
    await insertStatement(t.dataSource, { cycle: f.cycles.past, board: f.boards.A, measure: f.measures.m12 });
  });
  afterAll(async () => {
    await t.close();
  });

  it('lists the boards that still owe after the deadline: silent first, with days overdue and active editors as contacts', async () => {
    const res = await get(admin, `/api/cycles/${f.cycles.past}/late`).expect(200);
    const [{ days }] = await t.dataSource.query(`SELECT (now() AT TIME ZONE 'Europe/Stockholm')::date - DATE '2001-05-31' AS days`);
    expect(res.body.cycle).toMatchObject({ id: f.cycles.past, name: 'Försenad', deadline: '2001-05-31' });
    expect(res.body.daysOverdue).toBe(days);
    expect(res.body.boards).toEqual([
      {
        board: { id: f.boards.B, name: 'Nämnd B', administration: 'Nämnd Bs förvaltning' },
        expected: 2,
        delivered: 0,
        missing: 2,
        statementMissing: true,
        drafts: 0,
        returned: 0,
        daysOverdue: days,
        lastReminderAt: null,
        contacts: ['redaktor.b@test.se'],
      },
      {
        board: { id: f.boards.A, name: 'Nämnd A', administration: 'Nämnd As förvaltning' },
        expected: 2,
        delivered: 1,
        missing: 1,
        statementMissing: false,
        drafts: 1,
        returned: 0,
        daysOverdue: days,
        lastReminderAt: null,
        // The inactive editor of A is no contact.
        contacts: ['redaktor.a@test.se', 'redaktor.ac@test.se'],
      },
    ]);
  });

  it('a board that has delivered everything is not late; nothing is late before the deadline', async () => {
    await insertStatement(t.dataSource, { cycle: f.cycles.past, board: f.boards.B, measure: f.measures.m11, state: 'submitted' });
    await insertStatement(t.dataSource, { cycle: f.cycles.past, board: f.boards.B, measure: f.measures.m13, state: 'submitted' });
    const res = await get(admin, `/api/cycles/${f.cycles.past}/late`).expect(200);
    expect(res.body.boards.map((b: { board: { id: number } }) => b.board.id)).toEqual([f.boards.A]);
    const open = await get(admin, `/api/cycles/${f.cycles.open}/late`).expect(200);
    expect(open.body).toMatchObject({ daysOverdue: null, boards: [] });
  });

  it('is for admins (the contacts are accounts); an unknown cycle is 404', async () => {
    expect((await get(editorA, `/api/cycles/${f.cycles.past}/late`).expect(403)).body.code).toBe('forbidden');
    expect((await get(null, `/api/cycles/${f.cycles.past}/late`).expect(401)).body.code).toBe('unauthorized');
    expect((await get(admin, `/api/cycles/999999/late`).expect(404)).body.code).toBe('not_found');
  });
});
