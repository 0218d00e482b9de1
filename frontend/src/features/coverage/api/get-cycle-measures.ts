import { useQuery } from '@tanstack/react-query';
import { apiGetAllPages } from '../../../lib/api-client';
import type { MeasureCoverage } from '../../../lib/api-types';

/** Every measure of the cycle's scope with its counts (all pages of GET /cycles/:id/coverage/measures). */
export const getCycleMeasures = (cycleId: number, report?: string, signal?: AbortSignal) =>
  apiGetAllPages<MeasureCoverage>(`/cycles/${cycleId}/coverage/measures`, { report }, signal);

export const useCycleMeasures = (cycleId: number, report?: string) =>
  useQuery({
    queryKey: ['cycles', cycleId, 'coverage', 'measures', report ?? null],
    queryFn: ({ signal }) => getCycleMeasures(cycleId, report, signal),
  });
