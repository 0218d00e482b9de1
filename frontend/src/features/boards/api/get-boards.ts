import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import type { Board } from '../../../lib/api-types';

/** Also the prefix of every board's detail and trend. */
export const BOARDS_QUERY_KEY = ['boards'] as const;

export const getBoards = (signal?: AbortSignal) => apiGet<Board[]>('/boards', undefined, signal);

export const useBoards = () => useQuery({ queryKey: BOARDS_QUERY_KEY, queryFn: ({ signal }) => getBoards(signal) });
