import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import type { AuditEvent, AuditFilters } from '../../../lib/api-types';
import { useOrganisationSlug } from '../../organisations/hooks/use-organisation';

/** How many events one page of the log asks for (the API's default is 100, its maximum 1000). */
export const AUDIT_LIMIT = 200;

/** Without filters: the prefix of every page of every organisation's log. */
export const auditQueryKey = (organisation?: string, filters?: AuditFilters) =>
  organisation === undefined ? (['admin', 'audit'] as const) : (['admin', 'audit', { organisation, ...filters }] as const);

export const getAudit = (organisation: string, filters: AuditFilters, signal?: AbortSignal) =>
  apiGet<AuditEvent[]>('/audit', { ...filters, organisation, limit: AUDIT_LIMIT }, signal);

/** The change log of the organisation the page belongs to. */
export function useAudit(filters: AuditFilters) {
  const organisation = useOrganisationSlug();
  return useQuery({ queryKey: auditQueryKey(organisation, filters), queryFn: ({ signal }) => getAudit(organisation, filters, signal) });
}
