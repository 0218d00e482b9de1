import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { apiError, mockApi, never, ok, sequence, type MockReply } from '../../testing/fetch-mock';
import { boards, cycles, defaultRoutes, gaps2017, reports } from '../../testing/fixtures';
import { renderApp } from '../../testing/render-app';

const gapRows = () =>
  within(screen.getByRole('table', { name: 'Luckor i omgången' }))
    .getAllByRole('row')
    .slice(1);

/** A list answered in two pages: the first row, then (after X-Next-Cursor) the rest. */
const inTwoPages =
  (rows: unknown[]) =>
  (url: URL): MockReply =>
    url.searchParams.get('cursor') === 'page-2' ? ok(rows.slice(1)) : { status: 200, body: rows.slice(0, 1), headers: { 'X-Next-Cursor': 'page-2' } };

describe('Luckor (/luckor)', () => {
  it('offers every cycle, board and report of lists that come in pages', async () => {
    const api = mockApi({ ...defaultRoutes(), 'GET /api/cycles': inTwoPages(cycles), 'GET /api/boards': inTwoPages(boards), 'GET /api/reports': inTwoPages(reports) });
    renderApp('/stockholms-stad/luckor');
    await screen.findByRole('heading', { level: 2, name: '4 luckor' });
    const options = (name: string) => within(screen.getByRole('combobox', { name })).getAllByRole('option').map((o) => o.textContent);
    expect(options('Uppföljningsomgång')).toEqual(expect.arrayContaining(cycles.map((c) => expect.stringContaining(c.name))));
    expect(options('Nämnd')).toEqual(expect.arrayContaining(boards.map((b) => b.name)));
    expect(options('Delrapport')).toEqual(expect.arrayContaining(reports.map((r) => r.title)));
    for (const list of ['/api/cycles', '/api/boards', '/api/reports']) {
      expect(api.requested(list).map((url) => [url.searchParams.get('organisation'), url.searchParams.get('limit'), url.searchParams.get('cursor')])).toEqual([
        ['stockholms-stad', '1000', null],
        ['stockholms-stad', '1000', 'page-2'],
      ]);
    }
  });

  it('offers the gap list as CSV and the cycle as a workbook', async () => {
    mockApi(defaultRoutes());
    renderApp('/stockholms-stad/luckor');
    const downloads = await screen.findByRole('navigation', { name: 'Ladda ner' });
    expect(within(downloads).getByRole('link', { name: 'Luckorna som CSV' })).toHaveAttribute('href', '/api/cycles/2/gaps.csv');
    expect(within(downloads).getByRole('link', { name: 'Omgången i Excel (.xlsx)' })).toHaveAttribute('href', '/api/cycles/2/export.xlsx');
  });

  it('shows a loading state', async () => {
    mockApi({ ...defaultRoutes(), 'GET /api/cycles/2/gaps': never });
    renderApp('/stockholms-stad/luckor');
    expect(await screen.findByText('Hämtar luckorna …')).toBeInTheDocument();
  });

  it('counts the gaps of silent boards and the silent boards apart', async () => {
    const silent = gaps2017.find((gap) => gap.kind === 'no-statement')!;
    const measures = gaps2017.filter((gap) => gap.measure !== null).map((gap) => gap.measure!);
    // One silent board with a no-statement gap per measure it is responsible for, and one more silent board.
    const gaps = [
      ...measures.map((measure) => ({ ...silent, measure, role: 'contributing' as const })),
      { ...silent, board: { id: 99, name: 'Valnämnden' } },
      gaps2017.find((gap) => gap.kind === 'measure-not-addressed')!,
    ];
    mockApi({ ...defaultRoutes(), 'GET /api/cycles/2/gaps': ok(gaps) });
    renderApp('/stockholms-stad/luckor');
    expect(await screen.findByRole('heading', { level: 2, name: '5 luckor' })).toBeInTheDocument();
    expect(screen.getByText('Varav 4 hos nämnder utan någon skrivning alls (2 nämnder) och 1 obesvarade åtgärder.')).toBeInTheDocument();
  });

  it('lists every gap with counts, each row linking to its board and measure', async () => {
    mockApi(defaultRoutes());
    renderApp('/stockholms-stad/luckor');
    expect(await screen.findByRole('heading', { level: 2, name: '4 luckor' })).toBeInTheDocument();
    expect(screen.getByText('Varav 1 hos nämnder utan någon skrivning alls (1 nämnd) och 3 obesvarade åtgärder.')).toBeInTheDocument();
    // The cycle's totals, from the same coverage fields Översikt shows.
    expect(
      await screen.findByText('I hela omgången: 4 luckor = 3 saknade skrivningar + 1 tysta nämnder utan egna åtgärder (samma tal som på Översikt).'),
    ).toBeInTheDocument();

    const rows = gapRows();
    expect(rows).toHaveLength(4);
    const first = rows[0];
    expect(within(first).getByRole('link', { name: 'Rinkeby-Kista stadsdelsnämnd' })).toHaveAttribute('href', '/stockholms-stad/namnder/4');
    expect(first).toHaveTextContent('Hela nämnden');
    expect(first).toHaveTextContent('Ingen skrivning alls');

    const bromma = rows[1];
    expect(within(bromma).getByRole('link', { name: 'Bromma stadsdelsnämnd' })).toHaveAttribute('href', '/stockholms-stad/namnder/3');
    expect(within(bromma).getByRole('link', { name: /1\.1\.1 Samordna/ })).toHaveAttribute('href', '/stockholms-stad/atgarder/11');
    expect(within(bromma).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      '1.1.1 Samordna stadens arbete mot segregation',
      'Stad i samverkan',
      'Delansvarig',
      'Åtgärd inte besvarad',
    ]);
  });

  it('keeps the cycle in the links it makes', async () => {
    mockApi(defaultRoutes());
    renderApp('/stockholms-stad/luckor?omgang=2');
    await screen.findByRole('heading', { level: 2, name: '4 luckor' });
    expect(within(gapRows()[1]).getByRole('link', { name: 'Bromma stadsdelsnämnd' })).toHaveAttribute('href', '/stockholms-stad/namnder/3?omgang=2');
  });

  it('puts each filter in the URL and asks the API for the filtered list', async () => {
    const api = mockApi(defaultRoutes());
    const { user, location } = renderApp('/stockholms-stad/luckor');
    await screen.findByRole('heading', { level: 2, name: '4 luckor' });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Nämnd' }), '4');
    expect(await screen.findByRole('heading', { level: 2, name: '3 luckor' })).toBeInTheDocument();
    expect(new URLSearchParams(location().search).get('namnd')).toBe('4');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Typ av lucka' }), 'measure-not-addressed');
    expect(await screen.findByRole('heading', { level: 2, name: '2 luckor' })).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Delrapport' }), 'skola');
    expect(await screen.findByRole('heading', { level: 2, name: '1 lucka' })).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Roll' }), 'contributing');
    const params = new URLSearchParams(location().search);
    expect(Object.fromEntries(params)).toEqual({ namnd: '4', typ: 'measure-not-addressed', rapport: 'skola', roll: 'contributing' });

    const last = api.requested('/api/cycles/2/gaps').at(-1)!;
    expect(Object.fromEntries(last.searchParams)).toEqual({ board: '4', kind: 'measure-not-addressed', report: 'skola', role: 'contributing', limit: '1000' });
    expect(within(gapRows()[0]).getByRole('link', { name: /2\.3\.1 Stärk elevhälsan/ })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Rensa filter' }));
    expect(location().search).toBe('');
    expect(await screen.findByRole('heading', { level: 2, name: '4 luckor' })).toBeInTheDocument();
  });

  it('reads filters from the URL on load', async () => {
    const api = mockApi(defaultRoutes());
    renderApp('/stockholms-stad/luckor?typ=no-statement&roll=lead');
    expect(await screen.findByText('Inga luckor matchar filtret.')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Typ av lucka' })).toHaveValue('no-statement');
    expect(screen.getByRole('combobox', { name: 'Roll' })).toHaveValue('lead');
    expect(Object.fromEntries(api.requested('/api/cycles/2/gaps')[0].searchParams)).toEqual({ kind: 'no-statement', role: 'lead', limit: '1000' });
  });

  it('shows an error and retries', async () => {
    mockApi({ ...defaultRoutes(), 'GET /api/cycles/2/gaps': sequence(apiError(500, 'INTERNAL_ERROR', 'Oväntat fel'), ok(gaps2017)) });
    const { user } = renderApp('/stockholms-stad/luckor');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Kunde inte hämta luckorna.');
    await user.click(within(alert).getByRole('button', { name: 'Försök igen' }));
    expect(await screen.findByRole('heading', { level: 2, name: '4 luckor' })).toBeInTheDocument();
  });
});
