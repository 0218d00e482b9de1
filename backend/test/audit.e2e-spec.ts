import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { assertNoSecrets, insertStatement, insertWriteFixture, signIn, type WriteFixture } from './utils/auth-fixture.js';
import { createTestApp, type TestApp } from './utils/test-app.js';

interface AuditEvent {
  id: number;
  at: string;
  actor: { id: number; email: string };
  action: string;
  entityType: string;
  entityId: number;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}


/** The write fixture's organisation, as rows and audit events name it. */
const ORG = { slug: 'testkommun', name: 'Testkommun' };

describe('audit trail', () => {
  let t: TestApp;
  let f: WriteFixture;
  let admin: string;
  let editorA: string;
  const http = () => request(t.app.getHttpServer());
  const as = (token: string) => ({
    post: (path: string, body: object = {}) => http().post(path).set('Authorization', `Bearer ${token}`).send(body),
    put: (path: string, body: object) => http().put(path).set('Authorization', `Bearer ${token}`).send(body),
    delete: (path: string) => http().delete(path).set('Authorization', `Bearer ${token}`),
    get: (path: string) => http().get(path).set('Authorization', `Bearer ${token}`),
  });
  const lastId = async (): Promise<number> => Number((await t.dataSource.query(`SELECT coalesce(max(id), 0) AS id FROM audit_event`))[0].id);
  /** The audit rows written since `since`, through the admin API. */
  const since = async (id: number): Promise<AuditEvent[]> => {
    const res = await as(admin).get('/api/audit?limit=1000').expect(200);
    return (res.body as AuditEvent[]).filter((e) => e.id > id).reverse();
  };

  /** Runs a write and answers its response and the one audit row it must have written. */
  async function audited(write: () => Promise<request.Response>, status: number): Promise<{ res: request.Response; event: AuditEvent }> {
    const before = await lastId();
    const res = await write();
    expect(res.status).toBe(status);
    const events = await since(before);
    expect(events).toHaveLength(1);
    assertNoSecrets(events[0], ['ett nytt långt lösenord', 'ett annat långt lösenord']);
    return { res, event: events[0] };
  }

  beforeAll(async () => {
    t = await createTestApp({ seed: false });
    f = await insertWriteFixture(t.dataSource);
    admin = await signIn(t.app, f.users.admin.email);
    editorA = await signIn(t.app, f.users.editorA.email);
  });
  afterAll(async () => {
    await t.close();
  });

  describe('each write records exactly one row, with who, what, before and after', () => {
    let statementId: number;

    it('statement: create, update, submit, reopen', async () => {
      const created = await audited(
        () => as(editorA).post(`/api/cycles/${f.cycles.open}/statements`, { boardId: f.boards.A, measureId: f.measures.m11, text: 'Första', plannedYears: [2026] }),
        201,
      );
      statementId = created.res.body.id;
      expect(created.event).toEqual({
        id: expect.any(Number),
        at: expect.any(String),
        actor: { id: f.users.editorA.id, email: f.users.editorA.email },
        action: 'statement.create',
        entityType: 'statement',
        entityId: statementId,
        organisation: ORG,
        before: null,
        label: 'Nämnd A – 1.1 (Rapport 1) – Öppen',
        after: {
          id: statementId,
          cycleId: f.cycles.open,
          boardId: f.boards.A,
          measureId: f.measures.m11,
          text: 'Första',
          plannedYears: [2026],
          status: null,
          position: null,
          state: 'draft',
          submittedAt: null,
          late: false,
          reviewComment: null,
          returnedAt: null,
          approvedAt: null,
          version: 1,
        },
      });
      expect(Math.abs(Date.now() - new Date(created.event.at).getTime())).toBeLessThan(60_000);

      const updated = await audited(() => as(editorA).put(`/api/statements/${statementId}`, { text: 'Andra', plannedYears: [2027], status: 'done', version: 1 }), 200);
      expect(updated.event).toMatchObject({ action: 'statement.update', entityId: statementId });
      expect(updated.event.before).toEqual(created.event.after);
      expect(updated.event.after).toEqual({ ...created.event.after, text: 'Andra', plannedYears: [2027], status: 'done', version: 2 });

      const submitted = await audited(() => as(editorA).post(`/api/statements/${statementId}/submit`, { version: 2 }), 200);
      expect(submitted.event.before).toEqual(updated.event.after);
      expect(submitted.event.after).toEqual({ ...updated.event.after, state: 'submitted', submittedAt: submitted.res.body.submittedAt, version: 3 });

      const reopened = await audited(() => as(admin).post(`/api/statements/${statementId}/reopen`, { version: 3, reason: 'Komplettera årtalen' }), 200);
      expect(reopened.event).toMatchObject({ action: 'statement.reopen', actor: { email: f.users.admin.email } });
      expect(reopened.event.before).toEqual(submitted.event.after);
      expect(reopened.event.after).toEqual({ ...submitted.event.after, state: 'draft', submittedAt: null, reviewComment: 'Komplettera årtalen', version: 4 });
    });

    it('GET /api/statements/:id/history answers the trail oldest first, to anyone who may see the statement', async () => {
      const res = await as(editorA).get(`/api/statements/${statementId}/history`).expect(200);
      expect(res.body.map((e: AuditEvent) => [e.action, e.actor.email, e.before?.version ?? null, e.after?.version ?? null])).toEqual([
        ['statement.create', f.users.editorA.email, null, 1],
        ['statement.update', f.users.editorA.email, 1, 2],
        ['statement.submit', f.users.editorA.email, 2, 3],
        ['statement.reopen', f.users.admin.email, 3, 4],
      ]);
      const times = res.body.map((e: AuditEvent) => new Date(e.at).getTime());
      expect([...times].sort((a, b) => a - b)).toEqual(times);
    });

    it('a refused write (stale version, wrong board, bad input) records nothing', async () => {
      const before = await lastId();
      await as(editorA).put(`/api/statements/${statementId}`, { text: 'Gammal', plannedYears: [], version: 1 }).expect(409);
      await as(editorA).post(`/api/cycles/${f.cycles.open}/statements`, { boardId: f.boards.B, measureId: null, text: 'B', plannedYears: [] }).expect(403);
      await as(editorA).post(`/api/cycles/${f.cycles.open}/statements`, { boardId: f.boards.A, measureId: null, text: 'x'.repeat(20_001), plannedYears: [] }).expect(400);
      expect(await lastId()).toBe(before);
    });

    it('cycle: create, update, participants', async () => {
      // Two commissions in the fixture: the cycle must say which.
      const ambiguous = await as(admin).post('/api/cycles', { name: 'Ny omgång', year: 2027, deadline: '2027-05-31', status: 'draft' }).expect(400);
      expect(ambiguous.body.errors).toEqual({ commissionId: 'required: the organisation has more than one commission' });
      const badDate = await as(admin).post('/api/cycles', { name: 'Ny omgång', year: 2027, deadline: '2027-02-30', status: 'draft', commissionId: f.commission }).expect(400);
      expect(badDate.body.errors).toEqual({ deadline: 'deadline must be a date written YYYY-MM-DD (or null)' });
      const created = await audited(
        () => as(admin).post('/api/cycles', { name: 'Ny omgång', year: 2027, deadline: '2027-05-31', status: 'draft', commissionId: f.commission }),
        201,
      );
      expect(created.res.body).toEqual({ id: expect.any(Number), name: 'Ny omgång', year: 2027, deadline: '2027-05-31', status: 'draft', version: 1, organisation: ORG });
      const id = created.res.body.id;
      expect(created.event).toMatchObject({
        action: 'cycle.create',
        entityType: 'cycle',
        entityId: id,
        before: null,
        after: { id, commissionId: f.commission, name: 'Ny omgång', year: 2027, deadline: '2027-05-31', status: 'draft', version: 1 },
      });
      const opened = await audited(() => as(admin).put(`/api/cycles/${id}`, { status: 'open', deadline: '2027-06-15', version: 1 }), 200);
      expect(opened.res.body).toMatchObject({ status: 'open', deadline: '2027-06-15', version: 2 });
      expect(opened.event.before).toEqual(created.event.after);
      expect(opened.event.after).toEqual({ ...created.event.after, status: 'open', deadline: '2027-06-15', version: 2 });
      const stale = await as(admin).put(`/api/cycles/${id}`, { status: 'closed', version: 1 }).expect(409);
      expect(stale.body).toMatchObject({ code: 'version_conflict', currentVersion: 2 });

      const participants = await audited(() => as(admin).put(`/api/cycles/${id}/participants`, { boardIds: [f.boards.B, f.boards.A] }), 200);
      expect(participants.res.body.map((b: { id: number }) => b.id)).toEqual([f.boards.A, f.boards.B].sort((a, b) => a - b));
      expect(participants.event).toMatchObject({ action: 'cycle.participants-set', before: { participants: [] }, after: { participants: [f.boards.A, f.boards.B].sort((a, b) => a - b) } });
      const fewer = await audited(() => as(admin).put(`/api/cycles/${id}/participants`, { boardIds: [f.boards.C] }), 200);
      expect(fewer.event).toMatchObject({ before: participants.event.after, after: { participants: [f.boards.C] } });
      await as(admin).get(`/api/cycles/${id}/participants`).expect(200, [{ id: f.boards.C, name: 'Nämnd C', administration: 'Nämnd Cs förvaltning' }]);
      const unknown = await as(admin).put(`/api/cycles/${id}/participants`, { boardIds: [f.boards.A, 999_999] }).expect(404);
      expect(unknown.body.message).toBe('Board 999999 does not exist');
    });

    it('measure: create, update, responsibility set and removed', async () => {
      const created = await audited(() => as(admin).post('/api/measures', { report: 'r1', number: '1.10', title: 'Ny åtgärd', description: 'Beskrivning' }), 201);
      const id = created.res.body.id;
      expect(created.res.body).toMatchObject({ report: { key: 'r1' }, number: '1.10', title: 'Ny åtgärd', version: 1, responsibilities: [] });
      expect(created.event).toMatchObject({ action: 'measure.create', entityType: 'measure', entityId: id, before: null, after: { number: '1.10', title: 'Ny åtgärd', version: 1 } });
      const updated = await audited(() => as(admin).put(`/api/measures/${id}`, { title: 'Bättre titel', version: 1 }), 200);
      expect(updated.event.before).toEqual(created.event.after);
      expect(updated.event.after).toEqual({ ...created.event.after, title: 'Bättre titel', version: 2 });
      await as(admin).put(`/api/measures/${id}`, { title: 'Gammal', version: 1 }).expect(409);
      const dup = await as(admin).post('/api/measures', { report: 'r1', number: '1.10', title: 'Dubblett' }).expect(409);
      expect(dup.body.errors).toEqual({ number: 'already used in this report' });

      const added = await audited(() => as(admin).put(`/api/measures/${id}/responsibilities/${f.boards.B}`, { role: 'lead' }), 200);
      expect(added.event).toMatchObject({ action: 'measure.responsibility-set', entityType: 'measure', entityId: id, before: null, after: { boardId: f.boards.B, role: 'lead' } });
      const changed = await audited(() => as(admin).put(`/api/measures/${id}/responsibilities/${f.boards.B}`, { role: 'contributing' }), 200);
      expect(changed.event).toMatchObject({ before: { role: 'lead' }, after: { role: 'contributing' } });
      const shown = await http().get(`/api/measures/${id}`).expect(200);
      expect(shown.body.responsibilities).toEqual([{ board: expect.objectContaining({ id: f.boards.B }), role: 'contributing', sourceText: null }]);
      const removed = await audited(() => as(admin).delete(`/api/measures/${id}/responsibilities/${f.boards.B}`), 204);
      expect(removed.event).toMatchObject({ action: 'measure.responsibility-remove', before: { boardId: f.boards.B, role: 'contributing' }, after: null });
      await as(admin).delete(`/api/measures/${id}/responsibilities/${f.boards.B}`).expect(404);
    });

    it('board: create and update', async () => {
      const created = await audited(() => as(admin).post('/api/boards', { name: 'Äldrenämnden', administration: 'Äldreförvaltningen', kind: 'central' }), 201);
      expect(created.res.body).toEqual({
        id: expect.any(Number),
        name: 'Äldrenämnden',
        administration: 'Äldreförvaltningen',
        kind: 'central',
        slug: 'aldrenamnden',
        version: 1,
        organisation: ORG,
        validFrom: null,
        validTo: null,
      });
      expect(created.event).toMatchObject({ action: 'board.create', entityType: 'board', before: null, after: { name: 'Äldrenämnden', slug: 'aldrenamnden' } });
      const updated = await audited(() => as(admin).put(`/api/boards/${created.res.body.id}`, { name: 'Äldrenämnd', version: 1 }), 200);
      // A rename keeps the slug (editors' emails use it).
      expect(updated.res.body).toMatchObject({ name: 'Äldrenämnd', slug: 'aldrenamnden', version: 2 });
      expect(updated.event.before).toEqual(created.event.after);
      await as(admin).post('/api/boards', { name: 'Äldrenämnd', administration: 'X', kind: 'central' }).expect(409);
    });

    it('user: create, update, password reset — never a hash, in the response or the trail', async () => {
      const created = await audited(
        () => as(admin).post('/api/users', { email: 'Ny.Redaktor@Test.se', role: 'editor', boardIds: [f.boards.B], password: 'ett nytt långt lösenord' }),
        201,
      );
      expect(created.res.body).toEqual({
        id: expect.any(Number),
        email: 'ny.redaktor@test.se',
        role: 'editor',
        organisation: ORG,
        boards: [{ id: f.boards.B, name: 'Nämnd B' }],
        active: true,
        demoPassword: false,
        version: 1,
        createdAt: expect.any(String),
      });
      assertNoSecrets(created.res.body, ['ett nytt långt lösenord']);
      const id = created.res.body.id;
      expect(created.event).toMatchObject({ action: 'user.create', entityType: 'user', entityId: id, before: null, after: { email: 'ny.redaktor@test.se', boardIds: [f.boards.B] } });
      const token = await signIn(t.app, 'ny.redaktor@test.se', 'ett nytt långt lösenord');

      const moved = await audited(() => as(admin).put(`/api/users/${id}`, { boardIds: [f.boards.A, f.boards.C], version: 1 }), 200);
      expect(moved.res.body.boards.map((b: { id: number }) => b.id)).toEqual([f.boards.A, f.boards.C]);
      expect(moved.event).toMatchObject({ action: 'user.update', before: { boardIds: [f.boards.B] }, after: { boardIds: [f.boards.A, f.boards.C], version: 2 } });
      // The change applies to the live session at once.
      await as(token).get('/api/auth/me').expect(200, { email: 'ny.redaktor@test.se', role: 'editor', organisation: ORG, boards: [{ id: f.boards.A, name: 'Nämnd A' }, { id: f.boards.C, name: 'Nämnd C' }] });

      const reset = await audited(() => as(admin).put(`/api/users/${id}`, { password: 'ett annat långt lösenord', version: 2 }), 200);
      expect(reset.event).toMatchObject({ action: 'user.password-reset', after: { passwordChanged: true, version: 3 } });
      await as(token).get('/api/auth/me').expect(401);
      await signIn(t.app, 'ny.redaktor@test.se', 'ett annat långt lösenord');

      const list = await as(admin).get('/api/users').expect(200);
      expect(list.body.length).toBeGreaterThan(5);
      assertNoSecrets(list.body, ['ett annat långt lösenord']);
      for (const user of list.body) expect(Object.keys(user).sort()).toEqual(['active', 'boards', 'createdAt', 'demoPassword', 'email', 'id', 'organisation', 'role', 'version']);
    });

    it('user input is checked: weak or demo passwords, editors without boards, boards for non-editors, duplicates, self-demotion', async () => {
      const cases: [object, Record<string, string>][] = [
        [{ email: 'a@test.se', role: 'analyst', password: 'kort' }, { password: 'password must be at least 10 characters' }],
        [{ email: 'a@test.se', role: 'analyst', password: 'å'.repeat(40) }, { password: 'password must be at most 72 bytes' }],
        [{ email: 'a@test.se', role: 'editor', password: 'ett långt lösenord' }, { boardIds: 'an editor needs at least one board' }],
        [{ email: 'a@test.se', role: 'analyst', boardIds: [f.boards.A], password: 'ett långt lösenord' }, { boardIds: 'only editors are bound to boards, not analysts' }],
        [{ email: 'a@test.se', role: 'superuser', password: 'ett långt lösenord' }, { role: 'role must be one of admin, editor, analyst' }],
      ];
      for (const [body, errors] of cases) {
        const res = await as(admin).post('/api/users', body).expect(400);
        expect(res.body.errors).toEqual(errors);
      }
      const dup = await as(admin).post('/api/users', { email: f.users.analyst.email, role: 'analyst', password: 'ett långt lösenord' }).expect(409);
      expect(dup.body.errors).toEqual({ email: 'already has an account' });
      const [{ version }] = await t.dataSource.query(`SELECT version FROM app_user WHERE id = $1`, [f.users.admin.id]);
      const self = await as(admin).put(`/api/users/${f.users.admin.id}`, { role: 'analyst', version }).expect(400);
      expect(self.body.errors).toEqual({ role: 'an admin cannot demote or deactivate their own account' });
    });
  });

  describe('GET /api/audit (admin)', () => {
    it('filters by entity type, entity, actor and time, newest first', async () => {
      const all = (await as(admin).get('/api/audit').expect(200)).body as AuditEvent[];
      expect(all.length).toBeGreaterThan(10);
      expect(all.map((e) => e.id)).toEqual([...all.map((e) => e.id)].sort((a, b) => b - a));
      const statements = (await as(admin).get('/api/audit?entityType=statement').expect(200)).body as AuditEvent[];
      expect(statements.length).toBeGreaterThan(0);
      expect(statements.every((e) => e.entityType === 'statement')).toBe(true);
      const byEditor = (await as(admin).get(`/api/audit?actor=${encodeURIComponent(f.users.editorA.email.toUpperCase())}`).expect(200)).body as AuditEvent[];
      expect(byEditor.map((e) => e.action)).toEqual(['statement.submit', 'statement.update', 'statement.create']);
      const one = (await as(admin).get(`/api/audit?entityType=statement&entityId=${byEditor[0].entityId}&limit=2`).expect(200)).body as AuditEvent[];
      expect(one.map((e) => e.action)).toEqual(['statement.reopen', 'statement.submit']);
      // The UTC days the events fall on, taken from the events themselves (a run across midnight spans two).
      const days = all.map((e) => e.at.slice(0, 10)).sort();
      expect((await as(admin).get(`/api/audit?from=${days[0]}&to=${days[days.length - 1]}`).expect(200)).body).toHaveLength(all.length);
      await as(admin).get('/api/audit?to=2001-01-01').expect(200, []);
      await as(admin).get(`/api/audit?from=${encodeURIComponent(new Date(Date.now() + 3_600_000).toISOString())}`).expect(200, []);
    });

    it('refuses malformed filters with a 400 naming them', async () => {
      const res = await as(admin).get('/api/audit?entityType=password&from=igår&limit=0').expect(400);
      expect(res.body.errors).toEqual({
        entityType: 'entityType must be one of statement, measure, board, cycle, user, link_suggestion, organisation',
        from: 'from must be a date YYYY-MM-DD or an ISO 8601 timestamp',
        limit: 'limit must be an integer between 1 and 1000',
      });
    });

    it('names each object by its natural name, computed in the one query of the page (GET /api/audit)', async () => {
      const events = (await as(admin).get('/api/audit?limit=1000').expect(200)).body as (AuditEvent & { label: string | null })[];
      const measure = events.find((e) => e.action === 'measure.create')!;
      expect(measure.label).toBe('1.10 (Rapport 1)');
      const cycle = events.find((e) => e.entityType === 'cycle')!;
      const [{ name: cycleName }] = await t.dataSource.query(`SELECT name FROM reporting_cycle WHERE id = $1`, [cycle.entityId]);
      expect(cycle.label).toBe(cycleName);
      const statement = events.find((e) => e.entityType === 'statement')!;
      expect(statement.label).toMatch(/^Nämnd A – 1\.1 \(Rapport 1\) – Öppen$/);
      const user = events.find((e) => e.entityType === 'user')!;
      expect(user.label).toMatch(/@/);
      const board = events.find((e) => e.entityType === 'board')!;
      const [{ name }] = await t.dataSource.query(`SELECT name FROM board WHERE id = $1`, [board.entityId]);
      expect(board.label).toBe(name);
      // A general statement has no measure part; a removed object has no label.
      const general = await insertStatement(t.dataSource, { cycle: f.cycles.open, board: f.boards.B, measure: null });
      await t.dataSource.query(
        `INSERT INTO audit_event (actor_user_id, actor_email, action, entity_type, entity_id, before, after, organisation_id)
         VALUES (NULL, 'system', 'statement.create', 'statement', $1, NULL, '{}', $2), (NULL, 'system', 'measure.update', 'measure', 999999, NULL, '{}', $2)`,
        [general.id, f.organisation],
      );
      const latest = (await as(admin).get('/api/audit?limit=2').expect(200)).body as { entityId: number; label: string | null }[];
      expect(latest.map((e) => [e.entityId, e.label])).toEqual([
        [999999, null],
        [general.id, 'Nämnd B – Öppen'],
      ]);
      const history = (await as(admin).get(`/api/statements/${statement.entityId}/history`).expect(200)).body as { label: string }[];
      expect(new Set(history.map((e) => e.label))).toEqual(new Set(['Nämnd A – 1.1 (Rapport 1) – Öppen']));
    });
  });

  describe('dates are UTC whatever the time zone of the database server', () => {
    let db: string;
    beforeAll(async () => {
      db = (await t.dataSource.query(`SELECT current_database() AS db`))[0].db;
      // Far from UTC (+14), for new server sessions and for PGlite's one session alike.
      await t.dataSource.query(`ALTER DATABASE "${db}" SET timezone TO 'Pacific/Kiritimati'`);
      await t.dataSource.query(`SET timezone TO 'Pacific/Kiritimati'`);
    });
    afterAll(async () => {
      await t.dataSource.query(`ALTER DATABASE "${db}" RESET timezone`);
      await t.dataSource.query(`RESET timezone`);
    });

    it('from/to as dates and as timestamps without an offset mean UTC', async () => {
      const inTz = await createTestApp({ seed: false, reset: false });
      try {
        const [{ tz }] = await inTz.dataSource.query(`SELECT current_setting('TimeZone') AS tz`);
        expect(tz).toBe('Pacific/Kiritimati');
        const [{ id }] = await inTz.dataSource.query(
          `INSERT INTO audit_event (at, actor_user_id, actor_email, action, entity_type, entity_id, organisation_id, before, after)
           VALUES ('2020-03-01T23:30:00Z', NULL, 'system', 'board.update', 'board', 1, $1, NULL, NULL) RETURNING id`,
          [f.organisation],
        );
        const token = await signIn(inTz.app, f.users.admin.email);
        const ids = async (query: string) =>
          ((await request(inTz.app.getHttpServer()).get(`/api/audit?${query}`).set('Authorization', `Bearer ${token}`).expect(200)).body as AuditEvent[]).map(
            (e) => e.id,
          );
        expect(await ids('from=2020-03-01&to=2020-03-01')).toEqual([Number(id)]);
        expect(await ids('from=2020-03-02&to=2020-03-31')).toEqual([]);
        expect(await ids('from=2020-03-01T23:00:00&to=2020-03-01T23:59:00')).toEqual([Number(id)]);
        expect(await ids('from=2020-03-01T23:31:00Z&to=2020-03-02')).toEqual([]);
        expect(await ids('from=2020-03-02T00:00:00%2B01:00&to=2020-03-02T01:00:00%2B01:00')).toEqual([Number(id)]);
      } finally {
        await inTz.close();
      }
    });

    it.each(['to=2016', 'from=2016-03', 'to=2026-02-30', 'from=yesterday', 'to=2026-13-01T00:00:00Z'])('%s → 400 naming the field', async (query) => {
      const res = await as(admin).get(`/api/audit?${query}`).expect(400);
      const field = query.split('=')[0];
      expect(res.body.errors).toEqual({ [field]: `${field} must be a date YYYY-MM-DD or an ISO 8601 timestamp` });
    });
  });

  describe('the trail is append-only', () => {
    it.each([
      ['UPDATE', `UPDATE audit_event SET actor_email = 'någon@annan.se'`],
      ['DELETE', `DELETE FROM audit_event`],
      ['TRUNCATE', `TRUNCATE audit_event`],
    ])('the database refuses %s on audit_event', async (op, sql) => {
      const before = await t.dataSource.query(`SELECT id, actor_email FROM audit_event ORDER BY id`);
      expect(before.length).toBeGreaterThan(0);
      await expect(t.dataSource.query(sql)).rejects.toThrow(`audit_event is append-only: ${op} refused`);
      expect(await t.dataSource.query(`SELECT id, actor_email FROM audit_event ORDER BY id`)).toEqual(before);
    });

    it('a change whose audit row cannot be written is rolled back with it', async () => {
      const s = await insertStatement(t.dataSource, { cycle: f.cycles.open, board: f.boards.A, measure: f.measures.m12, text: 'Orört' });
      await t.dataSource.query(`ALTER TABLE audit_event ADD CONSTRAINT ck_test_refuse_updates CHECK (action <> 'statement.update') NOT VALID`);
      try {
        await as(editorA).put(`/api/statements/${s.id}`, { text: 'Ändrat', plannedYears: [], version: 1 }).expect(400);
      } finally {
        await t.dataSource.query(`ALTER TABLE audit_event DROP CONSTRAINT ck_test_refuse_updates`);
      }
      const [row] = await t.dataSource.query(`SELECT text, version FROM statement WHERE id = $1`, [s.id]);
      expect(row).toEqual({ text: 'Orört', version: 1 });
    });
  });
});
