/**
 * Many editors at once (issue 16): N editors, each with a board of their own and one measure that
 * board leads in an open cycle, all at the same moment create their statement, save it `saves` times
 * and submit it; then R editors of one board save the same statement at the same version. Used by
 * `npm run bench:load` (500 editors) and by test/editor-load.e2e-spec.ts (50, in CI). The data is
 * made in SQL (generate_series), the sessions too (no 500 bcrypt checks), and every request is a
 * real HTTP request to the running app. Bounded: every editor stops at `deadlineMs`.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';

export interface EditorLoadOptions {
  editors: number;
  saves: number;
  /** Editors on the one shared statement. */
  racers: number;
  deadlineMs: number;
}

export interface LatencyStats {
  count: number;
  p50: number;
  p95: number;
  max: number;
}

export interface EditorLoadResult {
  editors: number;
  requests: number;
  seconds: number;
  statuses: Record<string, number>;
  latency: Record<'create' | 'save' | 'submit' | 'race', LatencyStats>;
  /** What the database holds afterwards, against what the answers said. */
  check: {
    statements: number;
    submitted: number;
    /** Statements whose version, text or audit rows differ from what the editor was answered. */
    mismatched: string[];
    duplicateStatements: number;
    raceWinners: number;
    raceConflicts: number;
    raceVersionAfter: number;
    raceVersionBefore: number;
    raceAudits: number;
  };
}

