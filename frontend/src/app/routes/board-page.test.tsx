import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { apiError, mockApi, never, ok, sequence } from '../../testing/fetch-mock';
import { brommaDetail, defaultRoutes } from '../../testing/fixtures';
import { renderApp } from '../../testing/render-app';

const section = (name: string) => screen.getByRole('heading', { level: 2, name }).closest('section')!;

describe('Nämnd (/namnder/:id)', () => {
  it('shows a loading state', async () => {
    mockApi({ ...defaultRoutes(), 'GET /api/boards/3': never });
    renderApp('/stockholms-stad/namnder/3');
    expect(screen.getByRole('heading', { level: 1, name: 'Nämnd' })).toBeInTheDocument();
    expect(await screen.findByText('Hämtar nämnden …')).toBeInTheDocument();
  });

  it('shows responsibilities, statements per report, the general statement, gaps and history', async () => {
    const { user, api } = renderWithData();
    expect(await screen.findByRole('heading', { level: 1, name: 'Bromma stadsdelsnämnd' })).toBeInTheDocument();
    expect(screen.getByText('Stadsdelsnämnd · Bromma stadsdelsförvaltning')).toBeInTheDocument();

    const responsibilities = section('Ansvar');
    expect(await within(responsibilities).findByText('Huvudansvar för 1 och delansvar för 1 åtgärder.')).toBeInTheDocument();
    const lead = within(responsibilities).getByRole('row', { name: /1\.1\.2/ });
    expect(within(lead).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Stad i samverkan', 'Huvudansvarig']);
    const contributing = within(responsibilities).getByRole('row', { name: /1\.1\.1/ });
    expect(within(contributing).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Stad i samverkan', 'Delansvarig']);

    const statements = section('Skrivningar per delrapport');
    expect(within(statements).getByRole('heading', { level: 3, name: 'Stad i samverkan' })).toBeInTheDocument();
    const delivered = within(statements).getByRole('article', { name: /1\.1\.2 Gemensamma lokaler/ });
    expect(delivered).toHaveTextContent('Bromma stadsdelsförvaltning öppnar två lokaler för föreningslivet under 2017.');
    expect(delivered).toHaveTextContent('Planerade år: 2017');
    // What the board reports about the measure is shown with the statement.
    expect(within(delivered).getByRole('term')).toHaveTextContent('Status');
    expect(within(delivered).getByRole('definition')).toHaveTextContent('Pågående');
    // The measure without a statement is not repeated here: it is listed under Luckor.
    expect(within(statements).queryByRole('article', { name: /1\.1\.1 Samordna/ })).not.toBeInTheDocument();
    expect(within(statements).getByText('1 av nämndens åtgärder har ingen skrivning i omgången; den står under Luckor.')).toBeInTheDocument();

    expect(section('Generell skrivning')).toHaveTextContent('Nämnden prioriterar det förebyggande arbetet.');
    // The responsibilities of the cycle come from its scope.
    expect(api.requested('/api/boards/3').map((url) => url.searchParams.get('cycle'))).toContain('2');

    const gaps = section('Luckor');
    expect(within(gaps).getByText('1 lucka i omgången.')).toBeInTheDocument();
    expect(within(gaps).getByRole('link', { name: /1\.1\.1 Samordna/ })).toHaveAttribute('href', '/stockholms-stad/atgarder/11');

    const history = section('Historik');
    // 2017 is still open: its 50 % is a share so far, not a fall from 100 %.
    expect(within(history).getByText(/Bara en avslutad omgång hittills: 100\s% inlämnade \(Underlag för budget 2017[^)]*\)\. .* pågår \(sista dag .*\): 50\s% inlämnade hittills/)).toBeInTheDocument();
    expect(within(history).queryByText(/gick från/)).not.toBeInTheDocument();
    await user.click(within(history).getByRole('button', { name: 'Visa som tabell' }));
    expect(within(within(history).getByRole('table')).getAllByRole('row')).toHaveLength(3);
  });

  it('asks the API for this board’s statements and gaps in the chosen cycle', async () => {
    const api = mockApi(defaultRoutes());
    renderApp('/stockholms-stad/namnder/3?omgang=2');
    await screen.findByRole('heading', { level: 2, name: 'Luckor' });
    await screen.findByText('1 lucka i omgången.');
    expect(Object.fromEntries(api.requested('/api/cycles/2/statements')[0].searchParams)).toEqual({ board: '3', limit: '1000' });
    expect(Object.fromEntries(api.requested('/api/cycles/2/gaps')[0].searchParams)).toEqual({ board: '3', limit: '1000' });
  });

  it('shows empty states for a board without statements or gaps in a cycle', async () => {
    mockApi(defaultRoutes());
    renderApp('/stockholms-stad/namnder/3?omgang=1');
    expect(await screen.findByText('Nämnden har inga luckor i omgången.')).toBeInTheDocument();
    expect(await screen.findByText('Nämnden har inte lämnat någon generell skrivning.')).toBeInTheDocument();
    // The 2016 gap list of the fixture is empty, so nothing says "Skrivning saknas" either.
    expect(screen.queryByText('Skrivning saknas')).not.toBeInTheDocument();
    expect(within(section('Skrivningar per delrapport')).getByText('2 av nämndens åtgärder har ingen skrivning i omgången; de står under Luckor.')).toBeInTheDocument();
  });

  it('lists a missing measure once: under Luckor, not also in Ansvar and Skrivningar per delrapport', async () => {
    renderWithData();
    const gaps = await screen.findByRole('heading', { level: 2, name: 'Luckor' });
    await screen.findByText('1 lucka i omgången.');
    // Ansvar names the measure (what the board answers for); Luckor is the only place that says it is missing.
    const mentions = screen.getAllByRole('link', { name: /1\.1\.1 Samordna/ });
    expect(mentions).toHaveLength(2);
    expect(mentions.map((link) => link.closest('section')!.querySelector('h2')!.textContent)).toEqual(['Ansvar', 'Luckor']);
    expect(gaps.closest('section')).toBeInTheDocument();
    expect(within(section('Ansvar')).queryByText('Skrivning saknas')).not.toBeInTheDocument();
    expect(within(section('Skrivningar per delrapport')).queryByText('Skrivning saknas')).not.toBeInTheDocument();
  });

  it('shows a board with no responsibilities', async () => {
    mockApi({ ...defaultRoutes(), 'GET /api/boards/3': ok({ ...brommaDetail, responsibilities: [] }) });
    renderApp('/stockholms-stad/namnder/3');
    expect(await screen.findAllByText('Nämnden har inget ansvar för någon åtgärd.')).not.toHaveLength(0);
  });

  it('shows a not-found error for an unknown board, and retries', async () => {
    mockApi({
      ...defaultRoutes(),
      'GET /api/boards/3': sequence(apiError(404, 'BOARD_NOT_FOUND', 'Nämnden finns inte'), ok(brommaDetail)),
    });
    const { user } = renderApp('/stockholms-stad/namnder/3');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Kunde inte hämta nämnden.');
    expect(alert).toHaveTextContent('Det efterfrågade finns inte.');
    await user.click(within(alert).getByRole('button', { name: 'Försök igen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Bromma stadsdelsnämnd' })).toBeInTheDocument();
  });

  it('keeps the page when only the history fails', async () => {
    mockApi({ ...defaultRoutes(), 'GET /api/boards/3/trend': apiError(500, 'INTERNAL_ERROR', 'Trasigt') });
    renderApp('/stockholms-stad/namnder/3');
    expect(await screen.findByText('Kunde inte hämta nämndens historik.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Bromma stadsdelsnämnd' })).toBeInTheDocument();
    expect(await screen.findByText('1 lucka i omgången.')).toBeInTheDocument();
  });
});

function renderWithData() {
  const api = mockApi(defaultRoutes());
  return { ...renderApp('/stockholms-stad/namnder/3'), api };
}
