/**
 * The editor workflow in a real browser against the running app (APP_URL): an admin opens a new
 * cycle through the API, a demo editor signs in, writes and submits a statement on "Att redovisa",
 * and Översikt's coverage for that cycle moves. A script/SQL string is stored and shown verbatim.
 * axe checks the new pages; screenshots go to frontend/test-results/screenshots/.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import type { Board, Cycle, CycleCoverage, MeasureSummary, Statement, Todo } from '../src/lib/api-types';
import { createFormatters } from '../src/lib/format';
import { api, apiToken, apiWrite, APP_URL, expectNoAxeViolations, focusedDescription, newPage, ofStockholm, screenshot, stockholm } from './support/browser';
import { browserSession } from './support/session';

const fmt = createFormatters('sv');
const normalise = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

const ADMIN = { email: 'admin@example.se', password: process.env.DEMO_PASSWORD || 'demo' };
const EDITOR = { email: 'redaktor.trafiknamnden@example.se', password: process.env.DEMO_PASSWORD || 'demo' };
const BOARD_NAME = 'Trafiknämnden';
/** Markup and SQL an attacker might try; it must be stored and shown as the very same text. */
const NASTY = `<script>window.__pwned = true</script><img src=x onerror="window.__pwned = true"> '); DROP TABLE statement;--`;

const session = browserSession();
let cycle: Cycle;
let board: Board;

