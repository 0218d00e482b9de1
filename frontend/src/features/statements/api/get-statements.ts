import { useQuery } from '@tanstack/react-query';
import { apiGetAllPages } from '../../../lib/api-client';
import type { Statement, StatementFilters } from '../../../lib/api-types';

/** Without filters: the prefix of every filtered list of the cycle. */
export const statementsQueryKey = (cycleId: number, filters?: StatementFilters) =>
  filters ? (['cycles', cycleId, 'statements', filters] as const) : (['cycles', cycleId, 'statements'] as const);

export const getStatements = (cycleId: number, filters: StatementFilters, signal?: AbortSignal) =>
  apiGetAllPages<Statement>(
    `/cycles/${cycleId}/statements`,
    { board: filters.board, report: filters.report, measure: filters.measure },
    signal,
  );

export const useStatements = (cycleId: number, filters: StatementFilters) =>
  useQuery({
    queryKey: statementsQueryKey(cycleId, filters),
    queryFn: ({ signal }) => getStatements(cycleId, filters, signal),
  });
