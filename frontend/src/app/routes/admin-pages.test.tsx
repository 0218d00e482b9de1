import { describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import { apiError, mockApi, ok } from '../../testing/fetch-mock';
import { adminMe, bromma, cycle2016, cycle2017, cycles, defaultRoutes, editorMe, measure11Coverage, statementHistory, trafik } from '../../testing/fixtures';
import { renderApp } from '../../testing/render-app';
import { AUDIT_LIMIT } from '../../features/audit/api/get-audit';

const adminRoutes = () => ({
  ...defaultRoutes(),
  'GET /api/auth/me': ok(adminMe),
  'GET /api/cycles': ok(cycles.map((cycle) => ({ ...cycle, version: 1 }))),
});

describe('Administration (/admin)', () => {
  it('is not offered to editors', async () => {
    mockApi({ ...defaultRoutes(), 'GET /api/auth/me': ok(editorMe) });
    renderApp('/admin');
    expect(await screen.findByText('Sidan är inte tillgänglig för din roll (Redaktör).')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Skapa omgången' })).not.toBeInTheDocument();
  });

  it('creates and opens a cycle', async () => {
    const created = { id: 3, name: 'Underlag för budget 2027', year: 2026, deadline: '2026-05-31', status: 'open', version: 1 };
    const api = mockApi({ ...adminRoutes(), 'POST /api/cycles': { status: 201, body: created } });
    const { user } = renderApp('/admin');
    const form = (await screen.findByRole('heading', { level: 2, name: 'Ny omgång' })).closest('form')!;
    await user.type(within(form).getByLabelText('Namn'), 'Underlag för budget 2027');
    await user.clear(within(form).getByLabelText('År'));
    await user.type(within(form).getByLabelText('År'), '2026');
    await user.type(within(form).getByLabelText('Sista dag'), '2026-05-31');
    expect(within(form).getByRole('checkbox', { name: 'Öppna direkt' })).toBeChecked();
    await user.click(within(form).getByRole('button', { name: 'Skapa omgången' }));

    expect(await within(form).findByText('Omgången Underlag för budget 2027 är skapad.')).toBeInTheDocument();
    expect(api.written('/api/cycles')[0].body).toEqual({ name: 'Underlag för budget 2027', year: 2026, deadline: '2026-05-31', status: 'open' });
  });

  it('closes an open cycle with its version, and shows a conflict clearly', async () => {
    const api = mockApi({
      ...adminRoutes(),
      'PUT /api/cycles/2': apiError(409, 'version_conflict', 'Cycle 2 was changed by someone else', { currentVersion: 2 }),
    });
    const { user } = renderApp('/admin');
    const card = (await screen.findByRole('heading', { level: 3, name: `${cycle2017.name} (2017)` })).closest('article')!;
    await user.click(within(card).getByRole("button", { name: `Stäng: ${cycle2017.name}` }));
    // Asked first, with the numbers: coverage2017 misses 3 statements and has 1 draft.
    const dialog = screen.getByRole('dialog', { name: `Stäng ${cycle2017.name}?` });
    expect(await within(dialog).findByText(/^3 skrivningar saknas och 1 utkast är inte inlämnade\./)).toBeInTheDocument();
    expect(api.written('/api/cycles/2')).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Stäng' }));
    expect(await within(card).findByRole('alert')).toHaveTextContent('Någon annan har ändrat detta sedan du hämtade det.');
    expect(api.written('/api/cycles/2')[0].body).toEqual({ status: 'closed', version: 1 });
  });

  it('says when the catalogue has changed since an open cycle opened, and applies the change with the version', async () => {
    const change = (role: 'lead' | 'contributing', board: typeof trafik) => ({
      measure: { id: 11, number: '1.1.1', report: 'samverkan', title: 'Samordna stadens arbete mot segregation' },
      board: { id: board.id, name: board.name },
      role,
    });
    let applied = false;
    const api = mockApi({
      ...adminRoutes(),
      'GET /api/cycles/2/scope-changes': () =>
        ok({
          cycle: { ...cycle2017, version: applied ? 2 : 1 },
          added: applied ? [] : [change('lead', trafik), change('contributing', trafik)],
          removed: applied ? [] : [change('contributing', trafik)],
          measuresAdded: [],
          measuresRemoved: [],
        }),
      'POST /api/cycles/2/scope-changes/apply': () => {
        applied = true;
        // The answer names what was applied.
        return ok({
          cycle: { ...cycle2017, version: 2 },
          added: [change('lead', trafik), change('contributing', trafik)],
          removed: [change('contributing', trafik)],
          measuresAdded: [],
          measuresRemoved: [],
        });
      },
    });
    const { user } = renderApp('/admin');
    const card = (await screen.findByRole('heading', { level: 3, name: `${cycle2017.name} (2017)` })).closest('article')!;
    expect(await within(card).findByText('Katalogen har ändrats sedan omgången öppnades: 2 ansvar tillagda, 1 borttagna.')).toBeInTheDocument();
    expect(within(card).getByText('Borttaget: 1.1.1 Samordna stadens arbete mot segregation – Trafiknämnden (delansvarig)')).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: `Ta in ändringarna i omgången: ${cycle2017.name}` }));
    expect(await within(card).findByText('Omgången följer nu katalogen: 2 ansvar tillagda, 1 borttagna.')).toBeInTheDocument();
    expect(api.written('/api/cycles/2/scope-changes/apply')[0].body).toEqual({ version: 1 });
    await waitFor(() => expect(within(card).queryByText(/Katalogen har ändrats/)).not.toBeInTheDocument());
    // A closed cycle never changes: no notice is asked for.
    expect(api.requested('/api/cycles/1/scope-changes')).toHaveLength(0);
  });

  it('asks before opening a cycle that no board takes part in, and Avbryt writes nothing', async () => {
    const api = mockApi({ ...adminRoutes(), 'GET /api/cycles/1/participants': ok([]) });
    const { user } = renderApp('/admin');
    const card = (await screen.findByRole('heading', { level: 3, name: `${cycle2016.name} (2016)` })).closest('article')!;
    await user.click(within(card).getByRole('button', { name: `Öppna igen: ${cycle2016.name}` }));
    const dialog = screen.getByRole('dialog', { name: `Öppna ${cycle2016.name}?` });
    expect(await within(dialog).findByText(/^Ingen nämnd deltar i omgången\./)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(api.written('/api/cycles/1')).toHaveLength(0);
  });

  it('asks before removing a responsibility, naming the statements the board has delivered on the measure', async () => {
    const api = mockApi({ ...adminRoutes(), 'GET /api/measures': ok([]), 'DELETE /api/measures/11/responsibilities/1': ok(null) });
    const { user } = renderApp('/admin/katalog?rapport=samverkan&atgard=11');
    await user.click(await screen.findByRole('button', { name: 'Ta bort Trafiknämnden' }));
    const dialog = screen.getByRole('dialog', { name: 'Ta bort Trafiknämnden som ansvarig?' });
    expect(await within(dialog).findByText(/^Trafiknämnden har 2 inlämnade skrivningar \(.*\) om åtgärden\. De finns kvar/)).toBeInTheDocument();
    expect(api.written('/api/measures/11/responsibilities/1')).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Ta bort ansvaret' }));
    await waitFor(() => expect(api.written('/api/measures/11/responsibilities/1')).toHaveLength(1));
  });

  it('counts drafts too when asking before removing a responsibility', async () => {
    const coverage = measure11Coverage.map((row) =>
      row.board.id === bromma.id && row.cycle.id === cycle2017.id ? { ...row, inProgress: true } : row,
    );
    mockApi({ ...adminRoutes(), 'GET /api/measures': ok([]), 'GET /api/measures/11/coverage': ok(coverage) });
    const { user } = renderApp('/admin/katalog?rapport=samverkan&atgard=11');
    await user.click(await screen.findByRole('button', { name: 'Ta bort Bromma stadsdelsnämnd' }));
    const dialog = screen.getByRole('dialog', { name: 'Ta bort Bromma stadsdelsnämnd som ansvarig?' });
    expect(
      await within(dialog).findByText(
        `Bromma stadsdelsnämnd har 1 inlämnad skrivning (${cycle2016.name}) och 1 utkast som inte är inlämnade (${cycle2017.name}) om åtgärden. De finns kvar, men räknas inte längre som förväntade, och nämnden förväntas inte längre redovisa åtgärden.`,
      ),
    ).toBeInTheDocument();
  });

  it('sets the participating boards of a cycle', async () => {
    const api = mockApi({
      ...adminRoutes(),
      'GET /api/cycles/2/participants': ok([]),
      'PUT /api/cycles/2/participants': ok([{ id: trafik.id, name: trafik.name, administration: trafik.administration }]),
    });
    const { user } = renderApp('/admin');
    const card = (await screen.findByRole('heading', { level: 3, name: `${cycle2017.name} (2017)` })).closest('article')!;
    const toggle = within(card).getByRole('button', { name: /Visa deltagande nämnder/ });
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const group = await within(card).findByRole('group', { name: 'Deltagande nämnder' });
    await user.click(within(group).getByRole('checkbox', { name: 'Trafiknämnden' }));
    await user.click(within(card).getByRole('button', { name: 'Spara deltagande nämnder' }));
    expect(await within(card).findByText('Sparat. 1 nämnd deltar.')).toBeInTheDocument();
    expect(api.written('/api/cycles/2/participants')[0].body).toEqual({ boardIds: [trafik.id] });
  });

  it('lists the accounts and edits an editor’s boards', async () => {
    const editor = { id: 5, email: 'redaktor.trafiknamnden@example.se', role: 'editor', boards: [{ id: 1, name: 'Trafiknämnden' }], active: true, demoPassword: true, version: 2, createdAt: '2026-01-01T00:00:00.000Z' };
    const api = mockApi({ ...adminRoutes(), 'GET /api/users': ok([editor]), 'PUT /api/users/5': ok({ ...editor, version: 3 }) });
    const { user } = renderApp('/admin/anvandare');
    const table = await screen.findByRole('table', { name: 'Konton' });
    const row = within(table).getByRole('row', { name: /redaktor\.trafiknamnden/ });
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      'Redaktör',
      'Trafiknämnden',
      'Aktivt · Demolösenord',
      'Ändra redaktor.trafiknamnden@example.se',
    ]);
    await user.click(within(row).getByRole('button', { name: 'Ändra redaktor.trafiknamnden@example.se' }));
    const form = screen.getByRole('heading', { level: 2, name: 'Ändra kontot redaktor.trafiknamnden@example.se' }).closest('form')!;
    await user.click(within(form).getByRole('checkbox', { name: 'Bromma stadsdelsnämnd' }));
    await user.click(within(form).getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(api.written('/api/users/5')).toHaveLength(1));
    expect(api.written('/api/users/5')[0].body).toEqual({ role: 'editor', boardIds: [1, 3], active: true, version: 2 });
    expect(await screen.findByText('Sparat.')).toBeInTheDocument();
  });

  it('shows the audit log with filters in the address', async () => {
    const api = mockApi({ ...adminRoutes(), 'GET /api/audit': ok([...statementHistory].reverse()) });
    const { user, location } = renderApp('/admin/logg');
    const table = await screen.findByRole('table', { name: 'Ändringar' });
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    // Objects by their natural names (the API's label), not database ids.
    expect(
      within(table).getAllByRole('link', { name: 'Skrivning: Trafiknämnden – 1.1.1 (Stad i samverkan) – Underlag för budget 2018 med inriktning 2019-2020' })[0],
    ).toHaveAttribute('href', '/skrivningar/201/historik');
    expect(within(table).queryByText(/Skrivning 201/)).toBeNull();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Typ av objekt' }), 'Skrivning');
    await user.type(screen.getByLabelText('Vem (e-post)'), 'kollega@example.se');
    await user.click(screen.getByRole('button', { name: 'Visa' }));
    await waitFor(() => expect(location().search).toBe('?typ=statement&vem=kollega%40example.se'));
    await waitFor(() => expect(api.requested('/api/audit').at(-1)!.searchParams.get('actor')).toBe('kollega@example.se'));
    expect(api.requested('/api/audit').at(-1)!.searchParams.get('entityType')).toBe('statement');
  });
  it('names a measure "Åtgärd 4.1.1 (Stad i samverkan)" and a cycle by its name; an object that is gone by kind and id', async () => {
    const event = statementHistory[0];
    mockApi({
      ...adminRoutes(),
      'GET /api/audit': ok([
        { ...event, id: 9, entityType: 'measure', entityId: 41, action: 'measure.update', label: '4.1.1 (Stad i samverkan)' },
        { ...event, id: 8, entityType: 'cycle', entityId: 2, action: 'cycle.update', label: cycle2017.name },
        { ...event, id: 7, entityType: 'measure', entityId: 99, action: 'measure.update', label: null },
      ]),
    });
    renderApp('/admin/logg');
    const table = await screen.findByRole('table', { name: 'Ändringar' });
    expect(within(table).getByRole('link', { name: 'Åtgärd 4.1.1 (Stad i samverkan)' })).toHaveAttribute('href', '/atgarder/41');
    expect(within(table).getByText(cycle2017.name)).toBeInTheDocument();
    expect(within(table).getByRole('link', { name: 'Åtgärd 99' })).toHaveAttribute('href', '/atgarder/99');
  });

  it('pages through a long audit log with "Äldre ändringar", keeping the filters', async () => {
    const template = statementHistory[0];
    const page = Array.from({ length: AUDIT_LIMIT }, (_, n) => ({ ...template, id: 1000 - n }));
    const api = mockApi({
      ...adminRoutes(),
      'GET /api/audit': (url) => ok(url.searchParams.get('beforeId') ? [{ ...template, id: 3 }] : page),
    });
    const { user, location } = renderApp('/admin/logg?typ=statement');
    const older = await screen.findByRole('link', { name: 'Äldre ändringar →' });
    expect(screen.queryByRole('link', { name: '← Senaste ändringarna' })).toBeNull();
    await user.click(older);
    await waitFor(() => expect(location().search).toBe(`?typ=statement&fore=${1000 - AUDIT_LIMIT + 1}`));
    await waitFor(() => expect(api.requested('/api/audit').at(-1)!.searchParams.get('beforeId')).toBe(String(1000 - AUDIT_LIMIT + 1)));
    expect(api.requested('/api/audit').at(-1)!.searchParams.get('entityType')).toBe('statement');
    expect(await screen.findByText('1 äldre ändringar')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Äldre ändringar →' })).toBeNull();
    await user.click(screen.getByRole('link', { name: '← Senaste ändringarna' }));
    await waitFor(() => expect(location().search).toBe('?typ=statement'));
    // 200 rows rendered twice: close to Jest's 5 s default on a loaded machine.
  }, 15_000);
});

