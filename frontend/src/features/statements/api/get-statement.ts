import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import type { Statement } from '../../../lib/api-types';

export const statementQueryKey = (id: number) => ['statements', id] as const;

export const getStatement = (id: number, signal?: AbortSignal) => apiGet<Statement>(`/statements/${id}`, undefined, signal);

export const useStatement = (id: number) =>
  useQuery({ queryKey: statementQueryKey(id), queryFn: ({ signal }) => getStatement(id, signal) });
