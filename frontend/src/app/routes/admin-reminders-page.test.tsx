import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { apiError, mockApi, ok, type Routes } from '../../testing/fetch-mock';
import { adminMe, bromma, cycle2016, cycle2017, cycles, defaultRoutes, trafik } from '../../testing/fixtures';
import { renderApp } from '../../testing/render-app';
import type { OutboxSummary, Reminder } from '../../lib/api-types';

const summary: OutboxSummary = {
  mailConfigured: true,
  schedule: '14,3,0,+7',
  totals: { queued: 1, sent: 2, failed: 1 },
  boards: [
    { board: { id: trafik.id, name: trafik.name }, queued: 0, sent: 2, failed: 0, lastSentAt: '2017-09-15T06:00:10.000Z' },
    { board: { id: bromma.id, name: bromma.name }, queued: 1, sent: 0, failed: 1, lastSentAt: null },
  ],
};

const reminder = (id: number, state: Reminder['state'], extra: Partial<Reminder> = {}): Reminder => ({
  id,
  recipient: `redaktor${id}@example.se`,
  phase: 'before',
  dueDate: '2017-09-15',
  subject: `Påminnelse: 2 skrivningar saknas – ${cycle2017.name}`,
  state,
  attempts: state === 'queued' ? 0 : 1,
  nextAttemptAt: state === 'queued' ? '2017-09-15T06:05:00.000Z' : null,
  lastError: state === 'failed' ? '550 Mailbox unavailable' : null,
  createdAt: '2017-09-15T06:00:00.000Z',
  sentAt: state === 'sent' ? '2017-09-15T06:00:10.000Z' : null,
  boards: [{ id: bromma.id, name: bromma.name, missing: 2 }],
  ...extra,
});

const routes = (overrides: Routes = {}): Routes => ({
  ...defaultRoutes(),
  'GET /api/auth/me': ok(adminMe),
  'GET /api/cycles': ok(cycles),
  [`GET /api/cycles/${cycle2017.id}/reminders/summary`]: ok(summary),
  [`GET /api/cycles/${cycle2017.id}/reminders`]: ok([reminder(3, 'failed'), reminder(2, 'sent'), reminder(1, 'queued')]),
  [`GET /api/cycles/${cycle2017.id}/reminders/preview`]: ok({ recipients: 5, boards: 3, alreadyQueued: 1 }),
  ...overrides,
});

describe('Påminnelser (/admin/paminnelser)', () => {
  it('shows the schedule, the outbox per board and every message with its state', async () => {
    mockApi(routes());
    renderApp(`/stockholms-stad/admin/paminnelser?omgang=${cycle2017.id}`);
    expect(
      await screen.findByText('Påminnelser skickas automatiskt 14 och 3 dagar före sista dag, på sista dagen, sedan varje vecka så länge något saknas.'),
    ).toBeInTheDocument();
    expect(screen.getByText('I kö: 1 · Skickade: 2 · Misslyckade: 1')).toBeInTheDocument();
    const perBoard = screen.getByRole('table', { name: `Påminnelser per nämnd i ${cycle2017.name}` });
    const rows = within(perBoard).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').map((c) => c.textContent))).toEqual([
      ['0', '2', '0', expect.stringMatching(/2017/)],
      ['1', '0', '1', 'Ingen skickad'],
    ]);
    const outbox = await screen.findByRole('table', { name: `Utkorgen för ${cycle2017.name}, nyast först` });
    const messages = within(outbox).getAllByRole('row').slice(1);
    expect(messages.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['redaktor3@example.se', 'redaktor2@example.se', 'redaktor1@example.se']);
    expect(within(messages[0]).getByText('Misslyckad')).toBeInTheDocument();
    expect(within(messages[0]).getByText('550 Mailbox unavailable')).toBeInTheDocument();
    expect(within(messages[1]).getByText('Skickad')).toBeInTheDocument();
    expect(within(messages[2]).getByText('I kö')).toBeInTheDocument();
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });

  it('"Skicka påminnelser" asks first with the number of recipients, then queues and says how many', async () => {
    const api = mockApi(routes({ [`POST /api/cycles/${cycle2017.id}/reminders`]: { status: 202, body: { queued: 4, alreadyQueued: 1 } } }));
    const { user } = renderApp(`/stockholms-stad/admin/paminnelser?omgang=${cycle2017.id}`);
    await user.click(await screen.findByRole('button', { name: 'Skicka påminnelser' }));
    const dialog = screen.getByRole('dialog', { name: `Skicka påminnelser för ${cycle2017.name}?` });
    expect(await within(dialog).findByText('5 redaktörer för 3 nämnder får ett e-postbrev med det som saknas.')).toBeInTheDocument();
    expect(within(dialog).getByText('1 av dem har redan fått en påminnelse i dag och får ingen ny.')).toBeInTheDocument();
    expect(api.written()).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Skicka påminnelser' }));
    expect(await screen.findByText('4 påminnelser lades i kön. 1 hade redan fått en i dag.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(api.written(`/api/cycles/${cycle2017.id}/reminders`).map((w) => w.body)).toEqual([{}]);
  });

  it('cancelling sends nothing; an error stays in the dialog, translated', async () => {
    const api = mockApi(routes({ [`POST /api/cycles/${cycle2017.id}/reminders`]: apiError(409, 'cycle_not_open', 'Cycle 2 is closed') }));
    const { user } = renderApp(`/stockholms-stad/admin/paminnelser?omgang=${cycle2017.id}`);
    await user.click(await screen.findByRole('button', { name: 'Skicka påminnelser' }));
    let dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(api.written()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Skicka påminnelser' }));
    dialog = screen.getByRole('dialog');
    await within(dialog).findByText(/^5 redaktörer/);
    await user.click(within(dialog).getByRole('button', { name: 'Skicka påminnelser' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Omgången är inte öppen, så detta kan inte ändras.');
  });

  it('says that mail is not configured, and offers no sending for a closed cycle', async () => {
    mockApi(
      routes({
        [`GET /api/cycles/${cycle2016.id}/reminders/summary`]: ok({ ...summary, mailConfigured: false, boards: [], totals: { queued: 0, sent: 0, failed: 0 } }),
        [`GET /api/cycles/${cycle2016.id}/reminders`]: ok([]),
      }),
    );
    renderApp(`/stockholms-stad/admin/paminnelser?omgang=${cycle2016.id}`);
    expect(await screen.findByRole('note')).toHaveTextContent('E-post är inte inställd (SMTP_URL saknas)');
    expect(screen.getByText('Omgången är inte öppen, så inga påminnelser skickas.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Skicka påminnelser' })).not.toBeInTheDocument();
    expect(await screen.findByText('Inga brev.')).toBeInTheDocument();
  });
});
