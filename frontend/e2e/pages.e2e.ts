/**
 * Browser tests against the running app (APP_URL, default http://127.0.0.1:3000): each page
 * shows what the API says, drill-down works, the keyboard reaches the controls, and axe finds
 * no WCAG 2.1 AA violations. Screenshots go to frontend/test-results/screenshots/.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import type { BoardDetail, Cycle, CycleCoverage, Gap, Matrix, MeasureDetail, TrendPoint } from '../src/lib/api-types';
import { createFormatters } from '../src/lib/format';
import { api, APP_URL, expectNoAxeViolations, focusedDescription, ofStockholm, screenshot, stockholm } from './support/browser';
import { browserSession } from './support/session';

const fmt = createFormatters('sv');
const normalise = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

const session = browserSession();
let newest: Cycle;

beforeAll(async () => {
  const cycles = await api<Cycle[]>(ofStockholm('/cycles'));
  if (cycles.length === 0) throw new Error('The API has no cycles: load the demo data (seed) before the browser tests.');
  newest = [...cycles].sort((a, b) => b.year - a.year || b.id - a.id)[0];
});

/** Polls until `check` holds (a page updating after a new fetch), for at most `ms`. */
async function eventually(check: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function keyFigure(label: string): Promise<string> {
  const figure = session.page.locator('.key-figure', { has: session.page.locator('dt', { hasText: new RegExp(`^${label}$`) }) });
  return normalise(await figure.locator('dd').textContent());
}

describe('Översikt', () => {
  it('shows the newest cycle’s key figures and the boards with "Skrivning saknas"', async () => {
    const coverage = await api<CycleCoverage>(`/cycles/${newest.id}/coverage`);
    await session.open(stockholm('/'));
    await session.page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
    await session.page.getByRole('heading', { level: 2, name: 'Nyckeltal' }).waitFor();

    expect(await keyFigure('Förväntade skrivningar')).toBe(normalise(fmt.number(coverage.totals.expected)));
    expect(await keyFigure('Inlämnade')).toBe(normalise(fmt.number(coverage.totals.delivered)));
    expect(await keyFigure('Saknade skrivningar')).toBe(normalise(fmt.number(coverage.totals.missing)));
    expect(await keyFigure('Luckor')).toBe(normalise(fmt.number(coverage.totals.gaps)));
    expect(await keyFigure('Tysta nämnder')).toBe(normalise(fmt.number(coverage.totals.silentBoards)));
    expect(await keyFigure('Andel inlämnade')).toBe(
      normalise(fmt.percent(coverage.totals.expected === 0 ? null : coverage.totals.rate)),
    );

    const missing = coverage.boards.filter((row) => row.statementMissing).map((row) => row.board.name).sort();
    const section = session.page.locator('section', { has: session.page.getByRole('heading', { level: 2, name: 'Skrivning saknas' }) });
    const listed = (await section.getByRole('link').allTextContents()).map(normalise).sort();
    expect(listed).toEqual(missing);
    // Boards responsible but not asked are listed apart, never among the silent ones.
    const notAsked = coverage.boards.filter((row) => !row.participant).map((row) => row.board.name).sort();
    for (const name of notAsked) expect(listed).not.toContain(name);
    const apart = session.page.locator('section', { has: session.page.getByRole('heading', { level: 2, name: 'Ansvariga men inte tillfrågade' }) });
    expect((await apart.getByRole('link').allTextContents()).map(normalise).sort()).toEqual(notAsked);

    await screenshot(session.page, 'oversikt');
    await expectNoAxeViolations(session.page, '/');
  });

  it('agrees with Luckor: both show the gaps of the coverage totals and say what they count', async () => {
    const coverage = await api<CycleCoverage>(`/cycles/${newest.id}/coverage`);
    const gaps = await api<Gap[]>(`/cycles/${newest.id}/gaps?limit=1000`);
    expect(coverage.totals.gaps).toBe(gaps.length);
    expect(coverage.totals.gaps).toBe(coverage.totals.missing + coverage.totals.silentBoardsWithoutMeasures);
    const sentence = (prefix: string) =>
      `${prefix}${fmt.number(coverage.totals.gaps)}${prefix.startsWith('Luckor') ? ' = ' : ' luckor = '}${fmt.number(coverage.totals.missing)} saknade skrivningar + ${fmt.number(coverage.totals.silentBoardsWithoutMeasures)} tysta nämnder utan egna åtgärder`;
    await session.open(stockholm('/'));
    await session.page.getByRole('heading', { level: 2, name: 'Nyckeltal' }).waitFor();
    expect(normalise(await session.page.locator('#nyckeltal ~ p').first().textContent())).toContain(normalise(sentence('Luckor: ')));
    await session.open(stockholm('/luckor'));
    await session.page.getByText(/^I hela omgången:/).waitFor();
    expect(normalise(await session.page.getByText(/^I hela omgången:/).textContent())).toContain(normalise(sentence('I hela omgången: ')));
    await session.page.getByRole('heading', { level: 2, name: normalise(gaps.length === 1 ? '1 lucka' : `${fmt.number(gaps.length)} luckor`) }).waitFor();
  });

  it('shows the board chart’s data table on request', async () => {
    const coverage = await api<CycleCoverage>(`/cycles/${newest.id}/coverage`);
    const withExpectations = coverage.boards.filter((row) => row.expected > 0);
    await session.open(stockholm('/'));
    const section = session.page.locator('section', { has: session.page.getByRole('heading', { level: 2, name: 'Täckning per nämnd' }) });
    await section.getByRole('button', { name: 'Visa som tabell' }).click();
    const rows = section.getByRole('table').locator('tbody tr');
    expect(await rows.count()).toBe(withExpectations.length);
    await expectNoAxeViolations(session.page, '/ with the board table open');
  });

  it('drills down from a board to a measure', async () => {
    const coverage = await api<CycleCoverage>(`/cycles/${newest.id}/coverage`);
    const target = coverage.boards.find((row) => row.statementMissing) ?? coverage.boards.find((row) => row.expected > 0);
    expect(target).toBeDefined();
    await session.open(stockholm('/'));
    await session.page.getByRole('heading', { level: 2, name: 'Nyckeltal' }).waitFor();
    if (!target!.statementMissing) {
      const section = session.page.locator('section', { has: session.page.getByRole('heading', { level: 2, name: 'Täckning per nämnd' }) });
      await section.getByRole('button', { name: 'Visa som tabell' }).click();
    }
    await session.page.getByRole('link', { name: target!.board.name, exact: true }).first().click();

    await session.page.waitForURL(new RegExp(`/namnder/${target!.board.id}`));
    await session.page.getByRole('heading', { level: 1, name: target!.board.name }).waitFor();
    const board = await api<BoardDetail>(`/boards/${target!.board.id}`);
    expect(board.responsibilities.length).toBeGreaterThan(0);
    await session.page.getByRole('heading', { level: 2, name: 'Luckor' }).waitFor();
    await session.page.waitForLoadState('networkidle');
    await screenshot(session.page, 'namnd');
    await expectNoAxeViolations(session.page, `/namnder/${target!.board.id}`);

    const responsibilities = session.page.locator('section', { has: session.page.getByRole('heading', { level: 2, name: 'Ansvar' }) });
    const firstMeasureLink = responsibilities.locator('tbody tr th a').first();
    const href = await firstMeasureLink.getAttribute('href');
    const measureId = Number(/\/atgarder\/(\d+)/.exec(href ?? '')?.[1]);
    await firstMeasureLink.click();

    await session.page.waitForURL(new RegExp(`/atgarder/${measureId}`));
    const measure = await api<MeasureDetail>(`/measures/${measureId}`);
    await session.page.getByRole('heading', { level: 1, name: `${measure.number} ${measure.title}` }).waitFor();
    const statements = session.page.locator('section', { has: session.page.getByRole('heading', { level: 2, name: /^Skrivningar i / }) });
    await statements.locator('article').first().waitFor();
    expect(await statements.locator('article').count()).toBeGreaterThanOrEqual(measure.responsibilities.length);
    await session.page.waitForLoadState('networkidle');
    await screenshot(session.page, 'atgard');
    await expectNoAxeViolations(session.page, `/atgarder/${measureId}`);
  });

  it('lets the keyboard reach the skip link, the menu, the cycle selector and the chart tables', async () => {
    await session.open(stockholm('/'));
    await session.page.getByRole('heading', { level: 2, name: 'Nyckeltal' }).waitFor();
    await session.page.keyboard.press('Tab');
    expect(await focusedDescription(session.page)).toBe('a:Hoppa till innehållet');

    const reached = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await session.page.keyboard.press('Tab');
      reached.add(await focusedDescription(session.page));
    }
    expect([...reached]).toEqual(
      expect.arrayContaining(['a:Översikt', 'a:Matris', 'a:Luckor', 'a:Trend', 'select:Uppföljningsomgång', 'button:English']),
    );
    expect([...reached].some((d) => d === 'button:Visa som tabell')).toBe(true);

    // The skip link moves focus to the main content.
    await session.open(stockholm('/'));
    await session.page.keyboard.press('Tab');
    await session.page.keyboard.press('Enter');
    expect(await session.page.evaluate(() => document.activeElement?.id)).toBe('innehall');
  });

  it('changes the cycle through the selector in the URL', async () => {
    const cycles = await api<Cycle[]>(ofStockholm('/cycles'));
    const other = cycles.find((cycle) => cycle.id !== newest.id);
    await session.open(stockholm('/'));
    const select = session.page.getByRole('combobox', { name: 'Uppföljningsomgång' });
    expect(await select.inputValue()).toBe(String(newest.id));
    if (!other) return; // only one cycle: nothing to switch to, the default was checked above
    await select.selectOption(String(other.id));
    await session.page.waitForURL(new RegExp(`[?&]omgang=${other.id}`));
    const coverage = await api<CycleCoverage>(`/cycles/${other.id}/coverage`);
    await session.page.getByRole('heading', { level: 2, name: 'Nyckeltal' }).waitFor();
    const expected = normalise(fmt.number(coverage.totals.expected));
    await eventually(async () => (await keyFigure('Förväntade skrivningar')) === expected);
    expect(await keyFigure('Förväntade skrivningar')).toBe(expected);
    expect(await select.inputValue()).toBe(String(other.id));
  });
});

