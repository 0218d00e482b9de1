import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import type { MeasureCoverageRow } from '../../../lib/api-types';

export const measureCoverageQueryKey = (measureId: number) => ['measures', measureId, 'coverage'] as const;

export const getMeasureCoverage = (measureId: number, signal?: AbortSignal) =>
  apiGet<MeasureCoverageRow[]>(`/measures/${measureId}/coverage`, undefined, signal);

export const useMeasureCoverage = (measureId: number) =>
  useQuery({
    queryKey: measureCoverageQueryKey(measureId),
    queryFn: ({ signal }) => getMeasureCoverage(measureId, signal),
  });
