import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { runOrgCreateCommand } from '../src/organisations/org-create-command.js';
import { databaseFingerprint, insertStatement } from './utils/auth-fixture.js';
import { createTestApp, type TestApp } from './utils/test-app.js';

const STOCKHOLM = { slug: 'stockholms-stad', name: 'Stockholms stad' };
const MALMO = { slug: 'malmo-stad', name: 'Malmö stad' };
const TYRESO = { slug: 'tyreso-kommun', name: 'Tyresö kommun' };

interface Row {
  id: number;
  name: string;
  organisation: { slug: string; name: string };
}

/** Several municipalities in one install, on the seeded demo data: Stockholm, Malmö and Tyresö. */
describe('organisations', () => {
  let t: TestApp;
  const http = () => request(t.app.getHttpServer());
  const tokens: Record<string, string> = {};
  const signIn = async (email: string): Promise<string> => {
    tokens[email] ??= (await http().post('/api/auth/login').send({ email, password: 'demo' }).expect(200)).body.token;
    return tokens[email];
  };
  const as = async (email: string) => {
    const token = await signIn(email);
    return {
      get: (path: string) => http().get(path).set('Authorization', `Bearer ${token}`),
      post: (path: string, body: object) => http().post(path).set('Authorization', `Bearer ${token}`).send(body),
      put: (path: string, body: object) => http().put(path).set('Authorization', `Bearer ${token}`).send(body),
    };
  };
  const board = async (org: string, name: string): Promise<Row & { version: number }> => {
    const rows = (await http().get(`/api/boards?organisation=${org}`).expect(200)).body as Row[];
    const found = rows.find((b) => b.name === name)!;
    return (await http().get(`/api/boards/${found.id}`).expect(200)).body;
  };
  let cycle2016: number;

  beforeAll(async () => {
    t = await createTestApp();
    cycle2016 = ((await http().get('/api/cycles?organisation=stockholms-stad').expect(200)).body as { id: number; year: number }[]).find((c) => c.year === 2016)!.id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('GET /api/organisations lists the three municipalities, to anyone', async () => {
    const res = await http().get('/api/organisations').expect(200);
    expect(res.body).toEqual([
      { id: expect.any(Number), ...MALMO },
      { id: expect.any(Number), ...STOCKHOLM },
      { id: expect.any(Number), ...TYRESO },
    ]);
  });

  it.each([
    '/api/boards',
    '/api/board-groups',
    '/api/cycles',
    '/api/measures',
    '/api/reports',
    '/api/coverage/trend',
    '/api/exports/cycles.xlsx',
  ])('%s?organisation=<unknown> is a 404 naming the slug', async (path) => {
    const res = await http().get(`${path}?organisation=goteborgs-stad`).expect(404);
    expect(res.body).toMatchObject({ code: 'organisation_not_found', message: 'Organisation "goteborgs-stad" does not exist', errors: { organisation: 'unknown organisation goteborgs-stad' } });
  });

  it.each(['/api/users', '/api/audit', '/api/link-suggestions'])('%s (signed in) takes ?organisation= too: unknown 404, another 403', async (path) => {
    const admin = await as('admin.malmo-stad@example.se');
    expect((await admin.get(`${path}?organisation=goteborgs-stad`).expect(404)).body.code).toBe('organisation_not_found');
    expect((await admin.get(`${path}?organisation=stockholms-stad`).expect(403)).body.code).toBe('forbidden');
    await admin.get(`${path}?organisation=malmo-stad`).expect(200);
  });

  it('a malformed slug is a 400 naming the parameter', async () => {
    const res = await http().get('/api/boards?organisation=Malm%C3%B6').expect(400);
    expect(res.body.errors).toEqual({ organisation: 'organisation must be an organisation slug such as "stockholms-stad"' });
  });

  it('lists span every organisation, each row naming its own; ?organisation= keeps one', async () => {
    const all = (await http().get('/api/boards').expect(200)).body as Row[];
    expect(new Set(all.map((b) => b.organisation.slug))).toEqual(new Set(['stockholms-stad', 'malmo-stad', 'tyreso-kommun']));
    const malmo = (await http().get('/api/boards?organisation=malmo-stad').expect(200)).body as Row[];
    expect(malmo).toHaveLength(14);
    expect(malmo.every((b) => b.organisation.slug === 'malmo-stad' && b.organisation.name === 'Malmö stad')).toBe(true);
    expect(malmo.map((b) => b.name)).toEqual(expect.arrayContaining(['Kulturnämnden', 'Tekniska nämnden', 'MKB Fastighets AB', 'MINC i Malmö AB']));
    const tyreso = (await http().get('/api/boards?organisation=tyreso-kommun').expect(200)).body as Row[];
    expect(tyreso.map((b) => b.name)).toEqual(['Kommunstyrelsen', 'Utvecklingsförvaltningen']);
    // Kulturnämnden twice, once per city.
    expect(all.filter((b) => b.name === 'Kulturnämnden').map((b) => b.organisation.slug).sort()).toEqual(['malmo-stad', 'stockholms-stad']);
    for (const path of ['/api/cycles', '/api/measures?limit=5', '/api/reports', '/api/coverage/trend']) {
      const rows = (await http().get(path).expect(200)).body as Row[];
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((r) => r.organisation.slug === 'stockholms-stad')).toBe(true);
      expect((await http().get(`${path}${path.includes('?') ? '&' : '?'}organisation=malmo-stad`).expect(200)).body).toEqual([]);
    }
    const statements = (await http().get(`/api/cycles/${cycle2016}/statements?limit=3`).expect(200)).body as Row[];
    expect(statements.every((s) => s.organisation.slug === 'stockholms-stad')).toBe(true);
  });

  it('boards carry their validity: the 2016 structure next to the merged Hägersten-Älvsjö of 2020', async () => {
    const on = async (date: string) =>
      ((await http().get(`/api/boards?organisation=stockholms-stad&validAt=${date}`).expect(200)).body as (Row & { kind: string })[])
        .filter((b) => b.kind === 'district')
        .map((b) => b.name);
    expect(await on('2016-12-31')).toHaveLength(14);
    expect(await on('2016-12-31')).toEqual(expect.arrayContaining(['Hägersten-Liljeholmen stadsdelsnämnd', 'Älvsjö stadsdelsnämnd']));
    expect(await on('2025-03-20')).toHaveLength(13);
    expect(await on('2025-03-20')).toContain('Hägersten-Älvsjö stadsdelsnämnd');
    expect(await on('2025-03-20')).not.toContain('Älvsjö stadsdelsnämnd');
    expect(await board('stockholms-stad', 'Älvsjö stadsdelsnämnd')).toMatchObject({ validFrom: null, validTo: '2019-12-31' });
    expect(await board('stockholms-stad', 'Hägersten-Älvsjö stadsdelsnämnd')).toMatchObject({ validFrom: '2020-01-01', validTo: null });
    expect((await http().get('/api/boards?validAt=2016-02-30').expect(400)).body.errors).toEqual({ validAt: 'validAt must be a date YYYY-MM-DD' });
  });

  it('"stadsdelsnämnderna" expands to the districts valid at the date', async () => {
    const members = async (date: string) =>
      ((await http().get(`/api/board-groups?organisation=stockholms-stad&validAt=${date}`).expect(200)).body as { slug: string; members: { name: string }[] }[]).find(
        (g) => g.slug === 'stadsdelsnamnderna',
      )!.members;
    expect(await members('2016-12-31')).toHaveLength(14);
    expect(await members('2025-03-20')).toHaveLength(13);
    expect((await members('2025-03-20')).map((m) => m.name)).toContain('Hägersten-Älvsjö stadsdelsnämnd');
    // Malmö and Tyresö have no such group: the name does not reach across cities.
    expect((await http().get('/api/board-groups?organisation=malmo-stad').expect(200)).body).toEqual([]);
  });

  it("Stockholm's 2016 cycle keeps its 14 districts and its figures: 142 responsibilities, 139 expected, 61 delivered, 78 missing, 85 gaps", async () => {
    const coverage = (await http().get(`/api/cycles/${cycle2016}/coverage`).expect(200)).body;
    expect(coverage.totals).toMatchObject({ expected: 139, delivered: 61, missing: 78, gaps: 85 });
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM cycle_scope_responsibility WHERE cycle_id = $1`, [cycle2016]);
    expect(n).toBe(142);
    const gaps = (await http().get(`/api/cycles/${cycle2016}/gaps?limit=1000`).expect(200)).body as unknown[];
    expect(gaps).toHaveLength(85);
    const districts = (coverage.boards as { board: { name: string }; participant: boolean }[]).filter((b) => b.participant && /stadsdelsnämnd$/.test(b.board.name));
    expect(districts).toHaveLength(14);
    expect(districts.map((b) => b.board.name)).not.toContain('Hägersten-Älvsjö stadsdelsnämnd');
  });

  it("the demo accounts of each organisation: admin.malmo-stad@example.se is Malmö's admin", async () => {
    for (const [email, role, org] of [
      ['admin.malmo-stad@example.se', 'admin', MALMO],
      ['analytiker.tyreso-kommun@example.se', 'analyst', TYRESO],
      ['redaktor.malmo-stad.kulturnamnden@example.se', 'editor', MALMO],
      ['redaktor.kulturnamnden@example.se', 'editor', STOCKHOLM],
      ['admin@example.se', 'admin', STOCKHOLM],
    ] as const) {
      const me = (await (await as(email)).get('/api/auth/me').expect(200)).body;
      expect({ email, role: me.role, organisation: me.organisation }).toEqual({ email, role, organisation: org });
    }
    const system = (await (await as('system@example.se')).get('/api/auth/me').expect(200)).body;
    expect(system).toEqual({ email: 'system@example.se', role: 'system', organisation: null, boards: [] });
    // Malmö's editor of Kulturnämnden is bound to Malmö's, not Stockholm's.
    const editor = (await (await as('redaktor.malmo-stad.kulturnamnden@example.se')).get('/api/auth/me').expect(200)).body;
    expect(editor.boards).toEqual([{ id: (await board('malmo-stad', 'Kulturnämnden')).id, name: 'Kulturnämnden' }]);
  });

  it("admin.malmo-stad@example.se changes nothing of Stockholm's (403, nothing written), but its own", async () => {
    const malmo = await as('admin.malmo-stad@example.se');
    const kultur = await board('stockholms-stad', 'Kulturnämnden');
    const before = await databaseFingerprint(t.dataSource);
    const refused = [
      await malmo.put(`/api/boards/${kultur.id}`, { administration: 'Malmös förvaltning', version: kultur.version }),
      await malmo.post('/api/boards', { name: 'Ny nämnd', administration: 'F', kind: 'central', organisation: 'stockholms-stad' }),
      await malmo.post('/api/cycles', { name: 'Malmö i Stockholm', year: 2026, deadline: null, status: 'draft', organisation: 'stockholms-stad' }),
      await malmo.put(`/api/cycles/${cycle2016}`, { deadline: '2030-01-01', version: 1 }),
      await malmo.post('/api/measures', { report: 'delad', number: '9.9.9', title: 'X', organisation: 'stockholms-stad' }),
      await malmo.post('/api/users', { email: 'x@malmo.se', role: 'analyst', password: 'ett långt lösenord', organisation: 'stockholms-stad' }),
    ];
    expect(refused.map((r) => [r.status, r.body.code])).toEqual(refused.map(() => [403, 'forbidden']));
    expect(await databaseFingerprint(t.dataSource)).toEqual(before);
    // Its own organisation's: fine. Malmö has no commission, so no report key "delad" either: a 404, not Stockholm's report.
    const created = await malmo.post('/api/boards', { name: 'Stadsbyggnadsnämnden', administration: 'Stadsbyggnadskontoret', kind: 'central' }).expect(201);
    expect(created.body.organisation).toEqual(MALMO);
    expect((await malmo.post('/api/measures', { report: 'delad', number: '9.9.9', title: 'X' }).expect(404)).body.message).toBe('Report "delad" does not exist');
  });

  it('names repeat across organisations, never within one: Kulturnämnden in both, a second in Malmö is a 409', async () => {
    const stockholm = await as('admin@example.se');
    const malmo = await as('admin.malmo-stad@example.se');
    const a = await stockholm.post('/api/boards', { name: 'Äldrenämnden i test', administration: 'F', kind: 'central' }).expect(201);
    const b = await malmo.post('/api/boards', { name: 'Äldrenämnden i test', administration: 'F', kind: 'central' }).expect(201);
    expect([a.body.organisation, b.body.organisation]).toEqual([STOCKHOLM, MALMO]);
    expect(a.body.slug).toBe(b.body.slug);
    await malmo.post('/api/boards', { name: 'Äldrenämnden i test', administration: 'G', kind: 'central' }).expect(409);
    // The database says so too: unique per organisation.
    const [m] = await t.dataSource.query(`SELECT id FROM organisation WHERE slug = 'malmo-stad'`);
    await expect(
      t.dataSource.query(`INSERT INTO board (organisation_id, name, administration, kind, slug) VALUES ($1, 'Kulturnämnden', 'X', 'central', 'kulturnamnden-2')`, [m.id]),
    ).rejects.toThrow(/uq_board_organisation_name/);
  });

  it("drafts stay within the organisation: Malmö's admin and analyst never see a Stockholm draft", async () => {
    // Fastighetskontoret wrote nothing in 2016 ("Skrivning saknas."): room for a general draft.
    const trafik = await board('stockholms-stad', 'Fastighetsnämnden');
    const draft = await insertStatement(t.dataSource, { cycle: cycle2016, board: trafik.id, measure: null, text: 'Hemligt utkast', state: 'draft' });
    const texts = async (email: string | null) => {
      const req = http().get(`/api/cycles/${cycle2016}/statements?board=${trafik.id}`);
      if (email) req.set('Authorization', `Bearer ${await signIn(email)}`);
      return ((await req.expect(200)).body as { id: number }[]).map((s) => s.id);
    };
    expect(await texts('admin@example.se')).toContain(draft.id);
    for (const outsider of ['admin.malmo-stad@example.se', 'analytiker.malmo-stad@example.se', 'analytiker@example.se', null]) {
      expect({ outsider, sees: (await texts(outsider)).includes(draft.id) }).toEqual({ outsider, sees: false });
    }
    await (await as('admin.malmo-stad@example.se')).get(`/api/statements/${draft.id}`).expect(404);
    await (await as('admin@example.se')).get(`/api/statements/${draft.id}`).expect(200);
  });

  it("an editor's to-do list holds only its own organisation's open cycles", async () => {
    const stockholm = await as('admin@example.se');
    const opened = await stockholm.post('/api/cycles', { name: 'Öppen omgång 2026', year: 2026, deadline: '2099-05-31', status: 'open' }).expect(201);
    expect(opened.body.organisation).toEqual(STOCKHOLM);
    const own = (await (await as('redaktor.trafiknamnden@example.se')).get('/api/me/todo').expect(200)).body as { cycle: { id: number; organisation: unknown } }[];
    expect(own.map((c) => [c.cycle.id, c.cycle.organisation])).toEqual([[opened.body.id, STOCKHOLM]]);
    expect((await (await as('redaktor.malmo-stad.kulturnamnden@example.se')).get('/api/me/todo').expect(200)).body).toEqual([]);
  });

  it('an editor is bound only to boards of its own organisation: 422 at creation, nothing written', async () => {
    const malmo = await as('admin.malmo-stad@example.se');
    const stockholmBoard = await board('stockholms-stad', 'Trafiknämnden');
    const before = await databaseFingerprint(t.dataSource);
    const res = await malmo.post('/api/users', { email: 'ny.redaktor@malmo.se', role: 'editor', boardIds: [stockholmBoard.id], password: 'ett långt lösenord' }).expect(422);
    expect(res.body.errors).toEqual({ boardIds: `board ${stockholmBoard.id} belongs to another organisation` });
    expect(await databaseFingerprint(t.dataSource)).toEqual(before);
    // An admin never makes a system account.
    const system = await malmo.post('/api/users', { email: 'sys@malmo.se', role: 'system', password: 'ett långt lösenord' }).expect(400);
    expect(system.body.errors).toEqual({ role: 'role must be one of admin, editor, analyst' });
    // The database refuses the binding too.
    const [u] = await t.dataSource.query(`SELECT id FROM app_user WHERE email = 'redaktor.malmo-stad.kulturnamnden@example.se'`);
    await expect(t.dataSource.query(`INSERT INTO user_board (user_id, board_id) VALUES ($1, $2)`, [u.id, stockholmBoard.id])).rejects.toThrow(/another|not of the organisation/);
  });

  it("an admin lists and changes only its own organisation's accounts and audit trail", async () => {
    const malmo = await as('admin.malmo-stad@example.se');
    const users = (await malmo.get('/api/users').expect(200)).body as { email: string; organisation: { slug: string } }[];
    expect(users.length).toBeGreaterThan(10);
    expect(users.every((u) => u.organisation.slug === 'malmo-stad')).toBe(true);
    const [stockholmer] = await t.dataSource.query(`SELECT id, version FROM app_user WHERE email = 'analytiker@example.se'`);
    await malmo.put(`/api/users/${stockholmer.id}`, { active: false, version: stockholmer.version }).expect(403);
    const [system] = await t.dataSource.query(`SELECT id, version FROM app_user WHERE email = 'system@example.se'`);
    await malmo.put(`/api/users/${system.id}`, { active: false, version: system.version }).expect(403);
    const trail = (await malmo.get('/api/audit').expect(200)).body as { organisation: { slug: string } }[];
    expect(trail.length).toBeGreaterThan(0);
    expect(trail.every((e) => e.organisation.slug === 'malmo-stad')).toBe(true);
  });

  it('the system account creates an organisation and its first admin, and nothing else', async () => {
    const system = await as('system@example.se');
    const bad = await system.post('/api/organisations', { slug: 'Göteborg', name: '', adminEmail: 'x', adminPassword: 'kort' }).expect(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['adminEmail', 'name', 'slug']);
    const weak = await system.post('/api/organisations', { slug: 'goteborgs-stad', name: 'Göteborgs stad', adminEmail: 'admin@goteborg.se', adminPassword: 'kort' }).expect(400);
    expect(weak.body.errors).toEqual({ adminPassword: 'adminPassword must be at least 10 characters' });
    const created = await system.post('/api/organisations', { slug: 'goteborgs-stad', name: 'Göteborgs stad', adminEmail: 'admin@goteborg.se', adminPassword: 'ett långt lösenord' }).expect(201);
    expect(created.body).toMatchObject({ slug: 'goteborgs-stad', name: 'Göteborgs stad', admin: { email: 'admin@goteborg.se' } });
    const taken = await system.post('/api/organisations', { slug: 'goteborgs-stad', name: 'Annan', adminEmail: 'b@goteborg.se', adminPassword: 'ett långt lösenord' }).expect(409);
    expect(taken.body.errors).toEqual({ slug: 'already used by another organisation' });
    await system.post('/api/organisations', { slug: 'annan', name: 'Annan', adminEmail: 'admin@example.se', adminPassword: 'ett långt lösenord' }).expect(409);
    const events = await t.dataSource.query(`SELECT action, actor_email FROM audit_event WHERE organisation_id = $1 ORDER BY id`, [created.body.id]);
    expect(events).toEqual([
      { action: 'organisation.create', actor_email: 'system@example.se' },
      { action: 'user.create', actor_email: 'system@example.se' },
    ]);
    // Nothing else: no board, no cycle.
    await system.post('/api/boards', { name: 'X', administration: 'X', kind: 'central', organisation: 'goteborgs-stad' }).expect(403);
    // The new admin works in its own organisation.
    const token = (await http().post('/api/auth/login').send({ email: 'admin@goteborg.se', password: 'ett långt lösenord' }).expect(200)).body.token;
    const board = await http().post('/api/boards').set('Authorization', `Bearer ${token}`).send({ name: 'Kulturnämnden', administration: 'Kulturförvaltningen', kind: 'central' }).expect(201);
    expect(board.body.organisation).toEqual({ slug: 'goteborgs-stad', name: 'Göteborgs stad' });
  });

  it('npm run org:create makes an organisation and its first admin; refuses taken slugs and bad arguments', async () => {
    const lines: string[] = [];
    const out = { log: (l: string) => lines.push(l), error: (l: string) => lines.push(l) };
    expect(await runOrgCreateCommand(['--slug', 'uppsala-kommun', '--name', 'Uppsala kommun', '--admin-email', 'Admin@Uppsala.se'], out, { ORG_ADMIN_PASSWORD: 'ett långt lösenord' })).toBe(0);
    expect(lines.join('\n')).toMatch(/Organisation Uppsala kommun \(uppsala-kommun\) created, id \d+; first admin admin@uppsala\.se\./);
    await http().post('/api/auth/login').send({ email: 'admin@uppsala.se', password: 'ett långt lösenord' }).expect(200);
    lines.length = 0;
    expect(await runOrgCreateCommand(['--slug', 'uppsala-kommun', '--name', 'Annan', '--admin-email', 'b@uppsala.se'], out, {})).toBe(1);
    expect(lines.join('\n')).toMatch(/Nothing was created: An organisation with the slug "uppsala-kommun" already exists/);
    lines.length = 0;
    expect(await runOrgCreateCommand(['--slug', 'Uppsala', '--admin-email', 'nej'], out, { ORG_ADMIN_PASSWORD: 'demo' })).toBe(2);
    expect(lines.join('\n')).toMatch(/--slug must be lower case[\s\S]*--name must not be empty[\s\S]*--admin-email must be an email address[\s\S]*ORG_ADMIN_PASSWORD: password must/);
    // Without ORG_ADMIN_PASSWORD the password is generated and shown once.
    lines.length = 0;
    expect(await runOrgCreateCommand(['--slug', 'lunds-kommun', '--name', 'Lunds kommun', '--admin-email', 'admin@lund.se'], out, {})).toBe(0);
    const password = /shown once; change it after signing in\): (\S+)/.exec(lines.join('\n'))![1];
    await http().post('/api/auth/login').send({ email: 'admin@lund.se', password }).expect(200);
  });
});
