import { describe, expect, it } from '@jest/globals';
import { act, screen, waitFor, within } from '@testing-library/react';
import { apiError, byOrganisation, mockApi, ok, sequence } from '../testing/fetch-mock';
import type { Organisation, TrendPoint } from '../lib/api-types';
import { adminMe, allTrends, coverage2017, cycleMalmo, defaultRoutes, editorMe, malmo, statementHistory } from '../testing/fixtures';
import { renderApp } from '../testing/render-app';

/** The lists of one organisation, as the API names them (docs/api.md). */
const ORGANISATION_LISTS = ['/api/cycles', '/api/boards', '/api/reports', '/api/measures', '/api/coverage/trend', '/api/users', '/api/audit'];

describe('the organisation in the address', () => {
  it.each([
    ['/matris?omgang=1', '/stockholms-stad/matris', '?omgang=1', 'Matris'],
    ['/luckor?omgang=2&rapport=skola', '/stockholms-stad/luckor', '?omgang=2&rapport=skola', 'Luckor'],
    ['/namnder/3?omgang=2', '/stockholms-stad/namnder/3', '?omgang=2', 'Bromma stadsdelsnämnd'],
    ['/trend', '/stockholms-stad/trend', '', 'Trend'],
    ['/?omgang=1', '/stockholms-stad', '?omgang=1', 'Översikt'],
    ['/?cykel=1', '/stockholms-stad', '?cykel=1', 'Översikt'],
  ])('leads an old address %s to Stockholms stad, keeping the rest of it', async (old, pathname, search, heading) => {
    mockApi(defaultRoutes());
    const { location } = renderApp(old);
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
    expect(location().pathname).toBe(pathname);
    expect(location().search).toBe(search);
  });

  it('names an unknown municipality on a page of its own and offers the ones there are', async () => {
    mockApi(defaultRoutes());
    renderApp('/gotlands-kommun/matris');
    expect(await screen.findByRole('heading', { level: 1, name: 'Kommunen finns inte' })).toBeInTheDocument();
    expect(screen.getByText('Det finns ingen kommun med adressen ”gotlands-kommun” i Åtgärdskollen.')).toBeInTheDocument();
    const main = screen.getByRole('main');
    expect(within(main).getByRole('link', { name: 'Malmö stad' })).toHaveAttribute('href', '/malmo-stad');
    expect(within(main).getByRole('link', { name: 'Till startsidan' })).toHaveAttribute('href', '/');
    // Nothing of an organisation is offered: no menu, no cycles, no selector.
    expect(screen.queryByRole('navigation', { name: 'Huvudmeny' })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Uppföljningsomgång' })).not.toBeInTheDocument();
    expect(document.title).toBe('Kommunen finns inte – Åtgärdskollen');
  });

  it('shows only the chosen organisation’s cycles and figures, asking every list for it', async () => {
    const api = mockApi(defaultRoutes());
    renderApp('/malmo-stad');
    const select = await screen.findByRole('combobox', { name: 'Uppföljningsomgång' });
    await waitFor(() => expect(select).toHaveValue(String(cycleMalmo.id)));
    expect(within(select).getAllByRole('option').map((option) => option.textContent)).toEqual(['Uppföljning 2025 (2025)']);
    expect(await screen.findByRole('heading', { level: 2, name: 'Nyckeltal' })).toBeInTheDocument();
    expect(api.requested('/api/cycles/5/coverage')).toHaveLength(1);
    expect(api.requested('/api/cycles/2/coverage')).toHaveLength(0);
    expect(api.requested('/api/cycles').map((url) => url.searchParams.get('organisation'))).toEqual(['malmo-stad']);
    expect(screen.getByRole('button', { name: 'Kommun: Malmö stad' })).toBeInTheDocument();
    expect(document.title).toBe('Översikt – Malmö stad – Åtgärdskollen');
  });

  it('asks every list of every page for the organisation of the address', async () => {
    const api = mockApi({
      ...defaultRoutes(),
      'GET /api/auth/me': ok({ ...adminMe, organisation: malmo }),
      'GET /api/users': ok([]),
      'GET /api/audit': ok(statementHistory),
      'GET /api/cycles/5/gaps': ok([]),
      'GET /api/cycles/5/matrix': ok({ boards: [], measures: [], cells: [] }),
    });
    const { router } = renderApp('/malmo-stad');
    // Each page, and a request that shows it has asked for its data.
    const pages = [
      ['/malmo-stad/matris', '/api/cycles/5/matrix'],
      ['/malmo-stad/luckor', '/api/cycles/5/gaps'],
      ['/malmo-stad/trend', '/api/coverage/trend'],
      ['/malmo-stad/admin', '/api/cycles'],
      ['/malmo-stad/admin/anvandare', '/api/users'],
      ['/malmo-stad/admin/katalog', '/api/reports'],
      ['/malmo-stad/admin/logg', '/api/audit'],
    ] as const;
    for (const [page, apiPath] of pages) {
      await act(() => router.navigate(page));
      await waitFor(() => expect(api.requested(apiPath).length).toBeGreaterThan(0));
    }
    const lists = api.requests.filter((url) => ORGANISATION_LISTS.includes(url.pathname));
    expect(new Set(lists.map((url) => url.pathname))).toEqual(new Set(['/api/cycles', '/api/boards', '/api/reports', '/api/coverage/trend', '/api/users', '/api/audit']));
    expect(lists.filter((url) => url.searchParams.get('organisation') !== 'malmo-stad')).toEqual([]);
    // The audit log links inside the organisation too.
    expect(within(await screen.findByRole('table', { name: 'Ändringar' })).getAllByRole('link', { name: /^Skrivning: Trafiknämnden/ })[0]).toHaveAttribute(
      'href',
      '/malmo-stad/skrivningar/201/historik',
    );
  });

  it('builds every link of an organisation’s pages inside it', async () => {
    mockApi({ ...defaultRoutes(), 'GET /api/cycles/5/coverage': ok({ ...coverage2017, cycle: cycleMalmo }) });
    renderApp('/malmo-stad?omgang=5');
    const section = (await screen.findByRole('heading', { level: 2, name: 'Skrivning saknas' })).closest('section')!;
    expect(within(section).getByRole('link', { name: 'Rinkeby-Kista stadsdelsnämnd' })).toHaveAttribute('href', '/malmo-stad/namnder/4?omgang=5');
    const nav = screen.getByRole('navigation', { name: 'Huvudmeny' });
    expect(within(nav).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual([
      '/malmo-stad?omgang=5',
      '/malmo-stad/matris?omgang=5',
      '/malmo-stad/luckor?omgang=5',
      '/malmo-stad/trend?omgang=5',
      '/malmo-stad/remisser?omgang=5',
    ]);
    expect(screen.getByRole('link', { name: 'Sammanställd bilaga (att läsa och skriva ut)' })).toHaveAttribute('href', '/malmo-stad/omgangar/5/bilaga');
  });
});

describe('an account in another organisation', () => {
  it('is offered writing and administration only in its own organisation', async () => {
    mockApi({ ...defaultRoutes(), 'GET /api/auth/me': ok(adminMe) });
    const { router } = renderApp('/stockholms-stad');
    const nav = await screen.findByRole('navigation', { name: 'Huvudmeny' });
    expect(await within(nav).findByRole('link', { name: 'Administration' })).toHaveAttribute('href', '/stockholms-stad/admin');
    await act(() => router.navigate('/malmo-stad'));
    await screen.findByRole('button', { name: 'Kommun: Malmö stad' });
    expect(within(screen.getByRole('navigation', { name: 'Huvudmeny' })).queryByRole('link', { name: 'Administration' })).not.toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: 'Huvudmeny' })).queryByRole('link', { name: 'Sena' })).not.toBeInTheDocument();
  });

  it.each([
    ['/malmo-stad/admin/anvandare', adminMe, '/stockholms-stad/admin/anvandare'],
    ['/malmo-stad/sena', adminMe, '/stockholms-stad/sena'],
    ['/malmo-stad/att-redovisa', editorMe, '/stockholms-stad/att-redovisa'],
  ])('on %s says which organisation the account belongs to and offers its own page', async (path, me, own) => {
    const api = mockApi({ ...defaultRoutes(), 'GET /api/auth/me': ok(me) });
    renderApp(path);
    expect(
      await screen.findByText('Ditt konto hör till Stockholms stad. Den här sidan är till för kommunens egna konton, och du kan inte ändra något här.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Till samma sida för Stockholms stad' })).toHaveAttribute('href', own);
    expect(api.requested('/api/users')).toHaveLength(0);
    expect(api.requested('/api/me/todo')).toHaveLength(0);
  });

  it('is shown the pages of its own organisation', async () => {
    mockApi({ ...defaultRoutes(), 'GET /api/auth/me': ok({ ...adminMe, organisation: malmo }), 'GET /api/users': ok([]) });
    renderApp('/malmo-stad/admin/anvandare');
    expect(await screen.findByRole('heading', { level: 1, name: 'Användare' })).toBeInTheDocument();
  });
});

