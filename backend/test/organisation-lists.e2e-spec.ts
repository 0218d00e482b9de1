import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { createTestApp, type TestApp } from './utils/test-app.js';

/**
 * The lists the dashboard asks per organisation beyond the catalogue's own: reports, the trend
 * and the workbook across cycles. A second organisation with its own commission, report and cycle
 * stands beside the seeded Stockholms stad.
 */
describe('?organisation= on reports, the trend and the workbook across cycles', () => {
  let t: TestApp;
  const get = (path: string) => request(t.app.getHttpServer()).get(path);

  beforeAll(async () => {
    t = await createTestApp();
    const one = async (sql: string, params: unknown[] = []) => (await t.dataSource.query<{ id: number }[]>(sql, params))[0].id;
    const org = await one(`INSERT INTO organisation (slug, name) VALUES ('annan-kommun', 'Annan kommun') RETURNING id`);
    const commission = await one(`INSERT INTO commission (organisation_id, slug, name) VALUES ($1, 'k', 'Kommissionen') RETURNING id`, [org]);
    // The same key as one of Stockholm's reports: keys repeat across cities.
    await one(`INSERT INTO report (commission_id, key, title) VALUES ($1, 'delad', 'En annan delad stad') RETURNING id`, [commission]);
    await one(`INSERT INTO reporting_cycle (organisation_id, commission_id, name, year, status) VALUES ($1, $2, 'Budget 2027', 2026, 'draft') RETURNING id`, [org, commission]);
  });
  afterAll(async () => {
    await t.close();
  });

  it('GET /api/reports names each report\'s organisation and filters by it', async () => {
    const all = (await get('/api/reports').expect(200)).body as { key: string; title: string; organisation: { slug: string } }[];
    expect(all.filter((r) => r.key === 'delad').map((r) => r.organisation.slug).sort()).toEqual(['annan-kommun', 'stockholms-stad']);
    const other = (await get('/api/reports?organisation=annan-kommun').expect(200)).body;
    expect(other).toEqual([{ id: expect.any(Number), key: 'delad', title: 'En annan delad stad', area: null, measureCount: 0, organisation: { slug: 'annan-kommun', name: 'Annan kommun' } }]);
    const stockholm = (await get('/api/reports?organisation=stockholms-stad').expect(200)).body as { organisation: { slug: string } }[];
    expect(stockholm.length).toBe(all.length - 1);
    expect(stockholm.every((r) => r.organisation.slug === 'stockholms-stad')).toBe(true);
  });

  it('GET /api/coverage/trend names each cycle\'s organisation and filters by it', async () => {
    const all = (await get('/api/coverage/trend').expect(200)).body as { cycle: { name: string }; organisation: { slug: string } }[];
    expect(all.map((p) => p.organisation.slug).sort()).toEqual(['annan-kommun', 'stockholms-stad']);
    const other = (await get('/api/coverage/trend?organisation=annan-kommun').expect(200)).body;
    expect(other).toEqual([
      expect.objectContaining({ cycle: expect.objectContaining({ name: 'Budget 2027', status: 'draft' }), organisation: { slug: 'annan-kommun', name: 'Annan kommun' }, expected: 0 }),
    ]);
    const stockholm = (await get('/api/coverage/trend?organisation=stockholms-stad').expect(200)).body as { cycle: { year: number }; expected: number }[];
    expect(stockholm).toEqual([expect.objectContaining({ cycle: expect.objectContaining({ year: 2016 }), expected: 139, delivered: 61 })]);
  });

  it('a board\'s trend covers only its own organisation\'s cycles', async () => {
    const [{ id }] = await t.dataSource.query<{ id: number }[]>(`SELECT id FROM board WHERE name = 'Trafiknämnden'`);
    const points = (await get(`/api/boards/${id}/trend`).expect(200)).body as { organisation: { slug: string } }[];
    expect(points.map((p) => p.organisation.slug)).toEqual(['stockholms-stad']);
  });

  it.each(['/api/reports', '/api/coverage/trend', '/api/exports/cycles.xlsx'])('%s?organisation= with an unknown slug is a 404 naming it', async (path) => {
    const res = await get(`${path}?organisation=ingenstans`).expect(404);
    expect(res.body).toMatchObject({ code: 'organisation_not_found', message: expect.stringContaining('ingenstans') });
  });

  it('GET /api/exports/cycles.xlsx?organisation= holds only that organisation\'s cycles', async () => {
    const res = await get('/api/exports/cycles.xlsx?organisation=annan-kommun').buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    }).expect(200);
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body as unknown as ArrayBuffer);
    const cycles = book.getWorksheet('Omgångar')!;
    const names = cycles.getColumn(1).values.slice(2);
    expect(names).toEqual(['Budget 2027']);
  });
});
