import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import type { AuditEvent } from '../../../lib/api-types';

/** The statement's audit trail, oldest first. */
export const getStatementHistory = (id: number, signal?: AbortSignal) =>
  apiGet<AuditEvent[]>(`/statements/${id}/history`, undefined, signal);

export const useStatementHistory = (id: number) =>
  useQuery({ queryKey: ['statements', id, 'history'], queryFn: ({ signal }) => getStatementHistory(id, signal) });
