import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import type { Matrix } from '../../../lib/api-types';

export const getMatrix = (cycleId: number, report: string | undefined, signal?: AbortSignal) =>
  apiGet<Matrix>(`/cycles/${cycleId}/matrix`, { report }, signal);

export const useMatrix = (cycleId: number, report: string | undefined) =>
  useQuery({
    queryKey: ['cycles', cycleId, 'matrix', report ?? null],
    queryFn: ({ signal }) => getMatrix(cycleId, report, signal),
  });