describe('a page addressed by an id of another organisation', () => {
  it.each([
    ['/malmo-stad/namnder/3?omgang=2', '/stockholms-stad/namnder/3', 'Bromma stadsdelsnämnd'],
    ['/malmo-stad/atgarder/11', '/stockholms-stad/atgarder/11', '1.1.1 Samordna stadens arbete mot segregation'],
  ])('moves %s to the address of the row’s own organisation', async (path, pathname, heading) => {
    mockApi(defaultRoutes());
    const { location } = renderApp(path);
    await waitFor(() => expect(location().pathname).toBe(pathname));
    expect(location().search).toBe(path.includes('?') ? '?omgang=2' : '');
    // The page re-renders under its new address: a node found a moment ago may already be replaced,
    // so the heading and the selector are looked up anew until both are there.
    await waitFor(() => {
      expect(screen.getByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Kommun: Stockholms stad' })).toBeInTheDocument();
    });
  });
});

describe('the organisation selector', () => {
  it('shows the municipality by name and switches to the same page of another, by keyboard', async () => {
    mockApi(defaultRoutes());
    const { user, location } = renderApp('/stockholms-stad/matris?omgang=1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Matris' })).toBeInTheDocument();
    const button = await screen.findByRole('button', { name: 'Kommun: Stockholms stad' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    const selector = screen.getByRole('navigation', { name: 'Välj kommun' });
    expect(within(selector).queryByRole('link')).not.toBeInTheDocument(); // closed: hidden

    button.focus();
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const links = within(selector).getAllByRole('link');
    // The others, by name; the cycle (Stockholm's) is not carried over.
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Malmö stad', '/malmo-stad/matris'],
      ['Tyresö kommun', '/tyreso-kommun/matris'],
    ]);

    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();

    await user.keyboard('{Enter}');
    await user.tab();
    expect(within(selector).getByRole('link', { name: 'Malmö stad' })).toHaveFocus();
    await user.keyboard('{Enter}');

    await waitFor(() => expect(location().pathname).toBe('/malmo-stad/matris'));
    expect(location().search).toBe('');
    expect(await screen.findByRole('button', { name: 'Kommun: Malmö stad' })).toHaveAttribute('aria-expanded', 'false');
    const select = screen.getByRole('combobox', { name: 'Uppföljningsomgång' });
    await waitFor(() => expect(select).toHaveValue(String(cycleMalmo.id)));
  });

  it('leads from a page addressed by an id to the other municipality’s Översikt', async () => {
    mockApi(defaultRoutes());
    const { user } = renderApp('/stockholms-stad/namnder/3?omgang=2');
    await user.click(await screen.findByRole('button', { name: 'Kommun: Stockholms stad' }));
    const selector = screen.getByRole('navigation', { name: 'Välj kommun' });
    expect(within(selector).getByRole('link', { name: 'Malmö stad' })).toHaveAttribute('href', '/malmo-stad');
  });

  it('closes when focus leaves it', async () => {
    mockApi(defaultRoutes());
    const { user } = renderApp('/stockholms-stad/trend');
    const button = await screen.findByRole('button', { name: 'Kommun: Stockholms stad' });
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    await user.tab(); // Malmö
    await user.tab(); // Tyresö
    await user.tab(); // out, to the menu
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('link', { name: 'Översikt' })).toHaveFocus();
  });

  it('speaks English too', async () => {
    mockApi(defaultRoutes());
    const { user } = renderApp('/tyreso-kommun/trend', { locale: 'en' });
    await user.click(await screen.findByRole('button', { name: 'Municipality: Tyresö kommun' }));
    expect(within(screen.getByRole('navigation', { name: 'Choose municipality' })).getByRole('link', { name: 'Malmö stad' })).toHaveAttribute(
      'href',
      '/malmo-stad/trend',
    );
  });
});

