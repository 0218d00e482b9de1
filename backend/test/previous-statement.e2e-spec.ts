import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { insertStatement, insertWriteFixture, signIn, type WriteFixture } from './utils/auth-fixture.js';
import { createTestApp, type TestApp } from './utils/test-app.js';

/**
 * "Last year at hand": the fixture's cycles of commission K are open (id lowest), past and closed,
 * all in 2026, so by (year, id) the cycle before "past" is "open", and "open" has none.
 */
describe("last year's statement (GET /api/statements/:id/previous and the to-do list)", () => {
  let t: TestApp;
  let f: WriteFixture;
  let editorA: string;
  let editorB: string;
  const http = () => request(t.app.getHttpServer());
  const get = (token: string | null, path: string) => {
    const req = http().get(path);
    return token ? req.set('Authorization', `Bearer ${token}`) : req;
  };

  let lastYear: number;
  let lastYearGeneral: number;
  let thisYear: number;
  let draftLastYear: number;

  beforeAll(async () => {
    t = await createTestApp({ seed: false });
    f = await insertWriteFixture(t.dataSource);
    [editorA, editorB] = await Promise.all([f.users.editorA, f.users.editorB].map((u) => signIn(t.app, u.email)));
    lastYear = (await insertStatement(t.dataSource, { cycle: f.cycles.open, board: f.boards.A, measure: f.measures.m11, text: 'Förra årets text.', state: 'submitted' })).id;
    lastYearGeneral = (await insertStatement(t.dataSource, { cycle: f.cycles.open, board: f.boards.A, measure: null, text: 'Allmänt förra året.', state: 'submitted' })).id;
    draftLastYear = (await insertStatement(t.dataSource, { cycle: f.cycles.open, board: f.boards.A, measure: f.measures.m12, text: 'Aldrig inlämnat.' })).id;
    thisYear = (await insertStatement(t.dataSource, { cycle: f.cycles.past, board: f.boards.A, measure: f.measures.m11, text: 'Årets utkast.' })).id;
  });
  afterAll(async () => {
    await t.close();
  });

  it("answers the previous cycle and the board's delivered statement there on the same measure", async () => {
    const res = await get(editorA, `/api/statements/${thisYear}/previous`).expect(200);
    expect(res.body).toEqual({
      cycle: { id: f.cycles.open, name: 'Öppen', year: 2026 },
      statement: expect.objectContaining({ id: lastYear, text: 'Förra årets text.', state: 'submitted', measure: expect.objectContaining({ id: f.measures.m11 }) }),
    });
  });

  it('the first cycle has no previous one; a draft there is not last year\'s text', async () => {
    expect((await get(editorA, `/api/statements/${lastYear}/previous`).expect(200)).body).toEqual({ cycle: null, statement: null });
    const m12 = (await insertStatement(t.dataSource, { cycle: f.cycles.past, board: f.boards.A, measure: f.measures.m12 })).id;
    expect((await get(editorA, `/api/statements/${m12}/previous`).expect(200)).body).toEqual({
      cycle: { id: f.cycles.open, name: 'Öppen', year: 2026 },
      statement: null,
    });
    await t.dataSource.query(`DELETE FROM statement WHERE id = $1`, [m12]);
    expect(draftLastYear).toBeGreaterThan(0);
  });

  it('follows the statement\'s visibility: another board\'s draft is 404, unknown ids too', async () => {
    expect((await get(editorB, `/api/statements/${thisYear}/previous`).expect(404)).body.code).toBe('not_found');
    await get(null, `/api/statements/${thisYear}/previous`).expect(404);
    await get(editorA, `/api/statements/999999/previous`).expect(404);
    expect((await get(editorA, `/api/statements/abc/previous`).expect(400)).body.code).toBe('invalid_id');
  });

  it("the to-do list carries last year's statement on each item and for the general statement", async () => {
    const todo = (await get(editorA, '/api/me/todo').expect(200)).body as {
      cycle: { id: number; previous: unknown };
      boards: { board: { id: number }; items: { measure: { id: number }; previous: { id: number } | null }[]; previousGeneralStatement: { id: number } | null }[];
    }[];
    const past = todo.find((c) => c.cycle.id === f.cycles.past)!;
    expect(past.cycle.previous).toEqual({ id: f.cycles.open, name: 'Öppen', year: 2026 });
    const section = past.boards.find((b) => b.board.id === f.boards.A)!;
    expect(section.items.map((i) => [i.measure.id, i.previous?.id ?? null])).toEqual([
      [f.measures.m11, lastYear],
      [f.measures.m12, null],
    ]);
    expect(section.previousGeneralStatement?.id).toBe(lastYearGeneral);
    const open = todo.find((c) => c.cycle.id === f.cycles.open)!;
    expect(open.cycle.previous).toBeNull();
    expect(open.boards[0].items.every((i) => i.previous === null)).toBe(true);
  });
});
