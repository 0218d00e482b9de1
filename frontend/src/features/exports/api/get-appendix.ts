import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import type { Appendix } from '../../../lib/api-types';

export interface AppendixFilter {
  board?: number;
  report?: string;
}

export const getAppendix = (cycleId: number, filter: AppendixFilter, signal?: AbortSignal) =>
  apiGet<Appendix>(`/cycles/${cycleId}/appendix`, { board: filter.board, report: filter.report }, signal);

export const useAppendix = (cycleId: number, filter: AppendixFilter) =>
  useQuery({
    queryKey: ['cycles', cycleId, 'appendix', filter.board ?? null, filter.report ?? null],
    queryFn: ({ signal }) => getAppendix(cycleId, filter, signal),
  });
