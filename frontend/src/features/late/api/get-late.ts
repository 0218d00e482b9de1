import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import type { CycleLate } from '../../../lib/api-types';

/** "Sena": boards still owing statements after the cycle's deadline (admin). */
export const getLate = (cycleId: number, signal?: AbortSignal) => apiGet<CycleLate>(`/cycles/${cycleId}/late`, undefined, signal);

export const useLate = (cycleId: number) =>
  useQuery({ queryKey: ['cycles', cycleId, 'late'], queryFn: ({ signal }) => getLate(cycleId, signal) });
