import { describe, expect, it } from '@jest/globals';
import { act, screen, waitFor, within } from '@testing-library/react';
import type { Statement } from '../../lib/api-types';
import { apiError, mockApi, never, ok, sequence, type MockRequest } from '../../testing/fetch-mock';
import { adminMe, defaultRoutes, editorMe, todoFixture, trafikStatement } from '../../testing/fixtures';
import { renderApp } from '../../testing/render-app';

const CYCLE_NAME = 'Underlag för budget 2018 med inriktning 2019-2020';

function signedInRoutes(extra: Parameters<typeof mockApi>[0] = {}) {
  return { ...defaultRoutes(), 'GET /api/auth/me': ok(editorMe), 'GET /api/me/todo': ok(todoFixture()), ...extra };
}

/**
 * A to-do list that shows what was written, as the server's does: writes go through `stored`,
 * which remembers the statement it answers with. (The list is read anew after every write.)
 */
function liveTodo() {
  const state: { lead?: Statement | null; contributing?: Statement | null; general?: Statement | null } = {};
  return {
    route: () => ok(todoFixture(state)),
    stored: (reply: Statement, status = 200) => () => {
      if (reply.measure === null) state.general = reply;
      else if (reply.role === 'lead') state.lead = reply;
      else state.contributing = reply;
      return { status, body: reply };
    },
  };
}

/** Answers the "Lämna in skrivningen?" question with "Lämna in". */
async function confirmSubmit(user: { click: (element: Element) => Promise<void> }) {
  const dialog = await screen.findByRole('dialog', { name: 'Lämna in skrivningen?' });
  expect(dialog).toHaveAccessibleDescription(/syns då för alla och räknas som inlämnad.*låses för ändring/);
  await user.click(within(dialog).getByRole('button', { name: 'Lämna in' }));
}

/** The <article> of one statement, found by its heading. */
async function entry(name: string | RegExp) {
  const heading = await screen.findByRole('heading', { level: 4, name });
  return heading.closest('article')!;
}

