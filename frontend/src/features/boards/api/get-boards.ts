import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import type { Board } from '../../../lib/api-types';

export const getBoards = (signal?: AbortSignal) => apiGet<Board[]>('/boards', undefined, signal);

export const useBoards = () => useQuery({ queryKey: ['boards'], queryFn: ({ signal }) => getBoards(signal) });
