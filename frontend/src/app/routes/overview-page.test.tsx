import { describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import { apiError, mockApi, never, ok, sequence } from '../../testing/fetch-mock';
import { coverage2017, cycle2016, cycle2017, defaultRoutes, measure11, measure12, measure21, measureRow } from '../../testing/fixtures';
import { renderApp } from '../../testing/render-app';

function keyFigure(label: string) {
  const term = screen.getByText(label, { selector: 'dt' });
  return within(term.parentElement!).getByRole('definition').textContent;
}

describe('Översikt (/)', () => {
  it('offers the shown cycle and every cycle as Excel downloads (plain links)', async () => {
    mockApi(defaultRoutes());
    renderApp('/stockholms-stad');
    const downloads = await screen.findByRole('navigation', { name: 'Ladda ner' });
    const workbook = within(downloads).getByRole('link', { name: 'Omgången i Excel (.xlsx)' });
    expect(workbook).toHaveAttribute('href', `/api/cycles/${cycle2017.id}/export.xlsx`);
    expect(workbook).toHaveAttribute('download');
    expect(within(downloads).getByRole('link', { name: 'Alla omgångar i Excel (.xlsx)' })).toHaveAttribute('href', '/api/exports/cycles.xlsx?organisation=stockholms-stad');
  });

  it('shows a loading state while cycles and coverage are fetched', async () => {
    mockApi({ ...defaultRoutes(), 'GET /api/cycles': never });
    renderApp('/stockholms-stad');
    expect(screen.getByRole('heading', { level: 1, name: 'Översikt' })).toBeInTheDocument();
    expect(await screen.findByRole('status')).toHaveTextContent('Hämtar uppföljningsomgångarna');
  });

  it('shows a loading state for the coverage once the cycle is known', async () => {
    mockApi({ ...defaultRoutes(), 'GET /api/cycles/2/coverage': never });
    renderApp('/stockholms-stad');
    expect(await screen.findByText('Hämtar täckningen för omgången …')).toBeInTheDocument();
  });

  it('shows key figures of the newest cycle, lead and contributing apart', async () => {
    const api = mockApi(defaultRoutes());
    renderApp('/stockholms-stad');
    await screen.findByRole('heading', { level: 2, name: 'Nyckeltal' });

    expect(keyFigure('Förväntade skrivningar')).toBe('6');
    expect(keyFigure('Inlämnade')).toBe('3');
    expect(keyFigure('Saknade skrivningar')).toBe('3');
    expect(keyFigure('Andel inlämnade')).toBe('50\u00a0%');
    // The same fields the Luckor page counts, and the sentence that says what they count.
    expect(keyFigure('Luckor')).toBe('4');
    expect(keyFigure('Tysta nämnder')).toBe('1');
    expect(keyFigure('Åtgärder rapporterade som genomförda')).toBe('0 av 3');
    expect(
      screen.getByText(/Luckor: 4 = 3 saknade skrivningar \+ 1 tysta nämnder utan egna åtgärder \(samma tal som på sidan Luckor\)\./),
    ).toBeInTheDocument();
    expect(screen.getByText(/en per ansvar \(åtgärd × nämnd\) hos de 4 nämnder som ombetts redovisa – 6 i omgången/)).toBeInTheDocument();
    expect(screen.getByText(new RegExp(cycle2017.name), { selector: 'p' })).toBeInTheDocument();

    const byRole = screen.getByRole('table', { name: 'Huvudansvar och delansvar' });
    const contributing = within(byRole).getByRole('row', { name: /Delansvar/ });
    expect(within(contributing).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['3', '0', '3', '0\u00a0%']);
    const lead = within(byRole).getByRole('row', { name: /Huvudansvar/ });
    expect(within(lead).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['3', '3', '0', '100\u00a0%']);

    expect(api.requested('/api/cycles/2/coverage')).toHaveLength(1);
    expect(api.requested('/api/cycles/1/coverage')).toHaveLength(0);
  });

  it('lists the boards with "Skrivning saknas" up front, linking to each board', async () => {
    mockApi(defaultRoutes());
    renderApp('/stockholms-stad');
    const section = (await screen.findByRole('heading', { level: 2, name: 'Skrivning saknas' })).closest('section')!;
    expect(within(section).getByText('1 tyst nämnd: ombedd att redovisa men har inte lämnat någon skrivning alls i omgången.')).toBeInTheDocument();
    const links = within(section).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Rinkeby-Kista stadsdelsnämnd']);
    expect(links[0]).toHaveAttribute('href', '/stockholms-stad/namnder/4');
    expect(links[0].closest('li')).toHaveTextContent('ombedd att redovisa, inget inlämnat · 2 förväntade skrivningar saknas');

    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings.indexOf('Skrivning saknas')).toBeLessThan(headings.indexOf('Täckning per nämnd'));
  });

  it('shows a board responsible but not asked apart, never as silent, and names the reports nothing is expected of', async () => {
    const ks = { id: 9, name: 'Kommunstyrelsen', administration: 'Stadsledningskontoret', kind: 'executive' as const };
    const none = { done: 0, inProgress: 0, notStarted: 0, waiting: 0, none: 0 };
    const coverage = {
      ...coverage2017,
      totals: { ...coverage2017.totals, notAskedBoards: 1, notAskedResponsibilities: 3 },
      boards: [
        ...coverage2017.boards,
        { ...coverage2017.boards[3], board: ks, expected: 0, missing: 0, rate: null, statementMissing: false, participant: false, responsibilities: 3 },
      ],
      reports: [
        ...coverage2017.reports,
        { report: { id: 3, key: 'delad', title: 'Från delad till enad stad' }, expected: 0, delivered: 0, missing: 0, rate: null, statuses: none },
      ],
    };
    mockApi({ ...defaultRoutes(), 'GET /api/cycles/2/coverage': ok(coverage) });
    renderApp('/stockholms-stad');
    const section = (await screen.findByRole('heading', { level: 2, name: 'Skrivning saknas' })).closest('section')!;
    expect(within(section).queryByRole('link', { name: 'Kommunstyrelsen' })).not.toBeInTheDocument();
    const rinkebyItem = within(section).getByRole('link', { name: 'Rinkeby-Kista stadsdelsnämnd' }).closest('li')!;
    expect(rinkebyItem).not.toHaveTextContent('inte tillfrågad');
    const notAsked = screen.getByRole('heading', { level: 2, name: 'Ansvariga men inte tillfrågade' }).closest('section')!;
    expect(within(notAsked).getByRole('link', { name: 'Kommunstyrelsen' }).closest('li')).toHaveTextContent('inte tillfrågad i omgången · ansvar för 3 åtgärder');
    expect(screen.getByText(/1 ansvarig nämnd är inte tillfrågad i omgången; dess 3 ansvar räknas varken som förväntade eller saknade\./)).toBeInTheDocument();
    // Not asked, so not in the chart either: nothing is expected of it.
    expect(screen.queryByRole('img', { name: /Kommunstyrelsen/ })).not.toBeInTheDocument();
    expect(
      screen.getByText(/Inga skrivningar väntas för Från delad till enad stad: ingen nämnd står som ansvarig\./, { selector: 'p' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Lägst andel inlämnade har Stad i samverkan \(50\s%\)/, { selector: 'p' })).toBeInTheDocument();
  });

  it('lists the boards that sent only a general statement on their own', async () => {
    const coverage = {
      ...coverage2017,
      totals: { ...coverage2017.totals, generalOnlyBoards: 1 },
      boards: coverage2017.boards.map((row) =>
        row.board.name === 'Bromma stadsdelsnämnd' ? { ...row, delivered: 0, missing: 2, rate: 0, generalOnly: true } : row,
      ),
    };
    mockApi({ ...defaultRoutes(), 'GET /api/cycles/2/coverage': ok(coverage) });
    renderApp('/stockholms-stad');
    const section = (await screen.findByRole('heading', { level: 2, name: 'Bara en generell skrivning' })).closest('section')!;
    expect(within(section).getByText(/^1 nämnd har lämnat en generell skrivning men ingen skrivning om de åtgärder de ansvarar för\./)).toBeInTheDocument();
    expect(within(section).getByRole('link', { name: 'Bromma stadsdelsnämnd' }).closest('li')).toHaveTextContent('0 av 2 förväntade skrivningar inlämnade');
    const silent = screen.getByRole('heading', { level: 2, name: 'Skrivning saknas' }).closest('section')!;
    expect(within(silent).queryByRole('link', { name: 'Bromma stadsdelsnämnd' })).not.toBeInTheDocument();
  });

  it('names boards that share the lowest share as a tie, not one of them as the lowest', async () => {
    const coverage = {
      ...coverage2017,
      boards: coverage2017.boards.map((row) => (row.board.name === 'Bromma stadsdelsnämnd' ? { ...row, delivered: 0, missing: 2, rate: 0 } : row)),
    };
    mockApi({ ...defaultRoutes(), 'GET /api/cycles/2/coverage': ok(coverage) });
    renderApp('/stockholms-stad');
    expect(await screen.findByRole('img', { name: 'Lägst: 2 nämnder har 0\u00a0%; högst: 2 nämnder har 100\u00a0%.' })).toBeInTheDocument();
  });

  it('shows what the boards report: statuses per report and in all', async () => {
    mockApi(defaultRoutes());
    renderApp('/stockholms-stad');
    const section = (await screen.findByRole('heading', { level: 2, name: 'Vad nämnderna rapporterar' })).closest('section')!;
    expect(within(section).getByText('Av de inlämnade skrivningarna om åtgärder anger 0 genomförd, 3 pågående, 0 ej påbörjad och 0 avvaktar; 0 anger ingen status.')).toBeInTheDocument();
    const total = within(section).getByRole('row', { name: /Totalt/ });
    expect(within(total).getAllByRole('cell').map((c) => c.textContent)).toEqual(['0', '3', '0', '0', '0', '3']);
  });

  it('lists the measures with the most missing statements, missing lead statements first, linking to each', async () => {
    const measures = [measureRow(measure11, [1, 1], [2, 0]), measureRow(measure12, [1, 1], [1, 1]), measureRow(measure21, [1, 0], [0, 0])];
    const api = mockApi({ ...defaultRoutes(), 'GET /api/cycles/2/coverage/measures': ok(measures) });
    renderApp('/stockholms-stad');
    const section = (await screen.findByRole('heading', { level: 2, name: 'Åtgärder med flest saknade skrivningar' })).closest('section')!;
    const rows = within(within(section).getByRole('table')).getAllByRole('row').slice(1);
    // 2.3.1 misses its lead statement, 1.1.1 two contributions; 1.1.2 misses nothing and is left out.
    expect(rows.map((row) => within(row).getByRole('link').textContent)).toEqual(['2.3.1 Stärk elevhälsan', '1.1.1 Samordna stadens arbete mot segregation']);
    expect(within(rows[0]).getAllByRole('cell').map((c) => c.textContent)).toEqual(['En skola där alla ska lyckas', '1', '1', '1']);
    expect(within(rows[0]).getByRole('link')).toHaveAttribute('href', '/stockholms-stad/atgarder/21');
    // Every page of the measures endpoint, as many rows per page as it allows.
    expect(api.requested('/api/cycles/2/coverage/measures')[0].searchParams.get('limit')).toBe('1000');
  });

  it('follows X-Next-Cursor to the last page of measures', async () => {
    const api = mockApi({
      ...defaultRoutes(),
      'GET /api/cycles/2/coverage/measures': (url) =>
        url.searchParams.get('cursor') === 'next'
          ? ok([measureRow(measure21, [1, 0], [0, 0])])
          : { status: 200, body: [measureRow(measure11, [1, 1], [2, 0])], headers: { 'X-Next-Cursor': 'next' } },
    });
    renderApp('/stockholms-stad');
    const section = (await screen.findByRole('heading', { level: 2, name: 'Åtgärder med flest saknade skrivningar' })).closest('section')!;
    const rows = await within(section).findAllByRole('row');
    expect(rows.slice(1).map((row) => within(row).getByRole('link').textContent)).toEqual(['2.3.1 Stärk elevhälsan', '1.1.1 Samordna stadens arbete mot segregation']);
    expect(api.requested('/api/cycles/2/coverage/measures').map((url) => url.searchParams.get('cursor'))).toEqual([null, 'next']);
  });

  it('shows late statements as a key figure and per board only when there are any', async () => {
    const late = {
      ...coverage2017,
      totals: { ...coverage2017.totals, late: 2 },
      boards: coverage2017.boards.map((row) => (row.board.name === 'Trafiknämnden' ? { ...row, late: 2 } : row)),
    };
    mockApi({ ...defaultRoutes(), 'GET /api/cycles/2/coverage': ok(late) });
    const { user } = renderApp('/stockholms-stad');
    await screen.findByRole('heading', { level: 2, name: 'Nyckeltal' });
    expect(keyFigure('Varav inlämnade sent')).toBe('2');
    const chart = screen.getByRole('heading', { level: 2, name: 'Täckning per nämnd' }).closest('section')!;
    await user.click(within(chart).getByRole('button', { name: 'Visa som tabell' }));
    const traffic = within(within(chart).getByRole('table')).getByRole('row', { name: /Trafiknämnden/ });
    const headers = within(within(chart).getByRole('table')).getAllByRole('columnheader').map((h) => h.textContent);
    expect(within(traffic).getAllByRole('cell')[headers.indexOf('Sent') - 1]).toHaveTextContent('2');
  });

  it('shows no late figure when nothing was late', async () => {
    mockApi(defaultRoutes());
    renderApp('/stockholms-stad');
    await screen.findByRole('heading', { level: 2, name: 'Nyckeltal' });
    expect(screen.queryByText('Varav inlämnade sent', { selector: 'dt' })).toBeNull();
  });

  it('says so when every board has written something', async () => {
    mockApi({ ...defaultRoutes(), 'GET /api/cycles/2/coverage': ok({ ...coverage2017, boards: coverage2017.boards.map((b) => ({ ...b, statementMissing: false })) }) });
    renderApp('/stockholms-stad');
    expect(await screen.findByText('Alla nämnder som ombetts redovisa har lämnat minst en skrivning i omgången.')).toBeInTheDocument();
  });

  it('pairs the board chart with a one-sentence summary and a data table, worst board first', async () => {
    const { user } = renderAppWithData();
    const chart = await screen.findByRole('img', { name: /Lägst andel inlämnade har Rinkeby-Kista stadsdelsnämnd \(0\s%\)/ });
    // Trafiknämnden and Utbildningsnämnden tie at 100 %: named as a tie.
    expect(chart.getAttribute('aria-label')).toMatch(/högst: 2 nämnder har 100\s%/);
    expect(JSON.parse(chart.getAttribute('data-labels')!)).toEqual([
      'Rinkeby-Kista stadsdelsnämnd',
      'Bromma stadsdelsnämnd',
      'Trafiknämnden',
      'Utbildningsnämnden',
    ]);
    const section = screen.getByRole('heading', { level: 2, name: 'Täckning per nämnd' }).closest('section')!;
    expect(within(section).getByText(/högst: 2 nämnder har 100\s%/)).toBeInTheDocument();
    expect(within(section).queryByRole('table')).not.toBeInTheDocument();

    const toggle = within(section).getByRole('button', { name: 'Visa som tabell' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);

    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveTextContent('Dölj tabellen');
    const table = within(section).getByRole('table', { name: 'Täckning per nämnd' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Rinkeby-Kista stadsdelsnämnd',
      'Bromma stadsdelsnämnd',
      'Trafiknämnden',
      'Utbildningsnämnden',
    ]);
    expect(within(rows[0]).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['2', '0', '2', '0\u00a0%', '0', 'Skrivning saknas']);
    expect(within(rows[1]).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['2', '1', '1', '50\u00a0%', '0', '']);

    await user.click(toggle);
    expect(within(section).queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows planned years as a chart with a table, most planned year in the summary', async () => {
    const { user } = renderAppWithData();
    const section = (await screen.findByRole('heading', { level: 2, name: 'Planerade år' })).closest('section')!;
    expect(within(section).getByText('Flest skrivningar planerar åtgärder för 2017 (3 skrivningar).')).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Visa som tabell' }));
    const rows = within(within(section).getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual(['20173', '20182', '20191']);
  });

  it('shows coverage per report', async () => {
    const { user } = renderAppWithData();
    const section = (await screen.findByRole('heading', { level: 2, name: 'Täckning per delrapport' })).closest('section')!;
    await user.click(within(section).getByRole('button', { name: 'Visa som tabell' }));
    const row = within(section).getByRole('row', { name: /Stad i samverkan/ });
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['4', '2', '2', '50\u00a0%']);
  });

  it('shows an empty state when there are no cycles', async () => {
    mockApi({ ...defaultRoutes(), 'GET /api/cycles': ok([]) });
    renderApp('/stockholms-stad');
    expect(await screen.findByText('Det finns inga uppföljningsomgångar ännu.')).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Uppföljningsomgång' })).not.toBeInTheDocument();
  });

  it('shows an empty state when nothing is expected in the cycle', async () => {
    mockApi({
      ...defaultRoutes(),
      'GET /api/cycles/2/coverage': ok({
        ...coverage2017,
        totals: { expected: 0, delivered: 0, missing: 0, rate: 0, lead: { expected: 0, delivered: 0, missing: 0 }, contributing: { expected: 0, delivered: 0, missing: 0 } },
        boards: [],
        reports: [],
        plannedYears: [],
      }),
    });
    renderApp('/stockholms-stad');
    expect(await screen.findByText('Inga skrivningar väntas i den här omgången.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Nyckeltal' })).not.toBeInTheDocument();
  });

  it('shows the error in Swedish, not the server’s English message, and recovers on "Försök igen"', async () => {
    const api = mockApi({
      ...defaultRoutes(),
      'GET /api/cycles/2/coverage': sequence(apiError(500, 'INTERNAL_ERROR', 'Databasen svarar inte'), ok(coverage2017)),
    });
    const { user } = renderApp('/stockholms-stad');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Kunde inte hämta täckningen för omgången.');
    // Said in the UI's language by status and code; the API's English message is not shown.
    expect(alert).toHaveTextContent('Något gick fel på servern. Försök igen om en stund.');
    expect(alert).not.toHaveTextContent('Databasen svarar inte');
    expect(screen.getByRole('heading', { level: 1, name: 'Översikt' })).toBeInTheDocument();

    await user.click(within(alert).getByRole('button', { name: 'Försök igen' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Nyckeltal' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(api.requested('/api/cycles/2/coverage')).toHaveLength(2);
  });

  it('explains a network failure and offers a retry when the cycles cannot be fetched', async () => {
    mockApi(defaultRoutes());
    const failing = globalThis.fetch;
    globalThis.fetch = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    const { user } = renderApp('/stockholms-stad');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Kunde inte hämta uppföljningsomgångarna.');
    expect(alert).toHaveTextContent('Servern svarar inte.');

    globalThis.fetch = failing;
    await user.click(within(alert).getByRole('button', { name: 'Försök igen' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Nyckeltal' })).toBeInTheDocument();
  });

  it('puts the chosen cycle in the URL and shows that cycle’s figures', async () => {
    const api = mockApi(defaultRoutes());
    const { user, location } = renderApp('/stockholms-stad');
    const select = await screen.findByRole('combobox', { name: 'Uppföljningsomgång' });
    await waitFor(() => expect(select).toHaveValue('2'));
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual([
      `${cycle2017.name} (2017)`,
      `${cycle2016.name} (2016)`,
    ]);

    await user.selectOptions(select, '1');

    expect(location().search).toBe('?omgang=1');
    expect(location().pathname).toBe('/stockholms-stad');
    await waitFor(() => expect(keyFigure('Andel inlämnade')).toBe('83,3\u00a0%'));
    expect(api.requested('/api/cycles/1/coverage')).toHaveLength(1);
    expect(screen.getByText('Alla nämnder som ombetts redovisa har lämnat minst en skrivning i omgången.')).toBeInTheDocument();
  });

  it('reads the cycle from the URL', async () => {
    mockApi(defaultRoutes());
    renderApp('/stockholms-stad?omgang=1');
    await waitFor(() => expect(keyFigure('Andel inlämnade')).toBe('83,3\u00a0%'));
    expect(screen.getByRole('combobox', { name: 'Uppföljningsomgång' })).toHaveValue('1');
  });

  it('still reads links with the earlier ?cykel= name, and writes ?omgang= from then on', async () => {
    mockApi(defaultRoutes());
    const { user, location } = renderApp('/stockholms-stad?cykel=1');
    await waitFor(() => expect(keyFigure('Andel inlämnade')).toBe('83,3\u00a0%'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Uppföljningsomgång' }), '2');
    expect(location().search).toBe('?omgang=2');
  });

  it('says so when the URL names a cycle that does not exist', async () => {
    mockApi(defaultRoutes());
    const { user, location } = renderApp('/stockholms-stad?omgang=99');
    expect(await screen.findByRole('alert')).toHaveTextContent('Uppföljningsomgång 99 finns inte.');
    await user.click(screen.getByRole('link', { name: 'Visa den senaste omgången' }));
    expect(location().search).toBe('');
    expect(await screen.findByRole('heading', { level: 2, name: 'Nyckeltal' })).toBeInTheDocument();
  });
});

function renderAppWithData() {
  mockApi(defaultRoutes());
  return renderApp('/stockholms-stad');
}