describe('Matris', () => {
  it('shows the measures × boards of the newest cycle', async () => {
    const matrix = await api<Matrix>(`/cycles/${newest.id}/matrix`);
    await session.open(stockholm('/matris'));
    await session.page.getByRole('heading', { level: 1, name: 'Matris' }).waitFor();
    expect(matrix.measures.length).toBeGreaterThan(0);
    const table = session.page.getByRole('table', { name: 'Matris över åtgärder och nämnder' });
    await table.waitFor();
    const shown = Math.min(50, matrix.measures.length);
    await session.page
      .getByText(`Visar åtgärd 1–${fmt.number(shown)} av ${fmt.number(matrix.measures.length)}, ${fmt.number(matrix.boards.length)} nämnder.`)
      .waitFor();
    expect(await table.locator('thead .matrix-board').count()).toBe(matrix.boards.length);
    expect(await table.locator('tbody th.matrix-measure').count()).toBe(shown);
    // Every responsibility cell on the page says board, role and delivery in words.
    const delivered = matrix.cells.filter((cell) => cell.delivered).length;
    const named = await table.getByRole('cell', { name: /^.+: (Huvudansvarig|Delansvarig), inlämnad/ }).count();
    const cellsShown = await table.locator('td.is-delivered, td.is-missing, td.is-not-asked').count();
    expect(named).toBeLessThanOrEqual(delivered);
    expect(await table.getByRole('cell', { name: /^.+: (Huvudansvarig|Delansvarig), (inlämnad|saknas|inte tillfrågad)/ }).count()).toBe(cellsShown);
    expect(cellsShown).toBeGreaterThan(0);
    // Column headers carry the full board name.
    const firstHeader = table.locator('thead .matrix-board').first();
    const firstName = normalise(await firstHeader.textContent());
    const firstBoard = matrix.boards.find((b) => b.name === firstName);
    expect(firstBoard).toBeDefined();
    expect(await firstHeader.getAttribute('title')).toBe(`${firstBoard!.name} (${firstBoard!.administration})`);
    // The cells' screen-reader text stays inside the matrix: nothing below the footer.
    const overflow = await session.page.evaluate(() => {
      const footer = document.querySelector('footer')!.getBoundingClientRect().bottom + window.scrollY;
      return document.documentElement.scrollHeight - footer;
    });
    expect(overflow).toBeLessThan(40);
    await screenshot(session.page, 'matris');
    await expectNoAxeViolations(session.page, '/matris');
  });

  it('links a delivered cell to its statement', async () => {
    await session.open(stockholm('/matris'));
    const link = session.page.locator('td.is-delivered a').first();
    await link.waitFor();
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/stockholms-stad\/skrivningar\/\d+\/historik/);
    await link.click();
    await session.page.waitForURL(/\/skrivningar\/\d+\/historik/);
    await session.page.getByRole('heading', { level: 1 }).waitFor();
  });

  it('reaches the filters and the scrolling matrix by keyboard', async () => {
    await session.open(stockholm('/matris'));
    await session.page.getByRole('combobox', { name: 'Delrapport' }).waitFor();
    const reached = new Set<string>();
    for (let i = 0; i < 25; i++) {
      await session.page.keyboard.press('Tab');
      reached.add(await focusedDescription(session.page));
    }
    expect([...reached]).toEqual(expect.arrayContaining(['select:Delrapport', 'select:Nämndtyp']));
  });
});

