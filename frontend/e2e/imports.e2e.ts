/**
 * Spreadsheet import in the browser (issue 14): an editor downloads the cycle's workbook from the
 * board's page, edits two statements in it with exceljs (as Excel would save them), uploads it,
 * sees exactly two updates in the preview, saves them after the confirmation, and finds them in
 * the statements' history. axe checks the page with the preview.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import type { Board, Cycle, Statement, Todo } from '../src/lib/api-types';
import { api, apiToken, apiWrite, APP_URL, expectNoAxeViolations, screenshot } from './support/browser';
import { browserSession } from './support/session';

const ADMIN = { email: 'admin@example.se', password: process.env.DEMO_PASSWORD || 'demo' };
const EDITOR = { email: 'redaktor.trafiknamnden@example.se', password: process.env.DEMO_PASSWORD || 'demo' };
const BOARD_NAME = 'Trafiknämnden';

const session = browserSession();
let cycle: Cycle;
let board: Board;
let editorToken: string;
const drafts: Statement[] = [];

async function apiAs<T>(token: string, pathAndQuery: string): Promise<T> {
  const response = await fetch(`${APP_URL}/api${pathAndQuery}`, { headers: { Accept: 'application/json', Authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`GET /api${pathAndQuery} answered ${response.status}`);
  return (await response.json()) as T;
}

beforeAll(async () => {
  const token = await apiToken(ADMIN.email, ADMIN.password);
  board = (await api<Board[]>('/boards')).find((b) => b.name === BOARD_NAME)!;
  const year = new Date().getFullYear();
  cycle = await apiWrite<Cycle>('POST', '/cycles', token, {
    name: `Importtest ${new Date().toISOString()}`,
    year,
    deadline: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
    status: 'open',
  });
  await apiWrite('PUT', `/cycles/${cycle.id}/participants`, token, { boardIds: [board.id] });
  // Two drafts of the board, written the ordinary way, to edit in Excel.
  editorToken = await apiToken(EDITOR.email, EDITOR.password);
  const todo = (await apiAs<Todo[]>(editorToken, '/me/todo')).find((t) => t.cycle.id === cycle.id)!;
  const items = todo.boards.find((b) => b.board.id === board.id)!.items.slice(0, 2);
  for (const [i, item] of items.entries()) {
    drafts.push(
      await apiWrite<Statement>('POST', `/cycles/${cycle.id}/statements`, editorToken, {
        boardId: board.id,
        measureId: item.measure.id,
        text: `Utkast ${i + 1} före importen.`,
        plannedYears: [year],
      }),
    );
  }
});

async function signIn(): Promise<void> {
  await session.open('/logga-in');
  await session.page.getByLabel('E-postadress').fill(EDITOR.email);
  await session.page.getByLabel('Lösenord').fill(EDITOR.password);
  await session.page.getByRole('button', { name: 'Logga in' }).click();
  await session.page.getByRole('banner').getByText(EDITOR.email).waitFor();
}

describe('Importera från Excel', () => {
  it('an editor edits two statements in the exported workbook, sees exactly two updates, saves them and finds them in the history', async () => {
    const page = session.page;
    await signIn();
    await session.open(`/stockholms-stad/namnder/${board.id}?omgang=${cycle.id}`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('navigation', { name: 'Ladda ner' }).getByRole('link', { name: 'Omgången i Excel (.xlsx)' }).click(),
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Skrivningar')!;
    const headers = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1);
    const textColumn = headers.indexOf('Text') + 1;
    const edited = new Map(drafts.map((d, i) => [d.id, `Reviderad i Excel ${i + 1}: under ${cycle.year} planerar kontoret …`]));
    let rows = 0;
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      rows++;
      const text = edited.get(Number(row.getCell(1).value));
      if (text) row.getCell(textColumn).value = text;
    });
    expect(rows).toBe(2);
    const dir = await mkdtemp(path.join(tmpdir(), 'atk-import-'));
    const file = path.join(dir, 'skrivningar.xlsx');
    await writeFile(file, Buffer.from(await workbook.xlsx.writeBuffer()));

    const panel = page.getByRole('region', { name: `Importera skrivningar från Excel: ${cycle.name}` });
    await panel.getByLabel('Fil att importera').setInputFiles(file);
    await panel.getByRole('button', { name: 'Förhandsgranska' }).click();
    await panel.getByRole('status').filter({ hasText: '2 rader: 0 nya, 2 ändrade, 0 oförändrade, 0 med fel.' }).waitFor();
    await panel.getByRole('radio', { name: 'Ändras (2)' }).check();
    const table = panel.getByRole('table', { name: 'Rader i filen: ändras (2)' });
    expect(await table.locator('tbody tr').count()).toBe(2);
    expect(await table.locator('tbody tr', { hasText: 'Text' }).count()).toBe(2);
    // Nothing is written before the confirmation.
    for (const d of drafts) expect((await apiAs<Statement>(editorToken, `/statements/${d.id}`)).version).toBe(1);
    await screenshot(page, 'import-forhandsgranskning');
    await expectNoAxeViolations(page, '/namnder/:id (import preview)');

    await panel.getByRole('button', { name: 'Spara 2 ändringar' }).click();
    const dialog = page.getByRole('dialog', { name: 'Spara importen?' });
    await dialog.getByText(`2 skrivningar ändras och 0 nya skapas i ${cycle.name}`).waitFor();
    await expectNoAxeViolations(page, '/namnder/:id (import confirmation)');
    await dialog.getByRole('button', { name: 'Spara 2 ändringar' }).click();
    await panel.getByRole('heading', { name: 'Sparat från skrivningar.xlsx' }).waitFor();
    for (const d of drafts) {
      const stored = await apiAs<Statement>(editorToken, `/statements/${d.id}`);
      expect({ text: stored.text, version: stored.version }).toEqual({ text: edited.get(d.id), version: 2 });
    }

    await panel.getByRole('link', { name: 'Historik' }).first().click();
    await page.waitForURL(new RegExp(`/stockholms-stad/skrivningar/${drafts[0].id}/historik`));
    await page.getByRole('heading', { level: 1, name: /^Historik: Trafiknämnden/ }).waitFor();
    await page.locator('.history-event').nth(1).waitFor();
    expect(await page.locator('.history-event').count()).toBe(2);
    await page.getByText(edited.get(drafts[0].id)!).first().waitFor();
    const second = await apiAs<{ action: string }[]>(editorToken, `/statements/${drafts[1].id}/history`);
    expect(second.map((e) => e.action)).toEqual(['statement.create', 'statement.update']);
  });
});
