import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { THROTTLE_POLICY } from '../src/auth/login-throttle.js';
import { insertWriteFixture, PASSWORD, type WriteFixture } from './utils/auth-fixture.js';
import { createTestApp, type TestApp } from './utils/test-app.js';

/**
 * The sign-in throttle keeps its counts in PostgreSQL and counts an attempt before the password is
 * checked: parallel guesses cannot slip past the limit, two app instances count as one, and a
 * stranger's failures cannot lock the right password out from an address that has not failed.
 */
describe('sign-in throttling', () => {
  let t: TestApp;
  let second: TestApp;
  let f: WriteFixture;
  // Both instances believe X-Forwarded-For from loopback, as behind a reverse proxy on the same host.
  const env = { TRUST_PROXY: 'loopback' };
  const login = (app: TestApp, email: string, password: string, from = '198.51.100.7') =>
    request(app.app.getHttpServer()).post('/api/auth/login').set('X-Forwarded-For', from).send({ email, password });

  beforeAll(async () => {
    t = await createTestApp({ seed: false, env });
    f = await insertWriteFixture(t.dataSource);
    second = await createTestApp({ seed: false, reset: false, env });
  });
  afterAll(async () => {
    await second.close();
    await t.close();
  });
  beforeEach(async () => {
    await t.dataSource.query(`DELETE FROM login_attempt`);
  });

  it('30 parallel wrong passwords from one address: exactly 5 are checked, the rest answer 429', async () => {
    const statuses = await Promise.all(Array.from({ length: 30 }, (_, i) => login(t, f.users.admin.email, `fel-${i}`).then((r) => r.status)));
    expect(statuses.filter((s) => s === 401)).toHaveLength(THROTTLE_POLICY.pairFailures);
    expect(statuses.filter((s) => s === 429)).toHaveLength(30 - THROTTLE_POLICY.pairFailures);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM login_attempt`);
    expect(n).toBe(THROTTLE_POLICY.pairFailures);
    // And the right password from that address waits too, with Retry-After.
    const blocked = await login(t, f.users.admin.email, PASSWORD).expect(429);
    expect(blocked.body).toMatchObject({ statusCode: 429, code: 'too_many_requests', retryAfter: expect.any(Number) });
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(THROTTLE_POLICY.windowSeconds - 60);
  });

  it('two app instances on one database count as one system', async () => {
    for (let i = 0; i < THROTTLE_POLICY.pairFailures; i++) await login(i % 2 === 0 ? t : second, f.users.editorB.email, 'fel').expect(401);
    const statuses = [(await login(second, f.users.editorB.email, PASSWORD)).status, (await login(t, f.users.editorB.email, PASSWORD)).status];
    expect(statuses).toEqual([429, 429]);
  });

  it("a stranger's failures from many addresses never lock out the right password from a clean address", async () => {
    for (let i = 0; i < THROTTLE_POLICY.accountFailures + 5; i++) {
      await login(t, f.users.editorA.email, 'gissning', `203.0.113.${i + 1}`).expect(401);
    }
    // An address that itself failed on the account under attack waits a growing delay …
    const delayed = await login(t, f.users.editorA.email, 'gissning', '203.0.113.1').expect(429);
    expect(Number(delayed.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    // … but the owner, from an address without failures, signs in at once.
    const ok = await login(t, f.users.editorA.email, PASSWORD, '192.0.2.50').expect(200);
    expect(ok.body.user.email).toBe(f.users.editorA.email);
  });

  it('one address spraying many accounts is stopped at the address limit, others are not', async () => {
    const emails = Array.from({ length: THROTTLE_POLICY.addressFailures }, (_, i) => `finns-inte-${i}@test.se`);
    for (const email of emails) await login(t, email, 'fel', '198.51.100.99').expect(401);
    const statuses = [
      (await login(t, 'ytterligare@test.se', 'fel', '198.51.100.99')).status,
      (await login(t, f.users.analyst.email, PASSWORD, '198.51.100.99')).status,
      (await login(t, f.users.analyst.email, PASSWORD, '198.51.100.100')).status,
    ];
    expect(statuses).toEqual([429, 429, 200]);
  });

  it('a successful sign-in clears its own pair only', async () => {
    const statuses: number[] = [];
    for (const password of ['fel', 'fel', 'fel', 'fel', PASSWORD, 'fel', 'fel', 'fel', 'fel', PASSWORD]) {
      statuses.push((await login(t, f.users.editorAC.email, password)).status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 200, 401, 401, 401, 401, 200]);
  });

  it('the e-mail is matched case-insensitively: the upper-case form counts against the same account', async () => {
    for (let i = 0; i < THROTTLE_POLICY.pairFailures; i++) await login(t, f.users.admin.email, 'fel').expect(401);
    const res = await login(t, f.users.admin.email.toUpperCase(), PASSWORD);
    expect(res.status).toBe(429);
  });
});

describe('without TRUST_PROXY', () => {
  let t: TestApp;
  let f: WriteFixture;

  beforeAll(async () => {
    t = await createTestApp({ seed: false });
    f = await insertWriteFixture(t.dataSource);
  });
  afterAll(async () => {
    await t.close();
  });

  it('a forged X-Forwarded-For does not give an attacker fresh addresses', async () => {
    for (let i = 0; i < THROTTLE_POLICY.pairFailures; i++) {
      await request(t.app.getHttpServer()).post('/api/auth/login').set('X-Forwarded-For', `10.0.0.${i}`).send({ email: f.users.admin.email, password: 'fel' }).expect(401);
    }
    await request(t.app.getHttpServer()).post('/api/auth/login').set('X-Forwarded-For', '10.9.9.9').send({ email: f.users.admin.email, password: PASSWORD }).expect(429);
    const [{ addresses }] = await t.dataSource.query(`SELECT count(DISTINCT address)::int AS addresses FROM login_attempt`);
    expect(addresses).toBe(1);
  });
});
