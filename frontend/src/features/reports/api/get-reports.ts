import { useQuery } from '@tanstack/react-query';
import { apiGetAllPages } from '../../../lib/api-client';
import type { Report } from '../../../lib/api-types';
import { useOrganisationSlug } from '../../organisations/hooks/use-organisation';

export const REPORTS_QUERY_KEY = ['reports'] as const;
/** One organisation's reports (those of its commissions). */
export const reportsQueryKey = (organisation: string) => ['reports', { organisation }] as const;

/** Every page of them: an organisation's reports are few, and the report choosers list them all. */
export const getReports = (organisation: string, signal?: AbortSignal) => apiGetAllPages<Report>('/reports', { organisation }, signal);

/** The reports of the organisation the page belongs to. */
export function useReports() {
  const organisation = useOrganisationSlug();
  return useQuery({ queryKey: reportsQueryKey(organisation), queryFn: ({ signal }) => getReports(organisation, signal) });
}
