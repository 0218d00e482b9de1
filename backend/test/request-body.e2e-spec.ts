import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { insertWriteFixture, PASSWORD, signIn, type WriteFixture } from './utils/auth-fixture.js';
import { createTestApp, type TestApp } from './utils/test-app.js';

/** Bodies that never reach a DTO: malformed JSON and oversize payloads still get the envelope, and store nothing. */
describe('request bodies the parser refuses', () => {
  let t: TestApp;
  let f: WriteFixture;
  let token: string;

  beforeAll(async () => {
    t = await createTestApp({ seed: false });
    f = await insertWriteFixture(t.dataSource);
    token = await signIn(t.app, f.users.admin.email);
  });
  afterAll(async () => {
    await t.close();
  });

  const statementCount = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM statement`))[0].n as number;

  it('malformed JSON → 400 in the envelope, nothing stored', async () => {
    const before = await statementCount();
    const res = await request(t.app.getHttpServer())
      .post(`/api/cycles/${f.cycles.open}/statements`)
      .set('Authorization', `Bearer ${token}`)
      .set('Content-Type', 'application/json')
      .send('{"boardId": 1, "text": ')
      .expect(400);
    expect(res.body).toMatchObject({ statusCode: 400, code: 'validation_failed', message: expect.stringContaining('JSON') });
    expect(await statementCount()).toBe(before);
  });

  it('a body over the size limit → 413 payload_too_large, nothing stored', async () => {
    const before = await statementCount();
    const res = await request(t.app.getHttpServer())
      .post(`/api/cycles/${f.cycles.open}/statements`)
      .set('Authorization', `Bearer ${token}`)
      .send({ boardId: f.boards.A, measureId: f.measures.m11, text: 'x'.repeat(2_000_000), plannedYears: [2026] })
      .expect(413);
    expect(res.body).toEqual({ statusCode: 413, code: 'payload_too_large', message: 'request entity too large' });
    expect(await statementCount()).toBe(before);
  });

  // Only JSON bodies are accepted on writes: a cross-site <form> cannot sign anyone in or change anything.
  it('a form-encoded sign-in → 415, no session created, no cookie set', async () => {
    const [{ n: before }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM user_session`);
    const res = await request(t.app.getHttpServer())
      .post('/api/auth/login')
      .type('form')
      .send({ email: f.users.admin.email, password: PASSWORD })
      .expect(415);
    expect(res.body).toEqual({
      statusCode: 415,
      code: 'unsupported_media_type',
      message: 'Request bodies must be application/json (got application/x-www-form-urlencoded)',
    });
    expect(res.headers['set-cookie']).toBeUndefined();
    const [{ n: after }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM user_session`);
    expect(after).toBe(before);
  });

  it.each([
    ['text/plain', '{"boardId":1}'],
    ['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="text"\r\n\r\nhej\r\n--x--'],
    ['application/xml', '<statement/>'],
  ])('a %s statement write → 415, nothing stored', async (type, body) => {
    const [{ n: before }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM statement`);
    const res = await request(t.app.getHttpServer())
      .post(`/api/cycles/${f.cycles.open}/statements`)
      .set('Authorization', `Bearer ${token}`)
      .set('Content-Type', type)
      .send(body)
      .expect(415);
    expect(res.body.code).toBe('unsupported_media_type');
    const [{ n: after }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM statement`);
    expect(after).toBe(before);
  });

  it('JSON with a charset passes, and a write without a body (sign-out) needs no content type', async () => {
    const signedIn = await request(t.app.getHttpServer())
      .post('/api/auth/login')
      .set('Content-Type', 'application/json; charset=utf-8')
      .send(JSON.stringify({ email: f.users.editorA.email, password: PASSWORD }))
      .expect(200);
    expect(signedIn.body.user.email).toBe(f.users.editorA.email);
    await request(t.app.getHttpServer()).post('/api/auth/logout').set('Authorization', `Bearer ${signedIn.body.token}`).expect(204);
    await request(t.app.getHttpServer()).get('/api/auth/me').set('Authorization', `Bearer ${signedIn.body.token}`).expect(401);
  });
});
