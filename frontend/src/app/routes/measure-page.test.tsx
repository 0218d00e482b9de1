import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { apiError, mockApi, never, ok, sequence } from '../../testing/fetch-mock';
import { defaultRoutes, measure11Coverage, measure11Detail, statements2017 } from '../../testing/fixtures';
import { renderApp } from '../../testing/render-app';

describe('Åtgärd (/atgarder/:id)', () => {
  it('shows a loading state', async () => {
    mockApi({ ...defaultRoutes(), 'GET /api/measures/11': never });
    renderApp('/stockholms-stad/atgarder/11');
    expect(await screen.findByText('Hämtar åtgärden …')).toBeInTheDocument();
  });

  it('shows title, description and the responsibility as written and as parsed', async () => {
    mockApi(defaultRoutes());
    renderApp('/stockholms-stad/atgarder/11');
    expect(await screen.findByRole('heading', { level: 1, name: '1.1.1 Samordna stadens arbete mot segregation' })).toBeInTheDocument();
    expect(screen.getByText(/Delrapport: Stad i samverkan/)).toBeInTheDocument();
    expect(screen.getByText(/Rekommendation 1\.1: Stärk samverkan mellan nämnderna/)).toBeInTheDocument();
    expect(screen.getByText('Staden ska samordna arbetet mot segregation mellan nämnderna.')).toBeInTheDocument();
    expect(screen.getByText('Ett nätverk för samordnare finns sedan 2015.')).toBeInTheDocument();

    const responsibility = screen.getByRole('heading', { level: 2, name: 'Ansvar' }).closest('section')!;
    expect(within(responsibility).getByText('Trafiknämnden i samverkan med berörda stadsdelsnämnder')).toBeInTheDocument();
    const parsed = within(responsibility).getByRole('row', { name: /Bromma stadsdelsnämnd/ });
    expect(within(parsed).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      'Bromma stadsdelsförvaltning',
      'Delansvarig',
      'berörda stadsdelsnämnder',
    ]);
  });

  it('shows every responsible board’s statement side by side, lead first, "Skrivning saknas" where none', async () => {
    const api = mockApi(defaultRoutes());
    renderApp('/stockholms-stad/atgarder/11');
    const heading = await screen.findByRole('heading', { level: 2, name: /^Skrivningar i Underlag för budget 2018/ });
    const cards = await within(heading.closest('section')!).findAllByRole('article');
    expect(cards.map((card) => within(card).getByRole('heading', { level: 3 }).textContent)).toEqual([
      'Trafiknämnden',
      'Bromma stadsdelsnämnd',
    ]);
    expect(cards[0]).toHaveTextContent('Trafikkontoret samordnar under 2017');
    expect(cards[0]).toHaveTextContent('Planerade år: 2017 och 2018');
    expect(cards[1]).toHaveTextContent('Delansvarig');
    expect(cards[1]).toHaveTextContent('Skrivning saknas');
    expect(within(cards[1]).getByRole('link', { name: 'Bromma stadsdelsnämnd' })).toHaveAttribute('href', '/stockholms-stad/namnder/3');
    expect(Object.fromEntries(api.requested('/api/cycles/2/statements')[0].searchParams)).toEqual({ measure: '11', limit: '1000' });
  });

  it('lists the boards of the cycle’s scope, not today’s catalogue: a board not asked is marked, and the status is shown', async () => {
    // In cycle 2 the scope has Trafiknämnden (lead) and Utbildningsnämnden (contributing, not asked); Bromma is only in today's catalogue.
    const scope = [
      { ...measure11Coverage[2] },
      { ...measure11Coverage[3], board: { id: 2, name: 'Utbildningsnämnden' }, asked: false },
    ];
    mockApi({ ...defaultRoutes(), 'GET /api/measures/11/coverage': ok([measure11Coverage[0], measure11Coverage[1], ...scope]) });
    renderApp('/stockholms-stad/atgarder/11');
    const heading = await screen.findByRole('heading', { level: 2, name: /^Skrivningar i Underlag för budget 2018/ });
    const cards = await within(heading.closest('section')!).findAllByRole('article');
    expect(cards.map((card) => within(card).getByRole('heading', { level: 3 }).textContent)).toEqual(['Trafiknämnden', 'Utbildningsnämnden']);
    expect(within(cards[0]).getByRole('definition')).toHaveTextContent('Pågående');
    expect(cards[1]).toHaveTextContent('Delansvarig · Inte tillfrågad i omgången');
    expect(cards[1]).not.toHaveTextContent('Skrivning saknas');
  });

  it('shows a statement from a board the responsibility text does not name last, saying so', async () => {
    const extra = { ...statements2017[1], id: 150, board: { id: 2, name: 'Utbildningsnämnden', administration: 'Utbildningsförvaltningen' }, measure: statements2017[0].measure, role: null };
    mockApi({ ...defaultRoutes(), 'GET /api/cycles/2/statements': ok([statements2017[0], extra]) });
    renderApp('/stockholms-stad/atgarder/11');
    const heading = await screen.findByRole('heading', { level: 2, name: /^Skrivningar i Underlag för budget 2018/ });
    const cards = await within(heading.closest('section')!).findAllByRole('article');
    const names = cards.map((card) => within(card).getByRole('heading', { level: 3 }).textContent);
    expect(names[names.length - 1]).toBe('Utbildningsnämnden');
    expect(cards[cards.length - 1]).toHaveTextContent('Inte ansvarig enligt ansvarstexten; skrev ändå om åtgärden');
    expect(cards[0]).not.toHaveTextContent('Inte ansvarig');
  });

  it('shows the measure’s history across cycles', async () => {
    mockApi(defaultRoutes());
    renderApp('/stockholms-stad/atgarder/11');
    const history = (await screen.findByRole('heading', { level: 2, name: 'Historik' })).closest('section')!;
    const rows = within(await within(history).findByRole('table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toHaveTextContent(/2017.*Bromma stadsdelsnämnd.*Delansvarig.*Skrivning saknas/);
  });

  it('shows an empty history', async () => {
    mockApi({ ...defaultRoutes(), 'GET /api/measures/11/coverage': ok([]) });
    renderApp('/stockholms-stad/atgarder/11');
    expect(await screen.findByText('Ingen historik för åtgärden ännu.')).toBeInTheDocument();
  });

  it('shows an error and retries', async () => {
    mockApi({
      ...defaultRoutes(),
      'GET /api/measures/11': sequence(apiError(500, 'INTERNAL_ERROR', 'Oväntat fel'), ok(measure11Detail)),
    });
    const { user } = renderApp('/stockholms-stad/atgarder/11');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Kunde inte hämta åtgärden.');
    await user.click(within(alert).getByRole('button', { name: 'Försök igen' }));
    expect(await screen.findByRole('heading', { level: 1, name: /1\.1\.1 Samordna/ })).toBeInTheDocument();
  });

  it('says how the importer linked a statement to the measure, with its lines', async () => {
    mockApi(defaultRoutes());
    renderApp('/stockholms-stad/atgarder/11');
    const card = (await screen.findByRole('heading', { level: 3, name: 'Trafiknämnden' })).closest('article')!;
    expect(within(card).getByText('Kopplad via liknande titel, rad 1639–1640')).toBeInTheDocument();
    const other = screen.getByRole('heading', { level: 3, name: 'Bromma stadsdelsnämnd' }).closest('article')!;
    expect(within(other).queryByText(/^Kopplad via/)).not.toBeInTheDocument();
  });

  it('says it in English too', async () => {
    mockApi(defaultRoutes());
    renderApp('/stockholms-stad/atgarder/11', { locale: 'en' });
    expect(await screen.findByText('Linked by similar title, lines 1639–1640')).toBeInTheDocument();
  });
});

describe.each([
  ['sv', 'Sidan finns inte'],
  ['en', 'Page not found'],
] as const)('an address that is no id (%s)', (locale, title) => {
  it.each(['/atgarder/abc', '/atgarder/1e3', '/atgarder/0', '/namnder/-4', '/skrivningar/9999999999/historik'].map((path) => `/stockholms-stad${path}`))(
    '%s says "not found" in the UI’s language and asks nothing of the API',
    async (path) => {
      const api = mockApi(defaultRoutes());
      renderApp(path, { locale });
      expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
      expect(screen.queryByText(/must be a positive integer|NaN/)).not.toBeInTheDocument();
      expect(api.requests.filter((url) => /^\/api\/(measures|boards|statements)\//.test(url.pathname))).toEqual([]);
    },
  );
});
