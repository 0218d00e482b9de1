import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { apiError, mockApi, ok } from '../../testing/fetch-mock';
import { adminMe, defaultRoutes, statementHistory, trafikStatement } from '../../testing/fixtures';
import { renderApp } from '../../testing/render-app';

const submitted = trafikStatement({ state: 'submitted', text: 'Första utkastet.', plannedYears: [2017, 2018] });

describe('Historik (/skrivningar/:id/historik)', () => {
  it('shows who changed what and when, oldest first, in Swedish', async () => {
    mockApi({ ...defaultRoutes(), 'GET /api/statements/201': ok(submitted), 'GET /api/statements/201/history': ok(statementHistory) });
    renderApp('/stockholms-stad/skrivningar/201/historik');
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

  it('shows what changed since last year as a word diff, not by colour alone', async () => {
    mockApi({
      ...defaultRoutes(),
      'GET /api/statements/201': ok(trafikStatement({ state: 'submitted', text: 'Under 2018 samordnar kontoret arbetet.' })),
      'GET /api/statements/201/history': ok(statementHistory),
      'GET /api/statements/201/previous': ok({
        cycle: { id: 1, name: 'Underlag för budget 2017', year: 2016 },
        statement: trafikStatement({ id: 101, state: 'submitted', text: 'Under 2017 samordnar kontoret arbetet.' }),
      }),
    });
    renderApp('/stockholms-stad/skrivningar/201/historik');
    const section = (await screen.findByRole('heading', { level: 2, name: 'Ändrat sedan förra året' })).closest('section')!;
    expect(await within(section).findByText(/Jämfört med Underlag för budget 2017/)).toBeInTheDocument();
    const removed = section.querySelector('del')!;
    const added = section.querySelector('ins')!;
    expect(removed).toHaveTextContent('[borttaget: 2017]');
    expect(added).toHaveTextContent('[tillagt: 2018]');
    expect(section.querySelector('.word-diff')).toHaveTextContent(/^Under \[borttaget: 2017\]\[tillagt: 2018\] samordnar kontoret arbetet\.$/);
  });

  it('says so when the board wrote nothing last year', async () => {
    mockApi({
      ...defaultRoutes(),
      'GET /api/statements/201': ok(submitted),
      'GET /api/statements/201/history': ok(statementHistory),
      'GET /api/statements/201/previous': ok({ cycle: { id: 1, name: 'Underlag för budget 2017', year: 2016 }, statement: null }),
    });
    renderApp('/stockholms-stad/skrivningar/201/historik');
    expect(await screen.findByText('Trafiknämnden lämnade ingen skrivning om detta i Underlag för budget 2017.')).toBeInTheDocument();
  });

  it('shows an error with "Försök igen"', async () => {
    mockApi({
      ...defaultRoutes(),
      'GET /api/statements/201': ok(submitted),
      'GET /api/statements/201/history': apiError(500, 'internal_error', 'Databasen svarar inte'),
    });
    renderApp('/stockholms-stad/skrivningar/201/historik');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Kunde inte hämta historiken.');
    expect(within(alert).getByRole('button', { name: 'Försök igen' })).toBeInTheDocument();
  });

  it('lets an admin reopen a submitted statement, asking first and requiring a reason', async () => {
    const api = mockApi({
      ...defaultRoutes(),
      'GET /api/auth/me': ok(adminMe),
      'GET /api/statements/201': ok(submitted),
      'GET /api/statements/201/history': ok(statementHistory),
      'POST /api/statements/201/reopen': ok(trafikStatement({ version: 4, reviewComment: 'Nya uppgifter' })),
    });
    const { user } = renderApp('/stockholms-stad/skrivningar/201/historik');
    const opener = await screen.findByRole('button', { name: 'Öppna för ändring' });
    await user.click(opener);
    const dialog = screen.getByRole('dialog', { name: 'Öppna skrivningen för ändring?' });
    expect(dialog).toHaveAccessibleDescription(/blir ett utkast igen för Trafiknämnden.*räknas den som saknad/);
    // The reason field has focus; an empty reason is refused in the dialog, nothing is sent.
    expect(within(dialog).getByLabelText('Anledning')).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Öppna för ändring' }));
    expect(within(dialog).getByText('Fyll i anledning.')).toBeInTheDocument();
    expect(api.written('/api/statements/201/reopen')).toHaveLength(0);
    await user.type(within(dialog).getByLabelText('Anledning'), 'Nya uppgifter');
    await user.click(within(dialog).getByRole('button', { name: 'Öppna för ändring' }));
    expect(await screen.findByText('Skrivningen är öppnad för ändring igen.')).toBeInTheDocument();
    expect(api.written('/api/statements/201/reopen')[0].body).toEqual({ version: 3, reason: 'Nya uppgifter' });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('Avbryt closes the question without writing and gives focus back', async () => {
    const api = mockApi({ ...defaultRoutes(), 'GET /api/auth/me': ok(adminMe), 'GET /api/statements/201': ok(submitted), 'GET /api/statements/201/history': ok(statementHistory) });
    const { user } = renderApp('/stockholms-stad/skrivningar/201/historik');
    const approve = await screen.findByRole('button', { name: 'Godkänn' });
    await user.click(approve);
    const dialog = screen.getByRole('dialog', { name: 'Godkänna skrivningen?' });
    expect(within(dialog).getByRole('button', { name: 'Avbryt' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(approve).toHaveFocus();
    expect(api.written('/api/statements/201/approve')).toHaveLength(0);
  });

  it('lets an admin return a submitted statement with a comment', async () => {
    const api = mockApi({
      ...defaultRoutes(),
      'GET /api/auth/me': ok(adminMe),
      'GET /api/statements/201': ok(submitted),
      'GET /api/statements/201/history': ok(statementHistory),
      'POST /api/statements/201/return': ok(trafikStatement({ state: 'returned', reviewComment: 'Ange år.', version: 4 })),
    });
    const { user } = renderApp('/stockholms-stad/skrivningar/201/historik');
    await user.click(await screen.findByRole('button', { name: 'Skicka tillbaka' }));
    const dialog = screen.getByRole('dialog', { name: 'Skicka tillbaka skrivningen till nämnden?' });
    await user.type(within(dialog).getByLabelText('Kommentar till nämnden'), 'Ange år.');
    await user.click(within(dialog).getByRole('button', { name: 'Skicka tillbaka' }));
    expect(await screen.findByText('Skrivningen är skickad tillbaka till nämnden.')).toBeInTheDocument();
    expect(api.written('/api/statements/201/return')[0].body).toEqual({ version: 3, comment: 'Ange år.' });
    // Returned: the admin sees the comment and the state; no review buttons are left.
    expect(await screen.findByText('Ange år.')).toBeInTheDocument();
    expect(screen.getByText('Tillbakaskickad')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Godkänn' })).not.toBeInTheDocument();
  });

  it('shows an API error inside the question, so the admin can retry or cancel', async () => {
    mockApi({
      ...defaultRoutes(),
      'GET /api/auth/me': ok(adminMe),
      'GET /api/statements/201': ok(submitted),
      'GET /api/statements/201/history': ok(statementHistory),
      'POST /api/statements/201/approve': apiError(409, 'version_conflict', 'Statement 201 was changed by someone else'),
    });
    const { user } = renderApp('/stockholms-stad/skrivningar/201/historik');
    await user.click(await screen.findByRole('button', { name: 'Godkänn' }));
    const dialog = screen.getByRole('dialog', { name: 'Godkänna skrivningen?' });
    await user.click(within(dialog).getByRole('button', { name: 'Godkänn' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Någon annan har ändrat detta sedan du öppnade det.');
  });
});