describe('Kopplingar att granska (/admin/kopplingar)', () => {
  const suggestion = {
    id: 7,
    cycle: { id: 1, name: cycles[0].name },
    board: { id: 27, name: 'Älvsjö stadsdelsnämnd' },
    measure: { id: 29, number: '6.5.3', report: 'skola', title: 'Etablera fler lokala Community Center' },
    passage: 'Rapporten lyfter även fram ett behov av fler community centers i staden.',
    lines: [2017, 2017],
    score: 0.617,
    words: ['community', 'centers'],
    state: 'pending',
    statementId: null,
    decidedAt: null,
    version: 1,
  };
  const decided = { ...suggestion, id: 8, board: { id: 5, name: 'Farsta stadsdelsnämnd' }, state: 'rejected', version: 2, decidedAt: '2026-12-01T08:00:00.000Z' };

  it('shows each passage with the matching words highlighted, its line and the proposed measure', async () => {
    const api = mockApi({ ...adminRoutes(), 'GET /api/link-suggestions': ok([suggestion, decided]) });
    renderApp('/admin/kopplingar?cykel=1');
    const card = await screen.findByRole('article', { name: 'Älvsjö stadsdelsnämnd → 6.5.3 Etablera fler lokala Community Center' });
    expect([...card.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['community', 'centers']);
    expect(within(card).getByText('I den importerade texten: rad 2017. Likhet med titeln: 0,617.')).toBeInTheDocument();
    expect(screen.getByText('1 att granska, 1 redan granskade.')).toHaveAttribute('role', 'status');
    const farsta = screen.getByRole('article', { name: /Farsta stadsdelsnämnd/ });
    expect(within(farsta).getByText('Avvisad')).toBeInTheDocument();
    expect(within(farsta).queryByRole('button')).not.toBeInTheDocument();
    expect(api.requested('/api/link-suggestions')[0].searchParams.get('cycle')).toBe('1');
  });

  it('confirms with the version it showed, and says what the confirmation did', async () => {
    const api = mockApi({
      ...adminRoutes(),
      'GET /api/link-suggestions': ok([suggestion]),
      'POST /api/link-suggestions/7/confirm': ok({ ...suggestion, state: 'confirmed', statementId: 300, version: 2 }),
    });
    const { user } = renderApp('/admin/kopplingar?cykel=1');
    const card = await screen.findByRole('article', { name: /Älvsjö stadsdelsnämnd/ });
    await user.click(within(card).getByRole('button', { name: 'Bekräfta koppling' }));
    expect(await within(card).findByText('Bekräftad: stycket räknas nu som Älvsjö stadsdelsnämnds skrivning om åtgärden.')).toBeInTheDocument();
    expect(api.written('/api/link-suggestions/7/confirm')[0].body).toEqual({ version: 1 });
  });

  it('shows a conflict when someone else decided first', async () => {
    mockApi({
      ...adminRoutes(),
      'GET /api/link-suggestions': ok([suggestion]),
      'POST /api/link-suggestions/7/reject': apiError(409, 'version_conflict', 'Link suggestion 7 was changed by someone else', { currentVersion: 2 }),
    });
    const { user } = renderApp('/admin/kopplingar?cykel=1');
    const card = await screen.findByRole('article', { name: /Älvsjö stadsdelsnämnd/ });
    await user.click(within(card).getByRole('button', { name: 'Avvisa' }));
    expect(await within(card).findByRole('alert')).toHaveTextContent('Någon annan har ändrat detta sedan du hämtade det.');
  });

  it('says so when there is nothing to review', async () => {
    mockApi({ ...adminRoutes(), 'GET /api/link-suggestions': ok([]) });
    renderApp('/admin/kopplingar?cykel=1');
    expect(await screen.findByText('Inga kopplingar att granska i den här omgången.')).toBeInTheDocument();
  });
});
