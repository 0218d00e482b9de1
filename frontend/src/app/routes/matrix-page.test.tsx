import { describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import type { Matrix } from '../../lib/api-types';
import { apiError, mockApi, never, ok, sequence } from '../../testing/fetch-mock';
import { defaultRoutes, matrix2017 } from '../../testing/fixtures';
import { renderApp } from '../../testing/render-app';
import { MATRIX_PAGE_SIZE } from './matrix-page';

describe('Matris (/matris)', () => {
  it('shows a loading state', async () => {
    mockApi({ ...defaultRoutes(), 'GET /api/cycles/2/matrix': never });
    renderApp('/stockholms-stad/matris');
    expect(screen.getByRole('heading', { level: 1, name: 'Matris' })).toBeInTheDocument();
    expect(await screen.findByText('Hämtar matrisen …')).toBeInTheDocument();
  });

  it('shows role, delivery and reported status in text with a spoken name; a delivered cell links to its statement', async () => {
    mockApi(defaultRoutes());
    renderApp('/stockholms-stad/matris');
    const table = await screen.findByRole('table', { name: 'Matris över åtgärder och nämnder' });

    const row = within(table).getByRole('row', { name: /1\.1\.1 Samordna stadens arbete mot segregation/ });
    const cells = within(row).getAllByRole('cell');
    // columns: Trafiknämnden, Utbildningsnämnden, Bromma, Rinkeby-Kista
    expect(cells.map((cell) => cell.textContent)).toEqual(['H✓P', '', 'D✗Bromma stadsdelsnämnd: Delansvarig, saknas', '']);
    const delivered = within(row).getByRole('link', { name: 'Trafiknämnden: Huvudansvarig, inlämnad, Pågående' });
    expect(delivered).toHaveAttribute('href', '/stockholms-stad/skrivningar/101/historik');
    expect(cells[0]).toHaveAttribute('title', 'Trafiknämnden: Huvudansvarig, inlämnad, Pågående');
    expect(within(row).getByRole('cell', { name: 'Bromma stadsdelsnämnd: Delansvarig, saknas' })).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: /1\.1\.1/ })).toHaveAttribute('href', '/stockholms-stad/atgarder/11');
  });

  it('gives every board column its full name on hover and as accessible name, and marks boards not asked', async () => {
    const notAsked: Matrix = {
      ...matrix2017,
      boards: matrix2017.boards.map((b) => (b.id === 4 ? { ...b, participant: false } : b)),
      cells: matrix2017.cells.map((c) => (c.boardId === 4 ? { ...c, asked: false } : c)),
    };
    mockApi({ ...defaultRoutes(), 'GET /api/cycles/2/matrix': ok(notAsked) });
    renderApp('/stockholms-stad/matris');
    const table = await screen.findByRole('table', { name: 'Matris över åtgärder och nämnder' });
    const header = within(table).getByRole('columnheader', { name: 'Bromma stadsdelsnämnd' });
    expect(header).toHaveAttribute('title', 'Bromma stadsdelsnämnd (Bromma stadsdelsförvaltning)');
    expect(within(table).getByRole('link', { name: 'Rinkeby-Kista stadsdelsnämnd, inte tillfrågad i omgången' })).toHaveAttribute('href', '/stockholms-stad/namnder/4');
    const row = within(table).getByRole('row', { name: /1\.1\.2/ });
    expect(within(row).getByRole('cell', { name: 'Rinkeby-Kista stadsdelsnämnd: Delansvarig, inte tillfrågad' })).toHaveTextContent('D–');
  });

  it('groups measures by report and recommendation, and boards by kind', async () => {
    mockApi(defaultRoutes());
    renderApp('/stockholms-stad/matris');
    const table = await screen.findByRole('table', { name: 'Matris över åtgärder och nämnder' });
    const rowHeaders = within(table)
      .getAllByRole('row')
      .slice(2)
      .map((row) => row.textContent);
    expect(rowHeaders[0]).toBe('Delrapport: Stad i samverkan');
    expect(rowHeaders[1]).toBe('Rekommendation 1.1 Stärk samverkan mellan nämnderna');
    expect(rowHeaders[2]).toMatch(/^1\.1\.1/);
    expect(rowHeaders[3]).toMatch(/^1\.1\.2/);
    expect(rowHeaders[4]).toBe('Delrapport: En skola där alla ska lyckas');
    expect(rowHeaders[5]).toBe('Rekommendation 2.3 En likvärdig skola');
    expect(rowHeaders[6]).toMatch(/^2\.3\.1/);

    expect(within(table).getByRole('columnheader', { name: 'Facknämnder' })).toHaveAttribute('colspan', '2');
    expect(within(table).getByRole('columnheader', { name: 'Stadsdelsnämnder' })).toHaveAttribute('colspan', '2');
  });

  it('names a recommendation the document gives only a number by its number alone', async () => {
    const untitled: Matrix = {
      ...matrix2017,
      measures: matrix2017.measures.map((m) => (m.recommendation ? { ...m, recommendation: { ...m.recommendation, title: null } } : m)),
    };
    mockApi({ ...defaultRoutes(), 'GET /api/cycles/2/matrix': ok(untitled) });
    renderApp('/stockholms-stad/matris');
    const table = await screen.findByRole('table', { name: 'Matris över åtgärder och nämnder' });
    const rowHeaders = within(table)
      .getAllByRole('row')
      .map((row) => row.textContent ?? '');
    expect(rowHeaders).toContain('Rekommendation 1.1');
    expect(rowHeaders.some((text) => text.includes('null'))).toBe(false);
  });

  it('filters by board kind and report, keeping the filters in the URL', async () => {
    const api = mockApi(defaultRoutes());
    const { user, location } = renderApp('/stockholms-stad/matris?omgang=2');
    const table = await screen.findByRole('table', { name: 'Matris över åtgärder och nämnder' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toContain('Trafiknämnden');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Nämndtyp' }), 'district');
    expect(new URLSearchParams(location().search).get('typ')).toBe('district');
    expect(new URLSearchParams(location().search).get('omgang')).toBe('2');
    const headers = within(screen.getByRole('table', { name: 'Matris över åtgärder och nämnder' }))
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).not.toContain('Trafiknämnden');
    expect(headers).toEqual(expect.arrayContaining(['Bromma stadsdelsnämnd', 'Rinkeby-Kista stadsdelsnämnd']));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Delrapport' }), 'skola');
    expect(new URLSearchParams(location().search).get('rapport')).toBe('skola');
    await waitFor(() => expect(screen.queryByRole('row', { name: /1\.1\.1/ })).not.toBeInTheDocument());
    expect(screen.getByRole('row', { name: /2\.3\.1/ })).toBeInTheDocument();
    expect(api.requested('/api/cycles/2/matrix').map((url) => url.searchParams.get('report'))).toEqual([null, 'skola']);
  });

  it('pages through a large matrix instead of rendering every row', async () => {
    const measures: Matrix['measures'] = Array.from({ length: 120 }, (_, i) => ({
      id: 1000 + i,
      number: `1.1.${i + 1}`,
      title: `Åtgärd nummer ${i + 1}`,
      report: 'samverkan',
      recommendation: { number: '1.1', title: 'Stärk samverkan mellan nämnderna' },
    }));
    const big: Matrix = {
      boards: matrix2017.boards,
      measures,
      cells: measures.map((m) => ({
        measureId: m.id,
        boardId: 1,
        role: 'lead' as const,
        asked: true,
        delivered: m.id % 2 === 0,
        statementId: m.id % 2 === 0 ? m.id : null,
        status: null,
        position: null,
      })),
    };
    mockApi({ ...defaultRoutes(), 'GET /api/cycles/2/matrix': ok(big) });
    const { user, location } = renderApp('/stockholms-stad/matris');
    expect(await screen.findByText(`Visar åtgärd 1–${MATRIX_PAGE_SIZE} av 120, 4 nämnder.`)).toBeInTheDocument();
    expect(screen.getAllByRole('row', { name: /Åtgärd nummer/ })).toHaveLength(MATRIX_PAGE_SIZE);
    expect(screen.getByText('Sida 1 av 3')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Nästa' }));
    expect(new URLSearchParams(location().search).get('sida')).toBe('2');
    expect(screen.getByRole('row', { name: /1\.1\.51 Åtgärd nummer 51/ })).toBeInTheDocument();
    expect(screen.queryByRole('row', { name: /1\.1\.1 Åtgärd nummer 1$/ })).not.toBeInTheDocument();
    expect(screen.getByText('Sida 2 av 3')).toBeInTheDocument();
  });

  it('shows an empty state when no measures match', async () => {
    mockApi({ ...defaultRoutes(), 'GET /api/cycles/2/matrix': ok({ boards: matrix2017.boards, measures: [], cells: [] }) });
    renderApp('/stockholms-stad/matris');
    expect(await screen.findByText('Inga åtgärder matchar filtret.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows an error and retries', async () => {
    mockApi({ ...defaultRoutes(), 'GET /api/cycles/2/matrix': sequence(apiError(503, 'UNAVAILABLE', 'Försök senare'), ok(matrix2017)) });
    const { user } = renderApp('/stockholms-stad/matris');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Kunde inte hämta matrisen.');
    await user.click(within(alert).getByRole('button', { name: 'Försök igen' }));
    expect(await screen.findByRole('table', { name: 'Matris över åtgärder och nämnder' })).toBeInTheDocument();
  });

  it('keeps the scrolling matrix reachable by keyboard', async () => {
    mockApi(defaultRoutes());
    renderApp('/stockholms-stad/matris');
    const region = await screen.findByRole('region', { name: 'Matris över åtgärder och nämnder' });
    expect(region).toHaveAttribute('tabindex', '0');
  });
});
