import { useQuery } from '@tanstack/react-query';
import { apiGetAllPages } from '../../../lib/api-client';
import type { MeasureSummary } from '../../../lib/api-types';
import { useOrganisationSlug } from '../../organisations/hooks/use-organisation';

/** Also the prefix of every measure's detail and coverage. */
export const MEASURES_QUERY_KEY = ['measures'] as const;
export const measuresQueryKey = (organisation: string, report: string | null) => ['measures', { organisation, report }] as const;

export const getMeasures = (organisation: string, report: string, signal?: AbortSignal) =>
  apiGetAllPages<MeasureSummary>('/measures', { organisation, report }, signal);

/** One report's measures, of the organisation the page belongs to. */
export function useMeasures(report: string | null) {
  const organisation = useOrganisationSlug();
  return useQuery({
    queryKey: measuresQueryKey(organisation, report),
    queryFn: ({ signal }) => getMeasures(organisation, report!, signal),
    enabled: report !== null,
  });
}
