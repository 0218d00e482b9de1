import { useQuery } from '@tanstack/react-query';
import { apiGetAllPages } from '../../../lib/api-client';
import type { Statement, StatementFilters } from '../../../lib/api-types';

export const getStatements = (cycleId: number, filters: StatementFilters, signal?: AbortSignal) =>
  apiGetAllPages<Statement>(
    `/cycles/${cycleId}/statements`,
    { board: filters.board, report: filters.report, measure: filters.measure },
    signal,
  );

export const useStatements = (cycleId: number, filters: StatementFilters) =>
  useQuery({
    queryKey: ['cycles', cycleId, 'statements', filters],
    queryFn: ({ signal }) => getStatements(cycleId, filters, signal),
  });
