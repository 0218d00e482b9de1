/**
 * The editor workflow in a real browser against the running app (APP_URL): an admin opens a new
 * cycle through the API, a demo editor signs in, writes and submits a statement on "Att redovisa",
 * and Översikt's coverage for that cycle moves. A script/SQL string is stored and shown verbatim.
 * axe checks the new pages; screenshots go to frontend/test-results/screenshots/.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Board, Cycle, CycleCoverage, Statement } from '../src/lib/api-types';
import { createFormatters } from '../src/lib/format';
import { api, apiToken, apiWrite, APP_URL, expectNoAxeViolations, launchBrowser, newPage, screenshot } from './support/browser';

const fmt = createFormatters('sv');
const normalise = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

const ADMIN = { email: 'admin@example.se', password: process.env.DEMO_PASSWORD || 'demo' };
const EDITOR = { email: 'redaktor.trafiknamnden@example.se', password: process.env.DEMO_PASSWORD || 'demo' };
const BOARD_NAME = 'Trafiknämnden';
/** Markup and SQL an attacker might try; it must be stored and shown as the very same text. */
const NASTY = `<script>window.__pwned = true</script><img src=x onerror="window.__pwned = true"> '); DROP TABLE statement;--`;

let browser: Browser;
let context: BrowserContext;
let page: Page;
let cycle: Cycle;
let board: Board;

beforeAll(async () => {
  browser = await launchBrowser();
  // The demo data's 2016 cycle is closed: open a fresh one, with Trafiknämnden taking part.
  const token = await apiToken(ADMIN.email, ADMIN.password);
  const boards = await api<Board[]>('/boards');
  const found = boards.find((b) => b.name === BOARD_NAME);
  if (!found) throw new Error(`The demo data has no ${BOARD_NAME}: load the seed before the browser tests.`);
  board = found;
  const deadline = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  cycle = await apiWrite<Cycle>('POST', '/cycles', token, {
    name: `Webbläsartest ${new Date().toISOString()}`,
    year: new Date().getFullYear(),
    deadline,
    status: 'open',
  });
  await apiWrite('PUT', `/cycles/${cycle.id}/participants`, token, { boardIds: [board.id] });
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  ({ context, page } = await newPage(browser));
});

afterEach(async () => {
  await context?.close();
});

async function open(path: string): Promise<void> {
  const response = await page.goto(`${APP_URL}${path}`, { waitUntil: 'networkidle' });
  expect(response?.ok()).toBe(true);
}

async function signIn(account: { email: string; password: string }): Promise<void> {
  await open('/logga-in');
  await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
  await page.getByLabel('E-postadress').fill(account.email);
  await page.getByLabel('Lösenord').fill(account.password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByRole('banner').getByText(account.email).waitFor();
}

/** Waits until the entry's status badge reads `label` ("Saknas", "Utkast", "Inlämnad", "Inlämnad sent"). */
async function progressIs(entry: ReturnType<Page['locator']>, label: string): Promise<void> {
  await entry.locator('.progress', { hasText: new RegExp(`: ${label}$`) }).waitFor();
}

async function keyFigure(label: string): Promise<string> {
  const figure = page.locator('.key-figure', { has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) });
  return normalise(await figure.locator('dd').textContent());
}

describe('Logga in', () => {
  it('says "Fel e-post eller lösenord" for a wrong password, and the page passes axe', async () => {
    await open('/logga-in');
    await page.getByLabel('E-postadress').fill(EDITOR.email);
    await page.getByLabel('Lösenord').fill('fel-lösenord');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('alert').filter({ hasText: 'Fel e-post eller lösenord.' }).waitFor();
    await screenshot(page, 'logga-in');
    await expectNoAxeViolations(page, '/logga-in');
  });
});

