import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import type { Cycle } from '../../../lib/api-types';

export const getCycles = (signal?: AbortSignal) => apiGet<Cycle[]>('/cycles', undefined, signal);

export const useCycles = () => useQuery({ queryKey: ['cycles'], queryFn: ({ signal }) => getCycles(signal) });
