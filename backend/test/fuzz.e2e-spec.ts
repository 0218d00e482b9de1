import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { buildOpenApiDocument } from '../src/openapi/openapi-document.js';
import { insertStatement, insertWriteFixture, signIn, type WriteFixture } from './utils/auth-fixture.js';
import { badBody, badQuery, badUrlPiece, encodePiece, plausible, rawRequest, routesFromOpenApi, typedBody, type BodyCase, type FuzzRoute, type RawResponse, type UrlPiece } from './utils/fuzz-input.js';
import { createTestApp, type TestApp } from './utils/test-app.js';

/**
 * Property-based fuzzing of every route in the app's OpenAPI document (so a new route is covered
 * without touching this file): bad ids in the path, broken query filters, broken bodies and malformed
 * JSON, sent as raw HTTP by an admin (who gets past every role check to the validation). For every
 * answer: never 5xx; an error is the envelope; and a rejected request changed no stored row (a
 * checksum of every table, before and after). FUZZ_RUNS scales the cases per route, FUZZ_SEED replays a run.
 */
const RUNS_PER_ROUTE = Number(process.env.FUZZ_RUNS ?? 24);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() % 2 ** 31;
const MIN_CASES = 1000;
const CURRENT_VERSION = '<current version>';
/** The table whose version a route's body carries, by the route's first segment. */
const VERSIONED: Record<string, string> = {
  statements: 'statement',
  cycles: 'reporting_cycle',
  users: 'app_user',
  boards: 'board',
  measures: 'measure',
  'link-suggestions': 'link_suggestion',
};

/** Tables a rejected request may still write, by design, per route. */
const MAY_WRITE_WHEN_REJECTED: Record<string, string[]> = {
  // A wrong password is counted before it is checked (the sign-in throttle), so 401/429 leave a row.
  'POST /api/auth/login': ['login_attempt'],
};

interface Case {
  path: Record<string, UrlPiece | { id: number }>;
  query: string | null;
  body: BodyCase | null;
}

