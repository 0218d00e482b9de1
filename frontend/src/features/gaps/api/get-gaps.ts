import { useQuery } from '@tanstack/react-query';
import { apiGetAllPages } from '../../../lib/api-client';
import type { Gap, GapFilters } from '../../../lib/api-types';

export const getGaps = (cycleId: number, filters: GapFilters, signal?: AbortSignal) =>
  apiGetAllPages<Gap>(
    `/cycles/${cycleId}/gaps`,
    { board: filters.board, report: filters.report, role: filters.role, kind: filters.kind },
    signal,
  );

export const useGaps = (cycleId: number, filters: GapFilters) =>
  useQuery({
    queryKey: ['cycles', cycleId, 'gaps', filters],
    queryFn: ({ signal }) => getGaps(cycleId, filters, signal),
  });