describe('Att redovisa', () => {
  it('lets a demo editor write and submit a statement, stored verbatim, and moves the coverage', async () => {
    const before = await api<CycleCoverage>(`/cycles/${cycle.id}/coverage`);
    await signIn(EDITOR);
    await page.waitForURL(/\/att-redovisa$/);

    const cycleSection = page.locator('section.todo-cycle', { has: page.getByRole('heading', { level: 2, name: cycle.name }) });
    await cycleSection.waitFor();
    expect(normalise(await cycleSection.locator('.deadline').textContent())).toMatch(/\d+ dagar kvar/);
    const boardSection = cycleSection.locator('section.todo-board', { has: page.getByRole('heading', { level: 3, name: BOARD_NAME }) });
    const entry = boardSection.locator('article').first();
    await progressIs(entry, 'Saknas');
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'att-redovisa');
    await expectNoAxeViolations(page, '/att-redovisa');

    const text = `Under ${cycle.year} fortsätter arbetet. ${NASTY}`;
    await entry.getByLabel('Skrivning').fill(text);
    await entry.getByRole('checkbox', { name: String(cycle.year) }).check();
    await entry.getByRole('combobox', { name: 'Status för åtgärden' }).selectOption({ label: 'Pågående' });
    await entry.getByRole('button', { name: 'Spara utkast' }).click();
    await entry.getByText(/Utkastet är sparat/).waitFor();
    await progressIs(entry, 'Utkast');

    await entry.getByRole('button', { name: 'Lämna in' }).click();
    await entry.getByText('Skrivningen är inlämnad.').waitFor();
    await progressIs(entry, 'Inlämnad');
    // Shown as the very text that was written; nothing in it ran.
    expect(normalise(await entry.locator('.statement-text').textContent())).toBe(normalise(text));
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
    await screenshot(page, 'att-redovisa-inlamnad');

    // Stored verbatim.
    const statements = await api<Statement[]>(`/cycles/${cycle.id}/statements?board=${board.id}`);
    const stored = statements.find((s) => s.text === text);
    expect(stored).toBeDefined();
    expect(stored!.state).toBe('submitted');
    expect(stored!.plannedYears).toEqual([cycle.year]);

    // Coverage for the cycle moved, and Översikt shows it.
    const after = await api<CycleCoverage>(`/cycles/${cycle.id}/coverage`);
    expect(after.totals.delivered).toBe(before.totals.delivered + 1);
    await open(`/?cykel=${cycle.id}`);
    await page.getByRole('heading', { level: 2, name: 'Nyckeltal' }).waitFor();
    expect(await keyFigure('Inlämnade')).toBe(normalise(fmt.number(after.totals.delivered)));

    // The history names who did what, and shows the text verbatim.
    await open(`/skrivningar/${stored!.id}/historik`);
    await page.getByRole('heading', { level: 1, name: /^Historik: Trafiknämnden/ }).waitFor();
    const history = page.locator('.history-event');
    // Saved as a draft (created), then submitted unchanged: two audited writes.
    expect(await history.count()).toBe(2);
    expect(normalise(await history.nth(0).locator('.history-head').textContent())).toContain(`${EDITOR.email} skapade skrivningen`);
    expect(normalise(await history.nth(1).locator('.history-head').textContent())).toContain(`${EDITOR.email} lämnade in skrivningen`);
    expect(normalise(await page.locator('.statement-text').first().textContent())).toBe(normalise(text));
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
    await screenshot(page, 'historik');
    await expectNoAxeViolations(page, '/skrivningar/:id/historik');
  });

  it('signs out from the header', async () => {
    await signIn(EDITOR);
    await page.getByRole('banner').getByRole('button', { name: 'Logga ut' }).click();
    await page.getByRole('banner').getByRole('link', { name: 'Logga in' }).waitFor();
    expect(await page.getByRole('banner').getByRole('link', { name: 'Att redovisa' }).count()).toBe(0);
  });
});

describe('Administration', () => {
  it('shows cycles, accounts, catalogue and change log to an admin, each passing axe', async () => {
    await signIn(ADMIN);
    await open('/admin');
    await page.getByRole('heading', { level: 1, name: 'Uppföljningsomgångar' }).waitFor();
    await page.getByRole('heading', { level: 3, name: `${cycle.name} (${cycle.year})` }).waitFor();
    await screenshot(page, 'admin-omgangar');
    await expectNoAxeViolations(page, '/admin');

    await open('/admin/anvandare');
    await page.getByRole('table', { name: 'Konton' }).getByRole('rowheader', { name: EDITOR.email }).waitFor();
    await screenshot(page, 'admin-anvandare');
    await expectNoAxeViolations(page, '/admin/anvandare');

    await open('/admin/katalog?rapport=samverkan');
    const measure = page.getByRole('combobox', { name: 'Åtgärd' });
    await measure.waitFor();
    const first = await measure.locator('option').nth(1).getAttribute('value');
    await measure.selectOption(first!);
    await page.getByRole('button', { name: 'Spara åtgärden' }).waitFor();
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'admin-katalog');
    await expectNoAxeViolations(page, '/admin/katalog');

    await open(`/admin/logg?typ=cycle`);
    await page.getByRole('table', { name: 'Ändringar' }).waitFor();
    await page.getByRole('cell', { name: `Omgång ${cycle.id}` }).first().waitFor();
    await screenshot(page, 'admin-logg');
    await expectNoAxeViolations(page, '/admin/logg');
  });
});
