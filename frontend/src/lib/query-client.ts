import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-client';

const MAX_RETRIES = 2;

/** Retry only what may succeed the next time: network and server errors, never a 404 or 400. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && !error.isRetryable) return false;
  return failureCount < MAX_RETRIES;
}

/** Mutation meta flag: the component handles a 401 by offering sign-in in place (features/auth SignInDialog). */
export const SIGN_IN_IN_PLACE = 'signInInPlace';

/** Where the session lives in the cache (features/auth reads and writes it). */
export const SESSION_QUERY_KEY = ['auth', 'me'] as const;

export function createQueryClient(options: { retry?: boolean } = {}): QueryClient {
  // Central handling of an ended session: any 401 (other than a failed sign-in) signs the user out
  // locally, so the header and the protected pages offer "Logga in" instead of failing one by one.
  const onError = (error: unknown) => {
    if (error instanceof ApiError && error.isUnauthorized && error.code !== 'invalid_credentials') {
      client.setQueryData(SESSION_QUERY_KEY, null);
    }
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({
      // A write that offers sign-in in place (SIGN_IN_IN_PLACE) keeps its page, and so the user's text, until then.
      onError: (error, _variables, _context, mutation) => {
        if (!mutation.meta?.[SIGN_IN_IN_PLACE]) onError(error);
      },
    }),
    defaultOptions: {
      queries: {
        retry: options.retry === false ? false : shouldRetry,
        staleTime: 60_000,
        refetchOnWindowFocus: false,
      },
    },
  });
  return client;
}
