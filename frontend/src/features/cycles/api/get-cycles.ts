import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import type { Cycle } from '../../../lib/api-types';

/** Also the prefix of everything read per cycle (coverage, gaps, matrix, statements, participants). */
export const CYCLES_QUERY_KEY = ['cycles'] as const;
export const cycleQueryKey = (cycleId: number) => ['cycles', cycleId] as const;

export const getCycles = (signal?: AbortSignal) => apiGet<Cycle[]>('/cycles', undefined, signal);

export const useCycles = () => useQuery({ queryKey: CYCLES_QUERY_KEY, queryFn: ({ signal }) => getCycles(signal) });
