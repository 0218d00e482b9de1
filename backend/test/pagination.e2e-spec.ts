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
    // Board groups in two organisations, one of them added after the other's: the list's order is
    // (organisation, id), not id alone.
    await t.dataSource.query(
      `INSERT INTO board_group (organisation_id, slug, name)
       SELECT o.id, g.slug, g.name FROM organisation o, (VALUES ('malmo-stad', 'test-grupp-a', 'Testgrupp A'), ('stockholms-stad', 'test-grupp-b', 'Testgrupp B')) AS g(org, slug, name)
        WHERE o.slug = g.org ORDER BY g.org`,
    );
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
    ['boards', () => '/api/boards', 7],
    ['boards of one organisation valid at a date', () => '/api/boards?organisation=stockholms-stad&validAt=2016-12-31', 4],
    ['board groups', () => '/api/board-groups', 2],
    ['board groups of one organisation', () => '/api/board-groups?organisation=stockholms-stad', 1],
    ['cycles (five of the same year)', () => '/api/cycles', 2],
    ['cycles of one organisation', () => '/api/cycles?organisation=stockholms-stad', 4],
    ['reports', () => '/api/reports', 1],
    ['reports of one organisation', () => '/api/reports?organisation=stockholms-stad', 3],
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

  it.each(['/api/boards', '/api/board-groups', '/api/cycles', '/api/reports'])('%s keeps its order across pages and its filters', async (path) => {
    const all = (await get(`${path}?limit=1000`).expect(200)).body as { organisation: { slug: string } }[];
    const { rows } = await pageThrough(path, 1);
    expect(rows).toEqual(all);
    // Without ?organisation= the list spans the municipalities; with it, only that one's rows.
    const own = (await get(`${path}?organisation=stockholms-stad&limit=1000`).expect(200)).body as { organisation: { slug: string } }[];
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((r) => r.organisation.slug === 'stockholms-stad')).toBe(true);
    expect(own).toEqual(all.filter((r) => r.organisation.slug === 'stockholms-stad'));
  });

  it('boards page in their order: organisation, then kind (executive, central, district, company), then id', async () => {
    const rank = { executive: 0, central: 1, district: 2, company: 3 } as const;
    const organisations = (await get('/api/organisations').expect(200)).body as { id: number; slug: string }[];
    const orgId = new Map(organisations.map((o) => [o.slug, o.id]));
    const { rows } = await pageThrough('/api/boards', 3);
    const keys = (rows as { id: number; kind: keyof typeof rank; organisation: { slug: string } }[]).map((b) => [orgId.get(b.organisation.slug)!, rank[b.kind], b.id]);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
    expect(new Set(keys.map((k) => k[0])).size).toBeGreaterThan(1);
    expect(keys).toEqual(sorted);
  });

  it('cycles page newest first, the same year by id descending', async () => {
    const { rows } = await pageThrough('/api/cycles', 2);
    const keys = (rows as { id: number; year: number }[]).map((c) => [c.year, c.id]);
    expect(keys.filter((k) => k[0] === 2027)).toHaveLength(5);
    expect(keys).toEqual([...keys].sort((a, b) => b[0] - a[0] || b[1] - a[1]));
  });

  it.each(['/api/boards', '/api/board-groups', '/api/cycles', '/api/reports'])('%s: a bad limit or cursor is a 400 naming the field', async (path) => {
    for (const [query, field, message] of [
      ['limit=0', 'limit', 'limit must be an integer between 1 and 1000'],
      ['limit=1001', 'limit', 'limit must be an integer between 1 and 1000'],
      ['limit=abc', 'limit', 'limit must be an integer between 1 and 1000'],
      ['cursor=not%20a%20cursor', 'cursor', 'cursor must be the X-Next-Cursor value of a previous page'],
      [`cursor=${Buffer.from('["x","y","z","w"]').toString('base64url')}`, 'cursor', 'cursor must be the X-Next-Cursor value of a previous page'],
    ]) {
      const res = await get(`${path}?${query}`).expect(400);
      expect(res.body).toMatchObject({ statusCode: 400, code: 'validation_failed', errors: { [field]: message } });
    }
  });

  it.each([
    ['/api/boards', '/api/cycles'],
    ['/api/cycles', '/api/reports'],
    ['/api/reports', '/api/boards'],
    ['/api/board-groups', '/api/boards'],
  ])("%s refuses the cursor of %s, not misreading it", async (path, other) => {
    const cursor = (await get(`${other}?limit=1`).expect(200)).headers['x-next-cursor'];
    expect(cursor).toEqual(expect.any(String));
    const res = await get(`${path}?cursor=${cursor}`).expect(400);
    expect(res.body.errors).toEqual({ cursor: 'cursor must be the X-Next-Cursor value of a previous page' });
  });

  it("a cursor of another list's shape is refused, not misread", async () => {
    const gapsPage = await get(`/api/cycles/${cycle}/gaps?limit=3`).expect(200);
    const measuresCursor = (await get('/api/measures?limit=3').expect(200)).headers['x-next-cursor'];
    expect(gapsPage.headers['x-next-cursor']).toEqual(expect.any(String));
    const res = await get(`/api/cycles/${cycle}/gaps?cursor=${measuresCursor}`).expect(400);
    expect(res.body.errors).toEqual({ cursor: 'cursor must be the X-Next-Cursor value of a previous page' });
  });
});
