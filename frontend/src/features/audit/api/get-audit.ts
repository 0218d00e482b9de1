import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import type { AuditEvent, AuditFilters } from '../../../lib/api-types';

/** How many events one page of the log asks for (the API's default is 100, its maximum 1000). */
export const AUDIT_LIMIT = 200;

export const auditQueryKey = (filters?: AuditFilters) => (filters ? (['admin', 'audit', filters] as const) : (['admin', 'audit'] as const));

export const getAudit = (filters: AuditFilters, signal?: AbortSignal) =>
  apiGet<AuditEvent[]>('/audit', { ...filters, limit: AUDIT_LIMIT }, signal);

export const useAudit = (filters: AuditFilters) =>
  useQuery({ queryKey: auditQueryKey(filters), queryFn: ({ signal }) => getAudit(filters, signal) });
