import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import bcrypt from 'bcryptjs';
import request from 'supertest';
import { APP_CONFIG, type AppConfig } from '../src/config/app-config.js';
import { storeScopeFromCatalogue } from '../src/cycles/cycle-scope.js';
import { ReminderSender } from '../src/reminders/reminder-sender.service.js';
import { ReminderTimer } from '../src/reminders/reminder-timer.service.js';
import { RemindersService } from '../src/reminders/reminders.service.js';
import { insertOtherOrganisation, insertStatement, insertWriteFixture, PASSWORD, signIn, type OtherOrganisationFixture, type WriteFixture } from './utils/auth-fixture.js';
import { SmtpSink, type ReceivedMail } from './utils/smtp-sink.js';
import { createTestApp, type TestApp } from './utils/test-app.js';

const PUBLIC_URL = 'https://atgardskollen.test/stad';
const MAIL_FROM = 'Stadsledningskontoret <uppfoljning@atgardskollen.test>';

/**
 * Reminders by e-mail, end to end: the API and the scheduler queue digests in the outbox, the
 * sender delivers them to a real SMTP server on loopback (smtp-server), and the test reads what
 * arrived (mailparser): recipients, subject, the measures owed and links that lead to them.
 */
describe('reminders: the outbox, the sender and the schedule', () => {
  let t: TestApp;
  let f: WriteFixture;
  let other: OtherOrganisationFixture;
  let sink: SmtpSink;
  let admin: string;
  let editorA: string;
  let analyst: string;
  let sender: ReminderSender;
  let reminders: RemindersService;
  let today: string;
  const http = () => request(t.app.getHttpServer());
  const post = (token: string | null, cycle: number, body: object = {}) => {
    const req = http().post(`/api/cycles/${cycle}/reminders`).send(body);
    return token ? req.set('Authorization', `Bearer ${token}`) : req;
  };
  const get = (token: string, path: string) => http().get(path).set('Authorization', `Bearer ${token}`);
  const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
  const outbox = () =>
    t.dataSource.query<{ recipient: string; phase: string; due_date: string; state: string; attempts: number; last_error: string | null; cycle_id: number }[]>(
      `SELECT recipient, phase, to_char(due_date, 'YYYY-MM-DD') AS due_date, state, attempts, last_error, cycle_id FROM reminder_outbox ORDER BY recipient, id`,
    );
  const mailTo = (email: string): ReceivedMail => {
    const found = sink.received.filter((m) => m.to.includes(email));
    if (found.length !== 1) throw new Error(`${found.length} messages to ${email}`);
    return found[0];
  };
  /** A cycle of the fixture's commission written straight to the database, with A and B asked. */
  const cycleWithDeadline = async (name: string, deadline: string): Promise<number> => {
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO reporting_cycle (organisation_id, commission_id, name, year, deadline, status)
       SELECT organisation_id, $1, $2, 2026, $3, 'open' FROM commission WHERE id = $1 RETURNING id`,
      [f.commission, name, deadline],
    );
    await storeScopeFromCatalogue(t.dataSource.manager, id);
    await t.dataSource.query(`INSERT INTO cycle_participant (cycle_id, board_id) VALUES ($1, $2), ($1, $3)`, [id, f.boards.A, f.boards.B]);
    return id;
  };

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await createTestApp({ seed: false, env: { SMTP_URL: sink.url, MAIL_FROM, PUBLIC_URL, MAIL_MAX_ATTEMPTS: '3' } });
    f = await insertWriteFixture(t.dataSource);
    other = await insertOtherOrganisation(t.dataSource);
    [admin, editorA, analyst] = await Promise.all([f.users.admin, f.users.editorA, f.users.analyst].map((u) => signIn(t.app, u.email)));
    sender = t.app.get(ReminderSender);
    reminders = t.app.get(RemindersService);
    [{ today }] = await t.dataSource.query(`SELECT to_char((now() AT TIME ZONE 'Europe/Stockholm')::date, 'YYYY-MM-DD') AS today`);
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });
  beforeEach(async () => {
    await t.dataSource.query(`DELETE FROM reminder_outbox`);
    sink.clear();
    sink.failNext(0);
  });

  it('POST queues one digest per active editor of the boards that owe; the sender delivers them over SMTP', async () => {
    const preview = await get(admin, `/api/cycles/${f.cycles.open}/reminders/preview`).expect(200);
    // A owes 1.1 and 1.2, B owes 1.1 and 1.3; C owes nothing (not asked). The inactive editor of A gets nothing.
    expect(preview.body).toEqual({ recipients: 3, boards: 2, alreadyQueued: 0 });

    const res = await post(admin, f.cycles.open).expect(202);
    expect(res.body).toEqual({ queued: 3, alreadyQueued: 0 });
    expect((await outbox()).map((r) => [r.recipient, r.phase, r.due_date, r.state])).toEqual([
      ['redaktor.a@test.se', 'manual', today, 'queued'],
      ['redaktor.ac@test.se', 'manual', today, 'queued'],
      ['redaktor.b@test.se', 'manual', today, 'queued'],
    ]);
    expect(sink.received).toHaveLength(0);
    // The admin's action is in the audit trail, with the cycle.
    const [audit] = await t.dataSource.query(`SELECT actor_email, entity_type, entity_id, after FROM audit_event WHERE action = 'cycle.reminders-send' ORDER BY id DESC LIMIT 1`);
    expect(audit).toEqual({
      actor_email: f.users.admin.email,
      entity_type: 'cycle',
      entity_id: f.cycles.open,
      after: { phase: 'manual', date: today, boardIds: null, queued: 3, alreadyQueued: 0 },
    });

    expect(await sender.drain()).toEqual({ sent: 3, retried: 0, failed: 0 });
    expect(sink.received.map((m) => m.to).sort()).toEqual([['redaktor.a@test.se'], ['redaktor.ac@test.se'], ['redaktor.b@test.se']]);
    expect((await outbox()).every((r) => r.state === 'sent' && r.attempts === 1)).toBe(true);

    const a = mailTo('redaktor.a@test.se');
    expect(a.parsed.from?.value[0]).toEqual({ address: 'uppfoljning@atgardskollen.test', name: 'Stadsledningskontoret' });
    expect(a.parsed.subject).toBe('Påminnelse: 2 skrivningar saknas – Öppen');
    expect(a.parsed.headers.get('auto-submitted')).toBe('auto-generated');
    const text = a.parsed.text ?? '';
    expect(text).toContain('uppföljningsomgången ”Öppen”');
    expect(text).toContain('Sista dag att lämna in är 31 december 2099');
    expect(text).toContain('Nämnd A (Nämnd As förvaltning): 2 skrivningar saknas');
    expect(text).toContain('Åtgärd 1.1 (Rapport 1): Åtgärd 1.1 (huvudansvarig)');
    expect(text).toContain('Åtgärd 1.2 (Rapport 1): Åtgärd 1.2 (huvudansvarig)');
    expect(text).not.toContain('1.3');
    const b = mailTo('redaktor.b@test.se');
    expect(b.parsed.text).toContain('Åtgärd 1.1 (Rapport 1): Åtgärd 1.1 (delansvarig)');
    expect(b.parsed.text).toContain('Åtgärd 1.3 (Rapport 1): Åtgärd 1.3 (huvudansvarig)');
    // The editor of A and C: C is not asked, so the digest is A's.
    expect(mailTo('redaktor.ac@test.se').parsed.text).not.toContain('Nämnd C');
  });

  it("the links lead to the statement form of each measure owed: PUBLIC_URL + the organisation's to-do page, at the editor's entry", async () => {
    await post(admin, f.cycles.open).expect(202);
    await sender.drain();
    const a = mailTo('redaktor.a@test.se');
    const links = [...(a.parsed.text ?? '').matchAll(/https:\/\/\S+/g)].map((m) => m[0]);
    const anchors = [...String(a.parsed.html).matchAll(/href="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
    expect(links).toEqual([
      `${PUBLIC_URL}/testkommun/att-redovisa#skrivning-${f.cycles.open}-${f.boards.A}-${f.measures.m11}`,
      `${PUBLIC_URL}/testkommun/att-redovisa#skrivning-${f.cycles.open}-${f.boards.A}-${f.measures.m12}`,
      `${PUBLIC_URL}/testkommun/att-redovisa`,
    ]);
    expect(anchors).toEqual(links);
    // What each link names is an entry of the editor's to-do list (the page the link opens renders that list).
    const todo = (await get(editorA, '/api/me/todo').expect(200)).body as { cycle: { id: number }; boards: { board: { id: number }; items: { measure: { id: number } }[] }[] }[];
    for (const link of links.slice(0, 2)) {
      const url = new URL(link);
      expect(url.origin + url.pathname).toBe(`${PUBLIC_URL}/testkommun/att-redovisa`);
      const [, cycle, board, measure] = /^#skrivning-(\d+)-(\d+)-(\d+)$/.exec(url.hash)!.map(Number);
      const entry = todo.find((c) => c.cycle.id === cycle)?.boards.find((s) => s.board.id === board)?.items.find((i) => i.measure.id === measure);
      expect(entry).toBeDefined();
    }
  });

  it('boardIds chooses the recipients; the dedup key (recipient + cycle + phase + date) queues nobody twice', async () => {
    expect((await get(admin, `/api/cycles/${f.cycles.open}/reminders/preview?boardIds=${f.boards.B}`).expect(200)).body).toEqual({
      recipients: 1,
      boards: 1,
      alreadyQueued: 0,
    });
    expect((await post(admin, f.cycles.open, { boardIds: [f.boards.B] }).expect(202)).body).toEqual({ queued: 1, alreadyQueued: 0 });
    expect((await outbox()).map((r) => r.recipient)).toEqual(['redaktor.b@test.se']);
    expect((await get(admin, `/api/cycles/${f.cycles.open}/reminders/preview`).expect(200)).body).toEqual({ recipients: 3, boards: 2, alreadyQueued: 1 });
    expect((await post(admin, f.cycles.open).expect(202)).body).toEqual({ queued: 2, alreadyQueued: 1 });
    expect((await post(admin, f.cycles.open).expect(202)).body).toEqual({ queued: 0, alreadyQueued: 3 });
    await sender.drain();
    await sender.drain();
    expect(sink.received).toHaveLength(3);
  });

  it('a board that has delivered is not reminded; a digest lists only what is still missing', async () => {
    await insertStatement(t.dataSource, { cycle: f.cycles.open, board: f.boards.A, measure: f.measures.m11, state: 'submitted' });
    // A draft is still owed.
    await insertStatement(t.dataSource, { cycle: f.cycles.open, board: f.boards.A, measure: f.measures.m12 });
    await post(admin, f.cycles.open).expect(202);
    await sender.drain();
    const text = mailTo('redaktor.a@test.se').parsed.text ?? '';
    expect(mailTo('redaktor.a@test.se').parsed.subject).toBe('Påminnelse: 1 skrivning saknas – Öppen');
    expect(text).toContain('Nämnd A (Nämnd As förvaltning): 1 skrivning saknas');
    expect(text).not.toContain('Åtgärd 1.1');
    expect(text).toContain('Åtgärd 1.2');
    await t.dataSource.query(`DELETE FROM statement WHERE cycle_id = $1`, [f.cycles.open]);
  });

  it('is for admins: 401 signed out, 403 for editors and analysts', async () => {
    expect((await post(null, f.cycles.open).expect(401)).body.code).toBe('unauthorized');
    expect((await post(editorA, f.cycles.open).expect(403)).body.code).toBe('forbidden');
    expect((await post(analyst, f.cycles.open).expect(403)).body.code).toBe('forbidden');
    expect((await get(editorA, `/api/cycles/${f.cycles.open}/reminders`).expect(403)).body.code).toBe('forbidden');
    expect((await get(editorA, `/api/cycles/${f.cycles.open}/reminders/summary`).expect(403)).body.code).toBe('forbidden');
    expect((await get(editorA, `/api/cycles/${f.cycles.open}/reminders/preview`).expect(403)).body.code).toBe('forbidden');
    expect(await outbox()).toEqual([]);
  });

  it("is for admins of the cycle's organisation: another organisation's admin and the system account get 403", async () => {
    for (const account of [other.users.admin, other.users.system]) {
      const token = await signIn(t.app, account.email);
      expect((await post(token, f.cycles.open).expect(403)).body.code).toBe('forbidden');
      expect((await post(token, f.cycles.open, { boardIds: [f.boards.A] }).expect(403)).body.code).toBe('forbidden');
      expect((await get(token, `/api/cycles/${f.cycles.open}/reminders`).expect(403)).body.code).toBe('forbidden');
      expect((await get(token, `/api/cycles/${f.cycles.open}/reminders/summary`).expect(403)).body.code).toBe('forbidden');
      expect((await get(token, `/api/cycles/${f.cycles.open}/reminders/preview`).expect(403)).body.code).toBe('forbidden');
    }
    expect(await outbox()).toEqual([]);
  });

  it('refuses bad input with a 4xx naming it, and queues nothing', async () => {
    const foreignBoard = other.board;
    const unknown = await post(admin, f.cycles.open, { boardIds: [f.boards.A, 999999, foreignBoard] }).expect(404);
    expect(unknown.body).toMatchObject({ code: 'not_found', errors: { boardIds: `unknown board 999999, ${foreignBoard}` } });
    for (const boardIds of [[], ['x'], [f.boards.A, f.boards.A], 'A']) {
      const res = await post(admin, f.cycles.open, { boardIds }).expect(400);
      expect(res.body.code).toBe('validation_failed');
      expect(Object.keys(res.body.errors)).toEqual(['boardIds']);
    }
    expect((await post(admin, f.cycles.open, { boardIds: [f.boards.A], extra: 1 }).expect(400)).body.errors).toHaveProperty('extra');
    expect((await get(admin, `/api/cycles/${f.cycles.open}/reminders/preview?boardIds=1,abc`).expect(400)).body.errors).toHaveProperty('boardIds');
    expect((await post(admin, f.cycles.closed).expect(409)).body.code).toBe('cycle_not_open');
    expect((await post(admin, 999999).expect(404)).body.code).toBe('not_found');
    expect((await post(admin, 0).expect(400)).body.code).toBe('invalid_id');
    expect(await outbox()).toEqual([]);
  });

  it('an SMTP failure is retried with backoff and then sent; a message still failing after MAIL_MAX_ATTEMPTS is marked failed', async () => {
    await post(admin, f.cycles.open, { boardIds: [f.boards.B] }).expect(202);
    sink.failNext(1, 451);
    expect(await sender.drain()).toEqual({ sent: 0, retried: 1, failed: 0 });
    const [first] = await t.dataSource.query(`SELECT state, attempts, last_error, next_attempt_at > now() + interval '50 seconds' AS later FROM reminder_outbox`);
    expect(first).toMatchObject({ state: 'queued', attempts: 1, later: true });
    expect(first.last_error).toMatch(/451/);
    // Not yet due: nothing is tried.
    expect(await sender.drain()).toEqual({ sent: 0, retried: 0, failed: 0 });
    await t.dataSource.query(`UPDATE reminder_outbox SET next_attempt_at = now()`);
    expect(await sender.drain()).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(sink.attempts).toBe(2);
    expect(sink.received.map((m) => m.to)).toEqual([['redaktor.b@test.se']]);
    expect(await outbox()).toMatchObject([{ state: 'sent', attempts: 2, last_error: null }]);

    await t.dataSource.query(`DELETE FROM reminder_outbox`);
    sink.clear();
    await post(admin, f.cycles.open, { boardIds: [f.boards.B] }).expect(202);
    sink.failNext(10, 421);
    for (let i = 0; i < 3; i += 1) {
      await t.dataSource.query(`UPDATE reminder_outbox SET next_attempt_at = now()`);
      await sender.drain();
    }
    expect(await outbox()).toMatchObject([{ state: 'failed', attempts: 3 }]);
    await t.dataSource.query(`UPDATE reminder_outbox SET next_attempt_at = now()`);
    expect(await sender.drain()).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(sink.attempts).toBe(3);
    expect(sink.received).toHaveLength(0);
  });

  it('a permanent refusal (5xx) fails at once; a message of a cycle closed before sending is not sent', async () => {
    await post(admin, f.cycles.open, { boardIds: [f.boards.B] }).expect(202);
    sink.failNext(1, 550);
    expect(await sender.drain()).toEqual({ sent: 0, retried: 0, failed: 1 });
    expect(await outbox()).toMatchObject([{ state: 'failed', attempts: 1 }]);

    await t.dataSource.query(`DELETE FROM reminder_outbox`);
    await post(admin, f.cycles.open, { boardIds: [f.boards.B] }).expect(202);
    await t.dataSource.query(`UPDATE reporting_cycle SET status = 'closed' WHERE id = $1`, [f.cycles.open]);
    try {
      expect(await sender.drain()).toEqual({ sent: 0, retried: 0, failed: 1 });
      expect(await outbox()).toMatchObject([{ state: 'failed', last_error: 'the cycle is no longer open: not sent' }]);
      expect(sink.attempts).toBe(1);
    } finally {
      await t.dataSource.query(`UPDATE reporting_cycle SET status = 'open' WHERE id = $1`, [f.cycles.open]);
    }
  });

  it('the schedule queues the phase due today, once however often it runs, and catches up after downtime', async () => {
    const soon = await cycleWithDeadline('Snart', addDays(today, 3));
    const missed = await cycleWithDeadline('Missad', addDays(today, -2));
    const later = await cycleWithDeadline('Senare', addDays(today, 20));
    const late = await cycleWithDeadline('Sen', addDays(today, -15));
    try {
      const queued = await reminders.runSchedule();
      const rows = await outbox();
      const phases = (cycle: number) => [...new Set(rows.filter((r) => r.cycle_id === cycle).map((r) => `${r.phase} ${r.due_date}`))];
      expect(phases(soon)).toEqual([`before ${addDays(today, 0)}`]);
      // Down since before the deadline: the deadline's digest goes out now, once.
      expect(phases(missed)).toEqual([`deadline ${addDays(today, -2)}`]);
      expect(phases(later)).toEqual([]);
      // Weekly once late: 15 days late, the phase of day 14.
      expect(phases(late)).toEqual([`late ${addDays(today, -1)}`]);
      expect(phases(f.cycles.open)).toEqual([]);
      expect(queued).toBe(9);
      expect(await reminders.runSchedule()).toBe(0);
      expect(await outbox()).toHaveLength(9);
      await sender.drain();
      expect(sink.received.filter((m) => m.parsed.subject?.endsWith('– Missad'))[0].parsed.subject).toBe('Försenat: 2 skrivningar saknas – Missad');
      expect(sink.received.filter((m) => m.parsed.subject?.endsWith('– Snart'))).toHaveLength(3);
    } finally {
      await t.dataSource.query(`DELETE FROM reporting_cycle WHERE id = ANY($1)`, [[soon, missed, later, late]]);
    }
  });

  it('Sena and the outbox summary show the last reminder sent per board', async () => {
    await t.dataSource.query(`INSERT INTO cycle_participant (cycle_id, board_id) VALUES ($1, $2), ($1, $3) ON CONFLICT DO NOTHING`, [f.cycles.past, f.boards.A, f.boards.B]);
    const before = (await get(admin, `/api/cycles/${f.cycles.past}/late`).expect(200)).body.boards;
    expect(before.map((b: { lastReminderAt: string | null }) => b.lastReminderAt)).toEqual([null, null]);
    await post(admin, f.cycles.past, { boardIds: [f.boards.B] }).expect(202);
    let summary = (await get(admin, `/api/cycles/${f.cycles.past}/reminders/summary`).expect(200)).body;
    expect(summary).toEqual({
      mailConfigured: true,
      schedule: '14,3,0,+7',
      totals: { queued: 1, sent: 0, failed: 0 },
      boards: [{ board: { id: f.boards.B, name: 'Nämnd B' }, queued: 1, sent: 0, failed: 0, lastSentAt: null }],
    });
    await sender.drain();
    const [{ sent_at }] = await t.dataSource.query(`SELECT sent_at FROM reminder_outbox`);
    const after = (await get(admin, `/api/cycles/${f.cycles.past}/late`).expect(200)).body.boards;
    expect(after.map((b: { board: { id: number }; lastReminderAt: string | null }) => [b.board.id, b.lastReminderAt])).toEqual([
      [f.boards.A, null],
      [f.boards.B, new Date(sent_at).toISOString()],
    ]);
    summary = (await get(admin, `/api/cycles/${f.cycles.past}/reminders/summary`).expect(200)).body;
    expect(summary.boards).toEqual([{ board: { id: f.boards.B, name: 'Nämnd B' }, queued: 0, sent: 1, failed: 0, lastSentAt: new Date(sent_at).toISOString() }]);
    const list = await get(admin, `/api/cycles/${f.cycles.past}/reminders?state=sent&board=${f.boards.B}`).expect(200);
    expect(list.body).toMatchObject([
      { recipient: 'redaktor.b@test.se', phase: 'manual', dueDate: today, state: 'sent', attempts: 1, lastError: null, nextAttemptAt: null, boards: [{ id: f.boards.B, name: 'Nämnd B', missing: 2 }] },
    ]);
    expect(list.body[0].subject).toBe('Försenat: 2 skrivningar saknas – Försenad');
    expect((await get(admin, `/api/cycles/${f.cycles.past}/reminders?board=${f.boards.A}`).expect(200)).body).toEqual([]);
    expect((await get(admin, `/api/cycles/${f.cycles.past}/reminders?state=lost`).expect(400)).body.errors).toHaveProperty('state');
  });

  it('two app instances racing on the same outbox send each message once', async () => {
    // 30 more editors of A: 33 digests in all.
    const hash = bcrypt.hashSync(PASSWORD, 4);
    await t.dataSource.query(
      `WITH u AS (INSERT INTO app_user (email, password_hash, role, organisation_id) SELECT 'extra' || n || '@test.se', $1, 'editor', $3 FROM generate_series(1, 30) n RETURNING id)
       INSERT INTO user_board (user_id, board_id) SELECT id, $2 FROM u`,
      [hash, f.boards.A, f.organisation],
    );
    const second = await createTestApp({ seed: false, reset: false, env: { SMTP_URL: sink.url, MAIL_FROM, PUBLIC_URL } });
    try {
      expect((await post(admin, f.cycles.open).expect(202)).body.queued).toBe(33);
      const senders = [sender, second.app.get(ReminderSender), sender, second.app.get(ReminderSender)];
      expect(new Set(senders.map((s) => s.workerId)).size).toBe(2);
      const results = await Promise.all(senders.map((s) => s.drain(4)));
      expect(results.reduce((n, r) => n + r.sent, 0)).toBe(33);
      // Both instances took part.
      expect(results[1].sent + results[3].sent).toBeGreaterThan(0);
      expect(results[0].sent + results[2].sent).toBeGreaterThan(0);
      const recipients = sink.received.flatMap((m) => m.to);
      expect(recipients).toHaveLength(33);
      expect(new Set(recipients).size).toBe(33);
      expect(sink.attempts).toBe(33);
      expect((await outbox()).every((r) => r.state === 'sent' && r.attempts === 1)).toBe(true);
    } finally {
      await second.close();
      await t.dataSource.query(`DELETE FROM app_user WHERE email LIKE 'extra%@test.se'`);
    }
  });
});

