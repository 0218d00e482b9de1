import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { insertOtherOrganisation, insertWriteFixture, type WriteFixture } from './utils/auth-fixture.js';
import { createTestApp, type TestApp } from './utils/test-app.js';

/**
 * GET /api/remisser/overdue picks a page's remisser first and then their missing recipients
 * (REMISS_OVERDUE_SQL): paged in any size, across remisser with several missing recipients each and
 * with answered ones among them, it must give exactly the list counted here from scratch, in order.
 */
describe('the overdue list, paged', () => {
  let t: TestApp;
  let f: WriteFixture;
  /** Every overdue (remiss, recipient) of the fixture, as `remiss id/recipient key`, oldest date first. */
  let expected: string[];

  beforeAll(async () => {
    t = await createTestApp({ seed: false });
    f = await insertWriteFixture(t.dataSource);
    await insertOtherOrganisation(t.dataSource);
    const q = (sql: string, params: unknown[] = []) => t.dataSource.query(sql, params);
    const orgs = (await q(`SELECT id FROM organisation ORDER BY id`)).map((r: { id: number }) => r.id);
    // Per organisation: 7 remisser (two share a date; one is due in the future, one is a draft, one closed), to every board.
    for (const org of orgs) {
      for (let i = 1; i <= 7; i++) {
        const answerBy = i === 5 ? '2099-01-01' : `2024-0${Math.min(i, 4)}-15`;
        const status = i === 6 ? 'draft' : i === 7 ? 'closed' : 'sent';
        const [r] = await q(
          `INSERT INTO remiss (organisation_id, case_number, title, sender_name, answer_by, status) VALUES ($1, $2, $3, 'KS', $4, $5) RETURNING id`,
          [org, `KS ${i}`, `Remiss ${i}`, answerBy, status],
        );
        await q(`INSERT INTO remiss_recipient (organisation_id, remiss_id, kind, name, board_id) SELECT $1, $2, 'board', name, id FROM board WHERE organisation_id = $1`, [org, r.id]);
        await q(`INSERT INTO remiss_recipient (organisation_id, remiss_id, kind, name) VALUES ($1, $2, 'organisation', 'Kommunen')`, [org, r.id]);
      }
    }
    // Some answered (submitted), some with a draft answer only (still missing).
    await q(`INSERT INTO remiss_answer (organisation_id, remiss_id, recipient_id, position, state, submitted_at)
             SELECT organisation_id, remiss_id, id, 'supports', CASE WHEN id % 3 = 0 THEN 'submitted' ELSE 'draft' END, CASE WHEN id % 3 = 0 THEN now() END
               FROM remiss_recipient WHERE id % 2 = 0`);
    expected = (
      await q(`SELECT r.id || '/' || CASE WHEN rr.board_id IS NOT NULL THEN 'board:' || rr.board_id ELSE 'organisation' END AS pair
                 FROM remiss r JOIN remiss_recipient rr ON rr.remiss_id = r.id
                WHERE r.status = 'sent' AND r.answer_by < current_date
                  AND NOT EXISTS (SELECT 1 FROM remiss_answer a WHERE a.recipient_id = rr.id AND a.state = 'submitted')
                ORDER BY r.answer_by, r.id, rr.id`)
    ).map((r: { pair: string }) => r.pair);
  });
  afterAll(() => t.close());

  const page = (query: string) => request(t.app.getHttpServer()).get(`/api/remisser/overdue${query}`).expect(200);
  const pairs = (body: { remiss: { id: number }; recipient: { key: string } }[]) => body.map((o) => `${o.remiss.id}/${o.recipient.key}`);
  async function all(size: number, organisation?: string): Promise<{ pair: string; days: number }[]> {
    const out: { pair: string; days: number }[] = [];
    let cursor: string | undefined;
    for (let i = 0; i < 200; i++) {
      const params = new URLSearchParams({ limit: String(size), ...(organisation ? { organisation } : {}), ...(cursor ? { cursor } : {}) });
      const res = await page(`?${params}`);
      expect(res.body.length).toBeLessThanOrEqual(size);
      const body = res.body as { remiss: { id: number }; recipient: { key: string }; daysOverdue: number }[];
      out.push(...pairs(body).map((pair, i) => ({ pair, days: body[i].daysOverdue })));
      cursor = res.headers['x-next-cursor'];
      if (!cursor) return out;
    }
    throw new Error('no last page');
  }

  it('has the fixture it needs: several remisser with several missing recipients each', () => {
    const perRemiss = new Map<string, number>();
    for (const pair of expected) perRemiss.set(pair.split('/')[0], (perRemiss.get(pair.split('/')[0]) ?? 0) + 1);
    expect(perRemiss.size).toBeGreaterThanOrEqual(8);
    expect([...perRemiss.values()].filter((n) => n >= 2).length).toBeGreaterThanOrEqual(3);
  });

  it.each([1, 2, 3, 5, 1000])('in pages of %i gives every overdue recipient once, oldest date first', async (size) => {
    const got = await all(size);
    expect(got.map((g) => g.pair)).toEqual(expected);
    expect(got.every((g) => g.days > 0)).toBe(true);
  });

  it('per organisation, in pages of 2, gives exactly that organisation’s', async () => {
    const [{ id }] = await t.dataSource.query(`SELECT id FROM organisation WHERE slug = 'testkommun'`);
    const mine = (await t.dataSource.query(`SELECT id FROM remiss WHERE organisation_id = $1`, [id])).map((r: { id: number }) => String(r.id));
    const got = await all(2, 'testkommun');
    const theirs = expected.filter((pair) => mine.includes(pair.split('/')[0]));
    expect(theirs.length).toBeGreaterThan(0);
    expect(got.map((g) => g.pair)).toEqual(theirs);
    expect(pairs((await page('?organisation=testkommun&limit=1000')).body)).toEqual(theirs);
    expect(f.organisation).toBe(id);
  });
});
