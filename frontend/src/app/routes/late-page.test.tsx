import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { mockApi, ok } from '../../testing/fetch-mock';
import { adminMe, cycle2017, defaultRoutes, editorMe } from '../../testing/fixtures';
import { renderApp } from '../../testing/render-app';
import type { CycleLate } from '../../lib/api-types';

const late: CycleLate = {
  cycle: cycle2017,
  daysOverdue: 12,
  boards: [
    {
      board: { id: 4, name: 'Rinkeby-Kista stadsdelsnämnd', administration: 'Rinkeby-Kista stadsdelsförvaltning' },
      expected: 2,
      delivered: 0,
      missing: 2,
      statementMissing: true,
      drafts: 0,
      returned: 0,
      daysOverdue: 12,
      lastReminderAt: null,
      contacts: [],
    },
    {
      board: { id: 3, name: 'Bromma stadsdelsnämnd', administration: 'Bromma stadsdelsförvaltning' },
      expected: 2,
      delivered: 1,
      missing: 1,
      statementMissing: false,
      drafts: 1,
      returned: 1,
      daysOverdue: 12,
      lastReminderAt: null,
      contacts: ['redaktor.bromma-stadsdelsnamnd@example.se'],
    },
  ],
};

describe('Sena (/sena)', () => {
  it('lists the late boards with what they owe, days late, what is in progress and whom to contact', async () => {
    mockApi({ ...defaultRoutes(), 'GET /api/auth/me': ok(adminMe), [`GET /api/cycles/${cycle2017.id}/late`]: ok(late) });
    renderApp('/stockholms-stad/sena');
    expect(await screen.findByRole('heading', { level: 2, name: '2 nämnder är sena · sista dag var för 12 dagar sedan' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Nämnder som saknar skrivningar efter sista dag' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent))).toEqual([
      ['2 av 2', '12', 'Inget', 'Ingen skickad', 'Ingen aktiv redaktör'],
      ['1 av 2', '12', '1 utkast, 1 tillbakaskickade', 'Ingen skickad', 'redaktor.bromma-stadsdelsnamnd@example.se'],
    ]);
    expect(within(rows[0]).getByRole('rowheader')).toHaveTextContent('Rinkeby-Kista stadsdelsnämnd · Skrivning saknas');
    expect(within(rows[1]).getByRole('link', { name: 'redaktor.bromma-stadsdelsnamnd@example.se' })).toHaveAttribute(
      'href',
      'mailto:redaktor.bromma-stadsdelsnamnd@example.se',
    );
  });

  it('says so before the deadline', async () => {
    mockApi({ ...defaultRoutes(), 'GET /api/auth/me': ok(adminMe), [`GET /api/cycles/${cycle2017.id}/late`]: ok({ ...late, daysOverdue: null, boards: [] }) });
    renderApp('/stockholms-stad/sena');
    expect(await screen.findByText(/Ingen nämnd är sen ännu\.$/)).toBeInTheDocument();
  });

  it('is for admins only', async () => {
    mockApi({ ...defaultRoutes(), 'GET /api/auth/me': ok(editorMe) });
    renderApp('/stockholms-stad/sena');
    expect(await screen.findByText(/behörighet|inte tillgänglig|administratör/i)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