export function stats(samples: number[]): LatencyStats {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => (s.length ? s[Math.min(s.length - 1, Math.ceil(s.length * q) - 1)] : 0);
  return { count: s.length, p50: at(0.5), p95: at(0.95), max: s.length ? s[s.length - 1] : 0 };
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

interface Editor {
  token: string;
  boardId: number;
  measureId: number;
}

/** An organisation of its own ('last-<time>') with N boards, N measures, an open cycle and N + racers editors with live sessions. */
async function prepare(ds: DataSource, o: EditorLoadOptions): Promise<{ cycleId: number; editors: Editor[]; racers: Editor[] }> {
  const slug = `last-${Date.now()}`;
  const one = async (sql: string, params: unknown[] = []) => (await ds.query(sql, params))[0];
  const org = (await one(`INSERT INTO organisation (slug, name) VALUES ($1, 'Lasttest') RETURNING id`, [slug])).id as number;
  const boards: number[] = (
    await ds.query(
      `INSERT INTO board (organisation_id, name, administration, kind, slug)
       SELECT $1, 'Lastnämnd ' || i, 'Lastförvaltning ' || i, 'central', $2 || '-namnd-' || i FROM generate_series(1, $3) i RETURNING id`,
      [org, slug, o.editors],
    )
  ).map((r: { id: number }) => r.id);
  const commission = (await one(`INSERT INTO commission (organisation_id, slug, name) VALUES ($1, $2, 'Lastkommissionen') RETURNING id`, [org, slug])).id;
  const report = (await one(`INSERT INTO report (commission_id, key, title) VALUES ($1, 'l1', 'Lastrapport') RETURNING id`, [commission])).id;
  const measures: number[] = (
    await ds.query(`INSERT INTO measure (report_id, number, title) SELECT $1, '1.' || i, 'Lastsåtgärd ' || i FROM generate_series(1, $2) i RETURNING id`, [report, o.editors])
  ).map((r: { id: number }) => r.id);
  await ds.query(`INSERT INTO responsibility (measure_id, board_id, role) SELECT m, b, 'lead' FROM unnest($1::int[], $2::int[]) AS x(m, b)`, [measures, boards]);
  const cycleId = (
    await one(`INSERT INTO reporting_cycle (organisation_id, commission_id, name, year, deadline, status) VALUES ($1, $2, 'Lastomgång', 2026, '2099-12-31', 'open') RETURNING id`, [org, commission])
  ).id as number;
  await ds.query(`INSERT INTO cycle_participant (cycle_id, board_id) SELECT $1, unnest($2::int[])`, [cycleId, boards]);
  await ds.query(`INSERT INTO cycle_scope_measure (cycle_id, measure_id) SELECT $1, unnest($2::int[])`, [cycleId, measures]);
  await ds.query(
    `INSERT INTO cycle_scope_responsibility (cycle_id, measure_id, board_id, role) SELECT $1, m, b, 'lead' FROM unnest($2::int[], $3::int[]) AS x(m, b)`,
    [cycleId, measures, boards],
  );

  // Accounts carry an organisation once issue 12's column exists; before it they have none.
  const [{ has_org }] = await ds.query(
    `SELECT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 'app_user' AND column_name = 'organisation_id') AS has_org`,
  );
  const total = o.editors + o.racers;
  // Racers are editors of the first board too.
  const userBoards = [...boards, ...Array.from({ length: o.racers }, () => boards[0])];
  const users: number[] = (
    await ds.query(
      `INSERT INTO app_user (email, password_hash, role${has_org ? ', organisation_id' : ''})
       SELECT 'redaktor.' || i || '@' || $1 || '.se', 'inte-ett-lösenord', 'editor'${has_org ? ', $3' : ''} FROM generate_series(1, $2) i RETURNING id`,
      has_org ? [slug, total, org] : [slug, total],
    )
  ).map((r: { id: number }) => r.id);
  await ds.query(`INSERT INTO user_board (user_id, board_id) SELECT u, b FROM unnest($1::int[], $2::int[]) AS x(u, b)`, [users, userBoards]);
  const tokens = users.map(() => randomBytes(32).toString('base64url'));
  await ds.query(
    `INSERT INTO user_session (user_id, token_hash, csrf_token, expires_at) SELECT u, h, 'x', now() + interval '1 hour' FROM unnest($1::int[], $2::text[]) AS x(u, h)`,
    [users, tokens.map(sha256)],
  );
  const editors = boards.map((b, i) => ({ token: tokens[i], boardId: b, measureId: measures[i] }));
  const racers = tokens.slice(o.editors).map((token) => ({ token, boardId: boards[0], measureId: measures[0] }));
  return { cycleId, editors, racers };
}

export async function runEditorLoad(ds: DataSource, base: string, o: EditorLoadOptions): Promise<EditorLoadResult> {
  const { cycleId, editors, racers } = await prepare(ds, o);
  const latencies = { create: [] as number[], save: [] as number[], submit: [] as number[], race: [] as number[] };
  const statuses: Record<string, number> = {};
  let requests = 0;
  const deadline = Date.now() + o.deadlineMs;

  const send = async (kind: keyof typeof latencies, token: string, method: string, path: string, body: unknown) => {
    requests++;
    const start = performance.now();
    const res = await fetch(base + path, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const json = (await res.json()) as Record<string, unknown>;
    latencies[kind].push(performance.now() - start);
    const key = `${kind} ${res.status}${res.status >= 400 ? ` ${String(json.code)}` : ''}`;
    statuses[key] = (statuses[key] ?? 0) + 1;
    return { status: res.status, json };
  };

  /** What each editor was last answered: the statement, its version and text. */
  const answered = new Map<number, { version: number; text: string; state: string; writes: number }>();
  const t0 = performance.now();
  await Promise.all(
    editors.map(async (e, i) => {
      const created = await send('create', e.token, 'POST', `/cycles/${cycleId}/statements`, { boardId: e.boardId, measureId: e.measureId, text: `Redaktör ${i}: start`, plannedYears: [2027] });
      if (created.status !== 201) return;
      const id = created.json.id as number;
      let version = created.json.version as number;
      let text = created.json.text as string;
      let writes = 1;
      for (let s = 1; s <= o.saves && Date.now() < deadline; s++) {
        const saved = await send('save', e.token, 'PUT', `/statements/${id}`, { text: `Redaktör ${i}: version ${s}`, plannedYears: [2027, 2028], version });
        if (saved.status !== 200) break;
        version = saved.json.version as number;
        text = saved.json.text as string;
        writes++;
      }
      let state = 'draft';
      if (Date.now() < deadline) {
        const submitted = await send('submit', e.token, 'POST', `/statements/${id}/submit`, { version });
        if (submitted.status === 200) {
          version = submitted.json.version as number;
          state = submitted.json.state as string;
          writes++;
        }
      }
      answered.set(id, { version, text, state, writes });
    }),
  );

  // The race: a fresh draft of board 1 for measure 1's neighbour is not possible (one statement per board and measure),
  // so the racers share the board's general statement, created once, then saved by all at one version.
  const general = await send('create', racers[0]?.token ?? editors[0].token, 'POST', `/cycles/${cycleId}/statements`, { boardId: editors[0].boardId, measureId: null, text: 'Allmänt', plannedYears: [] });
  const raceId = general.json.id as number;
  const raceVersionBefore = general.json.version as number;
  const raceResults = await Promise.all(
    racers.map((r, i) => send('race', r.token, 'PUT', `/statements/${raceId}`, { text: `Tävlande ${i}`, plannedYears: [], version: raceVersionBefore })),
  );
  const seconds = (performance.now() - t0) / 1000;

  // What the database holds, against the answers.
  const rows: { id: number; version: number; text: string; state: string; audits: number }[] = await ds.query(
    `SELECT s.id, s.version, s.text, s.state,
            (SELECT count(*)::int FROM audit_event a WHERE a.entity_type = 'statement' AND a.entity_id = s.id) AS audits
       FROM statement s WHERE s.cycle_id = $1 AND s.measure_id IS NOT NULL`,
    [cycleId],
  );
  const mismatched: string[] = [];
  for (const r of rows) {
    const a = answered.get(r.id);
    if (!a) mismatched.push(`statement ${r.id} was never answered to its editor`);
    else if (a.version !== r.version || a.text !== r.text || a.state !== r.state || r.audits !== a.writes) {
      mismatched.push(`statement ${r.id}: answered v${a.version} ${a.state} after ${a.writes} writes, holds v${r.version} ${r.state} with ${r.audits} audit rows`);
    }
  }
  for (const id of answered.keys()) if (!rows.some((r) => r.id === id)) mismatched.push(`statement ${id} was answered but is not stored`);
  const [dup] = await ds.query(
    `SELECT (count(*) - count(DISTINCT (board_id, coalesce(measure_id, 0))))::int AS n FROM statement WHERE cycle_id = $1`,
    [cycleId],
  );
  const [race] = await ds.query(
    `SELECT s.version, (SELECT count(*)::int FROM audit_event a WHERE a.entity_type = 'statement' AND a.entity_id = s.id) AS audits FROM statement s WHERE s.id = $1`,
    [raceId],
  );
  return {
    editors: o.editors,
    requests,
    seconds,
    statuses,
    latency: { create: stats(latencies.create), save: stats(latencies.save), submit: stats(latencies.submit), race: stats(latencies.race) },
    check: {
      statements: rows.length,
      submitted: rows.filter((r) => r.state === 'submitted').length,
      mismatched,
      duplicateStatements: dup.n,
      raceWinners: raceResults.filter((r) => r.status === 200).length,
      raceConflicts: raceResults.filter((r) => r.status === 409 && r.json.code === 'version_conflict').length,
      raceVersionBefore,
      raceVersionAfter: race.version,
      raceAudits: race.audits,
    },
  };
}

/** The result as the markdown docs/benchmark.md shows. */
export function formatEditorLoad(r: EditorLoadResult): string {
  const lines = [
    `${r.editors} editors, ${r.requests} requests in ${r.seconds.toFixed(1)} s (${(r.requests / r.seconds).toFixed(0)} requests/s)`,
    '',
    '| request | count | p50 ms | p95 ms | max ms |',
    '|---|---:|---:|---:|---:|',
    ...Object.entries(r.latency).map(([k, s]) => `| ${k} | ${s.count} | ${s.p50.toFixed(0)} | ${s.p95.toFixed(0)} | ${s.max.toFixed(0)} |`),
    '',
    `answers: ${Object.entries(r.statuses).map(([k, n]) => `${k}: ${n}`).join(', ')}`,
    `stored: ${r.check.statements} statements, ${r.check.submitted} submitted, ${r.check.duplicateStatements} duplicates, ${r.check.mismatched.length} differing from their answers`,
    `race: ${r.check.raceWinners} won, ${r.check.raceConflicts} got version_conflict; version ${r.check.raceVersionBefore} → ${r.check.raceVersionAfter}, ${r.check.raceAudits} audit rows`,
  ];
  return lines.join('\n');
}
