import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { assertNoSecrets, insertWriteFixture, PASSWORD, signIn, type WriteFixture } from './utils/auth-fixture.js';
import { createTestApp, type TestApp } from './utils/test-app.js';

function cookieHeader(res: request.Response): string[] {
  const raw = res.headers['set-cookie'] as unknown;
  return Array.isArray(raw) ? (raw as string[]) : typeof raw === 'string' ? [raw] : [];
}

function cookieValue(res: request.Response, name: string): string {
  const cookie = cookieHeader(res).find((c) => c.startsWith(`${name}=`));
  if (!cookie) throw new Error(`no ${name} cookie`);
  return decodeURIComponent(cookie.slice(name.length + 1).split(';')[0]);
}

describe('sign-in, sessions and CSRF', () => {
  let t: TestApp;
  let f: WriteFixture;
  const http = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    t = await createTestApp({ seed: false });
    f = await insertWriteFixture(t.dataSource);
  });
  afterAll(async () => {
    await t.close();
  });

  it('POST /api/auth/login answers the token and the user, and sets the session and CSRF cookies', async () => {
    const res = await http().post('/api/auth/login').send({ email: 'Redaktor.A@test.se ', password: PASSWORD }).expect(200);
    expect(res.body).toEqual({
      token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      csrfToken: expect.stringMatching(/^[A-Za-z0-9_-]{32}$/),
      expiresAt: expect.any(String),
      user: { email: 'redaktor.a@test.se', role: 'editor', organisation: { slug: 'testkommun', name: 'Testkommun' }, boards: [{ id: f.boards.A, name: 'Nämnd A' }] },
    });
    const hours = (new Date(res.body.expiresAt).getTime() - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(7.9);
    expect(hours).toBeLessThanOrEqual(8);
    const [session] = cookieHeader(res).filter((c) => c.startsWith('atk_session='));
    expect(session).toMatch(/; HttpOnly/);
    expect(session).toMatch(/; SameSite=Lax/);
    expect(session).toMatch(/; Path=\//);
    expect(cookieValue(res, 'atk_session')).toBe(res.body.token);
    const [csrf] = cookieHeader(res).filter((c) => c.startsWith('atk_csrf='));
    expect(csrf).not.toMatch(/HttpOnly/);
    expect(cookieValue(res, 'atk_csrf')).toBe(res.body.csrfToken);
    assertNoSecrets(res.body);
  });

  it('stores only the sha256 of the token', async () => {
    const token = await signIn(t.app, f.users.analyst.email);
    const rows = await t.dataSource.query(`SELECT token_hash FROM user_session WHERE token_hash = encode(sha256($1::bytea), 'hex')`, [token]);
    expect(rows).toHaveLength(1);
    const plain = await t.dataSource.query(`SELECT 1 FROM user_session WHERE token_hash = $1`, [token]);
    expect(plain).toHaveLength(0);
  });

  it('GET /api/auth/me answers the account for a Bearer token and for the cookie', async () => {
    const token = await signIn(t.app, f.users.editorAC.email);
    const expected = {
      email: 'redaktor.ac@test.se',
      role: 'editor',
      organisation: { slug: 'testkommun', name: 'Testkommun' },
      boards: [
        { id: f.boards.A, name: 'Nämnd A' },
        { id: f.boards.C, name: 'Nämnd C' },
      ],
    };
    const bearer = await http().get('/api/auth/me').set('Authorization', `Bearer ${token}`).expect(200);
    expect(bearer.body).toEqual(expected);
    const cookie = await http().get('/api/auth/me').set('Cookie', `atk_session=${token}`).expect(200);
    expect(cookie.body).toEqual(expected);
  });

  it('GET /api/auth/me is 401 without a session, with a made-up token, and after the session expired', async () => {
    const anonymous = await http().get('/api/auth/me').expect(401);
    expect(anonymous.body).toEqual({ statusCode: 401, code: 'unauthorized', message: 'Sign in first' });
    const forged = await http().get('/api/auth/me').set('Authorization', `Bearer ${'x'.repeat(43)}`).expect(401);
    expect(forged.body.message).toBe('The session has expired or is not valid; sign in again');
    const token = await signIn(t.app, f.users.editorB.email);
    await http().get('/api/auth/me').set('Authorization', `Bearer ${token}`).expect(200);
    await t.dataSource.query(`UPDATE user_session SET expires_at = now() - interval '1 second' WHERE token_hash = encode(sha256($1::bytea), 'hex')`, [token]);
    await http().get('/api/auth/me').set('Authorization', `Bearer ${token}`).expect(401);
  });

  it('wrong password and unknown email get the same 401, and an inactive account cannot sign in', async () => {
    const wrong = await http().post('/api/auth/login').send({ email: f.users.editorB.email, password: 'fel lösenord' }).expect(401);
    const unknown = await http().post('/api/auth/login').send({ email: 'ingen@test.se', password: PASSWORD }).expect(401);
    const inactive = await http().post('/api/auth/login').send({ email: f.users.inactive.email, password: PASSWORD }).expect(401);
    for (const res of [wrong, unknown, inactive]) {
      expect(res.body).toEqual({ statusCode: 401, code: 'invalid_credentials', message: 'Wrong email or password' });
      expect(res.headers['set-cookie']).toBeUndefined();
    }
  });

  it('a malformed login body is a 400 naming the field', async () => {
    const res = await http().post('/api/auth/login').send({ email: 'inte-en-adress', password: '' }).expect(400);
    expect(res.body.errors).toEqual({ email: 'email must be an email address', password: 'password must not be empty' });
    assertNoSecrets(res.body);
  });

  it('POST /api/auth/logout ends the session and clears the cookies', async () => {
    const token = await signIn(t.app, f.users.analyst.email);
    const res = await http().post('/api/auth/logout').set('Authorization', `Bearer ${token}`).expect(204);
    expect(cookieHeader(res).some((c) => /^atk_session=;.*Expires=Thu, 01 Jan 1970/.test(c))).toBe(true);
    await http().get('/api/auth/me').set('Authorization', `Bearer ${token}`).expect(401);
    await http().post('/api/auth/logout').set('Authorization', `Bearer ${token}`).expect(401);
  });

  describe('CSRF on cookie-authenticated writes', () => {
    const body = (measureId: number) => ({ boardId: f.boards.A, measureId, text: 'Text', plannedYears: [2026] });

    it('refuses a cookie-authenticated write without X-CSRF-Token, or with a wrong one', async () => {
      const login = await http().post('/api/auth/login').send({ email: f.users.editorA.email, password: PASSWORD }).expect(200);
      const cookies = `atk_session=${login.body.token}; atk_csrf=${login.body.csrfToken}`;
      const missing = await http().post(`/api/cycles/${f.cycles.open}/statements`).set('Cookie', cookies).send(body(f.measures.m11)).expect(403);
      expect(missing.body).toMatchObject({ statusCode: 403, code: 'csrf_failed' });
      // Echoing the cookie is what the dashboard does; a value from another session is not enough.
      const other = await signIn(t.app, f.users.editorA.email);
      const otherCsrf = (await t.dataSource.query(`SELECT csrf_token FROM user_session WHERE token_hash = encode(sha256($1::bytea), 'hex')`, [other]))[0].csrf_token;
      await http().post(`/api/cycles/${f.cycles.open}/statements`).set('Cookie', cookies).set('X-CSRF-Token', otherCsrf).send(body(f.measures.m11)).expect(403);
      const count = await t.dataSource.query(`SELECT count(*)::int AS n FROM statement`);
      expect(count[0].n).toBe(0);
      await http().post(`/api/cycles/${f.cycles.open}/statements`).set('Cookie', cookies).set('X-CSRF-Token', login.body.csrfToken).send(body(f.measures.m11)).expect(201);
    });

    it('needs no CSRF header for Bearer-authenticated writes, nor for cookie-authenticated reads', async () => {
      const token = await signIn(t.app, f.users.editorA.email);
      const write = await http().post(`/api/cycles/${f.cycles.open}/statements`).set('Authorization', `Bearer ${token}`).send(body(f.measures.m12));
      expect(write.status).toBe(201);
      const read = await http().get('/api/auth/me').set('Cookie', `atk_session=${token}`);
      expect(read.status).toBe(200);
    });
  });

  describe('login throttling', () => {
    it('answers 429 after 5 failed sign-ins for an email from one address, even with the right password', async () => {
      const email = f.users.admin.email;
      for (let i = 0; i < 5; i++) {
        await http().post('/api/auth/login').send({ email, password: `fel-${i}` }).expect(401);
      }
      const blocked = await http().post('/api/auth/login').send({ email, password: PASSWORD }).expect(429);
      expect(blocked.body).toMatchObject({ statusCode: 429, code: 'too_many_requests', retryAfter: expect.any(Number) });
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(800);
      expect(Number(blocked.headers['retry-after'])).toBeLessThanOrEqual(900);
      // The email's case does not get around it; another account from the same address is not affected.
      await http().post('/api/auth/login').send({ email: email.toUpperCase(), password: PASSWORD }).expect(429);
      await http().post('/api/auth/login').send({ email: f.users.editorB.email, password: PASSWORD }).expect(200);
    });

    it('a successful sign-in resets the count', async () => {
      const email = f.users.editorAC.email;
      const statuses: number[] = [];
      const attempt = async (password: string) => statuses.push((await http().post('/api/auth/login').send({ email, password })).status);
      for (let i = 0; i < 4; i++) await attempt('fel');
      await attempt(PASSWORD);
      // Without the reset these would be failures 5–8: the sixth attempt onwards would be 429.
      for (let i = 0; i < 4; i++) await attempt('fel');
      await attempt(PASSWORD);
      expect(statuses).toEqual([401, 401, 401, 401, 200, 401, 401, 401, 401, 200]);
    });
  });
});

describe('PUBLIC_READ=false', () => {
  let t: TestApp;
  let f: WriteFixture;
  const http = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    t = await createTestApp({ seed: false, env: { PUBLIC_READ: 'false' } });
    f = await insertWriteFixture(t.dataSource);
  });
  afterAll(async () => {
    await t.close();
  });

  it.each(['/api/boards', '/api/reports', '/api/measures', '/api/cycles', '/api/cycles/1/statements', '/api/cycles/1/coverage', '/api/statements/1'])(
    'GET %s is 401 when not signed in',
    async (path) => {
      const res = await http().get(path).expect(401);
      expect(res.body).toEqual({ statusCode: 401, code: 'unauthorized', message: 'Reading needs a signed-in account here (PUBLIC_READ=false)' });
    },
  );

  it('reads work for any signed-in role; health and sign-in stay open', async () => {
    const token = await signIn(t.app, f.users.analyst.email);
    const res = await http().get('/api/boards').set('Authorization', `Bearer ${token}`).expect(200);
    expect(res.body).toHaveLength(3);
    await http().get(`/api/cycles/${f.cycles.open}/coverage`).set('Authorization', `Bearer ${token}`).expect(200);
    await http().get('/api/health').expect(200);
  });
});
