import { describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import { mockApi } from '../testing/fetch-mock';
import { defaultRoutes } from '../testing/fixtures';
import { renderApp } from '../testing/render-app';

describe('layout', () => {
  it('has a skip link to the main content, landmarks and one h1', async () => {
    mockApi(defaultRoutes());
    const { user } = renderApp('/stockholms-stad');
    await screen.findByRole('heading', { level: 2, name: 'Nyckeltal' });

    await user.tab();
    const skip = screen.getByRole('link', { name: 'Hoppa till innehållet' });
    expect(skip).toHaveFocus();
    expect(skip).toHaveAttribute('href', '#innehall');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'innehall');
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Huvudmeny' })).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('reaches the menu and the cycle selector by keyboard', async () => {
    mockApi(defaultRoutes());
    const { user } = renderApp('/stockholms-stad');
    await screen.findByRole('heading', { level: 2, name: 'Nyckeltal' });
    await user.tab(); // skip link
    await user.tab(); // site name
    await user.tab();
    expect(screen.getByRole('button', { name: 'Kommun: Stockholms stad' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Översikt' })).toHaveFocus();
    await user.tab();
    await user.tab();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Trend' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Remisser' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('combobox', { name: 'Uppföljningsomgång' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'English' })).toHaveFocus();
  });

  it('keeps the chosen cycle when moving between pages, marks the current page and moves focus to the content', async () => {
    mockApi(defaultRoutes());
    const { user, location } = renderApp('/stockholms-stad?omgang=1');
    const nav = screen.getByRole('navigation', { name: 'Huvudmeny' });
    expect(within(nav).getByRole('link', { name: 'Luckor' })).toHaveAttribute('href', '/stockholms-stad/luckor?omgang=1');
    expect(within(nav).getByRole('link', { name: 'Översikt' })).toHaveAttribute('href', '/stockholms-stad?omgang=1');
    expect(within(nav).getByRole('link', { name: 'Översikt' })).toHaveAttribute('aria-current', 'page');

    await user.click(within(nav).getByRole('link', { name: 'Matris' }));

    expect(location().pathname).toBe('/stockholms-stad/matris');
    expect(location().search).toBe('?omgang=1');
    expect(screen.getByRole('heading', { level: 1, name: 'Matris' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Matris' })).toHaveAttribute('aria-current', 'page');
    await waitFor(() => expect(screen.getByRole('main')).toHaveFocus());
    expect(document.title).toBe('Matris – Stockholms stad – Åtgärdskollen');
  });

  it('switches the interface to English and back', async () => {
    mockApi(defaultRoutes());
    const { user } = renderApp('/stockholms-stad');
    await screen.findByRole('heading', { level: 2, name: 'Nyckeltal' });
    expect(document.documentElement.lang).toBe('sv');

    await user.click(screen.getByRole('button', { name: 'English' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Key figures' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skip to content' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Reporting cycle' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem('atgardskollen.locale')).toBe('en');

    await user.click(screen.getByRole('button', { name: 'Svenska' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Översikt' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('sv');
  });

  it('shows a page of its own for unknown addresses inside an organisation', async () => {
    mockApi(defaultRoutes());
    renderApp('/stockholms-stad/finns-inte/alls');
    expect(screen.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Till översikten' })).toHaveAttribute('href', '/stockholms-stad');
    // Still Stockholm's pages: its menu and cycles stay.
    expect(within(screen.getByRole('navigation', { name: 'Huvudmeny' })).getByRole('link', { name: 'Matris' })).toHaveAttribute(
      'href',
      '/stockholms-stad/matris',
    );
  });
});
