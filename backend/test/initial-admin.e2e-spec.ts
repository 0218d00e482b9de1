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

  it('is created at start, is the only account, and on a database without organisations is the system account', async () => {
    const rows = await t.dataSource.query(`SELECT email, role, organisation_id, demo_password FROM app_user`);
    expect(rows).toEqual([{ email: 'chef@stad.se', role: 'system', organisation_id: null, demo_password: false }]);
    const res = await request(t.app.getHttpServer()).post('/api/auth/login').send({ email: 'chef@stad.se', password: 'ett långt lösenord' }).expect(200);
    expect(res.body.user).toEqual({ email: 'chef@stad.se', role: 'system', organisation: null, boards: [] });
    // It creates the first organisation and its admin, and may do nothing else.
    const token = res.body.token as string;
    const created = await request(t.app.getHttpServer())
      .post('/api/organisations')
      .set('Authorization', `Bearer ${token}`)
      .send({ slug: 'tyreso-kommun', name: 'Tyresö kommun', adminEmail: 'Admin@Tyreso.se', adminPassword: 'ett tredje långt lösenord' })
      .expect(201);
    expect(created.body).toEqual({ id: expect.any(Number), slug: 'tyreso-kommun', name: 'Tyresö kommun', admin: { id: expect.any(Number), email: 'admin@tyreso.se' } });
    await request(t.app.getHttpServer()).post('/api/boards').set('Authorization', `Bearer ${token}`).send({ name: 'Nämnd', administration: 'F', kind: 'central', organisation: 'tyreso-kommun' }).expect(403);
    const admin = await request(t.app.getHttpServer()).post('/api/auth/login').send({ email: 'admin@tyreso.se', password: 'ett tredje långt lösenord' }).expect(200);
    expect(admin.body.user).toEqual({ email: 'admin@tyreso.se', role: 'admin', organisation: { slug: 'tyreso-kommun', name: 'Tyresö kommun' }, boards: [] });
    await t.dataSource.query(`DELETE FROM user_session`);
  });

  it('is never changed by a later start, even with another password in the settings', async () => {
    const [{ password_hash: before }] = await t.dataSource.query(`SELECT password_hash FROM app_user WHERE email = 'chef@stad.se'`);
    const again = await createTestApp({ seed: false, reset: false, env: { ...env, INITIAL_ADMIN_PASSWORD: 'ett annat långt lösenord' } });
    try {
      const rows = await again.dataSource.query(`SELECT email, password_hash FROM app_user WHERE email = 'chef@stad.se'`);
      expect(rows).toEqual([{ email: 'chef@stad.se', password_hash: before }]);
      await request(again.app.getHttpServer()).post('/api/auth/login').send({ email: 'chef@stad.se', password: 'ett annat långt lösenord' }).expect(401);
    } finally {
      await again.close();
    }
  });
});

describe('the first admin of a production database with one organisation', () => {
  it("is that organisation's admin", async () => {
    const t = await createTestApp({ seed: false });
    try {
      await t.dataSource.query(`INSERT INTO organisation (slug, name) VALUES ('tyreso-kommun', 'Tyresö kommun')`);
    } finally {
      await t.close();
    }
    const again = await createTestApp({
      seed: false,
      reset: false,
      env: { NODE_ENV: 'production', INITIAL_ADMIN_EMAIL: 'chef@tyreso.se', INITIAL_ADMIN_PASSWORD: 'ett långt lösenord' },
    });
    try {
      expect(await again.dataSource.query(`SELECT u.email, u.role, o.slug FROM app_user u JOIN organisation o ON o.id = u.organisation_id`)).toEqual([
        { email: 'chef@tyreso.se', role: 'admin', slug: 'tyreso-kommun' },
      ]);
    } finally {
      await again.close();
    }
  });
});
