import { useQuery } from '@tanstack/react-query';
import { apiGetAllPages } from '../../../lib/api-client';
import type { Gap, GapFilters } from '../../../lib/api-types';

/** Without filters: the prefix of every filtered list of the cycle. */
export const gapsQueryKey = (cycleId: number, filters?: GapFilters) =>
  filters ? (['cycles', cycleId, 'gaps', filters] as const) : (['cycles', cycleId, 'gaps'] as const);

export const getGaps = (cycleId: number, filters: GapFilters, signal?: AbortSignal) =>
  apiGetAllPages<Gap>(
    `/cycles/${cycleId}/gaps`,
    { board: filters.board, report: filters.report, role: filters.role, kind: filters.kind },
    signal,
  );

export const useGaps = (cycleId: number, filters: GapFilters) =>
  useQuery({
    queryKey: gapsQueryKey(cycleId, filters),
    queryFn: ({ signal }) => getGaps(cycleId, filters, signal),
  });
