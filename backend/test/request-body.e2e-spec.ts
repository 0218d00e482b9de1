import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { insertWriteFixture, signIn, type WriteFixture } from './utils/auth-fixture.js';
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
});