beforeAll(async () => {
  // The demo data's 2016 cycle is closed: open a fresh one, with Trafiknämnden taking part.
  const token = await apiToken(ADMIN.email, ADMIN.password);
  const boards = await api<Board[]>(ofStockholm('/boards'));
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

async function signIn(account: { email: string; password: string }): Promise<void> {
  await session.open('/logga-in');
  await session.page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
  await session.page.getByLabel('E-postadress').fill(account.email);
  await session.page.getByLabel('Lösenord').fill(account.password);
  await session.page.getByRole('button', { name: 'Logga in' }).click();
  await session.page.getByRole('banner').getByText(account.email).waitFor();
}

/** Waits until the entry's status badge reads `label` ("Saknas", "Utkast", "Inlämnad", "Inlämnad sent"). */
async function progressIs(entry: ReturnType<Page['locator']>, label: string): Promise<void> {
  await entry.locator('.progress', { hasText: new RegExp(`: ${label}$`) }).waitFor();
}

async function keyFigure(label: string): Promise<string> {
  const figure = session.page.locator('.key-figure', { has: session.page.locator('dt', { hasText: new RegExp(`^${label}$`) }) });
  return normalise(await figure.locator('dd').textContent());
}

describe('Logga in', () => {
  it('says "Fel e-post eller lösenord" for a wrong password, and the page passes axe', async () => {
    await session.open('/logga-in');
    await session.page.getByLabel('E-postadress').fill(EDITOR.email);
    await session.page.getByLabel('Lösenord').fill('fel-lösenord');
    await session.page.getByRole('button', { name: 'Logga in' }).click();
    await session.page.getByRole('alert').filter({ hasText: 'Fel e-post eller lösenord.' }).waitFor();
    await screenshot(session.page, 'logga-in');
    await expectNoAxeViolations(session.page, '/logga-in');
  });
});

describe('Att redovisa', () => {
  it('lets a demo editor write and submit a statement, stored verbatim, and moves the coverage', async () => {
    const before = await api<CycleCoverage>(`/cycles/${cycle.id}/coverage`);
    await signIn(EDITOR);
    await session.page.waitForURL(/\/att-redovisa$/);

    const cycleSection = session.page.locator('section.todo-cycle', { has: session.page.getByRole('heading', { level: 2, name: cycle.name }) });
    await cycleSection.waitFor();
    expect(normalise(await cycleSection.locator('.deadline').textContent())).toMatch(/\d+ dagar kvar/);
    const boardSection = cycleSection.locator('section.todo-board', { has: session.page.getByRole('heading', { level: 3, name: BOARD_NAME }) });
    const entry = boardSection.locator('article').first();
    await progressIs(entry, 'Saknas');
    await session.page.waitForLoadState('networkidle');
    await screenshot(session.page, 'att-redovisa');
    await expectNoAxeViolations(session.page, '/att-redovisa');

    const text = `Under ${cycle.year} fortsätter arbetet. ${NASTY}`;
    await entry.getByLabel('Skrivning').fill(text);
    await entry.getByRole('checkbox', { name: String(cycle.year) }).check();
    await entry.getByRole('combobox', { name: 'Status för åtgärden' }).selectOption({ label: 'Pågående' });
    await entry.getByRole('button', { name: 'Spara utkast' }).click();
    await entry.getByText(/Utkastet är sparat/).waitFor();
    await progressIs(entry, 'Utkast');

    await entry.getByRole('button', { name: 'Lämna in' }).click();
    const question = session.page.getByRole('dialog', { name: 'Lämna in skrivningen?' });
    await question.waitFor();
    await expectNoAxeViolations(session.page, 'Lämna in skrivningen?');
    await question.getByRole('button', { name: 'Lämna in' }).click();
    await entry.getByText('Skrivningen är inlämnad.').waitFor();
    await progressIs(entry, 'Inlämnad');
    // Shown as the very text that was written; nothing in it ran.
    expect(normalise(await entry.locator('.statement-text').textContent())).toBe(normalise(text));
    expect(await session.page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
    await screenshot(session.page, 'att-redovisa-inlamnad');

    // Stored verbatim.
    const statements = await api<Statement[]>(`/cycles/${cycle.id}/statements?board=${board.id}`);
    const stored = statements.find((s) => s.text === text);
    expect(stored).toBeDefined();
    expect(stored!.state).toBe('submitted');
    expect(stored!.plannedYears).toEqual([cycle.year]);

    // Coverage for the cycle moved, and Översikt shows it.
    const after = await api<CycleCoverage>(`/cycles/${cycle.id}/coverage`);
    expect(after.totals.delivered).toBe(before.totals.delivered + 1);
    await session.open(stockholm(`/?omgang=${cycle.id}`));
    await session.page.getByRole('heading', { level: 2, name: 'Nyckeltal' }).waitFor();
    expect(await keyFigure('Inlämnade')).toBe(normalise(fmt.number(after.totals.delivered)));

    // The history names who did what, and shows the text verbatim.
    await session.open(stockholm(`/skrivningar/${stored!.id}/historik`));
    await session.page.getByRole('heading', { level: 1, name: /^Historik: Trafiknämnden/ }).waitFor();
    const history = session.page.locator('.history-event');
    // Saved as a draft (created), then submitted unchanged: two audited writes.
    expect(await history.count()).toBe(2);
    expect(normalise(await history.nth(0).locator('.history-head').textContent())).toContain(`${EDITOR.email} skapade skrivningen`);
    expect(normalise(await history.nth(1).locator('.history-head').textContent())).toContain(`${EDITOR.email} lämnade in skrivningen`);
    expect(normalise(await session.page.locator('.statement-text').first().textContent())).toBe(normalise(text));
    expect(await session.page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
    await screenshot(session.page, 'historik');
    await expectNoAxeViolations(session.page, '/skrivningar/:id/historik');
  });

  it('offers sign-in in place when the session ended while writing, keeps the text and saves it afterwards', async () => {
    await signIn(EDITOR);
    await session.page.waitForURL(/\/att-redovisa$/);
    const cycleSection = session.page.locator('section.todo-cycle', { has: session.page.getByRole('heading', { level: 2, name: cycle.name }) });
    const boardSection = cycleSection.locator('section.todo-board', { has: session.page.getByRole('heading', { level: 3, name: BOARD_NAME }) });
    // The board's general statement: the last entry, untouched by the test above.
    const entry = boardSection.locator('article').last();
    await entry.waitFor();
    const text = 'Generell skrivning, sparad efter en ny inloggning.';
    await entry.getByLabel('Skrivning').fill(text);

    // The session ends (as when it expires): the browser no longer has its cookies.
    await session.page.context().clearCookies();
    await entry.getByRole('button', { name: 'Spara utkast' }).click();
    const dialog = session.page.getByRole('dialog', { name: 'Logga in igen' });
    await dialog.waitFor();
    expect(await entry.getByLabel('Skrivning').inputValue()).toBe(text);
    await screenshot(session.page, 'logga-in-igen');
    await expectNoAxeViolations(session.page, '/att-redovisa with the sign-in dialog');

    await dialog.getByLabel('E-postadress').fill(EDITOR.email);
    await dialog.getByLabel('Lösenord').fill(EDITOR.password);
    await dialog.getByRole('button', { name: 'Logga in' }).click();
    await entry.getByText(/Utkastet är sparat/).waitFor();
    await progressIs(entry, 'Utkast');
    expect(await dialog.count()).toBe(0);
    expect(await entry.getByLabel('Skrivning').inputValue()).toBe(text);
  });

  it('signs out from the header', async () => {
    await signIn(EDITOR);
    await session.page.getByRole('banner').getByRole('button', { name: 'Logga ut' }).click();
    await session.page.getByRole('banner').getByRole('link', { name: 'Logga in' }).waitFor();
    expect(await session.page.getByRole('banner').getByRole('link', { name: 'Att redovisa' }).count()).toBe(0);
  });
});

describe('Granskning', () => {
  it('admin returns a statement with a comment, the editor resubmits, the admin approves; the history tells it in order', async () => {
    // The editor writes and submits through the API on the board's last measure (the test above used the first).
    const editorToken = await apiToken(EDITOR.email, EDITOR.password);
    const todo = await fetch(`${APP_URL}/api/me/todo`, { headers: { Authorization: `Bearer ${editorToken}` } }).then((r) => r.json() as Promise<Todo[]>);
    const items = todo.find((c) => c.cycle.id === cycle.id)!.boards.find((b) => b.board.id === board.id)!.items;
    // A measure the board wrote on last year (the demo's 2016 cycle), so "Utgå från förra årets text" is offered.
    const withLastYear = items.filter((i) => i.previous !== null);
    expect(withLastYear.length).toBeGreaterThan(1);
    const { measure, previous } = withLastYear[withLastYear.length - 1];
    const draft = await apiWrite<Statement>('POST', `/cycles/${cycle.id}/statements`, editorToken, {
      boardId: board.id,
      measureId: measure.id,
      text: 'Första versionen.',
      plannedYears: [],
    });
    await apiWrite('POST', `/statements/${draft.id}/submit`, editorToken, { version: draft.version });

    // The admin returns it from its history session.page, with a comment.
    await signIn(ADMIN);
    await session.open(stockholm(`/skrivningar/${draft.id}/historik`));
    await session.page.getByRole('button', { name: 'Skicka tillbaka' }).click();
    const returnDialog = session.page.getByRole('dialog', { name: 'Skicka tillbaka skrivningen till nämnden?' });
    await returnDialog.waitFor();
    expect(await focusedDescription(session.page)).toBe('textarea:Kommentar till nämnden');
    await screenshot(session.page, 'granskning-skicka-tillbaka');
    await expectNoAxeViolations(session.page, 'Skicka tillbaka (dialog)');
    await returnDialog.getByLabel('Kommentar till nämnden').fill('Ange vilka år arbetet planeras.');
    await returnDialog.getByRole('button', { name: 'Skicka tillbaka' }).click();
    await session.page.getByText('Skrivningen är skickad tillbaka till nämnden.').waitFor();
    expect((await api<CycleCoverage>(`/cycles/${cycle.id}/coverage`)).review.returned).toBe(1);

    // The editor finds it first under the board, with the comment, revises and resubmits.
    const editor = await newPage(session.page.context().browser()!);
    try {
      const editorPage = editor.page;
      await editorPage.goto(`${APP_URL}/logga-in`, { waitUntil: 'networkidle' });
      await editorPage.getByLabel('E-postadress').fill(EDITOR.email);
      await editorPage.getByLabel('Lösenord').fill(EDITOR.password);
      await editorPage.getByRole('button', { name: 'Logga in' }).click();
      await editorPage.waitForURL(/\/att-redovisa$/);
      const cycleSection = editorPage.locator('section.todo-cycle', { has: editorPage.getByRole('heading', { level: 2, name: cycle.name }) });
      const boardSection = cycleSection.locator('section.todo-board', { has: editorPage.getByRole('heading', { level: 3, name: BOARD_NAME }) });
      // Listed first while returned; found by its heading from then on, since it moves back once resubmitted.
      const listedFirst = boardSection.locator('article').first();
      await listedFirst.getByText('Ange vilka år arbetet planeras.').waitFor();
      expect(normalise(await listedFirst.locator('h4').textContent())).toContain(measure.number);
      const returned = boardSection.locator('article', {
        has: editorPage.getByRole('heading', { level: 4, name: new RegExp(`^${measure.number.replace(/\./g, '\\.')} `) }),
      });
      await editorPage.waitForLoadState('networkidle');
      await screenshot(editorPage, 'granskning-att-redovisa-tillbakaskickad');
      await expectNoAxeViolations(editorPage, '/att-redovisa (tillbakaskickad)');
      // Start from last year's text (replacing the returned one is asked first), then add to it.
      await returned.getByText(/^Förra årets skrivning \(/).click();
      await returned.getByRole('button', { name: 'Utgå från förra årets text' }).click();
      const replace = editorPage.getByRole('dialog', { name: 'Ersätta din text med förra årets?' });
      await replace.waitFor();
      await expectNoAxeViolations(editorPage, 'Ersätta din text (dialog)');
      await replace.getByRole('button', { name: 'Ersätt texten' }).click();
      expect(await returned.getByLabel('Skrivning').inputValue()).toBe(previous!.text);
      await returned.getByLabel('Skrivning').fill(`${previous!.text} Under ${cycle.year} genomförs arbetet.`);
      await returned.getByRole('checkbox', { name: String(cycle.year) }).check();
      await returned.getByRole('button', { name: 'Lämna in' }).click();
      await editorPage.getByRole('dialog', { name: 'Lämna in skrivningen?' }).getByRole('button', { name: 'Lämna in' }).click();
      await returned.getByText('Skrivningen är inlämnad.').waitFor();
    } finally {
      await editor.context.close();
    }

    // The admin approves it.
    await session.open(stockholm(`/skrivningar/${draft.id}/historik`));
    await session.page.getByRole('button', { name: 'Godkänn' }).click();
    const approveDialog = session.page.getByRole('dialog', { name: 'Godkänna skrivningen?' });
    await approveDialog.getByRole('button', { name: 'Godkänn' }).click();
    await session.page.getByText('Skrivningen är godkänd.').waitFor();
    await session.page.locator('.history-event').nth(5).waitFor();
    const heads = await session.page.locator('.history-event .history-head').allTextContents();
    expect(heads.map((h) => normalise(h).replace(/^.* – /, ''))).toEqual([
      `${EDITOR.email} skapade skrivningen (version 1)`,
      `${EDITOR.email} lämnade in skrivningen (version 2)`,
      `${ADMIN.email} skickade tillbaka skrivningen till nämnden (version 3)`,
      `${EDITOR.email} ändrade skrivningen (version 4)`,
      `${EDITOR.email} lämnade in skrivningen (version 5)`,
      `${ADMIN.email} godkände skrivningen (version 6)`,
    ]);
    // What changed since last year, word by word: the sentence added this year.
    await session.page.locator('.word-diff ins', { hasText: `Under ${cycle.year} genomförs arbetet.` }).first().waitFor();
    await screenshot(session.page, 'granskning-historik');
    await expectNoAxeViolations(session.page, '/skrivningar/:id/historik (godkänd)');
    const approved = await api<Statement>(`/statements/${draft.id}`);
    expect(approved.state).toBe('approved');
  });
});

describe('Administration', () => {
  it('shows that the catalogue moved since an open cycle opened, and applying it moves the coverage; 2016 stays as it was', async () => {
    const token = await apiToken(ADMIN.email, ADMIN.password);
    const measures = await api<MeasureSummary[]>(ofStockholm('/measures?limit=1000'));
    const other = measures.find((m) => !m.responsibilities.some((r) => r.board.id === board.id))!;
    // The demo data's 2016 cycle is closed.
    const closed = (await api<Cycle[]>(ofStockholm('/cycles'))).find((c) => c.status === 'closed')!;
    const closedBefore = JSON.stringify(await api<CycleCoverage>(`/cycles/${closed.id}/coverage`));
    const before = await api<CycleCoverage>(`/cycles/${cycle.id}/coverage`);
    await apiWrite('PUT', `/measures/${other.id}/responsibilities/${board.id}`, token, { role: 'contributing' });
    try {
      await signIn(ADMIN);
      await session.open(stockholm('/admin'));
      const card = session.page.locator('article', { has: session.page.getByRole('heading', { level: 3, name: `${cycle.name} (${cycle.year})` }) });
      await card.getByText('Katalogen har ändrats sedan omgången öppnades: 1 ansvar tillagda, 0 borttagna.').waitFor();
      await screenshot(session.page, 'admin-omfattning');
      await expectNoAxeViolations(session.page, '/admin with a scope change');
      await card.getByRole('button', { name: `Ta in ändringarna i omgången: ${cycle.name}` }).click();
      await card.getByText('Omgången följer nu katalogen: 1 ansvar tillagda, 0 borttagna.').waitFor();
      const after = await api<CycleCoverage>(`/cycles/${cycle.id}/coverage`);
      expect(after.totals.expected).toBe(before.totals.expected + 1);
      expect(JSON.stringify(await api<CycleCoverage>(`/cycles/${closed.id}/coverage`))).toBe(closedBefore);
    } finally {
      await apiWrite('DELETE', `/measures/${other.id}/responsibilities/${board.id}`, token);
    }
  });

  it('shows cycles, accounts, catalogue and change log to an admin, each passing axe', async () => {
    await signIn(ADMIN);
    await session.open(stockholm('/admin'));
    await session.page.getByRole('heading', { level: 1, name: 'Uppföljningsomgångar' }).waitFor();
    await session.page.getByRole('heading', { level: 3, name: `${cycle.name} (${cycle.year})` }).waitFor();
    await screenshot(session.page, 'admin-omgangar');
    await expectNoAxeViolations(session.page, '/admin');

    await session.open(stockholm('/admin/anvandare'));
    await session.page.getByRole('table', { name: 'Konton' }).getByRole('rowheader', { name: EDITOR.email }).waitFor();
    await screenshot(session.page, 'admin-anvandare');
    await expectNoAxeViolations(session.page, '/admin/anvandare');

    await session.open(stockholm('/admin/katalog?rapport=samverkan'));
    const measure = session.page.getByRole('combobox', { name: 'Åtgärd' });
    await measure.waitFor();
    const first = await measure.locator('option').nth(1).getAttribute('value');
    await measure.selectOption(first!);
    await session.page.getByRole('button', { name: 'Spara åtgärden' }).waitFor();
    await session.page.waitForLoadState('networkidle');
    await screenshot(session.page, 'admin-katalog');
    await expectNoAxeViolations(session.page, '/admin/katalog');

    await session.open(stockholm(`/admin/logg?typ=cycle`));
    await session.page.getByRole('table', { name: 'Ändringar' }).waitFor();
    // The object is named by the cycle's name, not its id.
    await session.page.getByRole('cell', { name: cycle.name, exact: true }).first().waitFor();
    await screenshot(session.page, 'admin-logg');
    await expectNoAxeViolations(session.page, '/admin/logg');
  });
});
