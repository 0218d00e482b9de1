import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { I18nProvider, type Locale } from '../i18n/i18n';

interface AppProvidersProps {
  queryClient: QueryClient;
  initialLocale?: Locale;
  children: ReactNode;
}

export function AppProviders({ queryClient, initialLocale, children }: AppProvidersProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider initialLocale={initialLocale}>{children}</I18nProvider>
    </QueryClientProvider>
  );
}
