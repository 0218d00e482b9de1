import { useQuery } from '@tanstack/react-query';
import { apiGetAllPages } from '../../../lib/api-client';
import type { MeasureSummary } from '../../../lib/api-types';

export const getMeasures = (report: string, signal?: AbortSignal) => apiGetAllPages<MeasureSummary>('/measures', { report }, signal);

export const useMeasures = (report: string | null) =>
  useQuery({
    queryKey: ['measures', { report }],
    queryFn: ({ signal }) => getMeasures(report!, signal),
    enabled: report !== null,
  });
