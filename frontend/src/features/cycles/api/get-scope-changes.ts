import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import type { ScopeChanges } from '../../../lib/api-types';
import { CYCLES_QUERY_KEY } from './get-cycles';

export const scopeChangesQueryKey = (cycleId: number) => [...CYCLES_QUERY_KEY, cycleId, 'scope-changes'] as const;

export const getScopeChanges = (cycleId: number, signal?: AbortSignal) =>
  apiGet<ScopeChanges>(`/cycles/${cycleId}/scope-changes`, undefined, signal);

export const useScopeChanges = (cycleId: number, enabled = true) =>
  useQuery({ queryKey: scopeChangesQueryKey(cycleId), queryFn: ({ signal }) => getScopeChanges(cycleId, signal), enabled });
