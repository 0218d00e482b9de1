import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import {
  databaseFingerprint,
  insertOtherOrganisation,
  insertStatement,
  insertWriteFixture,
  signIn,
  type OtherOrganisationFixture,
  type WriteFixture,
} from './utils/auth-fixture.js';
import { createTestApp, type TestApp } from './utils/test-app.js';

/**
 * The callers: of the fixture's own organisation (whose data every write below targets), of
 * another organisation (`other*`, which has a board of the same name), and the install's system account.
 */
type OwnActor = 'anonymous' | 'editorOfBoard' | 'editorOfOtherBoard' | 'analyst' | 'admin';
type OtherActor = 'otherAdmin' | 'otherAnalyst' | 'otherEditor' | 'system';
type Actor = OwnActor | OtherActor;
const ACTORS: Actor[] = ['anonymous', 'editorOfBoard', 'editorOfOtherBoard', 'analyst', 'admin', 'otherAdmin', 'otherAnalyst', 'otherEditor', 'system'];
const OTHER: OtherActor[] = ['otherAdmin', 'otherAnalyst', 'otherEditor', 'system'];
const isOther = (actor: Actor): actor is OtherActor => (OTHER as Actor[]).includes(actor);

interface Call {
  method: 'get' | 'post' | 'put' | 'delete';
  path: string;
  body?: object;
}

interface Endpoint {
  /** METHOD /api/route/:pattern, as Express knows it. */
  route: string;
  /** A fresh, valid request for the actor (the board in question is A). */
  prepare(actor: Actor): Promise<Call>;
  expected: Record<Actor, number>;
}

/** Nobody of another organisation, nor the system account, writes anything of this organisation's. */
const ownOnly = (own: Record<OwnActor, number>): Record<Actor, number> => ({ ...own, otherAdmin: 403, otherAnalyst: 403, otherEditor: 403, system: 403 });
const statementWrite = (ok: number): Record<Actor, number> => ownOnly({ anonymous: 401, editorOfBoard: ok, editorOfOtherBoard: 403, analyst: 403, admin: ok });
const adminOnly = (ok: number): Record<Actor, number> => ownOnly({ anonymous: 401, editorOfBoard: 403, editorOfOtherBoard: 403, analyst: 403, admin: ok });
/** A create names the fixture's organisation when the caller is of another (else it would create in its own, rightly). */
const target = (actor: Actor): { organisation?: string } => (isOther(actor) ? { organisation: 'testkommun' } : {});

