import { describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import { apiError, mockApi, ok, sequence } from '../../testing/fetch-mock';
import { adminMe, defaultRoutes, editorMe, todoFixture } from '../../testing/fixtures';
import { renderApp } from '../../testing/render-app';
import { safeReturnPath } from './login-page';

async function signIn(user: ReturnType<typeof renderApp>['user'], email: string, password: string) {
  await user.type(await screen.findByLabelText('E-postadress'), email);
  await user.type(screen.getByLabelText('Lösenord'), password);
  await user.click(screen.getByRole('button', { name: 'Logga in' }));
}

describe('Logga in (/logga-in)', () => {
  it('signs an editor in, shows who is signed in and goes to "Att redovisa"', async () => {
    const api = mockApi({
      ...defaultRoutes(),
      'POST /api/auth/login': ok({ token: 'x'.repeat(40), csrfToken: 'c'.repeat(40), user: editorMe }),
      'GET /api/me/todo': ok(todoFixture()),
    });
    const { user, location } = renderApp('/logga-in');
    expect(screen.getByRole('heading', { level: 1, name: 'Logga in' })).toBeInTheDocument();

    await signIn(user, 'redaktor.trafiknamnden@example.se', 'demo');

    await waitFor(() => expect(location().pathname).toBe('/stockholms-stad/att-redovisa'));
    expect(api.written('/api/auth/login')[0].body).toEqual({ email: 'redaktor.trafiknamnden@example.se', password: 'demo' });
    const header = screen.getByRole('banner');
    expect(within(header).getByText('redaktor.trafiknamnden@example.se')).toBeInTheDocument();
    expect(within(header).getByRole('button', { name: 'Logga ut' })).toBeInTheDocument();
    expect(await within(header).findByRole('link', { name: 'Att redovisa' })).toHaveAttribute('href', '/stockholms-stad/att-redovisa');
    expect(within(header).queryByRole('link', { name: 'Administration' })).not.toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: 'Underlag för budget 2018 med inriktning 2019-2020' })).toBeInTheDocument();
  });

  it('returns to the page named in ?till= and offers admins the admin pages', async () => {
    mockApi({ ...defaultRoutes(), 'POST /api/auth/login': ok({ token: 'x'.repeat(40), user: adminMe }) });
    const { user, location } = renderApp('/logga-in?till=%2Fluckor');
    await signIn(user, 'admin@example.se', 'demo');
    await waitFor(() => expect(location().pathname).toBe('/stockholms-stad/luckor'));
    expect(await within(screen.getByRole('banner')).findByRole('link', { name: 'Administration' })).toHaveAttribute('href', '/stockholms-stad/admin');
  });

  it('announces "Fel e-post eller lösenord" on 401 and keeps the user on the page', async () => {
    mockApi({
      ...defaultRoutes(),
      'POST /api/auth/login': apiError(401, 'invalid_credentials', 'Wrong email or password'),
    });
    const { user, location } = renderApp('/logga-in');
    await signIn(user, 'redaktor.trafiknamnden@example.se', 'fel');
    expect(await screen.findByRole('alert')).toHaveTextContent('Fel e-post eller lösenord.');
    expect(location().pathname).toBe('/logga-in');
    expect(screen.getByLabelText('Lösenord')).toHaveValue('');
    expect(screen.getByLabelText('E-postadress')).toHaveAttribute('aria-invalid', 'true');
  });

  it('says "För många försök" on 429, with the wait from Retry-After', async () => {
    mockApi({
      ...defaultRoutes(),
      'POST /api/auth/login': { ...apiError(429, 'too_many_requests', 'Too many failed sign-ins'), headers: { 'Retry-After': '600' } },
    });
    const { user } = renderApp('/logga-in');
    await signIn(user, 'redaktor.trafiknamnden@example.se', 'fel');
    expect(await screen.findByRole('alert')).toHaveTextContent('För många försök. Av säkerhetsskäl är inloggningen spärrad – försök igen om 10 minuter.');
  });

  it('asks for both fields before sending anything', async () => {
    const api = mockApi(defaultRoutes());
    const { user } = renderApp('/logga-in');
    await user.click(await screen.findByRole('button', { name: 'Logga in' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Fyll i både e-postadress och lösenord.');
    expect(api.written()).toHaveLength(0);
  });

  it('signs out from the header', async () => {
    const api = mockApi({
      ...defaultRoutes(),
      'GET /api/auth/me': sequence(ok(editorMe), apiError(401, 'unauthorized', 'Sign in first')),
      'POST /api/auth/logout': { status: 204, body: undefined },
    });
    document.cookie = 'atk_csrf=token-123';
    const { user } = renderApp('/stockholms-stad');
    const header = screen.getByRole('banner');
    await user.click(await within(header).findByRole('button', { name: 'Logga ut' }));
    expect(await within(header).findByRole('link', { name: 'Logga in' })).toBeInTheDocument();
    expect(within(header).queryByRole('link', { name: 'Att redovisa' })).not.toBeInTheDocument();
    const [logout] = api.written('/api/auth/logout');
    expect(logout.headers['X-CSRF-Token']).toBe('token-123');
    document.cookie = 'atk_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT';
  });

  it('never redirects outside the app', () => {
    expect(safeReturnPath('/att-redovisa')).toBe('/att-redovisa');
    expect(safeReturnPath('//evil.example')).toBeNull();
    expect(safeReturnPath('https://evil.example')).toBeNull();
    expect(safeReturnPath(null)).toBeNull();
  });
});
