/**
 * Reminders in a real browser against the running app, with a real SMTP server (the global setup's
 * sink, ATK_MAIL_DIR): an admin sends reminders from Administration → Påminnelser after the
 * confirmation, the editor's digest arrives, and its link opens the editor's statement form for
 * that measure. axe checks the page and the dialog.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { simpleParser, type ParsedMail } from 'mailparser';
import type { Board, Cycle } from '../src/lib/api-types';
import { api, apiToken, apiWrite, APP_URL, expectNoAxeViolations, screenshot } from './support/browser';
import { browserSession } from './support/session';

const ADMIN = { email: 'admin@example.se', password: process.env.DEMO_PASSWORD || 'demo' };
const EDITOR = { email: 'redaktor.trafiknamnden@example.se', password: process.env.DEMO_PASSWORD || 'demo' };
const normalise = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

const session = browserSession();
let cycle: Cycle;

/** The messages the sink has received for `to`, waiting up to `ms` for the first. */
async function mailsTo(to: string, ms = 20_000): Promise<ParsedMail[]> {
  const dir = process.env.ATK_MAIL_DIR;
  if (!dir) throw new Error('ATK_MAIL_DIR is not set: the browser tests need the mail sink of e2e/support/app-server.cjs (unset APP_URL).');
  const deadline = Date.now() + ms;
  for (;;) {
    const parsed = await Promise.all(readdirSync(dir).map((f) => simpleParser(readFileSync(path.join(dir, f)))));
    const found = parsed.filter((m) => m.to && !Array.isArray(m.to) && m.to.value.some((a) => a.address === to) && m.subject?.endsWith(cycle.name));
    if (found.length > 0 || Date.now() > deadline) return found;
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function signIn(account: { email: string; password: string }): Promise<void> {
  await session.open('/logga-in');
  await session.page.getByLabel('E-postadress').fill(account.email);
  await session.page.getByLabel('Lösenord').fill(account.password);
  await session.page.getByRole('button', { name: 'Logga in' }).click();
  await session.page.getByRole('banner').getByText(account.email).waitFor();
}

beforeAll(async () => {
  const token = await apiToken(ADMIN.email, ADMIN.password);
  const board = (await api<Board[]>('/boards')).find((b) => b.name === 'Trafiknämnden');
  if (!board) throw new Error('The demo data has no Trafiknämnden: load the seed before the browser tests.');
  // 20 days ahead: no scheduled phase (14 days before) has come yet, so only the manual reminder goes out.
  const deadline = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
  cycle = await apiWrite<Cycle>('POST', '/cycles', token, { name: `Påminnelsetest ${new Date().toISOString()}`, year: new Date().getFullYear(), deadline, status: 'open' });
  await apiWrite('PUT', `/cycles/${cycle.id}/participants`, token, { boardIds: [board.id] });
});

describe('Påminnelser', () => {
  it('an admin sends reminders after the question; the digest reaches the editor and its link opens the form', async () => {
    await signIn(ADMIN);
    await session.open(`/stockholms-stad/admin/paminnelser?omgang=${cycle.id}`);
    await session.page.getByRole('heading', { level: 1, name: 'Påminnelser' }).waitFor();
    await session.page.getByText(/^Påminnelser skickas automatiskt 14 och 3 dagar före sista dag/).waitFor();
    await session.page.getByText('Inga påminnelser ännu i den här omgången.').waitFor();
    await expectNoAxeViolations(session.page, '/admin/paminnelser');

    await session.page.getByRole('button', { name: 'Skicka påminnelser' }).click();
    const dialog = session.page.getByRole('dialog', { name: `Skicka påminnelser för ${cycle.name}?` });
    await dialog.getByText('1 redaktör för 1 nämnd får ett e-postbrev med det som saknas.').waitFor();
    await expectNoAxeViolations(session.page, 'Skicka påminnelser?');
    await screenshot(session.page, 'paminnelser-fraga');
    await dialog.getByRole('button', { name: 'Skicka påminnelser' }).click();
    await session.page.getByRole('status').filter({ hasText: '1 påminnelse lades i kön.' }).waitFor();

    const [mail, ...more] = await mailsTo(EDITOR.email);
    expect(more).toHaveLength(0);
    expect(mail.subject).toMatch(/^Påminnelse: \d+ skrivningar saknas – Påminnelsetest/);
    expect(mail.text).toContain('Trafiknämnden (Trafikkontoret)');
    const links = [...(mail.text ?? '').matchAll(/http:\/\/\S+#skrivning-\S+/g)].map((m) => m[0]);
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((l) => l.startsWith(`${APP_URL}/stockholms-stad/att-redovisa#skrivning-${cycle.id}-`))).toBe(true);

    // The outbox shows it sent (the app's timer sends within seconds).
    await session.page.reload({ waitUntil: 'networkidle' });
    const outbox = session.page.getByRole('table', { name: `Utkorgen för ${cycle.name}, nyast först` });
    await outbox.getByRole('row', { name: new RegExp(EDITOR.email) }).getByText('Skickad', { exact: true }).waitFor();
    await screenshot(session.page, 'paminnelser');
    await expectNoAxeViolations(session.page, '/admin/paminnelser (sent)');

    // The editor follows the first link: the to-do page, at that measure's form, focused.
    await session.page.context().clearCookies();
    await signIn(EDITOR);
    await session.page.goto(links[0], { waitUntil: 'networkidle' });
    const id = new URL(links[0]).hash.slice(1);
    const entry = session.page.locator(`article#${id}`);
    await entry.waitFor();
    await entry.getByLabel('Skrivning').waitFor();
    await session.page.waitForFunction((target) => document.activeElement?.id === target, id);
    // The entry is the measure the mail's first line names.
    const number = normalise(await entry.locator('.measure-number').textContent());
    expect(mail.text).toContain(`- Åtgärd ${number} (`);
    await screenshot(session.page, 'paminnelse-lank');
    await expectNoAxeViolations(session.page, '/att-redovisa#skrivning-…');

    // Sena (after the deadline) would show it; before it, the summary per board already does.
    const summary = await fetch(`${APP_URL}/api/cycles/${cycle.id}/reminders/summary`, {
      headers: { Authorization: `Bearer ${await apiToken(ADMIN.email, ADMIN.password)}` },
    }).then((r) => r.json() as Promise<{ boards: { board: { name: string }; sent: number; lastSentAt: string | null }[] }>);
    expect(summary.boards).toEqual([expect.objectContaining({ board: expect.objectContaining({ name: 'Trafiknämnden' }), sent: 1, lastSentAt: expect.any(String) })]);
  });
});
