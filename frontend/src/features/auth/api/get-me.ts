import { useQuery } from '@tanstack/react-query';
import { ApiError, apiGet } from '../../../lib/api-client';
import type { Me } from '../../../lib/api-types';
import { SESSION_QUERY_KEY } from '../../../lib/query-client';

export { SESSION_QUERY_KEY };

/** The signed-in account, or null when nobody is signed in (401). */
export async function getMe(signal?: AbortSignal): Promise<Me | null> {
  try {
    return await apiGet<Me>('/auth/me', undefined, signal);
  } catch (error) {
    if (error instanceof ApiError && error.isUnauthorized) return null;
    throw error;
  }
}

/**
 * The session, asked of the server once on load (`GET /api/auth/me`) and kept in the query cache:
 * sign-in and sign-out write to that cache, so every component reading this hook agrees.
 */
export function useSession() {
  const query = useQuery({
    queryKey: SESSION_QUERY_KEY,
    queryFn: ({ signal }) => getMe(signal),
    staleTime: 5 * 60_000,
  });
  return { query, user: query.data ?? null, isPending: query.isPending };
}
