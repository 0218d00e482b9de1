/**
 * Exports in the browser: the download links hand over real files (Playwright's download event),
 * the appendix page shows the compiled appendix, prints without navigation or controls, and axe
 * finds no WCAG 2.1 AA violations on it.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Appendix, Cycle, CycleCoverage } from '../src/lib/api-types';
import { api, APP_URL, expectNoAxeViolations, launchBrowser, newPage, ofStockholm, screenshot, stockholm } from './support/browser';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let newest: Cycle;

beforeAll(async () => {
  browser = await launchBrowser();
  const cycles = await api<Cycle[]>(ofStockholm('/cycles'));
  newest = [...cycles].sort((a, b) => b.year - a.year || b.id - a.id)[0];
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

describe('Ladda ner', () => {
  it('the workbook link on Översikt downloads an .xlsx whose key figures are the API’s', async () => {
    const coverage = await api<CycleCoverage>(`/cycles/${newest.id}/coverage`);
    await page.goto(`${APP_URL}${stockholm('/')}`, { waitUntil: 'networkidle' });
    const downloads = page.getByRole('navigation', { name: 'Ladda ner' });
    const [download] = await Promise.all([page.waitForEvent('download'), downloads.getByRole('link', { name: 'Omgången i Excel (.xlsx)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^atgardskollen-omgang-\d{4}-\d+\.xlsx$/);
    const file = await download.path();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(file)) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Sammanfattning', 'Nämnder', 'Åtgärder', 'Luckor', 'Skrivningar', 'Matris', 'Katalog']);
    const summary = workbook.getWorksheet('Sammanfattning')!;
    const figures = new Map<string, unknown>();
    summary.eachRow((row) => figures.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(figures.get('Förväntade skrivningar')).toBe(coverage.totals.expected);
    expect(figures.get('Levererade skrivningar')).toBe(coverage.totals.delivered);
  });

  it('the gap list on Luckor downloads as CSV with a byte-order mark', async () => {
    await page.goto(`${APP_URL}${stockholm('/luckor')}`, { waitUntil: 'networkidle' });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Luckorna som CSV' }).click()]);
    const bytes = await readFile(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8').slice(1).split('\r\n')[0]).toBe('Typ;Nämnd;Delrapport;Åtgärd;Åtgärdens titel;Roll');
  });
});

describe('Sammanställd bilaga', () => {
  it('shows the parts and sections, prints without navigation or controls, and passes axe', async () => {
    const appendix = await api<Appendix>(`/cycles/${newest.id}/appendix`);
    await page.goto(`${APP_URL}${stockholm('/')}`, { waitUntil: 'networkidle' });
    await page.getByRole('link', { name: 'Sammanställd bilaga (att läsa och skriva ut)' }).click();
    await page.waitForURL(new RegExp(`/omgangar/${newest.id}/bilaga`));
    await page.getByRole('heading', { level: 1, name: 'Sammanställd bilaga' }).waitFor();
    for (const part of appendix.parts) await page.getByRole('heading', { level: 2, name: part.title }).waitFor();
    const sections = appendix.parts.flatMap((p) => p.sections);
    expect(await page.locator('.appendix-section').count()).toBe(sections.length);
    expect(await page.getByText('Skrivning saknas.', { exact: true }).count()).toBe(sections.filter((s) => s.missing).length);
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'bilaga');
    await expectNoAxeViolations(page, `/omgangar/${newest.id}/bilaga`);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Ladda ner som Word (.docx)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^bilaga-\d{4}\.docx$/);
    expect((await readFile(await download.path())).subarray(0, 2).toString('latin1')).toBe('PK');

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Skriv ut' }).isVisible()).toBe(false);
    expect(await page.getByRole('combobox', { name: 'Förvaltning' }).isVisible()).toBe(false);
    expect(await page.getByRole('heading', { level: 2, name: 'Fackförvaltningar' }).isVisible()).toBe(true);
    // Each förvaltning starts a printed page: the part's first through its part, the others themselves.
    const breaks = await page
      .locator('.appendix-part')
      .evaluateAll((parts) => parts.map((part) => [getComputedStyle(part).breakBefore, ...[...part.querySelectorAll('.appendix-section')].map((s) => getComputedStyle(s).breakBefore)]));
    expect(breaks).toEqual(appendix.parts.map((p, i) => [i === 0 ? 'auto' : 'page', ...p.sections.map((_, n) => (n === 0 ? 'auto' : 'page'))]));
    await screenshot(page, 'bilaga-utskrift');
  });

  it('prints the matrix without the navigation and with its header repeated on every page', async () => {
    await page.goto(`${APP_URL}${stockholm('/matris')}`, { waitUntil: 'networkidle' });
    await page.getByRole('table', { name: 'Matris över åtgärder och nämnder' }).waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: 'Ladda ner' }).isVisible()).toBe(false);
    expect(await page.locator('.matrix thead').evaluate((el) => getComputedStyle(el).display)).toBe('table-header-group');
    expect(await page.locator('.matrix-scroll').evaluate((el) => getComputedStyle(el).overflow)).toBe('visible');
  });
});
