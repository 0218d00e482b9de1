import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import type { Matrix } from '../../../lib/api-types';

/** Without a report: the prefix of every matrix of the cycle. */
export const matrixQueryKey = (cycleId: number, report?: string | null) =>
  report === undefined ? (['cycles', cycleId, 'matrix'] as const) : (['cycles', cycleId, 'matrix', report] as const);

export const getMatrix = (cycleId: number, report: string | undefined, signal?: AbortSignal) =>
  apiGet<Matrix>(`/cycles/${cycleId}/matrix`, { report }, signal);

export const useMatrix = (cycleId: number, report: string | undefined) =>
  useQuery({
    queryKey: matrixQueryKey(cycleId, report ?? null),
    queryFn: ({ signal }) => getMatrix(cycleId, report, signal),
  });
