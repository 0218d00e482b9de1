/**
 * "Kopplingar att granska" in a real browser against the running app: an admin signs in, finds
 * Älvsjö's passage on community centers (a suggestion of the 2016 import for skola 6.5.3, which
 * Älvsjö leads), confirms it with the keyboard, and the 2016 coverage moves: Älvsjö delivers one
 * more statement, and its Nämnd page says how the statement was linked. axe checks the page.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Cycle, CycleCoverage, LinkSuggestion } from '../src/lib/api-types';
import { api, apiToken, APP_URL, expectNoAxeViolations, launchBrowser, newPage, ofStockholm, screenshot, stockholm } from './support/browser';

const ADMIN = { email: 'admin@example.se', password: process.env.DEMO_PASSWORD || 'demo' };
const BOARD = 'Älvsjö stadsdelsnämnd';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let cycle: Cycle;
let token: string;

async function suggestions(): Promise<LinkSuggestion[]> {
  const res = await fetch(`${APP_URL}/api/link-suggestions?cycle=${cycle.id}`, { headers: { Authorization: `Bearer ${token}` } });
  expect(res.status).toBe(200);
  return (await res.json()) as LinkSuggestion[];
}

async function delivered(): Promise<number> {
  const coverage = await api<CycleCoverage>(`/cycles/${cycle.id}/coverage`);
  const row = coverage.boards.find((b) => b.board.name === BOARD);
  if (!row) throw new Error(`${BOARD} has no coverage row`);
  return row.delivered;
}

beforeAll(async () => {
  browser = await launchBrowser();
  token = await apiToken(ADMIN.email, ADMIN.password);
  const cycles = await api<Cycle[]>(ofStockholm('/cycles'));
  const found = cycles.find((c) => c.year === 2016);
  if (!found) throw new Error('The demo data has no 2016 cycle: load the seed before the browser tests.');
  cycle = found;
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

async function signIn(): Promise<void> {
  await page.goto(`${APP_URL}/logga-in`, { waitUntil: 'networkidle' });
  await page.getByLabel('E-postadress').fill(ADMIN.email);
  await page.getByLabel('Lösenord').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByRole('banner').getByText(ADMIN.email).waitFor();
}

describe('Kopplingar att granska', () => {
  it('confirming a suggestion with the keyboard moves the coverage', async () => {
    const target = (await suggestions()).find((s) => s.board.name === BOARD && s.measure.report === 'skola' && s.measure.number === '6.5.3');
    expect(target).toBeDefined();
    expect(target!.state).toBe('pending');
    const before = await delivered();

    await signIn();
    await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Kopplingar att granska' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kopplingar att granska' }).waitFor();
    await page.goto(`${APP_URL}${stockholm(`/admin/kopplingar?cykel=${cycle.id}`)}`, { waitUntil: 'networkidle' });
    const card = page.getByRole('article', { name: new RegExp(`${BOARD} → 6\\.5\\.3 Etablera fler lokala Community Center`) });
    await card.waitFor();
    // The words that resemble the title are highlighted in the passage.
    expect(await card.locator('mark').allTextContents()).toEqual(['community', 'centers']);
    expect(await card.locator('blockquote').textContent()).toBe(target!.passage);
    await expectNoAxeViolations(page, '/admin/kopplingar');
    await screenshot(page, 'admin-kopplingar');

    const confirm = card.getByRole('button', { name: 'Bekräfta koppling' });
    await confirm.focus();
    await page.keyboard.press('Enter');
    await card.getByRole('status').getByText(`Bekräftad: stycket räknas nu som ${BOARD}s skrivning om åtgärden.`).waitFor();
    await card.getByText('Bekräftad', { exact: true }).waitFor();

    expect(await delivered()).toBe(before + 1);
    expect((await suggestions()).find((s) => s.id === target!.id)).toMatchObject({ state: 'confirmed', statementId: expect.any(Number) });

    // Its Nämnd page shows the new statement with its evidence.
    await page.goto(`${APP_URL}${stockholm(`/namnder/${target!.board.id}?cykel=${cycle.id}`)}`, { waitUntil: 'networkidle' });
    await page.getByText('Kopplad via granskad koppling, rad 2017').first().waitFor();
    await expectNoAxeViolations(page, '/namnder (bekräftad koppling)');
  });
});