describe('fuzzed input on every route', () => {
  let t: TestApp;
  let f: WriteFixture;
  let token: string;
  let port: number;
  let routes: FuzzRoute[];
  let tables: string[];
  let cases = 0;
  /** "METHOD /path status" → how often; printed with FUZZ_REPORT=1. */
  const statuses: Record<string, number> = {};
  /** A valid id of the right kind for each route's path parameters, so that bad queries and bodies reach validation. */
  const known: Record<string, number> = {};
  /** Fixture values for the DTO examples' demo-data ids and years (see plausible()). */
  let bodyOverrides: Record<string, unknown> = {};

  beforeAll(async () => {
    t = await createTestApp({ seed: false });
    f = await insertWriteFixture(t.dataSource);
    token = await signIn(t.app, f.users.admin.email);
    await t.app.listen(0, '127.0.0.1');
    port = (t.app.getHttpServer().address() as AddressInfo).port;
    routes = routesFromOpenApi(buildOpenApiDocument(t.app));
    tables = (
      await t.dataSource.query<{ name: string }[]>(
        `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
      )
    ).map((r) => r.name);
    const statement = await insertStatement(t.dataSource, { cycle: f.cycles.open, board: f.boards.A, measure: f.measures.m12 });
    const [suggestion] = await t.dataSource.query(
      `INSERT INTO link_suggestion (cycle_id, board_id, measure_id, passage, passage_hash, line_from, line_to, score)
       VALUES ($1, $2, $3, 'Ett stycke.', repeat('b', 64), 1, 1, 0.6) RETURNING id`,
      [f.cycles.open, f.boards.A, f.measures.m11],
    );
    Object.assign(known, {
      boards: f.boards.A,
      measures: f.measures.m11,
      cycles: f.cycles.open,
      statements: statement.id,
      users: f.users.editorA.id,
      'link-suggestions': suggestion.id,
      boardId: f.boards.B,
    });
    bodyOverrides = {
      boardId: f.boards.B,
      boardIds: [f.boards.A, f.boards.B],
      measureId: f.measures.m13,
      commissionId: f.commission,
      organisationId: 1,
      report: 'r1',
      plannedYears: [2027],
      // Replaced by the target row's version as it is when the case is sent (see send()).
      version: CURRENT_VERSION,
      // The open cycle stays open, and editor A stays an editor, so later cases still reach their checks.
      'UpdateCycleDto.status': 'open',
      'CreateCycleDto.status': 'draft',
      'UpdateUserDto.role': 'editor',
      'UpdateUserDto.active': true,
      'UpdateUserDto.password': 'ett-nytt-långt-lösenord',
    };
  });
  afterAll(async () => {
    await t.close();
  });

  /** md5 of every table's rows in a stable order: equal checksums, equal contents. */
  async function checksums(): Promise<Record<string, string>> {
    const select = tables.map((name) => `(SELECT md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) FROM "${name}" x) AS "${name}"`).join(',\n');
    const [row] = await t.dataSource.query(`SELECT ${select}`);
    return row;
  }

  function validIdFor(route: FuzzRoute, param: string): number {
    if (known[param]) return known[param];
    const resource = route.path.split('/')[2];
    return known[resource] ?? 1;
  }

  /** The route's body as the fixture would accept it, before the fuzzer breaks it. */
  function baseBody(route: FuzzRoute): Record<string, unknown> {
    return plausible(route.body, bodyOverrides, route.bodyName) as Record<string, unknown>;
  }

  /**
   * One place of badness per case (the path, the query or the body), the rest valid, so that each
   * broken piece reaches the code that must refuse it instead of being stopped by another.
   */
  function caseFor(route: FuzzRoute): fc.Arbitrary<Case> {
    const validPath = Object.fromEntries(route.pathParams.map((p) => [p, { id: validIdFor(route, p) }]));
    const base = route.body ? { json: baseBody(route) } : null;
    const variants: fc.Arbitrary<Case>[] = [];
    if (route.pathParams.length > 0) {
      const badPath = fc.record(
        Object.fromEntries(
          route.pathParams.map((p) => [
            p,
            fc.oneof({ weight: 1, arbitrary: fc.constantFrom(2_147_483_647, 999_999, validIdFor(route, p)).map((id) => ({ id })) }, { weight: 3, arbitrary: badUrlPiece }),
          ]),
        ),
      ) as fc.Arbitrary<Case['path']>;
      variants.push(badPath.map((path) => ({ path, query: null, body: base })));
    }
    variants.push(badQuery(route.query).map((query) => ({ path: validPath, query, body: base })));
    if (route.body) {
      const body = baseBody(route);
      variants.push(badBody(route.body, body).map((b) => ({ path: validPath, query: null, body: b })));
      variants.push(typedBody(route.body, body).map((b) => ({ path: validPath, query: null, body: b })));
    }
    return fc.oneof(...variants);
  }

  function urlOf(route: FuzzRoute, c: Case): string {
    let path = route.path;
    for (const [name, value] of Object.entries(c.path)) {
      path = path.replace(`{${name}}`, 'id' in value ? String(value.id) : encodePiece(value) || '%20');
    }
    return c.query ? `${path}?${c.query}` : path;
  }

  async function send(route: FuzzRoute, c: Case): Promise<RawResponse> {
    // Sign-in and sign-out are fuzzed without the admin's session (a sign-out would end it).
    const auth: Record<string, string> = route.path.startsWith('/api/auth/') ? {} : { authorization: `Bearer ${token}` };
    if (!c.body) return rawRequest(port, route.method, urlOf(route, c), auth);
    let json = 'json' in c.body ? c.body.json : undefined;
    if (json && typeof json === 'object' && (json as Record<string, unknown>).version === CURRENT_VERSION) {
      const table = VERSIONED[route.path.split('/')[2]];
      const target = Object.values(c.path)[0];
      const [row] = table && target && 'id' in target ? await t.dataSource.query(`SELECT version FROM ${table} WHERE id = $1`, [target.id]) : [];
      json = { ...json, version: row?.version ?? 1 };
    }
    const text = 'raw' in c.body ? c.body.raw : JSON.stringify(json);
    return rawRequest(port, route.method, urlOf(route, c), { ...auth, 'content-type': 'application/json' }, text ?? 'null');
  }

  /** A failing case in a few hundred characters. */
  function describeCase(route: FuzzRoute, c: Case): string {
    const cut = (text: string, n: number) => (text.length > n ? `${text.slice(0, n)}…(${text.length} chars)` : text);
    const body = c.body ? ` body ${cut('raw' in c.body ? c.body.raw : String(JSON.stringify(c.body.json)), 200)}` : '';
    return `${route.method} ${cut(urlOf(route, c), 200)}${body}`;
  }

  function problemWith(res: RawResponse): string | null {
    if (res.status >= 500) return `answered ${res.status}: ${res.text.slice(0, 300)}`;
    if (res.status < 400) return null;
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(res.text);
    } catch {
      return `error ${res.status} is not JSON: ${res.text.slice(0, 200)}`;
    }
    if (body.statusCode !== res.status || typeof body.code !== 'string' || !/^[a-z_]+$/.test(body.code) || typeof body.message !== 'string') {
      return `error ${res.status} is not the envelope: ${res.text.slice(0, 300)}`;
    }
    return null;
  }

  it('covers every route the app serves', () => {
    const served = (t.app.getHttpAdapter().getInstance() as { router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] } }).router.stack
      .filter((layer) => layer.route?.path.startsWith('/api/') && !layer.route.path.startsWith('/api/docs'))
      .flatMap((layer) => Object.keys(layer.route!.methods).map((m) => `${m.toUpperCase()} ${layer.route!.path.replace(/:(\w+)/g, '{$1}')}`));
    const documented = routes.map((r) => `${r.method} ${r.path}`);
    expect(served.filter((r) => !documented.includes(r))).toEqual([]);
    expect(routes.length).toBeGreaterThan(40);
    expect(routes.filter((r) => r.body).length).toBeGreaterThan(15);
  });

  it('the bodies it starts from are valid, so a broken field is what gets refused', async () => {
    // Were the fuzzer's starting body itself refused, every case would be rejected for the wrong reason.
    const create = routes.find((r) => r.method === 'POST' && r.path === '/api/cycles/{id}/statements')!;
    const body = baseBody(create);
    expect(body).toMatchObject({ boardId: f.boards.B, measureId: f.measures.m13, plannedYears: [2027] });
    await t.dataSource.query(`DELETE FROM statement WHERE board_id = $1 AND measure_id = $2`, [f.boards.B, f.measures.m13]);
    const res = await rawRequest(port, 'POST', `/api/cycles/${f.cycles.open}/statements`, { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, JSON.stringify(body));
    expect({ status: res.status, body: res.status === 201 ? null : res.text }).toEqual({ status: 201, body: null });
    // The fuzzer's creates then meet an empty slot again.
    await t.dataSource.query(`DELETE FROM statement WHERE id = $1`, [JSON.parse(res.text).id]);
  });

  it(`≥ ${MIN_CASES} bad requests: no 5xx, every error in the envelope, nothing stored by a rejected request`, async () => {
    const failures: string[] = [];
    for (const route of routes) {
      const name = `${route.method} ${route.path}`;
      const runs = route.body || route.query.length > 0 ? RUNS_PER_ROUTE : Math.ceil(RUNS_PER_ROUTE / 2);
      let before = await checksums();
      const outcome = await fc.check(
        fc.asyncProperty(caseFor(route), async (c) => {
          cases++;
          const res = await send(route, c);
          const key = `${name} ${res.status}`;
          statuses[key] = (statuses[key] ?? 0) + 1;
          const problem = problemWith(res);
          if (problem) throw new Error(`${describeCase(route, c)}: ${problem}`);
          const after = await checksums();
          if (res.status >= 400 || route.method === 'GET') {
            const allowed = res.status >= 400 ? (MAY_WRITE_WHEN_REJECTED[name] ?? []) : [];
            const changed = tables.filter((tbl) => before[tbl] !== after[tbl] && !allowed.includes(tbl));
            if (changed.length > 0) throw new Error(`${describeCase(route, c)}: answered ${res.status} but changed ${changed.join(', ')}`);
          }
          before = after;
        }),
        { numRuns: runs, seed: SEED + route.path.length * 31 + route.method.length },
      );
      if (outcome.failed) {
        // The shrunk case's own message, short: fast-check's report repeats every huge string in full.
        const error = outcome.errorInstance as Error | undefined;
        failures.push(`${name} (seed ${outcome.seed}, path ${outcome.counterexamplePath}): ${error?.message ?? String(error)}`);
      }
    }
    if (process.env.FUZZ_REPORT) console.log(`${cases} cases\n${Object.entries(statuses).map(([k, n]) => `${k}: ${n}`).join('\n')}`);
    expect({ seed: SEED, failures }).toEqual({ seed: SEED, failures: [] });
    expect(cases).toBeGreaterThanOrEqual(MIN_CASES);
  }, 300_000);

});
