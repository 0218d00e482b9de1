import pg from 'pg';
const { sessionOptions } = await import('/work/main/backend/dist/backend/src/database/database-options.js');
const S = await import('/work/main/backend/dist/backend/src/coverage/coverage.sql.js');
const c = new pg.Client({ connectionString: process.env.URL, options: sessionOptions() }); await c.connect();
const cycle = 2611;
const [{ id }] = (await c.query(`SELECT r.id FROM report r JOIN reporting_cycle c ON c.commission_id = r.commission_id WHERE c.id = $1 AND r.key = 'r5'`, [cycle])).rows;
for (const p of [[cycle, null, null, null, null, 101], [cycle, id, null, null, null, 101]]) {
  const r = await c.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${S.CYCLE_MEASURES_SQL}`, p);
  const lines = r.rows.map((x) => x['QUERY PLAN']);
  console.log(p[1], lines.filter((l) => /Execution Time|^  Buffers|loops=[1-9][0-9]{2,}/.test(l)).join('\n'));
}
await c.end();
