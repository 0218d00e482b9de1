import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { apiError, mockApi, ok } from '../../testing/fetch-mock';
import { adminMe, defaultRoutes, statementHistory, trafikStatement } from '../../testing/fixtures';
import { renderApp } from '../../testing/render-app';

const submitted = trafikStatement({ state: 'submitted', text: 'Första utkastet.', plannedYears: [2017, 2018] });

describe('Historik (/skrivningar/:id/historik)', () => {
  it('shows who changed what and when, oldest first, in Swedish', async () => {
    mockApi({ ...defaultRoutes(), 'GET /api/statements/201': ok(submitted), 'GET /api/statements/201/history': ok(statementHistory) });
    renderApp('/skrivningar/201/historik');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Historik: Trafiknämnden, åtgärd 1.1.1 Samordna stadens arbete mot segregation' }),
    ).toBeInTheDocument();
    const history = screen.getByRole('heading', { level: 2, name: 'Historik' }).closest('section')!;
    const events = within(history).getAllByRole('listitem').filter((li) => li.classList.contains('history-event'));
    expect(events.map((li) => li.querySelector('.history-head')!.textContent)).toEqual([
      '1 september 2017 kl. 10:00 – redaktor.trafiknamnden@example.se skapade skrivningen (version 1)',
      '2 september 2017 kl. 11:30 – kollega@example.se ändrade skrivningen (version 2)',
      '3 september 2017 kl. 12:00 – redaktor.trafiknamnden@example.se lämnade in skrivningen (version 3)',
    ]);
    expect(within(events[1]).getByText('Planerade år:')).toBeInTheDocument();
    expect(within(events[1]).getByText('2017, 2018')).toBeInTheDocument();
    expect(within(events[1]).getByText('Pågående')).toBeInTheDocument();
    expect(within(events[2]).getByText('Läge:')).toBeInTheDocument();
    expect(within(events[2]).getByText('Inlämnad')).toBeInTheDocument();
    // Technical fields stay out of the way.
    expect(screen.queryByText(/boardId|Nämnd:/)).not.toBeInTheDocument();
  });

  it('shows an error with "Försök igen"', async () => {
    mockApi({
      ...defaultRoutes(),
      'GET /api/statements/201': ok(submitted),
      'GET /api/statements/201/history': apiError(500, 'internal_error', 'Databasen svarar inte'),
    });
    renderApp('/skrivningar/201/historik');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Kunde inte hämta historiken.');
    expect(within(alert).getByRole('button', { name: 'Försök igen' })).toBeInTheDocument();
  });

  it('lets an admin reopen a submitted statement', async () => {
    const api = mockApi({
      ...defaultRoutes(),
      'GET /api/auth/me': ok(adminMe),
      'GET /api/statements/201': ok(submitted),
      'GET /api/statements/201/history': ok(statementHistory),
      'POST /api/statements/201/reopen': ok(trafikStatement({ version: 4 })),
    });
    const { user } = renderApp('/skrivningar/201/historik');
    await user.click(await screen.findByRole('button', { name: 'Öppna för ändring' }));
    expect(await screen.findByText('Skrivningen är öppnad för ändring igen.')).toBeInTheDocument();
    expect(api.written('/api/statements/201/reopen')[0].body).toEqual({ version: 3 });
  });
});