describe('Luckor', () => {
  it('lists the gaps with their count and filters them through the URL', async () => {
    // The whole list (the API answers pages of 100 by default), as the page counts it.
    const gaps = await api<Gap[]>(`/cycles/${newest.id}/gaps?limit=1000`);
    const count = (n: number) => (n === 1 ? '1 lucka' : `${fmt.number(n)} luckor`);
    await session.open(stockholm('/luckor'));
    await session.page.getByRole('heading', { level: 1, name: 'Luckor' }).waitFor();
    expect(gaps.length).toBeGreaterThan(0);
    await session.page.getByRole('heading', { level: 2, name: normalise(count(gaps.length)) }).waitFor();
    expect(await session.page.getByRole('table', { name: 'Luckor i omgången' }).locator('tbody tr').count()).toBe(Math.min(100, gaps.length));
    await screenshot(session.page, 'luckor');
    await expectNoAxeViolations(session.page, '/luckor');

    const noStatement = await api<Gap[]>(`/cycles/${newest.id}/gaps?kind=no-statement&limit=1000`);
    await session.page.getByRole('combobox', { name: 'Typ av lucka' }).selectOption('no-statement');
    await session.page.waitForURL(/[?&]typ=no-statement/);
    const filtered =
      noStatement.length === 0
        ? session.page.getByText('Inga luckor matchar filtret.')
        : session.page.getByRole('heading', { level: 2, name: normalise(count(noStatement.length)) });
    await filtered.waitFor();

    // Reloading the filtered address shows the same list.
    await session.page.reload({ waitUntil: 'networkidle' });
    expect(await session.page.getByRole('combobox', { name: 'Typ av lucka' }).inputValue()).toBe('no-statement');
  });

  it('reaches every filter by keyboard', async () => {
    await session.open(stockholm('/luckor'));
    await session.page.getByRole('combobox', { name: 'Roll' }).waitFor();
    const reached = new Set<string>();
    for (let i = 0; i < 25; i++) {
      await session.page.keyboard.press('Tab');
      reached.add(await focusedDescription(session.page));
    }
    expect([...reached]).toEqual(
      expect.arrayContaining(['select:Delrapport', 'select:Nämnd', 'select:Typ av lucka', 'select:Roll', 'button:Rensa filter']),
    );
  });
});

