import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import mammoth from 'mammoth';
import request from 'supertest';
import { insertOtherOrganisation, insertWriteFixture, signIn, type WriteFixture } from './utils/auth-fixture.js';
import { binary } from './utils/binary.js';
import { createTestApp, type TestApp } from './utils/test-app.js';

/**
 * The remiss API on the write fixture (Testkommun, boards A, B, C): an admin creates a remiss and its
 * recipients, board B's editor answers in the app, the counts move; drafts stay private; stale
 * versions are refused; follow-up, overdue and the compilation come from the same data.
 */
describe('remisser: writing, answering and following up', () => {
  let t: TestApp;
  let f: WriteFixture;
  const tok: Record<string, string> = {};
  const http = () => request(t.app.getHttpServer());
  const as = (who: string, method: 'get' | 'post' | 'put' | 'delete', path: string) => {
    const req = http()[method](path);
    return tok[who] ? req.set('Authorization', `Bearer ${tok[who]}`) : req;
  };
  let remissId: number;
  let recipients: Record<string, number>;
  let bodyId: number;

  beforeAll(async () => {
    t = await createTestApp({ seed: false });
    f = await insertWriteFixture(t.dataSource);
    for (const [k, u] of Object.entries(f.users)) if (k !== 'inactive') tok[k] = await signIn(t.app, u.email);
  });
  afterAll(() => t.close());

  it('an admin creates a remiss (draft, hidden from the public) and sends it to B, C and an external body', async () => {
    const created = await as('admin', 'post', '/api/remisser')
      .send({ organisation: 'testkommun', caseNumber: 'TK 2026/1', title: 'Motion om fler parker', kind: 'motion', senderBoardId: f.boards.A, answerBy: '2001-01-31' })
      .expect(201);
    expect(created.body).toMatchObject({ status: 'draft', version: 1, sender: { name: 'Nämnd A', board: { id: f.boards.A } }, counts: { recipients: 0 } });
    remissId = created.body.id;
    await http().get(`/api/remisser/${remissId}`).expect(404);
    expect((await http().get('/api/remisser').expect(200)).body).toEqual([]);

    bodyId = (await as('admin', 'post', '/api/external-bodies').send({ organisation: 'testkommun', name: 'Famna' }).expect(201)).body.id;
    await as('admin', 'post', '/api/external-bodies').send({ organisation: 'testkommun', name: 'famna' }).expect(409);
    let version = 1;
    for (const body of [{ kind: 'board', boardId: f.boards.B }, { kind: 'board', boardId: f.boards.C }, { kind: 'external', externalBodyId: bodyId }]) {
      version = (await as('admin', 'post', `/api/remisser/${remissId}/recipients`).send({ ...body, version }).expect(201)).body.version;
    }
    const dup = await as('admin', 'post', `/api/remisser/${remissId}/recipients`).send({ kind: 'board', boardId: f.boards.B, version }).expect(409);
    expect(dup.body.errors).toEqual({ boardId: 'already a recipient' });
    const stale = await as('admin', 'put', `/api/remisser/${remissId}`).send({ status: 'sent', version: 1 }).expect(409);
    expect(stale.body).toMatchObject({ code: 'version_conflict', currentVersion: version });
    const sent = await as('admin', 'put', `/api/remisser/${remissId}`).send({ status: 'sent', version }).expect(200);
    expect(sent.body.recipients.map((r: { name: string; kind: string }) => `${r.kind}:${r.name}`)).toEqual(['board:Nämnd B', 'board:Nämnd C', 'external:Famna']);
    // The last answer date (2001) has passed: all three are late and missing.
    expect(sent.body.counts).toEqual({ recipients: 3, answered: 0, late: 3, missing: 3 });
    recipients = Object.fromEntries(sent.body.recipients.map((r: { name: string; id: number }) => [r.name, r.id]));
  });

  it('refuses bad input with the field named, and nothing is written', async () => {
    const bad = await as('admin', 'post', '/api/remisser').send({ organisation: 'testkommun', title: ' ', answerBy: '2026-02-30', status: 'open' }).expect(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['answerBy', 'status', 'title']);
    const noSender = await as('admin', 'post', '/api/remisser').send({ organisation: 'testkommun', title: 'Utan avsändare' }).expect(400);
    expect(noSender.body.errors).toHaveProperty('senderName');
    await as('admin', 'post', '/api/remisser').send({ organisation: 'nowhere', title: 'X', senderName: 'Y' }).expect(404);
    await as('admin', 'post', '/api/remisser').send({ organisation: 'testkommun', caseNumber: 'TK 2026/1', title: 'Samma nummer', senderName: 'Y' }).expect(409);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM remiss`);
    expect(n).toBe(1);
  });

  it("B's editor writes a draft that only B's editors and admins see, then submits it and the counts move", async () => {
    await as('editorA', 'post', `/api/remisser/${remissId}/recipients/${recipients['Nämnd B']}/answer`).send({ summary: 'Nej' }).expect(403);
    await as('analyst', 'post', `/api/remisser/${remissId}/recipients/${recipients['Nämnd B']}/answer`).send({ summary: 'Nej' }).expect(403);
    // Only admins register an external body's answer.
    await as('editorB', 'post', `/api/remisser/${remissId}/recipients/${recipients.Famna}/answer`).send({ summary: 'x' }).expect(403);
    const draft = await as('editorB', 'post', `/api/remisser/${remissId}/recipients/${recipients['Nämnd B']}/answer`).send({ summary: 'Förvaltningen ser positivt på parker.' }).expect(201);
    expect(draft.body).toMatchObject({ state: 'draft', version: 1, position: null, recipient: { name: 'Nämnd B' } });
    const answerId = draft.body.id;
    await http().get(`/api/remiss-answers/${answerId}`).expect(404);
    await as('editorA', 'get', `/api/remiss-answers/${answerId}`).expect(404);
    const publicView = await http().get(`/api/remisser/${remissId}`).expect(200);
    expect(publicView.body.recipients.find((r: { name: string }) => r.name === 'Nämnd B').answer).toBeNull();
    const ownView = await as('editorB', 'get', `/api/remisser/${remissId}`).expect(200);
    expect(ownView.body.recipients.find((r: { name: string }) => r.name === 'Nämnd B').answer).toMatchObject({ state: 'draft' });

    const noPosition = await as('editorB', 'post', `/api/remiss-answers/${answerId}/submit`).send({ version: 1 }).expect(400);
    expect(noPosition.body.errors).toEqual({ position: 'choose a position before submitting' });
    await as('editorB', 'put', `/api/remiss-answers/${answerId}`).send({ position: 'maybe', version: 1 }).expect(400);
    const edited = await as('editorB', 'put', `/api/remiss-answers/${answerId}`).send({ position: 'partly-supports', signatories: ['Eva Ek'], version: 1 }).expect(200);
    expect(edited.body).toMatchObject({ version: 2, position: 'partly-supports', summary: 'Förvaltningen ser positivt på parker.' });
    await as('editorB', 'put', `/api/remiss-answers/${answerId}`).send({ summary: 'Gammal', version: 1 }).expect(409);
    const submitted = await as('editorB', 'post', `/api/remiss-answers/${answerId}/submit`).send({ version: 2 }).expect(200);
    // Submitted today, after the last answer date of 2001: answered, but late.
    expect(submitted.body).toMatchObject({ state: 'submitted', version: 3, late: true, signedBy: ['Eva Ek'] });
    expect(submitted.body.answeredOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const locked = await as('editorB', 'put', `/api/remiss-answers/${answerId}`).send({ summary: 'Efteråt', version: 3 }).expect(409);
    expect(locked.body.code).toBe('answer_submitted');

    const after = await http().get(`/api/remisser/${remissId}`).expect(200);
    expect(after.body.counts).toEqual({ recipients: 3, answered: 1, late: 3, missing: 2 });
    expect(after.body.positions).toEqual([{ position: 'partly-supports', count: 1 }]);
    const history = await as('editorB', 'get', `/api/remiss-answers/${answerId}/history`).expect(200);
    expect(history.body.map((e: { action: string }) => e.action)).toEqual(['remiss.answer.create', 'remiss.answer.update', 'remiss.answer.submit']);
    const publicHistory = await http().get(`/api/remiss-answers/${answerId}/history`).expect(200);
    expect(publicHistory.body).toHaveLength(1);
    expect(publicHistory.body[0].actor).toBeNull();
  });

  it("an admin registers the external body's answer; the editor's Att besvara lists what is left", async () => {
    const a = await as('admin', 'post', `/api/remisser/${remissId}/recipients/${recipients.Famna}/answer`).send({ position: 'no-comments', summary: 'Inga synpunkter.', answeredOn: '2001-01-15' }).expect(201);
    await as('admin', 'post', `/api/remiss-answers/${a.body.id}/submit`).send({ version: 1 }).expect(200);
    const todoC = await as('editorAC', 'get', '/api/me/remisser').expect(200);
    expect(todoC.body).toEqual([expect.objectContaining({ remiss: expect.objectContaining({ id: remissId }), recipient: expect.objectContaining({ name: 'Nämnd C' }), answer: null, overdue: true })]);
    expect((await as('editorB', 'get', '/api/me/remisser').expect(200)).body).toEqual([]);
    await as('analyst', 'get', '/api/me/remisser').expect(403);
  });

  it('follow-up per remiss, per recipient and the overdue list', async () => {
    const fu = await http().get(`/api/remisser/${remissId}/follow-up`).expect(200);
    expect(fu.body.totals).toEqual({ recipients: 3, answered: 2, late: 2, missing: 1 });
    expect(fu.body.recipients.map((r: { name: string; status: string }) => [r.name, r.status])).toEqual([
      ['Nämnd B', 'answered-late'],
      ['Nämnd C', 'overdue'],
      ['Famna', 'answered'],
    ]);
    const overdue = await http().get('/api/remisser/overdue?organisation=testkommun').expect(200);
    expect(overdue.body).toEqual([expect.objectContaining({ remiss: expect.objectContaining({ id: remissId }), recipient: expect.objectContaining({ key: `board:${f.boards.C}`, name: 'Nämnd C' }) })]);
    expect(overdue.body[0].daysOverdue).toBeGreaterThan(9000);
    const per = await http().get('/api/remisser/recipients?organisation=testkommun').expect(200);
    const famna = per.body.find((r: { recipient: { name: string } }) => r.recipient.name === 'Famna');
    expect(famna).toMatchObject({ remisser: 1, answered: 1, late: 0, missing: 0, answerRate: 1, daysLate: 0, recipient: { key: `external:${bodyId}` } });
    const history = await http().get(`/api/remisser?recipient=board:${f.boards.C}`).expect(200);
    expect(history.body.map((r: { id: number }) => r.id)).toEqual([remissId]);
    await http().get('/api/remisser?recipient=nobody').expect(400);
  });

  it('the remissammanställning: answers per recipient and who did not answer, as JSON and as Word', async () => {
    const c = await http().get(`/api/remisser/${remissId}/compilation`).expect(200);
    expect(c.body.answers.map((a: { recipient: string; positionLabel: string }) => [a.recipient, a.positionLabel])).toEqual([
      ['Nämnd B', 'Tillstyrker delvis'],
      ['Famna', 'Inga synpunkter'],
    ]);
    expect(c.body.notAnswered).toEqual([{ recipient: 'Nämnd C', overdue: true }]);
    const docx = await http().get(`/api/remisser/${remissId}/compilation.docx`).buffer(true).parse(binary).expect(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    const text = (await mammoth.extractRawText({ buffer: docx.body as Buffer })).value;
    expect(text).toContain('Remissammanställning: Motion om fler parker');
    expect(text).toContain('Tillstyrker delvis');
    expect(text).toContain('Har inte svarat');
    expect(text).toContain('Nämnd C');
  });

  it('an answered recipient cannot be removed; an unanswered one can, once closed no answer is written', async () => {
    const remiss = (await http().get(`/api/remisser/${remissId}`).expect(200)).body;
    await as('admin', 'delete', `/api/remisser/${remissId}/recipients/${recipients['Nämnd B']}?version=${remiss.version}`).expect(409);
    const closed = await as('admin', 'put', `/api/remisser/${remissId}`).send({ status: 'closed', version: remiss.version }).expect(200);
    const late = await as('editorAC', 'post', `/api/remisser/${remissId}/recipients/${recipients['Nämnd C']}/answer`).send({ summary: 'Sent' }).expect(409);
    expect(late.body.code).toBe('remiss_not_open');
    const removed = await as('admin', 'delete', `/api/remisser/${remissId}/recipients/${recipients['Nämnd C']}?version=${closed.body.version}`).expect(200);
    expect(removed.body.counts).toMatchObject({ recipients: 2, missing: 0 });
    const trail = await http().get(`/api/remisser/${remissId}/history`).expect(200);
    expect(trail.body.map((e: { action: string }) => e.action)).toEqual([
      'remiss.create', 'remiss.recipient.add', 'remiss.recipient.add', 'remiss.recipient.add', 'remiss.status.sent', 'remiss.status.closed', 'remiss.recipient.remove',
    ]);
  });

  it("another organisation's admin gets 403 on every write to this organisation's remiss, and never sees its drafts", async () => {
    const other = await insertOtherOrganisation(t.dataSource);
    tok.otherAdmin = await signIn(t.app, other.users.admin.email);
    tok.otherEditor = await signIn(t.app, other.users.editor.email);
    const draft = await as('admin', 'post', '/api/remisser').send({ organisation: 'testkommun', title: 'Hemlig', senderName: 'Nämnd A' }).expect(201);
    await as('otherAdmin', 'get', `/api/remisser/${draft.body.id}`).expect(404);
    const before = (await http().get(`/api/remisser/${remissId}`).expect(200)).body;
    const refused = [
      await as('otherAdmin', 'put', `/api/remisser/${remissId}`).send({ title: 'Kapad', version: before.version }),
      await as('otherAdmin', 'post', `/api/remisser/${remissId}/recipients`).send({ kind: 'board', boardId: other.board, version: before.version }),
      await as('otherAdmin', 'delete', `/api/remisser/${remissId}/recipients/${recipients['Nämnd B']}?version=${before.version}`),
      await as('otherAdmin', 'post', '/api/remisser').send({ organisation: 'testkommun', title: 'Intrång', senderName: 'X' }),
      await as('otherAdmin', 'post', '/api/external-bodies').send({ organisation: 'testkommun', name: 'Intrång' }),
      await as('otherAdmin', 'post', '/api/remiss-imports').send({ organisation: 'testkommun', text: 'Svar på remiss från kommunstyrelsen, TK 2026/1\n' }),
      // Refused before the document is read (not a 422 that would tell what it holds).
      await as('otherAdmin', 'post', '/api/remiss-imports').send({ organisation: 'testkommun', text: 'oläsbart' }),
      // An editor of another city's board named "Nämnd A" is no editor of this city's Nämnd A.
      await as('otherEditor', 'post', `/api/remisser/${remissId}/recipients/${recipients['Nämnd B']}/answer`).send({ summary: 'x' }),
    ];
    expect(refused.map((r) => [r.status, r.body.code])).toEqual(Array(refused.length).fill([403, 'forbidden']));
    expect((await http().get(`/api/remisser/${remissId}`).expect(200)).body).toEqual(before);
    // Its own remiss, in its own organisation, it may create: the organisation comes from the account.
    await as('otherAdmin', 'post', '/api/remisser').send({ organisation: other.slug, title: 'Egen', senderName: 'Nämnd A' }).expect(201);
  });

  it('the import API previews with dryRun and refuses an unreadable document with 422', async () => {
    const text = 'Protokollsutdrag\n\n| Sammanträdestid | 2026-01-10 |\n\n§ 7 Förslag om träd; nu fråga om remiss\n\nTK-2026-7\n\nBeslut\n\nNämnd A beslutar\n\n1. Nämnd A skickar förslaget på remiss med sista svarsdatum den 1 mars 2026.\n\nBeslutet skickas till\n\nNämnd B\n\nFöreningen Träd\n\nNämndens handläggare\n';
    const preview = await as('admin', 'post', '/api/remiss-imports').send({ organisation: 'testkommun', text, dryRun: true }).expect(200);
    expect(preview.body).toMatchObject({
      dryRun: true,
      kind: 'decision',
      remiss: { caseNumber: 'TK-2026-7', title: 'Förslag om träd', answerBy: '2026-03-01', action: 'created' },
      recipients: { created: 2 },
      distributionOnly: [{ text: 'Nämndens handläggare', line: 21 }],
    });
    expect(preview.body.recipients.list.map((r: { name: string; kind: string }) => `${r.kind}:${r.name}`)).toEqual(['board:Nämnd B', 'external:Föreningen Träd']);
    expect(preview.body.warnings.map((w: { code: string }) => w.code)).toContain('new-external-body');
    expect((await http().get('/api/remisser?organisation=testkommun').expect(200)).body).toHaveLength(1);
    const bad = await as('admin', 'post', '/api/remiss-imports').send({ organisation: 'testkommun', text: 'Hej hej' }).expect(422);
    expect(bad.body.message).toContain('nothing was written');
    await as('editorA', 'post', '/api/remiss-imports').send({ organisation: 'testkommun', text }).expect(403);
  });
});
