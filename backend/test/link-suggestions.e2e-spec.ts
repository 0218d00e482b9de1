import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { repoRoot } from '../src/common/paths.js';
import { importAppendix } from '../src/importer/import-appendix.js';
import { DEMO_APPENDIX } from '../../seed/seed-database.js';
import { insertWriteFixture, signIn, type WriteFixture } from './utils/auth-fixture.js';
import { SUGGESTIONS_2016 } from './utils/appendix-2016.js';
import { createTestApp, type TestApp } from './utils/test-app.js';

interface Suggestion {
  id: number;
  board: { id: number; name: string };
  measure: { id: number; number: string; report: string };
  lines: [number, number];
  state: string;
  version: number;
  statementId: number | null;
  passage: string;
  words: string[];
}

describe('link suggestions: the doubtful title references of the 2016 import', () => {
  let t: TestApp;
  let f: WriteFixture;
  let admin: string;
  let analyst: string;
  let editor: string;
  let cycleId: number;
  const http = () => request(t.app.getHttpServer());
  const as = (token: string) => ({
    get: (path: string) => http().get(path).set('Authorization', `Bearer ${token}`),
    post: (path: string, body: object) => http().post(path).set('Authorization', `Bearer ${token}`).send(body),
  });
  const all = async (): Promise<Suggestion[]> => (await as(analyst).get(`/api/link-suggestions?cycle=${cycleId}`).expect(200)).body;
  const find = async (board: string, number: string) => (await all()).find((s) => s.board.name === board && s.measure.number === number)!;
  const coverageOf = async (board: string) =>
    ((await http().get(`/api/cycles/${cycleId}/coverage`).expect(200)).body.boards as { board: { name: string }; expected: number; delivered: number; missing: number }[]).find(
      (b) => b.board.name === board,
    )!;

  beforeAll(async () => {
    t = await createTestApp();
    f = await insertWriteFixture(t.dataSource);
    // The suggestions are Stockholm's (the seeded 2016 import): its admin and analyst read and decide them.
    await t.dataSource.query(`UPDATE app_user SET organisation_id = (SELECT id FROM organisation WHERE slug = 'stockholms-stad') WHERE id = ANY($1::int[])`, [
      [f.users.admin.id, f.users.analyst.id],
    ]);
    [admin, analyst, editor] = await Promise.all([f.users.admin, f.users.analyst, f.users.editorA].map((u) => signIn(t.app, u.email)));
    cycleId = ((await http().get('/api/cycles').expect(200)).body as { id: number; year: number }[]).find((c) => c.year === 2016)!.id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('are read by admins and analysts only, of their own organisation', async () => {
    await http().get('/api/link-suggestions').expect(401);
    await as(editor).get('/api/link-suggestions').expect(403);
    // The fixture's editor is of another organisation than the seeded cycle; an admin of it would see none of Stockholm's.
    const [other] = await t.dataSource.query(`SELECT id FROM organisation WHERE slug = 'testkommun'`);
    await t.dataSource.query(`UPDATE app_user SET role = 'admin' WHERE id = $1`, [f.users.editorB.id]);
    await t.dataSource.query(`DELETE FROM user_board WHERE user_id = $1`, [f.users.editorB.id]);
    const otherAdmin = await signIn(t.app, f.users.editorB.email);
    expect((await as(otherAdmin).get('/api/link-suggestions').expect(200)).body).toEqual([]);
    await as(otherAdmin).get(`/api/link-suggestions?cycle=${cycleId}`).expect(403);
    await as(otherAdmin).get('/api/link-suggestions?organisation=stockholms-stad').expect(403);
    expect((await as(otherAdmin).get('/api/link-suggestions?organisation=nowhere').expect(404)).body).toMatchObject({ code: 'organisation_not_found', message: expect.stringContaining('nowhere') });
    expect(other.id).toBe(f.organisation);
    const list = await all();
    // The nine read off the document (docs/data-notes.md), all pending after the import.
    expect(list.map((s) => `${s.board.name}: ${s.measure.report} ${s.measure.number} @${s.lines[0]}`)).toEqual(SUGGESTIONS_2016);
    expect(list.every((s) => s.state === 'pending' && s.version === 1 && s.statementId === null)).toBe(true);
    expect(list.find((s) => s.board.name === 'Älvsjö stadsdelsnämnd' && s.measure.number === '6.5.3')).toMatchObject({ passage: 'Rapporten lyfter även fram ett behov av fler community centers i staden.', words: ['community', 'centers'] });
    expect((await as(admin).get(`/api/link-suggestions?cycle=${cycleId}&state=confirmed`).expect(200)).body).toEqual([]);
  });

  it('page by limit and cursor, announcing the next page in X-Next-Cursor and Link', async () => {
    const first = await as(analyst).get(`/api/link-suggestions?cycle=${cycleId}&limit=5`).expect(200);
    expect(first.body).toHaveLength(5);
    const cursor = first.headers['x-next-cursor'];
    expect(cursor).toEqual(expect.any(String));
    expect(first.headers.link).toBe(`</api/link-suggestions?cycle=${cycleId}&limit=5&cursor=${cursor}>; rel="next"`);
    const second = await as(analyst).get(`/api/link-suggestions?cycle=${cycleId}&limit=5&cursor=${cursor}`).expect(200);
    const third = await as(analyst).get(`/api/link-suggestions?cycle=${cycleId}&limit=5&cursor=${second.headers['x-next-cursor']}`).expect(200);
    expect(third.body).toHaveLength(SUGGESTIONS_2016.length - 10);
    expect(third.headers['x-next-cursor']).toBeUndefined();
    expect([...first.body, ...second.body, ...third.body].map((s: Suggestion) => s.id)).toEqual((await all()).map((s) => s.id));
  });

  it.each([
    ['limit=0', 'limit'],
    ['limit=1001', 'limit'],
    ['limit=abc', 'limit'],
    ['cursor=!!', 'cursor'],
    ['cursor=bm9wZQ', 'cursor'],
    ['state=maybe', 'state'],
    ['cycle=1e3', 'cycle'],
  ])('answer 400 naming the field for ?%s', async (query, field) => {
    const res = await as(analyst).get(`/api/link-suggestions?${query}`).expect(400);
    expect(res.body).toMatchObject({ statusCode: 400, code: 'validation_failed', errors: { [field]: expect.any(String) } });
  });

  it('answer 404 for an unknown cycle', async () => {
    const res = await as(analyst).get('/api/link-suggestions?cycle=999999').expect(404);
    expect(res.body.code).toBe('not_found');
  });

  it('confirming is for admins, checks the version, and makes the passage count as the board\'s statement', async () => {
    const cc = await find('Älvsjö stadsdelsnämnd', '6.5.3');
    const before = await coverageOf('Älvsjö stadsdelsnämnd');
    await http().post(`/api/link-suggestions/${cc.id}/confirm`).send({ version: 1 }).expect(401);
    await as(analyst).post(`/api/link-suggestions/${cc.id}/confirm`, { version: 1 }).expect(403);
    await as(editor).post(`/api/link-suggestions/${cc.id}/confirm`, { version: 1 }).expect(403);
    const stale = await as(admin).post(`/api/link-suggestions/${cc.id}/confirm`, { version: 7 }).expect(409);
    expect(stale.body).toMatchObject({ code: 'version_conflict', currentVersion: 1 });
    await as(admin).post(`/api/link-suggestions/${cc.id}/confirm`, {}).expect(400);
    await as(admin).post('/api/link-suggestions/999999/confirm', { version: 1 }).expect(404);
    expect(await coverageOf('Älvsjö stadsdelsnämnd')).toEqual(before);

    const res = await as(admin).post(`/api/link-suggestions/${cc.id}/confirm`, { version: 1 }).expect(200);
    expect(res.body).toMatchObject({ id: cc.id, state: 'confirmed', version: 2, statementId: expect.any(Number), decidedAt: expect.any(String) });
    const statement = (await http().get(`/api/statements/${res.body.statementId}`).expect(200)).body;
    expect(statement).toMatchObject({
      board: { name: 'Älvsjö stadsdelsnämnd' },
      measure: { report: 'skola', number: '6.5.3' },
      role: 'lead',
      text: cc.passage,
      state: 'submitted',
      link: { method: 'confirmed', lines: [2017, 2017], score: expect.any(Number) },
    });
    // Älvsjö leads 6.5.3: one more delivered, one fewer missing, and the gap is gone.
    const after = await coverageOf('Älvsjö stadsdelsnämnd');
    expect([after.expected, after.delivered, after.missing]).toEqual([before.expected, before.delivered + 1, before.missing - 1]);
    const gaps = (await http().get(`/api/cycles/${cycleId}/gaps?board=${cc.board.id}`).expect(200)).body as { measure: { number: string; report: string } | null }[];
    expect(gaps.some((g) => g.measure?.report === 'skola' && g.measure.number === '6.5.3')).toBe(false);

    const audit = await t.dataSource.query(`SELECT action, entity_type, actor_email, before, after FROM audit_event WHERE entity_type = 'link_suggestion' AND entity_id = $1`, [cc.id]);
    expect(audit).toEqual([
      {
        action: 'suggestion.confirm',
        entity_type: 'link_suggestion',
        actor_email: f.users.admin.email,
        before: { id: cc.id, state: 'pending', statementId: null, version: 1 },
        after: { id: cc.id, state: 'confirmed', statementId: res.body.statementId, version: 2 },
      },
    ]);
    const created = await t.dataSource.query(`SELECT action FROM audit_event WHERE entity_type = 'statement' AND entity_id = $1`, [res.body.statementId]);
    expect(created).toEqual([{ action: 'statement.create' }]);

    const again = await as(admin).post(`/api/link-suggestions/${cc.id}/reject`, { version: 2 }).expect(409);
    expect(again.body).toMatchObject({ code: 'suggestion_decided', state: 'confirmed' });
  });

  it('rejecting leaves the coverage as it was and creates no statement', async () => {
    const farsta = (await all()).filter((s) => s.board.name === 'Farsta stadsdelsnämnd')[0];
    const before = await coverageOf('Farsta stadsdelsnämnd');
    const statements = (await t.dataSource.query(`SELECT count(*)::int AS n FROM statement`))[0].n;
    const res = await as(admin).post(`/api/link-suggestions/${farsta.id}/reject`, { version: 1 }).expect(200);
    expect(res.body).toMatchObject({ state: 'rejected', statementId: null, version: 2 });
    expect(await coverageOf('Farsta stadsdelsnämnd')).toEqual(before);
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM statement`))[0].n).toBe(statements);
    const [row] = await t.dataSource.query(`SELECT action FROM audit_event WHERE entity_type = 'link_suggestion' AND entity_id = $1`, [farsta.id]);
    expect(row).toEqual({ action: 'suggestion.reject' });
  });

  it('a re-import keeps every decision and adds nothing', async () => {
    const before = await all();
    const statements = (await t.dataSource.query(`SELECT count(*)::int AS n FROM statement`))[0].n;
    // The test fixture adds a second organisation: name the one the appendix belongs to.
    const summary = await importAppendix(t.dataSource, readFileSync(join(repoRoot(), DEMO_APPENDIX), 'utf8'), { organisation: 'stockholms-stad' });
    expect(summary.suggestions.created).toBe(0);
    // Decided above: Farsta's first suggestion rejected, Älvsjö's community centers confirmed.
    const decided = SUGGESTIONS_2016.map((id) =>
      id === 'Farsta stadsdelsnämnd: samverkan 4.3.2 @1361' ? 'rejected' : id === 'Älvsjö stadsdelsnämnd: skola 6.5.3 @2017' ? 'confirmed' : 'pending',
    );
    expect(summary.suggestions.list.map((s) => s.state)).toEqual(decided);
    expect(await all()).toEqual(before);
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM statement`))[0].n).toBe(statements);
  });
});