describe('reminders without SMTP_URL', () => {
  let t: TestApp;
  let f: WriteFixture;

  beforeAll(async () => {
    t = await createTestApp({ seed: false });
    f = await insertWriteFixture(t.dataSource);
  });
  afterAll(async () => {
    await t.close();
  });

  it('stay queued, and the summary says mail is not configured', async () => {
    expect(t.app.get<AppConfig>(APP_CONFIG, { strict: false }).SMTP_URL).toBeUndefined();
    const admin = await signIn(t.app, f.users.admin.email);
    expect((await request(t.app.getHttpServer()).post(`/api/cycles/${f.cycles.open}/reminders`).set('Authorization', `Bearer ${admin}`).send({}).expect(202)).body.queued).toBe(3);
    expect(await t.app.get(ReminderSender).drain()).toEqual({ sent: 0, retried: 0, failed: 0 });
    const summary = await request(t.app.getHttpServer()).get(`/api/cycles/${f.cycles.open}/reminders/summary`).set('Authorization', `Bearer ${admin}`).expect(200);
    expect(summary.body).toMatchObject({ mailConfigured: false, totals: { queued: 3, sent: 0, failed: 0 } });
    const rows = await t.dataSource.query(`SELECT state, attempts FROM reminder_outbox`);
    expect(rows).toEqual([
      { state: 'queued', attempts: 0 },
      { state: 'queued', attempts: 0 },
      { state: 'queued', attempts: 0 },
    ]);
  });
});

