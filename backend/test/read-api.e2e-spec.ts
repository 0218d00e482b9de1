import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { BOARDS, REPORTS } from '../../seed/reference-data.js';
import { createTestApp, type TestApp } from './utils/test-app.js';

describe('read API (reference data)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('GET /api/health reports the database in use', async () => {
    const res = await request(t.app.getHttpServer()).get('/api/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', database: process.env.ATK_TEST_DATABASE });
  });

  it('GET /api/boards lists every seeded board with its administration and kind', async () => {
    const res = await request(t.app.getHttpServer()).get('/api/boards?organisation=stockholms-stad').expect(200);
    expect(res.body).toHaveLength(BOARDS.length);
    expect(res.body[0]).toEqual({
      id: expect.any(Number),
      name: 'Kommunstyrelsen',
      administration: 'Stadsledningskontoret',
      kind: 'executive',
      organisation: { slug: 'stockholms-stad', name: 'Stockholms stad' },
      validFrom: null,
      validTo: null,
    });
    expect(res.body).toContainEqual(expect.objectContaining({ name: 'Trafiknämnden', administration: 'Trafikkontoret', kind: 'central' }));
    expect(res.body).toContainEqual(
      expect.objectContaining({ name: 'Bromma stadsdelsnämnd', administration: 'Bromma stadsdelsförvaltning', kind: 'district' }),
    );
    expect(Object.keys(res.body[0]).sort()).toEqual(['administration', 'id', 'kind', 'name', 'organisation', 'validFrom', 'validTo']);
  });

  it('GET /api/reports lists the four reports with their keys', async () => {
    const res = await request(t.app.getHttpServer()).get('/api/reports').expect(200);
    expect(res.body.map((r: { key: string }) => r.key).sort()).toEqual(REPORTS.map((r) => r.key).sort());
    for (const report of res.body) {
      expect(report).toEqual({
        id: expect.any(Number),
        key: expect.any(String),
        title: expect.any(String),
        area: expect.any(String),
        measureCount: expect.any(Number),
        organisation: { slug: 'stockholms-stad', name: 'Stockholms stad' },
      });
    }
  });

  it('GET /api/cycles answers a list', async () => {
    const res = await request(t.app.getHttpServer()).get('/api/cycles').expect(200);
    expect(Array.isArray(res.body)).toBe(true);
  });

  it('GET /api/boards/:id answers one board, 404 for an unknown one', async () => {
    const boards = (await request(t.app.getHttpServer()).get('/api/boards')).body as { id: number; name: string }[];
    const res = await request(t.app.getHttpServer()).get(`/api/boards/${boards[1].id}`).expect(200);
    expect(res.body).toMatchObject({ id: boards[1].id, name: boards[1].name, slug: expect.any(String), responsibilities: expect.any(Array) });
    const missing = await request(t.app.getHttpServer()).get('/api/boards/999999').expect(404);
    expect(missing.body).toEqual({ statusCode: 404, code: 'not_found', message: 'Board 999999 does not exist' });
  });

  describe('bad input gets a 4xx envelope, never a 500', () => {
    it.each(['abc', '0', '-3', '1.5', '1e3', '99999999999', "1'%20OR%201=1"])('malformed board id %p → 400 invalid_id', async (id) => {
      const res = await request(t.app.getHttpServer()).get(`/api/boards/${id}`).expect(400);
      expect(res.body).toMatchObject({ statusCode: 400, code: 'invalid_id', errors: { id: 'must be a positive integer' } });
      expect(res.body.message).toContain('id must be a positive integer');
    });

    it('unknown report key → 404 naming the key', async () => {
      const res = await request(t.app.getHttpServer()).get('/api/measures?report=finns-inte').expect(404);
      expect(res.body).toEqual({ statusCode: 404, code: 'not_found', message: 'Report "finns-inte" does not exist' });
    });

    it('malformed report key → 400 naming the field', async () => {
      const res = await request(t.app.getHttpServer()).get('/api/measures?report=DROP%20TABLE').expect(400);
      expect(res.body).toMatchObject({ statusCode: 400, code: 'validation_failed', errors: { report: expect.stringContaining('report key') } });
    });

    it('unknown query field → 400 naming it', async () => {
      const res = await request(t.app.getHttpServer()).get('/api/measures?colour=red').expect(400);
      expect(res.body).toEqual({
        statusCode: 400,
        code: 'validation_failed',
        message: 'Invalid input: colour',
        errors: { colour: 'property colour should not exist' },
        // The failed constraint's name: a stable key for clients that translate (the message is English).
        constraints: { colour: ['whitelistValidation'] },
      });
    });

    it('unknown cycle → 404; malformed statement filter → 400', async () => {
      await request(t.app.getHttpServer()).get('/api/cycles/424242').expect(404);
      const res = await request(t.app.getHttpServer()).get('/api/cycles/424242/statements?board=x').expect(400);
      expect(res.body.errors).toEqual({ board: 'board must be a positive integer' });
    });

    it('unknown API route → 404 envelope, not the dashboard', async () => {
      const res = await request(t.app.getHttpServer()).get('/api/nothing-here').expect(404);
      expect(res.body).toMatchObject({ statusCode: 404, code: 'not_found' });
    });
  });

  it('serves the OpenAPI description at /api/docs', async () => {
    const res = await request(t.app.getHttpServer()).get('/api/docs-json').expect(200);
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/boards', '/api/reports', '/api/measures', '/api/cycles']));
    // Writes document how to sign in; public reads do not ask for it.
    expect(Object.keys(res.body.components.securitySchemes).sort()).toEqual(['bearer', 'cookie']);
    expect(res.body.paths['/api/cycles'].post.security).toEqual(expect.arrayContaining([{ bearer: [] }, { cookie: [] }]));
    expect(res.body.paths['/api/cycles'].get.security).toBeUndefined();
    // Every error answer is described as the one envelope, with the error codes as an enum.
    const envelope = { 'application/json': { schema: { $ref: '#/components/schemas/ErrorEnvelopeDto' } } };
    expect(res.body.paths['/api/cycles/{id}'].put.responses['409'].content).toEqual(envelope);
    expect(res.body.paths['/api/boards'].get.responses.default.content).toEqual(envelope);
    expect(res.body.components.schemas.ErrorEnvelopeDto.required).toEqual(['statusCode', 'code', 'message']);
    expect(res.body.components.schemas.ErrorCode.enum).toEqual(expect.arrayContaining(['validation_failed', 'version_conflict', 'unauthorized']));
  });
});
