import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import type { ScopeChanges } from '../../../lib/api-types';
import { CYCLES_QUERY_KEY } from './get-cycles';

/** Takes today's catalogue into a cycle that is not closed; 409 version_conflict or cycle_closed otherwise. */
export const applyScopeChanges = (cycleId: number, version: number) =>
  apiSend<ScopeChanges>('POST', `/cycles/${cycleId}/scope-changes/apply`, { version });

export function useApplyScopeChanges(cycleId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => applyScopeChanges(cycleId, version),
    // The scope moves coverage, gaps, the matrix, the to-do list and the cycle's version: everything under the cycles key.
    onSettled: () => queryClient.invalidateQueries({ queryKey: CYCLES_QUERY_KEY }),
  });
}
