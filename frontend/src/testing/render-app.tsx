import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '../app/providers';
import { routes } from '../app/routes';
import type { Locale } from '../i18n/i18n';
import { createQueryClient } from '../lib/query-client';

/** Renders the whole app (real routes, providers and API client) at `path`, with fetch mocked. */
export function renderApp(path: string, options: { locale?: Locale } = {}) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const queryClient = createQueryClient({ retry: false });
  const user = userEvent.setup();
  const result = render(
    <AppProviders queryClient={queryClient} initialLocale={options.locale ?? 'sv'}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...result, router, user, location: () => router.state.location };
}