describe('Trend', () => {
  it('shows the share delivered per cycle as a table beside the chart', async () => {
    const trend = await api<TrendPoint[]>(ofStockholm('/coverage/trend'));
    await session.open(stockholm('/trend'));
    await session.page.getByRole('heading', { level: 1, name: 'Trend' }).waitFor();
    expect(trend.length).toBeGreaterThan(0);
    const table = session.page.getByRole('table', { name: 'Andel inlämnade per omgång' });
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(trend.length);
    const oldest = [...trend].sort((a, b) => a.cycle.year - b.cycle.year || a.cycle.id - b.cycle.id)[0];
    const firstRow = (await table.locator('tbody tr').first().locator('th, td').allTextContents()).map(normalise);
    expect(firstRow).toEqual([
      oldest.cycle.name,
      String(oldest.cycle.year),
      oldest.cycle.status === 'closed' ? 'avslutad' : normalise(oldest.cycle.deadline ? `pågår (sista dag ${fmt.date(oldest.cycle.deadline)})` : 'pågår'),
      normalise(fmt.number(oldest.expected)),
      normalise(fmt.number(oldest.delivered)),
      normalise(fmt.number(oldest.missing)),
      normalise(fmt.percent(oldest.expected === 0 ? null : oldest.rate)),
    ]);
    expect(await session.page.locator('canvas[role="img"]').getAttribute('aria-label')).toMatch(/inlämnade/);
    await screenshot(session.page, 'trend');
    await expectNoAxeViolations(session.page, '/trend');
  });
});

describe('Sidan finns inte', () => {
  it('answers unknown addresses with a page of its own', async () => {
    await session.page.goto(`${APP_URL}${stockholm('/finns-inte')}`, { waitUntil: 'networkidle' });
    await session.page.getByRole('heading', { level: 1, name: 'Sidan finns inte' }).waitFor();
    await expectNoAxeViolations(session.page, '/finns-inte');
  });
});
