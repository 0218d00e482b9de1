import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import type { CycleCoverage } from '../../../lib/api-types';

export const cycleCoverageQueryKey = (cycleId: number) => ['cycles', cycleId, 'coverage'] as const;

export const getCycleCoverage = (cycleId: number, signal?: AbortSignal) =>
  apiGet<CycleCoverage>(`/cycles/${cycleId}/coverage`, undefined, signal);

export const useCycleCoverage = (cycleId: number) =>
  useQuery({ queryKey: cycleCoverageQueryKey(cycleId), queryFn: ({ signal }) => getCycleCoverage(cycleId, signal) });
