import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import type { RemissTodo } from '../../../lib/api-types';

export const REMISS_TODO_QUERY_KEY = ['me', 'remisser'] as const;

/** "Att besvara": the sent remisser the signed-in editor's boards have not answered yet. */
export const getRemissTodo = (signal?: AbortSignal) => apiGet<RemissTodo[]>('/me/remisser', undefined, signal);

export const useRemissTodo = () => useQuery({ queryKey: REMISS_TODO_QUERY_KEY, queryFn: ({ signal }) => getRemissTodo(signal) });
