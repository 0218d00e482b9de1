import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import type { AuditEvent } from '../../../lib/api-types';

export const statementHistoryQueryKey = (id: number) => ['statements', id, 'history'] as const;

/** The statement's audit trail, oldest first. */
export const getStatementHistory = (id: number, signal?: AbortSignal) =>
  apiGet<AuditEvent[]>(`/statements/${id}/history`, undefined, signal);

export const useStatementHistory = (id: number) =>
  useQuery({ queryKey: statementHistoryQueryKey(id), queryFn: ({ signal }) => getStatementHistory(id, signal) });
