import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { insertStatement, insertWriteFixture, signIn, type WriteFixture } from './utils/auth-fixture.js';
import { createTestApp, type TestApp } from './utils/test-app.js';

describe('writing statements', () => {
  let t: TestApp;
  let f: WriteFixture;
  let editorA: string;
  let editorB: string;
  let editorAC: string;
  let admin: string;
  let analyst: string;
  const http = () => request(t.app.getHttpServer());
  const as = (token: string) => ({
    post: (path: string, body: object = {}) => http().post(path).set('Authorization', `Bearer ${token}`).send(body),
    put: (path: string, body: object) => http().put(path).set('Authorization', `Bearer ${token}`).send(body),
    get: (path: string) => http().get(path).set('Authorization', `Bearer ${token}`),
  });
  const create = (token: string, body: object, cycle = f.cycles.open) => as(token).post(`/api/cycles/${cycle}/statements`, body);
  const clear = () => t.dataSource.query(`DELETE FROM statement`);

  beforeAll(async () => {
    t = await createTestApp({ seed: false });
    f = await insertWriteFixture(t.dataSource);
    [editorA, editorB, editorAC, admin, analyst] = await Promise.all(
      [f.users.editorA, f.users.editorB, f.users.editorAC, f.users.admin, f.users.analyst].map((u) => signIn(t.app, u.email)),
    );
  });
  afterAll(async () => {
    await t.close();
  });

  describe('POST /api/cycles/:id/statements', () => {
    it('creates a draft, version 1, in the shape of the list rows', async () => {
      await clear();
      const res = await create(editorA, { boardId: f.boards.A, measureId: f.measures.m11, text: 'Under 2026 …', plannedYears: [2027, 2026], status: 'in-progress' }).expect(201);
      expect(res.body).toEqual({
        id: expect.any(Number),
        board: { id: f.boards.A, name: 'Nämnd A', administration: 'Nämnd As förvaltning' },
        organisation: { slug: 'testkommun', name: 'Testkommun' },
        measure: { id: f.measures.m11, number: '1.1', report: 'r1', title: 'Åtgärd 1.1' },
        role: 'lead',
        text: 'Under 2026 …',
        parts: null,
        plannedYears: [2026, 2027],
        status: 'in-progress',
        state: 'draft',
        position: null,
        submittedAt: null,
        late: false,
        reviewComment: null,
        returnedAt: null,
        approvedAt: null,
        version: 1,
        updatedAt: expect.any(String),
        link: null,
      });
      const list = await as(editorA).get(`/api/cycles/${f.cycles.open}/statements`).expect(200);
      expect(list.body).toEqual([res.body]);
      await as(editorA).get(`/api/statements/${res.body.id}`).expect(200, res.body);
    });

    it('creates the general statement with measureId null, once per board and cycle', async () => {
      await clear();
      const first = await create(editorA, { boardId: f.boards.A, measureId: null, text: 'Övergripande', plannedYears: [] }).expect(201);
      expect(first.body).toMatchObject({ measure: null, role: null, state: 'draft' });
      const again = await create(editorA, { boardId: f.boards.A, measureId: null, text: 'Igen', plannedYears: [] }).expect(409);
      expect(again.body).toEqual({
        statusCode: 409,
        code: 'statement_exists',
        message: `Board ${f.boards.A} already has a general statement in cycle ${f.cycles.open}: update statement ${first.body.id} instead`,
        statementId: first.body.id,
      });
    });

    it('a second statement for the same measure is a 409 naming the existing one', async () => {
      await clear();
      const first = await create(editorA, { boardId: f.boards.A, measureId: f.measures.m11, text: 'Ett', plannedYears: [] }).expect(201);
      const again = await create(admin, { boardId: f.boards.A, measureId: f.measures.m11, text: 'Två', plannedYears: [] }).expect(409);
      expect(again.body).toMatchObject({ code: 'statement_exists', statementId: first.body.id });
    });

    it('an editor of several boards writes for each of them', async () => {
      await clear();
      await create(editorAC, { boardId: f.boards.C, measureId: null, text: 'C', plannedYears: [] }).expect(201);
      await create(editorAC, { boardId: f.boards.A, measureId: null, text: 'A', plannedYears: [] }).expect(201);
      const res = await create(editorAC, { boardId: f.boards.B, measureId: null, text: 'B', plannedYears: [] }).expect(403);
      expect(res.body).toEqual({ statusCode: 403, code: 'forbidden', message: `You can write statements only for your own boards; board ${f.boards.B} is not one of them` });
    });

    it('an editor writes only in an open cycle; an admin may correct a closed one', async () => {
      await clear();
      const res = await create(editorA, { boardId: f.boards.A, measureId: f.measures.m11, text: 'Sent', plannedYears: [] }, f.cycles.closed).expect(409);
      expect(res.body).toEqual({ statusCode: 409, code: 'cycle_not_open', message: 'The cycle is closed: statements can be written only while it is open' });
      await create(admin, { boardId: f.boards.A, measureId: f.measures.m11, text: 'Rättelse', plannedYears: [] }, f.cycles.closed).expect(201);
    });

    describe('decision: a statement for a measure the board is not responsible for', () => {
      it('is accepted as an extra statement with role null, and does not count as delivered coverage', async () => {
        await clear();
        const res = await create(editorA, { boardId: f.boards.A, measureId: f.measures.m13, text: 'Vi bidrar gärna', plannedYears: [2026] }).expect(201);
        expect(res.body).toMatchObject({ measure: { id: f.measures.m13 }, role: null });
        await as(editorA).post(`/api/statements/${res.body.id}/submit`, { version: 1 }).expect(200);
        const coverage = await http().get(`/api/cycles/${f.cycles.open}/coverage`).expect(200);
        const a = coverage.body.boards.find((b: { board: { id: number } }) => b.board.id === f.boards.A);
        // A leads 1.1 and 1.2; its statement on B's 1.3 delivers neither.
        expect(a).toMatchObject({ expected: 2, delivered: 0, missing: 2 });
      });

      it('but a measure of another commission than the cycle follows up is a 422', async () => {
        const res = await create(editorA, { boardId: f.boards.A, measureId: f.measures.m91, text: 'Fel kommission', plannedYears: [] }).expect(422);
        expect(res.body).toEqual({
          statusCode: 422,
          code: 'unprocessable_entity',
          message: `Measure ${f.measures.m91} belongs to another commission than cycle ${f.cycles.open} follows up`,
          errors: { measureId: "not a measure of the cycle's commission" },
        });
      });
    });

    describe('bad input: a 4xx naming the problem, nothing stored', () => {
      const valid = () => ({ boardId: f.boards.A, measureId: f.measures.m12, text: 'Text', plannedYears: [2026] });
      it.each([
        ['overlong text', { text: 'x'.repeat(20_001) }, { text: 'text must be at most 20000 characters' }],
        ['a year before 2000', { plannedYears: [1999] }, { plannedYears: 'plannedYears must hold whole years between 2000 and 2100' }],
        ['a year after 2100', { plannedYears: [2101] }, { plannedYears: 'plannedYears must hold whole years between 2000 and 2100' }],
        ['a fractional year', { plannedYears: [2026.5] }, { plannedYears: 'plannedYears must hold whole years between 2000 and 2100' }],
        ['a year as text', { plannedYears: ['2026'] }, { plannedYears: 'plannedYears must hold whole years between 2000 and 2100' }],
        ['a repeated year', { plannedYears: [2026, 2026] }, { plannedYears: 'plannedYears must not repeat a year' }],
        ['too many years', { plannedYears: Array.from({ length: 21 }, (_, i) => 2000 + i) }, { plannedYears: 'plannedYears must have at most 20 years' }],
        ['plannedYears not a list', { plannedYears: 2026 }, { plannedYears: expect.stringContaining('plannedYears must be a list of years') }],
        ['an unknown status', { status: 'klar' }, { status: 'status must be one of not-started, in-progress, done, waiting (or null)' }],
        ['measureId missing', { measureId: undefined }, { measureId: 'measureId must be a positive integer, or null for the general statement' }],
        ['boardId as text', { boardId: 'A' }, { boardId: 'boardId must be a positive integer' }],
        ['an unknown field', { colour: 'red' }, { colour: 'property colour should not exist' }],
        ['an overlong position', { position: 'p'.repeat(2001) }, { position: 'position must be at most 2000 characters' }],
      ])('%s → 400', async (_name, change, errors) => {
        await clear();
        const res = await create(editorA, { ...valid(), ...change }).expect(400);
        expect(res.body).toMatchObject({ statusCode: 400, code: 'validation_failed', errors });
        expect(Object.keys(res.body.errors)).toEqual(Object.keys(errors));
        expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM statement`))[0].n).toBe(0);
      });

      it("accepts exactly 20 000 characters and the edges of the cycle's planning period (2026–2030)", async () => {
        await clear();
        const res = await create(editorA, { ...valid(), text: 'y'.repeat(20_000), plannedYears: [2030, 2026, 2028] }).expect(201);
        expect(res.body.text).toHaveLength(20_000);
        expect(res.body.plannedYears).toEqual([2026, 2028, 2030]);
      });

      it("refuses years outside the cycle's planning period, on create and on update, writing nothing", async () => {
        await clear();
        for (const years of [[2025], [2031], [2026, 2100]]) {
          const res = await create(editorA, { ...valid(), plannedYears: years }).expect(400);
          expect(res.body.errors).toEqual({ plannedYears: "plannedYears must lie in the cycle's planning period 2026–2030" });
        }
        expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM statement`))[0].n).toBe(0);
        const s = await create(editorA, valid()).expect(201);
        const res = await as(editorA).put(`/api/statements/${s.body.id}`, { text: 'Ny', plannedYears: [2040], version: 1 }).expect(400);
        expect(res.body.errors).toEqual({ plannedYears: "plannedYears must lie in the cycle's planning period 2026–2030" });
        expect((await as(editorA).get(`/api/statements/${s.body.id}`).expect(200)).body).toMatchObject({ version: 1, plannedYears: s.body.plannedYears });
      });

      it.each([
        ['measure', () => ({ measureId: 999_999 }), 'Measure 999999 does not exist'],
        ['cycle', () => ({}), 'Cycle 999999 does not exist'],
      ])('an unknown %s → 404 naming it', async (what, change, message) => {
        await clear();
        const cycle = what === 'cycle' ? 999_999 : f.cycles.open;
        const res = await create(admin, { ...valid(), ...change() }, cycle).expect(404);
        expect(res.body).toEqual({ statusCode: 404, code: 'not_found', message });
      });

      it('an unknown board → 404 for an admin, 403 for an editor (not one of its boards)', async () => {
        const res = await create(admin, { ...valid(), boardId: 999_999 }).expect(404);
        expect(res.body).toEqual({ statusCode: 404, code: 'not_found', message: 'Board 999999 does not exist' });
        await create(editorA, { ...valid(), boardId: 999_999 }).expect(403);
      });
    });

    it.each([
      "Robert'); DROP TABLE statement;--",
      '<script>alert("x")</script><img src=x onerror=alert(1)>',
      "' OR 1=1 --; \\x00 ${process.env} {{constructor}} \u202e åäö 🚲\n\ttabbar",
    ])('stores %p verbatim', async (text) => {
      await clear();
      const res = await create(editorA, { boardId: f.boards.A, measureId: f.measures.m11, text, plannedYears: [], position: text }).expect(201);
      expect(res.body.text).toBe(text);
      const [row] = await t.dataSource.query(`SELECT text, position FROM statement WHERE id = $1`, [res.body.id]);
      expect(row).toEqual({ text, position: text });
      const again = await http().get(`/api/statements/${res.body.id}`).set('Authorization', `Bearer ${editorA}`).expect(200);
      expect(again.body.text).toBe(text);
    });
  });

  describe('PUT /api/statements/:id', () => {
    it('updates text, years, status and position, and bumps the version', async () => {
      await clear();
      const s = await insertStatement(t.dataSource, { cycle: f.cycles.open, board: f.boards.A, measure: f.measures.m11 });
      const res = await as(editorA).put(`/api/statements/${s.id}`, { text: 'Nytt', plannedYears: [2028], status: 'waiting', position: 'Tillstyrker', version: 1 }).expect(200);
      expect(res.body).toMatchObject({ id: s.id, text: 'Nytt', plannedYears: [2028], status: 'waiting', position: 'Tillstyrker', version: 2, state: 'draft' });
      // Omitted status and position stay; null clears.
      const kept = await as(editorA).put(`/api/statements/${s.id}`, { text: 'Nytt 2', plannedYears: [], version: 2 }).expect(200);
      expect(kept.body).toMatchObject({ status: 'waiting', position: 'Tillstyrker', version: 3 });
      const cleared = await as(editorA).put(`/api/statements/${s.id}`, { text: 'Nytt 3', plannedYears: [], status: null, position: null, version: 3 }).expect(200);
      expect(cleared.body).toMatchObject({ status: null, position: null, version: 4 });
    });

    it('a stale version is a 409 with the current version, and changes nothing', async () => {
      await clear();
      const s = await insertStatement(t.dataSource, { cycle: f.cycles.open, board: f.boards.A, measure: f.measures.m11, text: 'Original' });
      await as(editorA).put(`/api/statements/${s.id}`, { text: 'Första', plannedYears: [], version: 1 }).expect(200);
      const res = await as(editorAC).put(`/api/statements/${s.id}`, { text: 'Andra', plannedYears: [], version: 1 }).expect(409);
      expect(res.body).toEqual({
        statusCode: 409,
        code: 'version_conflict',
        message: `Statement ${s.id} was changed by someone else (current version 2); reload it and apply your change again`,
        currentVersion: 2,
      });
      const [row] = await t.dataSource.query(`SELECT text, version FROM statement WHERE id = $1`, [s.id]);
      expect(row).toEqual({ text: 'Första', version: 2 });
    });

    it('10 parallel updates with the same version: exactly one 200, nine 409, and the winner\'s text is stored', async () => {
      await clear();
      const s = await insertStatement(t.dataSource, { cycle: f.cycles.open, board: f.boards.A, measure: f.measures.m11 });
      const writers = Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? editorA : editorAC));
      const results = await Promise.all(writers.map((token, i) => as(token).put(`/api/statements/${s.id}`, { text: `Skribent ${i}`, plannedYears: [2026 + i], version: 1 })));
      const statuses = results.map((r) => r.status).sort();
      expect(statuses).toEqual([200, 409, 409, 409, 409, 409, 409, 409, 409, 409]);
      const winner = results.find((r) => r.status === 200)!;
      for (const loser of results.filter((r) => r.status === 409)) expect(loser.body).toMatchObject({ code: 'version_conflict', currentVersion: 2 });
      const [row] = await t.dataSource.query(`SELECT text, planned_years, version FROM statement WHERE id = $1`, [s.id]);
      expect(row).toEqual({ text: winner.body.text, planned_years: winner.body.plannedYears, version: 2 });
      const audit = await t.dataSource.query(`SELECT after->>'text' AS text FROM audit_event WHERE entity_type = 'statement' AND entity_id = $1`, [s.id]);
      expect(audit).toEqual([{ text: winner.body.text }]);
    });

    it('another board\'s editor gets 403; an unknown id 404; a malformed id 400', async () => {
      await clear();
      const s = await insertStatement(t.dataSource, { cycle: f.cycles.open, board: f.boards.A, measure: f.measures.m11 });
      const other = await as(editorB).put(`/api/statements/${s.id}`, { text: 'B', plannedYears: [], version: 1 });
      const unknown = await as(editorA).put('/api/statements/999999', { text: 'x', plannedYears: [], version: 1 });
      const malformed = await as(editorA).put('/api/statements/abc', { text: 'x', plannedYears: [], version: 1 });
      expect([other.status, unknown.status, malformed.status]).toEqual([403, 404, 400]);
      expect(unknown.body.message).toBe('Statement 999999 does not exist');
      expect((await t.dataSource.query(`SELECT text FROM statement WHERE id = $1`, [s.id]))[0].text).toBe('Utkast');
    });

    it('version is required', async () => {
      await clear();
      const s = await insertStatement(t.dataSource, { cycle: f.cycles.open, board: f.boards.A, measure: f.measures.m11 });
      const res = await as(editorA).put(`/api/statements/${s.id}`, { text: 'x', plannedYears: [] }).expect(400);
      expect(res.body.errors).toEqual({ version: 'version must be a positive integer' });
    });
  });

  describe('submit ("Lämna in") and reopen', () => {
    it('submits a draft: state submitted, submittedAt set, not late before the deadline; then it is locked', async () => {
      await clear();
      const s = await insertStatement(t.dataSource, { cycle: f.cycles.open, board: f.boards.A, measure: f.measures.m11 });
      const res = await as(editorA).post(`/api/statements/${s.id}/submit`, { version: 1 }).expect(200);
      expect(res.body).toMatchObject({ state: 'submitted', late: false, version: 2 });
      expect(Date.now() - new Date(res.body.submittedAt).getTime()).toBeLessThan(60_000);
      const locked = await as(editorA).put(`/api/statements/${s.id}`, { text: 'Ändring', plannedYears: [], version: 2 }).expect(409);
      expect(locked.body).toMatchObject({ code: 'statement_submitted', currentVersion: 2 });
      const twice = await as(editorA).post(`/api/statements/${s.id}/submit`, { version: 2 }).expect(409);
      expect(twice.body.code).toBe('statement_submitted');
    });

    it('after the deadline a submission is accepted but marked late', async () => {
      await clear();
      const s = await insertStatement(t.dataSource, { cycle: f.cycles.past, board: f.boards.A, measure: f.measures.m11 });
      const res = await as(editorA).post(`/api/statements/${s.id}/submit`, { version: 1 }).expect(200);
      expect(res.body).toMatchObject({ state: 'submitted', late: true });
      const list = await http().get(`/api/cycles/${f.cycles.past}/statements`).expect(200);
      expect(list.body).toEqual([expect.objectContaining({ id: s.id, late: true })]);
    });

    it('the deadline day itself is still on time (Stockholm time)', async () => {
      await clear();
      const [{ today }] = await t.dataSource.query(`SELECT to_char((now() AT TIME ZONE 'Europe/Stockholm')::date, 'YYYY-MM-DD') AS today`);
      await t.dataSource.query(`UPDATE reporting_cycle SET deadline = $2 WHERE id = $1`, [f.cycles.past, today]);
      const s = await insertStatement(t.dataSource, { cycle: f.cycles.past, board: f.boards.A, measure: f.measures.m11 });
      const res = await as(editorA).post(`/api/statements/${s.id}/submit`, { version: 1 }).expect(200);
      expect(res.body.late).toBe(false);
      await t.dataSource.query(`UPDATE reporting_cycle SET deadline = '2001-05-31' WHERE id = $1`, [f.cycles.past]);
    });

    it('an empty text cannot be submitted', async () => {
      await clear();
      const s = await insertStatement(t.dataSource, { cycle: f.cycles.open, board: f.boards.A, measure: f.measures.m11, text: '  \n ' });
      const res = await as(editorA).post(`/api/statements/${s.id}/submit`, { version: 1 }).expect(400);
      expect(res.body.errors).toEqual({ text: 'write the statement before submitting it: text is empty' });
    });

    it('a stale version cannot submit', async () => {
      await clear();
      const s = await insertStatement(t.dataSource, { cycle: f.cycles.open, board: f.boards.A, measure: f.measures.m11 });
      await as(editorA).put(`/api/statements/${s.id}`, { text: 'Ny', plannedYears: [], version: 1 }).expect(200);
      const res = await as(editorA).post(`/api/statements/${s.id}/submit`, { version: 1 }).expect(409);
      expect(res.body).toMatchObject({ code: 'version_conflict', currentVersion: 2 });
    });

    it('submitting moves coverage; reopening (admin) moves it back and unlocks the draft', async () => {
      await clear();
      const delivered = async () => (await http().get(`/api/cycles/${f.cycles.open}/coverage`).expect(200)).body.totals.delivered;
      const s = await insertStatement(t.dataSource, { cycle: f.cycles.open, board: f.boards.A, measure: f.measures.m11 });
      expect(await delivered()).toBe(0);
      await as(editorA).post(`/api/statements/${s.id}/submit`, { version: 1 }).expect(200);
      expect(await delivered()).toBe(1);
      await as(editorA).post(`/api/statements/${s.id}/reopen`, { reason: 'Ändra' }).expect(403);
      const noReason = await as(admin).post(`/api/statements/${s.id}/reopen`).expect(400);
      expect(noReason.body.errors).toEqual({ reason: 'reason must be a text of 1–2000 characters, not only spaces' });
      await as(admin).post(`/api/statements/${s.id}/reopen`, { reason: '   ' }).expect(400);
      const reopened = await as(admin).post(`/api/statements/${s.id}/reopen`, { reason: ' Nämnden vill komplettera ' }).expect(200);
      expect(reopened.body).toMatchObject({ state: 'draft', submittedAt: null, late: false, reviewComment: 'Nämnden vill komplettera', version: 3 });
      expect(await delivered()).toBe(0);
      await as(editorA).put(`/api/statements/${s.id}`, { text: 'Rättad', plannedYears: [], version: 3 }).expect(200);
      const notSubmitted = await as(admin).post(`/api/statements/${s.id}/reopen`, { reason: 'Igen' }).expect(409);
      expect(notSubmitted.body.code).toBe('statement_not_submitted');
    });
  });

  describe('drafts are seen only by their own board\'s editors and admins', () => {
    let draft: number;
    let submitted: number;
    beforeAll(async () => {
      await clear();
      draft = (await insertStatement(t.dataSource, { cycle: f.cycles.open, board: f.boards.A, measure: f.measures.m12, text: 'Hemligt utkast' })).id;
      submitted = (await insertStatement(t.dataSource, { cycle: f.cycles.open, board: f.boards.B, measure: f.measures.m13, state: 'submitted' })).id;
    });

    const ids = async (token: string | null) => {
      const req = http().get(`/api/cycles/${f.cycles.open}/statements`);
      if (token) req.set('Authorization', `Bearer ${token}`);
      return ((await req.expect(200)).body as { id: number }[]).map((s) => s.id).sort((a, b) => a - b);
    };

    it('in the cycle list', async () => {
      expect(await ids(null)).toEqual([submitted]);
      expect(await ids(analyst)).toEqual([submitted]);
      expect(await ids(editorB)).toEqual([submitted]);
      expect(await ids(editorA)).toEqual([draft, submitted].sort((a, b) => a - b));
      expect(await ids(editorAC)).toEqual([draft, submitted].sort((a, b) => a - b));
      expect(await ids(admin)).toEqual([draft, submitted].sort((a, b) => a - b));
    });

    it('one by one and in its history (404 for others)', async () => {
      for (const path of [`/api/statements/${draft}`, `/api/statements/${draft}/history`]) {
        const statuses = [(await http().get(path)).status];
        for (const token of [analyst, editorB, editorA, admin]) statuses.push((await as(token).get(path)).status);
        expect({ path, statuses }).toEqual({ path, statuses: [404, 404, 404, 200, 200] });
      }
      expect((await http().get(`/api/statements/${submitted}`)).status).toBe(200);
    });
  });

  describe('GET /api/me/todo', () => {
    it('lists, per open cycle, every measure the editor\'s boards lead or contribute to, what the role asks, the deadline and the statement so far', async () => {
      await clear();
      const s = await create(editorAC, { boardId: f.boards.A, measureId: f.measures.m12, text: 'Påbörjad', plannedYears: [2026] }).expect(201);
      const res = await as(editorAC).get('/api/me/todo').expect(200);
      expect(res.body.map((c: { cycle: { id: number } }) => c.cycle.id)).toEqual([f.cycles.past, f.cycles.open]);
      const open = res.body[1];
      expect(open.cycle).toEqual({
        id: f.cycles.open,
        name: 'Öppen',
        year: 2026,
        deadline: '2099-12-31',
        status: 'open',
        daysLeft: expect.any(Number),
        previous: null,
        organisation: { slug: 'testkommun', name: 'Testkommun' },
      });
      // Days from today's date in Stockholm to 2099-12-31, whenever the test runs.
      const stockholmToday = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
      expect(open.cycle.daysLeft).toBe(Math.round((Date.UTC(2099, 11, 31) - Date.parse(`${stockholmToday}T00:00:00Z`)) / 86_400_000));
      expect(res.body[0].cycle.daysLeft).toBeLessThan(0);
      expect(open.boards.map((b: { board: { name: string } }) => b.board.name)).toEqual(['Nämnd A', 'Nämnd C']);
      const a = open.boards[0];
      expect(a).toMatchObject({ generalStatement: null, previousGeneralStatement: null, expected: 2, submitted: 0, returned: 0 });
      expect(a.items).toEqual([
        {
          measure: { id: f.measures.m11, number: '1.1', report: 'r1', title: 'Åtgärd 1.1' },
          role: 'lead',
          asks: 'Redovisa hur nämnden avser att arbeta vidare med åtgärden.',
          statement: null,
          previous: null,
        },
        { measure: expect.objectContaining({ id: f.measures.m12 }), role: 'lead', asks: expect.any(String), statement: s.body, previous: null },
      ]);
      // The other commission's measure (9.1) is not in this cycle's scope; C answers for nothing but its general statement.
      expect(open.boards[1]).toMatchObject({ items: [], expected: 0, generalStatement: null });
    });

    it('tells a contributing board what it is asked for', async () => {
      const res = await as(editorB).get('/api/me/todo').expect(200);
      const items = res.body.find((c: { cycle: { id: number } }) => c.cycle.id === f.cycles.open).boards[0].items;
      expect(items.map((i: { measure: { number: string }; role: string }) => [i.measure.number, i.role])).toEqual([
        ['1.1', 'contributing'],
        ['1.3', 'lead'],
      ]);
      expect(items[0].asks).toBe(
        'Beskriv nämndens förutsättningar för att bidra till åtgärdens genomförande utifrån nämndens ansvar och åtgärdens genomförbarhet.',
      );
    });

    it('is empty for an admin (no boards) and refused to an analyst', async () => {
      const forAdmin = await as(admin).get('/api/me/todo');
      expect([forAdmin.status, forAdmin.body]).toEqual([200, []]);
      expect((await as(analyst).get('/api/me/todo')).status).toBe(403);
    });
  });
});