describe('the reminder timer', () => {
  let sink: SmtpSink;

  beforeAll(async () => {
    sink = await SmtpSink.start();
  });
  afterAll(async () => {
    await sink.stop();
  });

  it('is off in tests unless turned on; on, it runs the schedule and the sender by itself and stops with the app', async () => {
    const off = await createTestApp({ seed: false, env: { SMTP_URL: sink.url } });
    const f = await insertWriteFixture(off.dataSource);
    // A cycle due today: the deadline phase falls due at once.
    const [{ id }] = await off.dataSource.query(
      `INSERT INTO reporting_cycle (organisation_id, commission_id, name, year, deadline, status)
       SELECT organisation_id, $1, 'I dag', 2026, (now() AT TIME ZONE 'Europe/Stockholm')::date, 'open' FROM commission WHERE id = $1 RETURNING id`,
      [f.commission],
    );
    await storeScopeFromCatalogue(off.dataSource.manager, id);
    await off.dataSource.query(`INSERT INTO cycle_participant (cycle_id, board_id) VALUES ($1, $2)`, [id, f.boards.B]);
    expect(off.app.get(ReminderTimer).active).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(sink.received).toHaveLength(0);
    await off.close();

    const on = await createTestApp({ seed: false, reset: false, env: { SMTP_URL: sink.url, REMINDER_INTERVAL_SECONDS: '1' } });
    const timer = on.app.get(ReminderTimer);
    try {
      expect(timer.active).toBe(true);
      const deadline = Date.now() + 10_000;
      while (sink.received.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(sink.received.map((m) => [m.to, m.parsed.subject])).toEqual([[['redaktor.b@test.se'], 'Sista dag i dag: 2 skrivningar saknas – I dag']]);
      // Later ticks find the phase queued and sent already: nothing twice.
      await new Promise((resolve) => setTimeout(resolve, 2200));
      expect(sink.received).toHaveLength(1);
    } finally {
      await on.close();
    }
    expect(timer.active).toBe(false);
  });
});
