import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { createTestApp, type TestApp } from './utils/test-app.js';

/**
 * Lists that grow come in pages: ?limit= and ?cursor=, the next cursor in X-Next-Cursor and Link.
 * Paging through a list in small pages gives exactly the full list, in the same order.
 */
describe('paginated lists (2016 data)', () => {
  let t: TestApp;
  let cycle: number;
  let adminToken: string;
  const get = (path: string) => request(t.app.getHttpServer()).get(path).set('Authorization', `Bearer ${adminToken}`);

  beforeAll(async () => {
    t = await createTestApp();
    cycle = (await request(t.app.getHttpServer()).get('/api/cycles').expect(200)).body[0].id;
    adminToken = (await request(t.app.getHttpServer()).post('/api/auth/login').send({ email: 'admin@example.se', password: 'demo' }).expect(200)).body.token;
    // Audit rows to page through: a few changes by the admin.
    for (const name of ['Test A', 'Test B', 'Test C', 'Test D', 'Test E']) {
      await request(t.app.getHttpServer())
        .post('/api/cycles')
        .set('Authorization', `Bearer ${adminToken}`)
        .send({ name, year: 2027, deadline: '2027-05-31', status: 'draft' })
        .expect(201);
    }
  });
  afterAll(async () => {
    await t.close();
  });

  /** Follows X-Next-Cursor from the first page to the last; answers the rows and the number of pages. */
  async function pageThrough(path: string, limit: number): Promise<{ rows: unknown[]; pages: number }> {
    const rows: unknown[] = [];
    let pages = 0;
    let cursor: string | undefined;
    const sep = path.includes('?') ? '&' : '?';
    do {
      const res = await get(`${path}${sep}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`).expect(200);
      pages++;
      expect(res.body.length).toBeLessThanOrEqual(limit);
      rows.push(...res.body);
      cursor = res.headers['x-next-cursor'];
      if (cursor) expect(res.headers.link).toBe(`<${path.split('?')[0]}?${new URLSearchParams([...new URLSearchParams(path.split('?')[1] ?? ''), ['limit', String(limit)], ['cursor', cursor]]).toString()}>; rel="next"`);
      else expect(res.headers.link).toBeUndefined();
    } while (cursor && pages < 500);
    return { rows, pages };
  }

  it.each([
    ['statements', () => `/api/cycles/${cycle}/statements`, 13],
    ['statements of one report', () => `/api/cycles/${cycle}/statements?report=delad`, 5],
    ['gaps', () => `/api/cycles/${cycle}/gaps`, 9],
    ['measures', () => '/api/measures', 11],
    ['audit events', () => '/api/audit', 2],
  ])('%s: small pages add up to the whole list, in order, without repeats', async (_what, path, limit) => {
    const all = (await get(`${path()}${path().includes('?') ? '&' : '?'}limit=1000`).expect(200)).body as unknown[];
    expect(all.length).toBeGreaterThan(limit);
    const { rows, pages } = await pageThrough(path(), limit);
    expect(rows).toEqual(all);
    // The extra row each page fetches tells the last page that it is the last: no empty page after it.
    expect(pages).toBe(Math.ceil(all.length / limit));
  });

  it('without a limit a page holds at most 100 rows and says where the next one starts', async () => {
    const res = await get(`/api/cycles/${cycle}/statements`).expect(200);
    const total = (await get(`/api/cycles/${cycle}/statements?limit=1000`).expect(200)).body.length;
    expect(total).toBeGreaterThan(100);
    expect(res.body).toHaveLength(100);
    expect(res.headers['x-next-cursor']).toEqual(expect.any(String));
  });

  it.each([
    ['limit=0', 'limit', 'limit must be an integer between 1 and 1000'],
    ['limit=1001', 'limit', 'limit must be an integer between 1 and 1000'],
    ['limit=abc', 'limit', 'limit must be an integer between 1 and 1000'],
    ['cursor=not%20a%20cursor', 'cursor', 'cursor must be the X-Next-Cursor value of a previous page'],
    [`cursor=${Buffer.from('{"id":1}').toString('base64url')}`, 'cursor', 'cursor must be the X-Next-Cursor value of a previous page'],
    [`cursor=${Buffer.from('[1,"x",[1],1]').toString('base64url')}`, 'cursor', 'cursor must be the X-Next-Cursor value of a previous page'],
    [`cursor=${Buffer.from('[1,2,[1],99999999999]').toString('base64url')}`, 'cursor', 'cursor must be the X-Next-Cursor value of a previous page'],
  ])('statements?%s → 400 naming %s', async (query, field, message) => {
    const res = await get(`/api/cycles/${cycle}/statements?${query}`).expect(400);
    expect(res.body).toMatchObject({ statusCode: 400, code: 'validation_failed', errors: { [field]: message } });
  });

  it("a cursor of another list's shape is refused, not misread", async () => {
    const gapsPage = await get(`/api/cycles/${cycle}/gaps?limit=3`).expect(200);
    const measuresCursor = (await get('/api/measures?limit=3').expect(200)).headers['x-next-cursor'];
    expect(gapsPage.headers['x-next-cursor']).toEqual(expect.any(String));
    const res = await get(`/api/cycles/${cycle}/gaps?cursor=${measuresCursor}`).expect(400);
    expect(res.body.errors).toEqual({ cursor: 'cursor must be the X-Next-Cursor value of a previous page' });
  });
});