describe('authorization matrix: every write endpoint × every kind of caller', () => {
  let t: TestApp;
  let f: WriteFixture;
  let o: OtherOrganisationFixture;
  const tokens = {} as Record<Actor, string | null>;
  let counter = 0;
  const next = () => ++counter;

  /** A new measure of r1 with board A lead, and A's draft for it in the open cycle. */
  async function freshDraft(state: 'draft' | 'submitted' = 'draft'): Promise<{ id: number; version: number }> {
    const [report] = await t.dataSource.query(`SELECT id FROM report WHERE key = 'r1'`);
    const [measure] = await t.dataSource.query(`INSERT INTO measure (report_id, number, title) VALUES ($1, $2, 'Matris') RETURNING id`, [report.id, `7.${next()}`]);
    await t.dataSource.query(`INSERT INTO responsibility (measure_id, board_id, role) VALUES ($1, $2, 'lead')`, [measure.id, f.boards.A]);
    return insertStatement(t.dataSource, { cycle: f.cycles.open, board: f.boards.A, measure: measure.id, state });
  }

  /** A pending link suggestion on a fresh measure that board A already has a statement on (so confirming adds no statement). */
  async function freshSuggestion(): Promise<number> {
    const draft = await freshDraft('submitted');
    const [{ measure_id }] = await t.dataSource.query(`SELECT measure_id FROM statement WHERE id = $1`, [draft.id]);
    const [row] = await t.dataSource.query(
      `INSERT INTO link_suggestion (cycle_id, board_id, measure_id, passage, passage_hash, line_from, line_to, score)
       VALUES ($1, $2, $3, 'Ett stycke.', repeat('a', 64), 1, 1, 0.6) RETURNING id`,
      [f.cycles.open, f.boards.A, measure_id],
    );
    return row.id;
  }

  /** A sent remiss of the fixture's organisation with board A (and B) as recipients, and optionally A's draft answer. */
  async function freshRemiss(withDraft = false): Promise<{ id: number; recipientA: number; recipientB: number; answer: number | null }> {
    const [org] = await t.dataSource.query(`SELECT id FROM organisation WHERE slug = 'testkommun'`);
    const [r] = await t.dataSource.query(
      `INSERT INTO remiss (organisation_id, case_number, title, sender_name, status, answer_by) VALUES ($1, $2, 'Matrisremiss', 'Nämnd C', 'sent', '2099-01-01') RETURNING id`,
      [org.id, `TK ${next()}`],
    );
    const recipient = async (board: number, name: string) =>
      (await t.dataSource.query(`INSERT INTO remiss_recipient (organisation_id, remiss_id, kind, name, board_id) VALUES ($1, $2, 'board', $3, $4) RETURNING id`, [org.id, r.id, name, board]))[0].id as number;
    const recipientA = await recipient(f.boards.A, 'Nämnd A');
    const recipientB = await recipient(f.boards.B, 'Nämnd B');
    const answer = withDraft
      ? (await t.dataSource.query(
          `INSERT INTO remiss_answer (organisation_id, remiss_id, recipient_id, position, summary) VALUES ($1, $2, $3, 'supports', 'Tillstyrker.') RETURNING id`,
          [org.id, r.id, recipientA],
        ))[0].id as number
      : null;
    return { id: r.id, recipientA, recipientB, answer };
  }

  const version = async (table: string, id: number): Promise<number> => (await t.dataSource.query(`SELECT version FROM ${table} WHERE id = $1`, [id]))[0].version;

  const ENDPOINTS: Endpoint[] = [
    {
      route: 'POST /api/cycles/:id/statements',
      prepare: async () => {
        await t.dataSource.query(`DELETE FROM statement WHERE cycle_id = $1 AND board_id = $2 AND measure_id = $3`, [f.cycles.open, f.boards.A, f.measures.m11]);
        return { method: 'post', path: `/api/cycles/${f.cycles.open}/statements`, body: { boardId: f.boards.A, measureId: f.measures.m11, text: 'Skrivning', plannedYears: [2026] } };
      },
      expected: statementWrite(201),
    },
    {
      route: 'PUT /api/statements/:id',
      prepare: async () => {
        const s = await freshDraft();
        return { method: 'put', path: `/api/statements/${s.id}`, body: { text: 'Ändrad', plannedYears: [2027], version: s.version } };
      },
      expected: statementWrite(200),
    },
    {
      route: 'POST /api/statements/:id/submit',
      prepare: async () => {
        const s = await freshDraft();
        return { method: 'post', path: `/api/statements/${s.id}/submit`, body: { version: s.version } };
      },
      expected: statementWrite(200),
    },
    {
      route: 'POST /api/statements/:id/reopen',
      prepare: async () => {
        const s = await freshDraft('submitted');
        return { method: 'post', path: `/api/statements/${s.id}/reopen`, body: { version: s.version, reason: 'Komplettera' } };
      },
      expected: adminOnly(200),
    },
    {
      route: 'POST /api/statements/:id/return',
      prepare: async () => {
        const s = await freshDraft('submitted');
        return { method: 'post', path: `/api/statements/${s.id}/return`, body: { version: s.version, comment: 'Komplettera' } };
      },
      expected: adminOnly(200),
    },
    {
      route: 'POST /api/statements/:id/approve',
      prepare: async () => {
        const s = await freshDraft('submitted');
        return { method: 'post', path: `/api/statements/${s.id}/approve`, body: { version: s.version } };
      },
      expected: adminOnly(200),
    },
    {
      route: 'POST /api/cycles',
      prepare: async () => ({ method: 'post', path: '/api/cycles', body: { name: `Omgång ${next()}`, year: 2027, deadline: '2027-05-31', status: 'draft', commissionId: f.commission } }),
      expected: adminOnly(201),
    },
    {
      route: 'POST /api/cycles (naming the organisation)',
      prepare: async () => ({
        method: 'post',
        path: '/api/cycles',
        body: { name: `Omgång ${next()}`, year: 2027, deadline: null, status: 'draft', organisation: 'testkommun', commissionId: f.commission },
      }),
      expected: adminOnly(201),
    },
    {
      route: 'PUT /api/cycles/:id',
      prepare: async () => ({ method: 'put', path: `/api/cycles/${f.cycles.closed}`, body: { deadline: '2099-06-30', version: await version('reporting_cycle', f.cycles.closed) } }),
      expected: adminOnly(200),
    },
    {
      route: 'PUT /api/cycles/:id/participants',
      prepare: async () => ({ method: 'put', path: `/api/cycles/${f.cycles.open}/participants`, body: { boardIds: [f.boards.A, f.boards.B] } }),
      expected: adminOnly(200),
    },
    {
      route: 'POST /api/cycles/:id/reminders',
      prepare: async () => ({ method: 'post', path: `/api/cycles/${f.cycles.open}/reminders`, body: { boardIds: [f.boards.A] } }),
      expected: adminOnly(202),
    },
    {
      route: 'POST /api/cycles/:id/scope-changes/apply',
      prepare: async () => ({ method: 'post', path: `/api/cycles/${f.cycles.open}/scope-changes/apply`, body: { version: await version('reporting_cycle', f.cycles.open) } }),
      expected: adminOnly(200),
    },
    {
      route: 'POST /api/measures',
      prepare: async (actor) => ({ method: 'post', path: '/api/measures', body: { report: 'r1', number: `8.${next()}`, title: 'Ny åtgärd', ...target(actor) } }),
      expected: adminOnly(201),
    },
    {
      route: 'PUT /api/measures/:id',
      prepare: async () => ({ method: 'put', path: `/api/measures/${f.measures.m13}`, body: { title: `Titel ${next()}`, version: await version('measure', f.measures.m13) } }),
      expected: adminOnly(200),
    },
    {
      route: 'PUT /api/measures/:id/responsibilities/:boardId',
      prepare: async () => ({ method: 'put', path: `/api/measures/${f.measures.m13}/responsibilities/${f.boards.C}`, body: { role: 'contributing' } }),
      expected: adminOnly(200),
    },
    {
      route: 'DELETE /api/measures/:id/responsibilities/:boardId',
      prepare: async () => {
        await t.dataSource.query(`INSERT INTO responsibility (measure_id, board_id, role) VALUES ($1, $2, 'contributing') ON CONFLICT DO NOTHING`, [f.measures.m12, f.boards.C]);
        return { method: 'delete', path: `/api/measures/${f.measures.m12}/responsibilities/${f.boards.C}` };
      },
      expected: adminOnly(204),
    },
    {
      route: 'POST /api/boards',
      prepare: async (actor) => ({ method: 'post', path: '/api/boards', body: { name: `Nämnd ${next()}`, administration: 'Förvaltning', kind: 'central', ...target(actor) } }),
      expected: adminOnly(201),
    },
    {
      route: 'PUT /api/boards/:id',
      prepare: async () => ({ method: 'put', path: `/api/boards/${f.boards.C}`, body: { administration: `Förvaltning ${next()}`, version: await version('board', f.boards.C) } }),
      expected: adminOnly(200),
    },
    {
      route: 'POST /api/users',
      prepare: async (actor) => ({ method: 'post', path: '/api/users', body: { email: `ny${next()}@test.se`, role: 'analyst', password: 'ett långt lösenord', ...target(actor) } }),
      expected: adminOnly(201),
    },
    {
      route: 'POST /api/users (an editor of a board)',
      prepare: async (actor) => ({
        method: 'post',
        path: '/api/users',
        body: { email: `red${next()}@test.se`, role: 'editor', boardIds: [f.boards.C], password: 'ett långt lösenord', ...target(actor) },
      }),
      expected: adminOnly(201),
    },
    {
      route: 'PUT /api/users/:id',
      prepare: async () => ({ method: 'put', path: `/api/users/${f.users.inactive.id}`, body: { active: false, version: await version('app_user', f.users.inactive.id) } }),
      expected: adminOnly(200),
    },
    {
      route: 'POST /api/link-suggestions/:id/confirm',
      prepare: async () => ({ method: 'post', path: `/api/link-suggestions/${await freshSuggestion()}/confirm`, body: { version: 1 } }),
      expected: adminOnly(200),
    },
    {
      route: 'POST /api/organisations',
      prepare: async () => {
        const n = next();
        return { method: 'post', path: '/api/organisations', body: { slug: `kommun-${n}`, name: `Kommun ${n}`, adminEmail: `admin${n}@kommun.se`, adminPassword: 'ett långt lösenord' } };
      },
      // Only the install's system account creates organisations (and their first admin: two audit rows).
      expected: { anonymous: 401, editorOfBoard: 403, editorOfOtherBoard: 403, analyst: 403, admin: 403, otherAdmin: 403, otherAnalyst: 403, otherEditor: 403, system: 201 },
    },
    {
      route: 'POST /api/link-suggestions/:id/reject',
      prepare: async () => ({ method: 'post', path: `/api/link-suggestions/${await freshSuggestion()}/reject`, body: { version: 1 } }),
      expected: adminOnly(200),
    },
    {
      route: 'POST /api/remisser',
      prepare: async () => ({ method: 'post', path: '/api/remisser', body: { organisation: 'testkommun', title: `Remiss ${next()}`, senderBoardId: f.boards.C } }),
      expected: adminOnly(201),
    },
    {
      route: 'PUT /api/remisser/:id',
      prepare: async () => ({ method: 'put', path: `/api/remisser/${(await freshRemiss()).id}`, body: { status: 'closed', version: 1 } }),
      expected: adminOnly(200),
    },
    {
      route: 'POST /api/remisser/:id/recipients',
      prepare: async () => ({ method: 'post', path: `/api/remisser/${(await freshRemiss()).id}/recipients`, body: { kind: 'board', boardId: f.boards.C, version: 1 } }),
      expected: adminOnly(201),
    },
    {
      route: 'DELETE /api/remisser/:id/recipients/:recipientId',
      prepare: async () => {
        const r = await freshRemiss();
        return { method: 'delete', path: `/api/remisser/${r.id}/recipients/${r.recipientB}?version=1` };
      },
      expected: adminOnly(200),
    },
    {
      route: 'POST /api/remisser/:id/recipients/:recipientId/answer',
      prepare: async () => {
        const r = await freshRemiss();
        return { method: 'post', path: `/api/remisser/${r.id}/recipients/${r.recipientA}/answer`, body: { position: 'supports', summary: 'Tillstyrker.' } };
      },
      expected: statementWrite(201),
    },
    {
      route: 'PUT /api/remiss-answers/:id',
      prepare: async () => ({ method: 'put', path: `/api/remiss-answers/${(await freshRemiss(true)).answer}`, body: { summary: 'Ändrad.', version: 1 } }),
      expected: statementWrite(200),
    },
    {
      route: 'POST /api/remiss-answers/:id/submit',
      prepare: async () => ({ method: 'post', path: `/api/remiss-answers/${(await freshRemiss(true)).answer}/submit`, body: { version: 1 } }),
      expected: statementWrite(200),
    },
    {
      route: 'POST /api/external-bodies',
      prepare: async () => ({ method: 'post', path: '/api/external-bodies', body: { organisation: 'testkommun', name: `Förbund ${next()}` } }),
      expected: adminOnly(201),
    },
    {
      route: 'POST /api/remiss-imports',
      prepare: async () => ({
        method: 'post',
        path: '/api/remiss-imports',
        body: {
          organisation: 'testkommun',
          text: `Protokollsutdrag\n\n| Sammanträdestid | 2026-01-10 |\n\n§ ${next()} Förslag om matriser; nu fråga om remiss\n\nTK-2026-${next()}\n\nBeslut\n\nNämnd C beslutar\n\n1. Nämnd C skickar förslaget på remiss med sista svarsdatum den 1 mars 2026.\n\nBeslutet skickas till\n\nNämnd A\n\nNämnd B\n`,
        },
      }),
      expected: adminOnly(200),
    },
  ];

  /** Writes tested on their own below (they end the caller's session, or take a file). */
  const SEPARATELY = ['POST /api/auth/logout', 'POST /api/auth/login', 'POST /api/cycles/:id/imports', 'POST /api/imports/:id/apply'];

  beforeAll(async () => {
    t = await createTestApp({ seed: false });
    f = await insertWriteFixture(t.dataSource);
    o = await insertOtherOrganisation(t.dataSource);
    tokens.anonymous = null;
    tokens.otherAdmin = await signIn(t.app, o.users.admin.email);
    tokens.otherAnalyst = await signIn(t.app, o.users.analyst.email);
    tokens.otherEditor = await signIn(t.app, o.users.editor.email);
    tokens.system = await signIn(t.app, o.users.system.email);
    tokens.editorOfBoard = await signIn(t.app, f.users.editorA.email);
    tokens.editorOfOtherBoard = await signIn(t.app, f.users.editorB.email);
    tokens.analyst = await signIn(t.app, f.users.analyst.email);
    tokens.admin = await signIn(t.app, f.users.admin.email);
  });
  afterAll(async () => {
    await t.close();
  });

  const send = (call: Call, token: string | null) => {
    const req = request(t.app.getHttpServer())[call.method](call.path);
    if (token) req.set('Authorization', `Bearer ${token}`);
    return call.body ? req.send(call.body) : req;
  };

  it('covers every write route the app has', () => {
    const router = (t.app.getHttpAdapter().getInstance() as { router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] } }).router;
    const writes = router.stack
      .filter((layer) => layer.route)
      .flatMap((layer) => Object.keys(layer.route!.methods).map((m) => `${m.toUpperCase()} ${layer.route!.path}`))
      .filter((r) => !r.startsWith('GET ') && !r.startsWith('HEAD ') && !r.startsWith('_ALL'));
    expect(writes.length).toBeGreaterThan(10);
    // Some routes are in the matrix twice, with another kind of body (in parentheses).
    const covered = new Set(ENDPOINTS.map((e) => e.route.replace(/ \(.*\)$/, '')));
    expect([...writes].sort()).toEqual([...covered, ...SEPARATELY].sort());
  });

  for (const endpoint of ENDPOINTS) {
    describe(`${endpoint.route}`, () => {
      it.each(ACTORS)('%s', async (actor) => {
        const call = await endpoint.prepare(actor);
        const auditBefore = (await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event`))[0].n;
        const before = await databaseFingerprint(t.dataSource);
        const res = await send(call, tokens[actor]);
        const status = endpoint.expected[actor];
        const code = ({ 401: 'unauthorized', 403: 'forbidden' } as Record<number, string>)[status] ?? null;
        expect({ actor, status: res.status, code: res.body?.code ?? null }).toEqual({ actor, status, code });
        // A refused write changes nothing at all, not even the audit trail; an accepted one adds one
        // audit row (an organisation two: itself and its first admin).
        const auditAfter = (await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event`))[0].n;
        const after = await databaseFingerprint(t.dataSource);
        const accepted = res.status < 300;
        expect(accepted ? 'changed' : after).toEqual(accepted ? 'changed' : before);
        expect(auditAfter - auditBefore).toBe(accepted ? (endpoint.route === 'POST /api/organisations' ? 2 : 1) : 0);
        // What an accepted write made or changed is the fixture's organisation's (never the caller's own, for another's caller).
        const written = await t.dataSource.query<{ organisation_id: number | null }[]>(`SELECT organisation_id FROM audit_event ORDER BY id DESC LIMIT 1`);
        expect(accepted && endpoint.route !== 'POST /api/organisations' ? written[0].organisation_id : f.organisation).toBe(f.organisation);
      });
    });
  }

  describe('reads that need a role', () => {
    // Another organisation's admin reads its own organisation's audit trail, accounts and suggestions (200, filtered), never this one's late list.
    const ownReadOnly = (own: Record<OwnActor, number>, other: Partial<Record<OtherActor, number>> = {}): Record<Actor, number> => ({ ...ownOnly(own), ...other });
    const READS: [string, Record<Actor, number>][] = [
      ['/api/audit', ownReadOnly({ anonymous: 401, editorOfBoard: 403, editorOfOtherBoard: 403, analyst: 403, admin: 200 }, { otherAdmin: 200 })],
      ['/api/users', ownReadOnly({ anonymous: 401, editorOfBoard: 403, editorOfOtherBoard: 403, analyst: 403, admin: 200 }, { otherAdmin: 200 })],
      ['/api/link-suggestions', ownReadOnly({ anonymous: 401, editorOfBoard: 403, editorOfOtherBoard: 403, analyst: 200, admin: 200 }, { otherAdmin: 200, otherAnalyst: 200 })],
      // Cycle 1: the fixture's first cycle (a fresh schema per file).
      ['/api/cycles/1/late', adminOnly(200)],
      ['/api/me/todo', ownReadOnly({ anonymous: 401, editorOfBoard: 200, editorOfOtherBoard: 200, analyst: 403, admin: 200 }, { otherAdmin: 200, otherEditor: 200 })],
      ['/api/auth/me', { anonymous: 401, editorOfBoard: 200, editorOfOtherBoard: 200, analyst: 200, admin: 200, otherAdmin: 200, otherAnalyst: 200, otherEditor: 200, system: 200 }],
    ];
    for (const [path, expected] of READS) {
      it.each(ACTORS)(`GET ${path} as %s`, async (actor) => {
        const res = await send({ method: 'get', path }, tokens[actor]);
        expect({ actor, status: res.status }).toEqual({ actor, status: expected[actor] });
      });
    }

    it.each(ACTORS)('public reads answer 200 for %s', async (actor) => {
      for (const path of ['/api/boards', '/api/cycles', `/api/cycles/${f.cycles.open}/statements`, `/api/cycles/${f.cycles.open}/coverage`, '/api/measures']) {
        const res = await send({ method: 'get', path }, tokens[actor]);
        expect({ path, status: res.status }).toEqual({ path, status: 200 });
      }
    });
  });

  describe('spreadsheet import (multipart; rows for another board are errors in the preview, not a 403)', () => {
    /** A one-row CSV changing board A's draft: for an editor of another board the row is `not_your_board`. */
    async function upload(actor: Actor) {
      const draft = await freshDraft();
      const [{ number }] = await t.dataSource.query(`SELECT m.number FROM statement s JOIN measure m ON m.id = s.measure_id WHERE s.id = $1`, [draft.id]);
      const csv = `Id;Version;Nämnd;Delrapport;Åtgärd;Status;Ställningstagande;Planerade år;Text\n${draft.id};${draft.version};Nämnd A;r1;${number};;;2026;Ny text ${next()}\n`;
      const req = request(t.app.getHttpServer()).post(`/api/cycles/${f.cycles.open}/imports`);
      if (tokens[actor]) req.set('Authorization', `Bearer ${tokens[actor]}`);
      return req.attach('file', Buffer.from(csv), { filename: 'x.csv', contentType: 'text/csv' });
    }
    // Another organisation's accounts (and the system account) may not import into this organisation's cycle at all.
    const UPLOAD: Record<Actor, number> = ownOnly({ anonymous: 401, editorOfBoard: 201, editorOfOtherBoard: 201, analyst: 403, admin: 201 });
    const APPLY: Record<Actor, number> = ownOnly({ anonymous: 401, editorOfBoard: 200, editorOfOtherBoard: 422, analyst: 403, admin: 200 });

    it.each(ACTORS)('POST /api/cycles/:id/imports, then POST /api/imports/:id/apply, as %s', async (actor) => {
      const auditBefore = (await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event`))[0].n;
      const res = await upload(actor);
      expect({ actor, status: res.status }).toEqual({ actor, status: UPLOAD[actor] });
      // The preview writes nothing, not even to the audit trail.
      expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event`))[0].n).toBe(auditBefore);
      if (res.status !== 201) return;
      expect(res.body.rows[0].outcome).toBe(actor === 'editorOfOtherBoard' ? 'error' : 'update');
      const applied = await send({ method: 'post', path: `/api/imports/${res.body.id}/apply` }, tokens[actor]);
      expect({ actor, status: applied.status }).toEqual({ actor, status: APPLY[actor] });
      // Applied: the statement's update and the import's own record; refused: nothing.
      const auditAfter = (await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event`))[0].n;
      expect(auditAfter - auditBefore).toBe(applied.status === 200 ? 2 : 0);
    });

    it.each(ACTORS)('POST /api/imports/:id/apply of an admin\'s batch as %s', async (actor) => {
      const batch = (await upload('admin')).body.id as number;
      const res = await send({ method: 'post', path: `/api/imports/${batch}/apply` }, tokens[actor]);
      // Only the uploader may apply it: anyone else signed in with a role that imports finds no such batch.
      const expected = { anonymous: 401, editorOfBoard: 404, editorOfOtherBoard: 404, analyst: 403, admin: 200, otherAdmin: 404, otherAnalyst: 403, otherEditor: 404, system: 403 }[actor];
      expect({ actor, status: res.status }).toEqual({ actor, status: expected });
    });
  });

  describe('POST /api/auth/logout', () => {
    it.each(ACTORS)('%s', async (actor) => {
      const user = {
        anonymous: null,
        editorOfBoard: f.users.editorA,
        editorOfOtherBoard: f.users.editorB,
        analyst: f.users.analyst,
        admin: f.users.admin,
        otherAdmin: o.users.admin,
        otherAnalyst: o.users.analyst,
        otherEditor: o.users.editor,
        system: o.users.system,
      }[actor];
      const token = user ? await signIn(t.app, user.email) : null;
      const res = await send({ method: 'post', path: '/api/auth/logout' }, token);
      expect(res.status).toBe(actor === 'anonymous' ? 401 : 204);
    });
  });
});
