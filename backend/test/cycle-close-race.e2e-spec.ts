import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import request from 'supertest';
import { insertStatement, insertWriteFixture, signIn, type WriteFixture } from './utils/auth-fixture.js';
import { createTestApp, type TestApp } from './utils/test-app.js';

/**
 * An editor's write and an admin closing the cycle at the same moment: the write takes the cycle
 * row FOR SHARE, so it either lands before the close or sees the cycle closed — never a write into
 * a cycle that closed under it.
 */
describe('statement writes serialise with a closing cycle', () => {
  let t: TestApp;
  let f: WriteFixture;
  let editorA: string;

  beforeAll(async () => {
    t = await createTestApp({ seed: false });
    f = await insertWriteFixture(t.dataSource);
    editorA = await signIn(t.app, f.users.editorA.email);
  });
  afterAll(async () => {
    await t.close();
  });

  /** Closes the open cycle in a transaction of its own, runs `write` while that transaction is still open, then commits. */
  async function closeWhile(write: () => Promise<request.Response>): Promise<request.Response> {
    const closer = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await closer.connect();
    try {
      await closer.query('BEGIN');
      await closer.query(`UPDATE reporting_cycle SET status = 'closed', version = version + 1 WHERE id = $1`, [f.cycles.open]);
      const pending = write();
      // Give the write time to reach the database and read the cycle.
      await new Promise((resolve) => setTimeout(resolve, 400));
      await closer.query('COMMIT');
      return await pending;
    } finally {
      await closer.end();
      await t.dataSource.query(`UPDATE reporting_cycle SET status = 'open' WHERE id = $1`, [f.cycles.open]);
    }
  }

  it('an update racing the close is refused with cycle_not_open and changes nothing', async () => {
    const s = await insertStatement(t.dataSource, { cycle: f.cycles.open, board: f.boards.A, measure: f.measures.m11, text: 'Före' });
    const res = await closeWhile(() =>
      request(t.app.getHttpServer())
        .put(`/api/statements/${s.id}`)
        .set('Authorization', `Bearer ${editorA}`)
        .send({ text: 'Efter stängning', plannedYears: [2026], version: s.version })
        .then((r) => r),
    );
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('cycle_not_open');
    const [row] = await t.dataSource.query(`SELECT text, version FROM statement WHERE id = $1`, [s.id]);
    expect(row).toEqual({ text: 'Före', version: s.version });
  });

  it('a new statement racing the close is refused and nothing is stored', async () => {
    const res = await closeWhile(() =>
      request(t.app.getHttpServer())
        .post(`/api/cycles/${f.cycles.open}/statements`)
        .set('Authorization', `Bearer ${editorA}`)
        .send({ boardId: f.boards.A, measureId: f.measures.m12, text: 'Ny', plannedYears: [2026] })
        .then((r) => r),
    );
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('cycle_not_open');
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM statement WHERE measure_id = $1`, [f.measures.m12]);
    expect(n).toBe(0);
  });
});
