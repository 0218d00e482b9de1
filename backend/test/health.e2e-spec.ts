import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { createTestApp, type TestApp } from './utils/test-app.js';

describe('GET /api/health when the database does not answer', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ seed: false });
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers 200 while the database answers, 503 in the envelope once it does not', async () => {
    await request(t.app.getHttpServer()).get('/api/health').expect(200);
    await t.dataSource.destroy();
    const res = await request(t.app.getHttpServer()).get('/api/health').expect(503);
    expect(res.body).toEqual({ statusCode: 503, code: 'database_unavailable', message: 'The database does not answer' });
  });
});
