import { useQuery } from '@tanstack/react-query';
import { apiGetAllPages } from '../../../lib/api-client';
import type { MeasureSummary } from '../../../lib/api-types';

/** Also the prefix of every measure's detail and coverage. */
export const MEASURES_QUERY_KEY = ['measures'] as const;
export const measuresQueryKey = (report: string | null) => ['measures', { report }] as const;

export const getMeasures = (report: string, signal?: AbortSignal) => apiGetAllPages<MeasureSummary>('/measures', { report }, signal);

export const useMeasures = (report: string | null) =>
  useQuery({
    queryKey: measuresQueryKey(report),
    queryFn: ({ signal }) => getMeasures(report!, signal),
    enabled: report !== null,
  });
