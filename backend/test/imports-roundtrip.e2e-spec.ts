import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { binary } from './utils/binary.js';
import { createTestApp, type TestApp } from './utils/test-app.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The 2016 demo cycle's own workbook, uploaded again as it was downloaded: the export is the
 * template, so every row of both sheets must be matched and unchanged, none an error (real data:
 * every statement and measure, measure numbers such as 1.4 and 6.10.1, boards named through groups and aliases).
 */
describe('round trip of the 2016 workbook through the import', () => {
  let t: TestApp;
  let token: string;
  let cycle: { id: number; version: number; status: string };
  let workbook: Buffer;
  const http = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    t = await createTestApp();
    token = (await http().post('/api/auth/login').send({ email: 'admin@example.se', password: 'demo' }).expect(200)).body.token;
    cycle = ((await http().get('/api/cycles').expect(200)).body as { id: number; year: number; version: number; status: string }[]).find((c) => c.year === 2016)!;
    workbook = (await http().get(`/api/cycles/${cycle.id}/export.xlsx`).set('Authorization', `Bearer ${token}`).buffer(true).parse(binary).expect(200)).body as Buffer;
  });
  afterAll(async () => {
    await t.close();
  });

  const upload = (kind: 'statements' | 'catalogue') =>
    http()
      .post(`/api/cycles/${cycle.id}/imports?kind=${kind}`)
      .set('Authorization', `Bearer ${token}`)
      .attach('file', workbook, { filename: 'omgang-2016.xlsx', contentType: XLSX });
  const notUnchanged = (rows: { outcome: string }[]) => rows.filter((r) => r.outcome !== 'unchanged');

  it('the Katalog sheet comes back unchanged, every measure matched, while the demo cycle is closed (the catalogue is the commission\'s)', async () => {
    expect(cycle.status).toBe('closed');
    const res = await upload('catalogue').expect(201);
    const measures = (await http().get('/api/measures?limit=1000').expect(200)).body as unknown[];
    expect(measures.length).toBeGreaterThan(40);
    expect(res.body.summary).toEqual({ rows: measures.length, create: 0, update: 0, unchanged: measures.length, error: 0 });
    expect(notUnchanged(res.body.rows)).toEqual([]);
    expect(res.body.rows.every((r: { measure: { id: number | null } | null }) => typeof r.measure?.id === 'number')).toBe(true);
  });

  it('the Skrivningar sheet is refused in the closed cycle (409), and comes back unchanged, every statement matched, once it is reopened', async () => {
    const closed = await upload('statements').expect(409);
    expect(closed.body.code).toBe('cycle_closed');
    await http().put(`/api/cycles/${cycle.id}`).set('Authorization', `Bearer ${token}`).send({ status: 'open', version: cycle.version }).expect(200);
    const res = await upload('statements').expect(201);
    const statements = (await http().get(`/api/cycles/${cycle.id}/statements?limit=1000`).set('Authorization', `Bearer ${token}`).expect(200)).body as unknown[];
    expect(statements.length).toBeGreaterThan(40);
    expect(res.body.summary).toEqual({ rows: statements.length, create: 0, update: 0, unchanged: statements.length, error: 0 });
    expect(notUnchanged(res.body.rows)).toEqual([]);
    expect(res.body.rows.every((r: { statementId: number | null }) => typeof r.statementId === 'number')).toBe(true);
  });
});
