import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { createTestApp, type TestApp } from './utils/test-app.js';

/** Production gets no demo accounts; its first admin comes from INITIAL_ADMIN_EMAIL / INITIAL_ADMIN_PASSWORD. */
describe('the first admin of a production database', () => {
  const env = { NODE_ENV: 'production', INITIAL_ADMIN_EMAIL: 'Chef@Stad.se', INITIAL_ADMIN_PASSWORD: 'ett långt lösenord' };
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ seed: false, env });
  });
  afterAll(async () => {
    await t.close();
  });

  it('is created at start, is the only account, and can sign in as admin', async () => {
    const rows = await t.dataSource.query(`SELECT email, role, demo_password FROM app_user`);
    expect(rows).toEqual([{ email: 'chef@stad.se', role: 'admin', demo_password: false }]);
    const res = await request(t.app.getHttpServer()).post('/api/auth/login').send({ email: 'chef@stad.se', password: 'ett långt lösenord' }).expect(200);
    expect(res.body.user).toEqual({ email: 'chef@stad.se', role: 'admin', boards: [] });
  });

  it('is never changed by a later start, even with another password in the settings', async () => {
    const [{ password_hash: before }] = await t.dataSource.query(`SELECT password_hash FROM app_user`);
    const again = await createTestApp({ seed: false, reset: false, env: { ...env, INITIAL_ADMIN_PASSWORD: 'ett annat långt lösenord' } });
    try {
      const rows = await again.dataSource.query(`SELECT email, password_hash FROM app_user`);
      expect(rows).toEqual([{ email: 'chef@stad.se', password_hash: before }]);
      await request(again.app.getHttpServer()).post('/api/auth/login').send({ email: 'chef@stad.se', password: 'ett annat långt lösenord' }).expect(401);
    } finally {
      await again.close();
    }
  });
});