describe('the start page (/)', () => {
  it('lists the municipalities with their latest cycle’s share delivered and their open remisser', async () => {
    const sent = (id: number, slug: string, name: string) => ({
      id,
      organisation: { slug, name },
      caseNumber: `KS ${id}`,
      title: `Remiss ${id}`,
      kind: 'motion',
      sender: { name: 'Kommunstyrelsen', external: false, board: null },
      decidedOn: null,
      answerBy: '2099-04-01',
      status: 'sent',
      counts: { recipients: 2, answered: 0, late: 0, missing: 2 },
    });
    const api = mockApi({
      ...defaultRoutes(),
      'GET /api/remisser': ok([sent(1, 'malmo-stad', 'Malmö stad'), sent(2, 'malmo-stad', 'Malmö stad'), sent(3, 'stockholms-stad', 'Stockholms stad')]),
    });
    renderApp('/');
    expect(screen.getByRole('heading', { level: 1, name: 'Kommunerna' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Senaste uppföljningsomgången per kommun' });
    await waitFor(() => expect(within(table).queryByText('Hämtar …')).not.toBeInTheDocument());
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent))).toEqual([
      ['Uppföljning 2025 (2025) pågår (sista dag 31 oktober 2025)', '4', '1', '25\u00a0%', '2'],
      [`Underlag för budget 2018 med inriktning 2019-2020 (2017) pågår (sista dag 29 september 2017)`, '6', '3', '50\u00a0%', '1'],
      ['Ingen omgång ännu', '–', '–', '–', '0'],
    ]);
    // One request for every organisation's open remisser; each count leads to that municipality's list.
    expect(api.requested('/api/remisser').map((url) => url.searchParams.get('status'))).toEqual(['sent']);
    expect(within(rows[0]).getByRole('link', { name: '2' })).toHaveAttribute('href', '/malmo-stad/remisser');
    expect(within(rows[0]).getByRole('rowheader')).toHaveTextContent('Malmö stad');
    expect(within(rows[0]).getByRole('link', { name: 'Malmö stad' })).toHaveAttribute('href', '/malmo-stad');
    expect(within(rows[1]).getByRole('link', { name: 'Stockholms stad' })).toHaveAttribute('href', '/stockholms-stad');
    // One request for every organisation's trend, too.
    expect(api.requested('/api/coverage/trend').map((url) => url.search)).toEqual(['']);
    // No organisation's pages here: no menu, no cycle.
    expect(screen.queryByRole('navigation', { name: 'Huvudmeny' })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Uppföljningsomgång' })).not.toBeInTheDocument();
    expect(api.requested('/api/cycles')).toHaveLength(0);
    expect(document.title).toBe('Kommunerna – Åtgärdskollen');
  });

  it('compares the municipalities side by side, year by year', async () => {
    mockApi(defaultRoutes());
    renderApp('/');
    const table = await screen.findByRole('table', { name: 'Jämförelse per år' });
    await waitFor(() => expect(within(table).queryByText('Hämtar …')).not.toBeInTheDocument());
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['År', 'Malmö stad', 'Stockholms stad', 'Tyresö kommun']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => [within(row).getByRole('rowheader').textContent, ...within(row).getAllByRole('cell').map((cell) => cell.textContent)])).toEqual([
      ['2025', '25\u00a0% (pågår)', 'ingen omgång', 'ingen omgång'],
      ['2017', 'ingen omgång', '50\u00a0% (pågår)', 'ingen omgång'],
      ['2016', 'ingen omgång', '83,3\u00a0%', 'ingen omgång'],
    ]);
  });

  it('asks one trend for several municipalities and shows each its own cycles', async () => {
    const kommun = (id: number, name: string): Organisation => ({ id, slug: name.toLowerCase().replace(' ', '-'), name });
    const list = [kommun(11, 'Alby kommun'), kommun(12, 'Berga kommun'), kommun(13, 'Dala kommun'), kommun(14, 'Ekby kommun'), kommun(15, 'Fjäll kommun')];
    const point = (organisation: Organisation, id: number, year: number, expected: number, delivered: number): TrendPoint => ({
      cycle: { id, name: `Uppföljning ${year}`, year, status: 'closed', deadline: null },
      organisation: { slug: organisation.slug, name: organisation.name },
      expected,
      delivered,
      missing: expected - delivered,
      rate: delivered / expected,
    });
    const [alby, berga, dala, ekby] = list;
    // As the API orders them: by year, then id, the municipalities interleaved; Fjäll has no cycle.
    const points = [
      point(berga, 31, 2023, 4, 1),
      point(alby, 32, 2023, 2, 2),
      point(dala, 33, 2023, 5, 5),
      point(alby, 41, 2024, 4, 3),
      point(ekby, 42, 2024, 8, 2),
    ];
    const api = mockApi({
      ...defaultRoutes(),
      'GET /api/organisations': ok(list),
      'GET /api/remisser': ok([]),
      'GET /api/coverage/trend': byOrganisation({}, ok(points)),
    });
    renderApp('/');
    const table = await screen.findByRole('table', { name: 'Senaste uppföljningsomgången per kommun' });
    await waitFor(() => expect(within(table).queryByText('Hämtar …')).not.toBeInTheDocument());
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => [within(row).getByRole('rowheader').textContent, ...within(row).getAllByRole('cell').map((cell) => cell.textContent)])).toEqual([
      ['Alby kommun', 'Uppföljning 2024 (2024)', '4', '3', '75\u00a0%', '0'],
      ['Berga kommun', 'Uppföljning 2023 (2023)', '4', '1', '25\u00a0%', '0'],
      ['Dala kommun', 'Uppföljning 2023 (2023)', '5', '5', '100\u00a0%', '0'],
      ['Ekby kommun', 'Uppföljning 2024 (2024)', '8', '2', '25\u00a0%', '0'],
      ['Fjäll kommun', 'Ingen omgång ännu', '–', '–', '–', '0'],
    ]);
    const comparison = screen.getByRole('table', { name: 'Jämförelse per år' });
    expect(
      within(comparison)
        .getAllByRole('row')
        .slice(1)
        .map((row) => [within(row).getByRole('rowheader').textContent, ...within(row).getAllByRole('cell').map((cell) => cell.textContent)]),
    ).toEqual([
      ['2024', '75\u00a0%', 'ingen omgång', 'ingen omgång', '25\u00a0%', 'ingen omgång'],
      ['2023', '100\u00a0%', '25\u00a0%', '100\u00a0%', 'ingen omgång', 'ingen omgång'],
    ]);
    // Five municipalities, one request, for all of them.
    expect(api.requested('/api/coverage/trend').map((url) => url.search)).toEqual(['']);
  });

  it('says the figures could not be fetched, and fetches them again', async () => {
    const api = mockApi({
      ...defaultRoutes(),
      'GET /api/remisser': ok([]),
      'GET /api/coverage/trend': byOrganisation({}, sequence(apiError(500, 'internal_error', 'boom'), ok(allTrends))),
    });
    const { user } = renderApp('/');
    const table = await screen.findByRole('table', { name: 'Senaste uppföljningsomgången per kommun' });
    await within(table).findAllByText('Kunde inte hämta siffrorna.');
    // One answer for all: each municipality's row says so, with its figures as "–".
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent))).toEqual(
      ['Malmö stad', 'Stockholms stad', 'Tyresö kommun'].map(() => ['Kunde inte hämta siffrorna. Försök igen', '–', '–', '–', '0']),
    );
    const tyreso = rows[2];
    expect(within(tyreso).getByRole('rowheader')).toHaveTextContent('Tyresö kommun');
    await user.click(within(tyreso).getByRole('button', { name: 'Försök igen' }));
    expect(await within(tyreso).findByText('Ingen omgång ännu')).toBeInTheDocument();
    expect(within(rows[0]).getAllByRole('cell')[1]).toHaveTextContent('4');
    expect(api.requested('/api/coverage/trend').map((url) => url.search)).toEqual(['', '']);
  });

  it('says so when the municipalities cannot be fetched', async () => {
    mockApi({ ...defaultRoutes(), 'GET /api/organisations': apiError(503, 'database_unavailable', 'down') });
    renderApp('/');
    expect(await screen.findByRole('alert')).toHaveTextContent('Kunde inte hämta kommunerna.');
  });

  it('is in English too', async () => {
    mockApi(defaultRoutes());
    renderApp('/', { locale: 'en' });
    expect(screen.getByRole('heading', { level: 1, name: 'Municipalities' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Latest reporting cycle per municipality' });
    expect(await within(table).findByText('No cycle yet')).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Comparison by year' })).toBeInTheDocument();
  });
});