describe('Att redovisa (/att-redovisa): the list', () => {
  it('asks to sign in when nobody is signed in', async () => {
    mockApi(defaultRoutes());
    renderApp('/stockholms-stad/att-redovisa');
    expect(await screen.findByText('Du behöver logga in för att se den här sidan.')).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Logga in' })).toHaveAttribute('href', '/logga-in?till=%2Fstockholms-stad%2Fatt-redovisa');
  });

  it('shows a loading state', async () => {
    mockApi(signedInRoutes({ 'GET /api/me/todo': never }));
    renderApp('/stockholms-stad/att-redovisa');
    expect(await screen.findByText('Hämtar det ni ska redovisa …')).toBeInTheDocument();
  });

  it('a link from a reminder (#skrivning-CYCLE-BOARD-MEASURE) moves focus to that entry once the list is there', async () => {
    mockApi(signedInRoutes());
    renderApp(`/att-redovisa#skrivning-2-1-${21}`);
    const target = await entry(/Stärk elevhälsan/);
    expect(target).toHaveAttribute('id', 'skrivning-2-1-21');
    await waitFor(() => expect(target).toHaveFocus());
    // Every entry has its anchor, the general statement too.
    expect(document.getElementById('skrivning-2-1-11')).toBeInTheDocument();
    expect(document.getElementById('skrivning-2-1-allman')).toBeInTheDocument();
  });

  it('says so when no cycle is open', async () => {
    mockApi(signedInRoutes({ 'GET /api/me/todo': ok([]) }));
    renderApp('/stockholms-stad/att-redovisa');
    expect(await screen.findByText('Det finns ingen öppen uppföljningsomgång just nu.')).toBeInTheDocument();
  });

  it('says so when the account has no boards', async () => {
    mockApi(signedInRoutes({ 'GET /api/auth/me': ok(adminMe) }));
    renderApp('/stockholms-stad/att-redovisa');
    expect(await screen.findByText('Ditt konto är inte kopplat till någon nämnd, så det finns inget att redovisa.')).toBeInTheDocument();
  });

  it('shows an error with "Försök igen" and recovers', async () => {
    mockApi(signedInRoutes({ 'GET /api/me/todo': sequence(apiError(500, 'internal_error', 'Databasen svarar inte'), ok(todoFixture())) }));
    const { user } = renderApp('/stockholms-stad/att-redovisa');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Kunde inte hämta det ni ska redovisa.');
    await user.click(within(alert).getByRole('button', { name: 'Försök igen' }));
    expect(await screen.findByRole('heading', { level: 2, name: CYCLE_NAME })).toBeInTheDocument();
  });

  it('the optional general statement is not "Saknas" and asks for no planned years or status', async () => {
    mockApi(signedInRoutes());
    renderApp('/stockholms-stad/att-redovisa');
    const general = await entry('Generell skrivning');
    expect(within(general).getByText('Frivillig, inte skriven', { selector: '.progress' })).toBeInTheDocument();
    expect(within(general).queryByText('Saknas')).not.toBeInTheDocument();
    expect(general).not.toHaveClass('is-missing');
    expect(within(general).queryByRole('group', { name: 'Planerade år' })).not.toBeInTheDocument();
    expect(within(general).queryByLabelText('Status för åtgärden')).not.toBeInTheDocument();
    // A measure's form still asks for both.
    const measure = await entry(/1\.1\.1/);
    expect(within(measure).getByLabelText('Status för åtgärden')).toBeInTheDocument();
  });

  it('the character counter warns before the limit', async () => {
    mockApi(signedInRoutes());
    const { user } = renderApp('/stockholms-stad/att-redovisa');
    const article = await entry(/1\.1\.1/);
    const field = within(article).getByLabelText('Skrivning');
    expect(within(article).queryByText(/Snart vid gränsen/)).not.toBeInTheDocument();
    await user.clear(field);
    await user.click(field);
    await user.paste('x'.repeat(18_500));
    expect(within(article).getByText(/Snart vid gränsen: 1\s500 tecken kvar\./)).toBeInTheDocument();
  });

  it("offers last year's text, and asks before replacing what the editor has written", async () => {
    const lastYear = trafikStatement({ id: 101, state: 'approved', text: 'Förra årets samordning.' });
    mockApi(signedInRoutes({ 'GET /api/me/todo': ok(todoFixture({ previousLead: lastYear })) }));
    const { user } = renderApp('/stockholms-stad/att-redovisa');
    const article = await entry(/1\.1\.1/);
    await user.click(within(article).getByText(/^Förra årets skrivning \(/));
    expect(within(article).getByText('Förra årets samordning.')).toBeInTheDocument();
    const field = within(article).getByLabelText('Skrivning');
    expect(field).toHaveValue('Utkast om samordning.');
    await user.click(within(article).getByRole('button', { name: 'Utgå från förra årets text' }));
    // The draft has text: replacing it is asked first; "Avbryt" keeps it.
    const dialog = screen.getByRole('dialog', { name: 'Ersätta din text med förra årets?' });
    expect(dialog).toHaveAccessibleDescription(/\(21 tecken\) ersätts/);
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(field).toHaveValue('Utkast om samordning.');
    await user.click(within(article).getByRole('button', { name: 'Utgå från förra årets text' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Ersätt texten' }));
    expect(field).toHaveValue('Förra årets samordning.');
    expect(field).toHaveFocus();
    // The contributing measure has no statement last year: nothing is offered.
    expect(within(await entry(/2\.3\.1/)).queryByRole('button', { name: 'Utgå från förra årets text' })).not.toBeInTheDocument();
  });

  it('shows a returned statement with the admin\'s comment above the form, still editable', async () => {
    const returned = trafikStatement({ state: 'returned', reviewComment: 'Ange vilka år arbetet planeras.', returnedAt: '2017-09-25T10:00:00.000Z' });
    mockApi(signedInRoutes({ 'GET /api/me/todo': ok(todoFixture({ lead: returned })) }));
    renderApp('/stockholms-stad/att-redovisa');
    expect(await screen.findByText('1 skrivning är skickad tillbaka och visas först.')).toBeInTheDocument();
    const article = await entry(/1\.1\.1/);
    expect(within(article).getByText('Tillbakaskickad', { selector: '.progress' })).toBeInTheDocument();
    expect(within(article).getByText('Skickad tillbaka av stadsledningskontoret')).toBeInTheDocument();
    expect(within(article).getByText('Ange vilka år arbetet planeras.')).toBeInTheDocument();
    expect(within(article).getByRole('button', { name: 'Lämna in' })).toBeInTheDocument();
  });

  it('lists every measure with what the role asks, the deadline, days left and where each statement stands', async () => {
    mockApi(
      signedInRoutes({
        'GET /api/me/todo': ok(
          todoFixture({ general: trafikStatement({ id: 300, measure: null, role: null, state: 'submitted', late: true, text: 'Generellt.' }) }),
        ),
      }),
    );
    renderApp('/stockholms-stad/att-redovisa');
    expect(await screen.findByRole('heading', { level: 2, name: CYCLE_NAME })).toBeInTheDocument();
    expect(screen.getByText('Sista dag att lämna in: 29 september 2017')).toBeInTheDocument();
    expect(screen.getByText(/12 dagar kvar/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Trafiknämnden' })).toBeInTheDocument();
    expect(screen.getByText('0 av 2 åtgärder har en inlämnad skrivning.', { exact: false })).toBeInTheDocument();

    const lead = await entry(/1\.1\.1 Samordna stadens arbete mot segregation/);
    expect(within(lead).getByText('Huvudansvarig')).toBeInTheDocument();
    expect(within(lead).getByText('Som huvudansvarig: redovisa hur nämnden avser att driva åtgärden vidare.')).toBeInTheDocument();
    expect(within(lead).getByText('Utkast')).toBeInTheDocument();
    expect(within(lead).getByLabelText('Skrivning')).toHaveValue('Utkast om samordning.');
    expect(within(lead).getByRole('link', { name: /Historik/ })).toHaveAttribute('href', '/stockholms-stad/skrivningar/201/historik');

    const contributing = await entry(/2\.3\.1 Stärk elevhälsan/);
    expect(within(contributing).getByText('Delansvarig')).toBeInTheDocument();
    expect(
      within(contributing).getByText(
        'Som delansvarig: beskriv nämndens förutsättningar att bidra utifrån sitt uppdrag och åtgärdens genomförbarhet.',
      ),
    ).toBeInTheDocument();
    expect(within(contributing).getByText('Saknas')).toBeInTheDocument();

    const general = await entry('Generell skrivning');
    expect(within(general).getByText('Inlämnad sent')).toBeInTheDocument();
    expect(within(general).getByText('Generellt.')).toBeInTheDocument();
    expect(within(general).queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('warns when the deadline has passed', async () => {
    const todos = todoFixture();
    todos[0].cycle.daysLeft = -3;
    mockApi(signedInRoutes({ 'GET /api/me/todo': ok(todos) }));
    renderApp('/stockholms-stad/att-redovisa');
    expect(await screen.findByText(/Sista dagen passerade för 3 dagar sedan/)).toBeInTheDocument();
  });

  it('renders script and SQL strings from the API as text', async () => {
    const nasty = `<script>alert("x")</script>'); DROP TABLE statement;--`;
    mockApi(
      signedInRoutes({
        'GET /api/me/todo': ok(todoFixture({ lead: trafikStatement({ state: 'submitted', text: nasty, position: '<b>fet</b>' }) })),
      }),
    );
    const { container } = renderApp('/stockholms-stad/att-redovisa');
    const lead = await entry(/1\.1\.1/);
    expect(within(lead).getByText(nasty)).toBeInTheDocument();
    expect(within(lead).getByText(/<b>fet<\/b>/)).toBeInTheDocument();
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
  });
});

describe('Att redovisa: the statement form', () => {
  it('creates a draft with "Spara utkast" and announces it', async () => {
    const created = trafikStatement({ id: 202, measure: { id: 21, number: '2.3.1', report: 'skola', title: 'Stärk elevhälsan' }, role: 'contributing', text: 'Vi bidrar.', plannedYears: [2017, 2018], status: 'in-progress', version: 1 });
    const todo = liveTodo();
    const api = mockApi(signedInRoutes({ 'GET /api/me/todo': todo.route, 'POST /api/cycles/2/statements': todo.stored(created, 201) }));
    document.cookie = 'atk_csrf=csrf-abc';
    const { user } = renderApp('/stockholms-stad/att-redovisa');
    const item = await entry(/2\.3\.1/);

    await user.type(within(item).getByLabelText('Skrivning'), 'Vi bidrar.');
    const years = within(item).getByRole('group', { name: 'Planerade år' });
    expect(within(years).getAllByRole('checkbox').map((box) => box.parentElement!.textContent)).toEqual(['2017', '2018', '2019', '2020', '2021']);
    await user.click(within(years).getByRole('checkbox', { name: '2018' }));
    await user.click(within(years).getByRole('checkbox', { name: '2017' }));
    await user.selectOptions(within(item).getByRole('combobox', { name: 'Status för åtgärden' }), 'Pågående');
    await user.click(within(item).getByRole('button', { name: 'Spara utkast' }));

    expect(await within(item).findByText(/Utkastet är sparat/)).toBeInTheDocument();
    const [post] = api.written('/api/cycles/2/statements');
    expect(post.body).toEqual({ boardId: 1, measureId: 21, text: 'Vi bidrar.', plannedYears: [2017, 2018], status: 'in-progress', position: null });
    expect(post.headers['X-CSRF-Token']).toBe('csrf-abc');
    expect(within(item).getByText('Utkast')).toBeInTheDocument();
    document.cookie = 'atk_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT';
  });

  it('"Lämna in" saves the changes, submits with the new version and locks the statement', async () => {
    const saved = trafikStatement({ text: 'Klar text.', version: 4 });
    const submitted = trafikStatement({ text: 'Klar text.', version: 5, state: 'submitted', submittedAt: '2017-09-20T10:00:00.000Z' });
    const todo = liveTodo();
    const api = mockApi(
      signedInRoutes({
        'GET /api/me/todo': todo.route,
        'PUT /api/statements/201': todo.stored(saved),
        'POST /api/statements/201/submit': todo.stored(submitted),
      }),
    );
    const { user } = renderApp('/stockholms-stad/att-redovisa');
    const item = await entry(/1\.1\.1/);
    const text = within(item).getByLabelText('Skrivning');
    await user.clear(text);
    await user.type(text, 'Klar text.');
    await user.click(within(item).getByRole('button', { name: 'Lämna in' }));
    await confirmSubmit(user);

    expect(await within(item).findByText('Skrivningen är inlämnad.')).toBeInTheDocument();
    expect(api.written('/api/statements/201')[0].body).toMatchObject({ text: 'Klar text.', version: 3 });
    expect(api.written('/api/statements/201/submit')[0].body).toEqual({ version: 4 });
    expect(within(item).getByText('Inlämnad')).toBeInTheDocument();
    expect(within(item).queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.getByText('1 av 2 åtgärder har en inlämnad skrivning.', { exact: false })).toBeInTheDocument();
  });

  it('says when a submission was late', async () => {
    const todo = liveTodo();
    mockApi(
      signedInRoutes({
        'GET /api/me/todo': todo.route,
        'POST /api/statements/201/submit': todo.stored(trafikStatement({ state: 'submitted', late: true, version: 4 })),
      }),
    );
    const { user } = renderApp('/stockholms-stad/att-redovisa');
    const item = await entry(/1\.1\.1/);
    await user.click(within(item).getByRole('button', { name: 'Lämna in' }));
    await confirmSubmit(user);
    expect(await within(item).findByText('Skrivningen är inlämnad efter sista dagen och markeras som sen.')).toBeInTheDocument();
    expect(within(item).getByText('Inlämnad sent')).toBeInTheDocument();
  });

  it('will not submit an empty statement', async () => {
    const api = mockApi(signedInRoutes());
    const { user } = renderApp('/stockholms-stad/att-redovisa');
    const item = await entry(/2\.3\.1/);
    await user.click(within(item).getByRole('button', { name: 'Lämna in' }));
    // Nothing to submit: the form says so, no question is asked.
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(within(item).getByRole('alert')).toHaveTextContent('Skrivningen kunde inte sparas. Rätta det som är markerat nedan.');
    expect(within(item).getByLabelText('Skrivning')).toHaveAccessibleDescription(/Skriv skrivningen innan du lämnar in den\./);
    expect(api.written()).toHaveLength(0);
  });

  it('shows the API’s validation errors next to their fields, in Swedish', async () => {
    mockApi(
      signedInRoutes({
        'PUT /api/statements/201': apiError(400, 'validation_failed', 'Invalid input: text, plannedYears', {
          errors: { text: 'text must be at most 20000 characters', plannedYears: 'plannedYears must hold whole years between 2000 and 2100' },
        }),
      }),
    );
    const { user } = renderApp('/stockholms-stad/att-redovisa');
    const item = await entry(/1\.1\.1/);
    await user.type(within(item).getByLabelText('Skrivning'), ' mer');
    await user.click(within(item).getByRole('button', { name: 'Spara utkast' }));

    expect(await within(item).findByRole('alert')).toHaveTextContent('Skrivningen kunde inte sparas.');
    const text = within(item).getByLabelText('Skrivning');
    expect(text).toHaveAttribute('aria-invalid', 'true');
    expect(text).toHaveAccessibleDescription(/Texten godtogs inte: den får vara högst 20\s000 tecken\./);
    expect(within(item).getByRole('group', { name: 'Planerade år' })).toHaveAccessibleDescription(
      /Planerade år godtogs inte: ange olika årtal mellan 2000 och 2100\./,
    );
    expect(item).not.toHaveTextContent('must be');
    expect(text).toHaveValue('Utkast om samordning. mer');
  });

  it('on 409 keeps the user’s text, copies it and loads the latest version', async () => {
    const latest = trafikStatement({ text: 'Kollegans version.', version: 4, plannedYears: [2019] });
    const puts: MockRequest[] = [];
    mockApi(
      signedInRoutes({
        'PUT /api/statements/201': (_url, request) => {
          puts.push(request);
          return puts.length === 1
            ? apiError(409, 'version_conflict', 'Statement 201 was changed by someone else (current version 4)', { currentVersion: 4 })
            : ok(trafikStatement({ text: 'Min nya text.', version: 5 }));
        },
        'GET /api/statements/201': ok(latest),
      }),
    );
    const { user } = renderApp('/stockholms-stad/att-redovisa');
    const item = await entry(/1\.1\.1/);
    const text = within(item).getByLabelText('Skrivning');
    await user.clear(text);
    await user.type(text, 'Min nya text.');
    await user.click(within(item).getByRole('button', { name: 'Spara utkast' }));

    const conflict = await within(item).findByRole('alert');
    expect(conflict).toHaveTextContent('Någon annan har ändrat skrivningen');
    expect(conflict).toHaveTextContent('(nu version 4)');
    expect(text).toHaveValue('Min nya text.');

    await user.click(within(conflict).getByRole('button', { name: 'Kopiera min text' }));
    // user-event stands in for the system clipboard.
    await expect(navigator.clipboard.readText()).resolves.toBe('Min nya text.');
    expect(within(conflict).getByRole('status')).toHaveTextContent('Din text är kopierad.');

    await user.click(within(conflict).getByRole('button', { name: 'Hämta den senaste versionen' }));
    await waitFor(() => expect(text).toHaveValue('Kollegans version.'));
    expect(within(item).getByRole('checkbox', { name: '2019' })).toBeChecked();
    const after = within(item).getByRole('alert');
    expect(after).toHaveTextContent('Formuläret visar nu den senaste versionen (version 4).');
    expect(within(after).getByText('Min nya text.')).toBeInTheDocument();

    // Saving now carries the version just loaded.
    await user.click(within(item).getByRole('button', { name: 'Spara utkast' }));
    await within(item).findByText(/Utkastet är sparat/);
    expect(puts[1].body).toMatchObject({ text: 'Kollegans version.', version: 4 });
  });

  it('treats "someone else already started it" (statement_exists) as a conflict too', async () => {
    mockApi(
      signedInRoutes({
        'POST /api/cycles/2/statements': apiError(409, 'statement_exists', 'Board 1 already has a statement', { statementId: 202 }),
        'GET /api/statements/202': ok(trafikStatement({ id: 202, text: 'Redan påbörjad.', measure: { id: 21, number: '2.3.1', report: 'skola', title: 'Stärk elevhälsan' } })),
      }),
    );
    const { user } = renderApp('/stockholms-stad/att-redovisa');
    const item = await entry(/2\.3\.1/);
    await user.type(within(item).getByLabelText('Skrivning'), 'Mitt förslag.');
    await user.click(within(item).getByRole('button', { name: 'Spara utkast' }));
    const conflict = await within(item).findByRole('alert');
    expect(conflict).toHaveTextContent('Någon annan har redan börjat på den här skrivningen.');
    await user.click(within(conflict).getByRole('button', { name: 'Hämta den senaste versionen' }));
    await waitFor(() => expect(within(item).getByLabelText('Skrivning')).toHaveValue('Redan påbörjad.'));
  });
});

describe('Att redovisa: after a write every figure is read anew', () => {
  it('a submit refetches coverage, trend, matrix, gaps and the measure’s coverage instead of showing minute-old figures', async () => {
    const todo = liveTodo();
    const api = mockApi(
      signedInRoutes({
        'GET /api/me/todo': todo.route,
        'POST /api/statements/201/submit': todo.stored(trafikStatement({ state: 'submitted', version: 4 })),
      }),
    );
    const { user, router } = renderApp('/stockholms-stad?omgang=2');
    const go = (path: string) => act(() => router.navigate(path));
    const count = (apiPath: string) => api.requested(apiPath).length;
    // Each page and the figure it reads.
    const pages = [
      ['/stockholms-stad?omgang=2', '/api/cycles/2/coverage'],
      ['/stockholms-stad/trend', '/api/coverage/trend'],
      ['/stockholms-stad/atgarder/11?omgang=2', '/api/measures/11/coverage'],
      ['/stockholms-stad/matris?omgang=2', '/api/cycles/2/matrix'],
      ['/stockholms-stad/luckor?omgang=2', '/api/cycles/2/gaps'],
    ] as const;
    for (const [path, apiPath] of pages) {
      await go(path);
      await waitFor(() => expect(count(apiPath)).toBeGreaterThan(0));
    }
    // The control: shown again before any write, every page answers from the cache (fresh for a minute).
    for (const [path, apiPath] of pages) {
      const before = count(apiPath);
      await go(path);
      expect(count(apiPath)).toBe(before);
    }

    await go('/stockholms-stad/att-redovisa');
    const item = await entry(/1\.1\.1/);
    await user.click(within(item).getByRole('button', { name: 'Lämna in' }));
    await confirmSubmit(user);
    expect(await within(item).findByText('Skrivningen är inlämnad.')).toBeInTheDocument();

    // After the submit, within that minute, each page reads its figure anew.
    for (const [path, apiPath] of pages) {
      const before = count(apiPath);
      await go(path);
      await waitFor(() => expect(count(apiPath)).toBe(before + 1));
    }
  });
});

describe.each([
  ['sv', { save: 'Spara utkast', dialog: 'Logga in igen', email: 'E-postadress', password: 'Lösenord', signIn: 'Logga in', saved: /Utkastet är sparat/ }],
  ['en', { save: 'Save draft', dialog: 'Sign in again', email: 'Email address', password: 'Password', signIn: 'Sign in', saved: /The draft is saved/ }],
] as const)('Att redovisa: a session that ended while writing (%s)', (locale, text) => {
  it('offers sign-in in place, keeps the text and saves it afterwards', async () => {
    const saved = trafikStatement({ text: 'Utkast om samordning. Och mer.', version: 4 });
    const api = mockApi(
      signedInRoutes({
        'PUT /api/statements/201': sequence(apiError(401, 'unauthorized', 'Sign in first'), ok(saved)),
        'POST /api/auth/login': ok({ token: 'x'.repeat(40), csrfToken: 'c'.repeat(40), expiresAt: '2030-01-01T00:00:00.000Z', user: editorMe }),
      }),
    );
    const { user } = renderApp('/stockholms-stad/att-redovisa', { locale });
    const item = await entry(/1\.1\.1/);
    const textarea = within(item).getAllByRole('textbox')[0];
    await user.type(textarea, ' Och mer.');
    await user.click(within(item).getByRole('button', { name: text.save }));

    const dialog = await screen.findByRole('dialog', { name: text.dialog });
    // The page is still there, with the unsaved text.
    expect(textarea).toHaveValue('Utkast om samordning. Och mer.');
    expect(screen.queryByText('Du behöver logga in för att se den här sidan.')).not.toBeInTheDocument();
    await user.type(within(dialog).getByLabelText(text.email), 'redaktor.trafiknamnden@example.se');
    await user.type(within(dialog).getByLabelText(text.password), 'demo');
    await user.click(within(dialog).getByRole('button', { name: text.signIn }));

    expect(await within(item).findByText(text.saved)).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const puts = api.written('/api/statements/201');
    expect(puts).toHaveLength(2);
    expect(puts[1].body).toMatchObject({ text: 'Utkast om samordning. Och mer.', version: 3 });
  });
});
