import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import type { Cycle, UpdateCycleBody } from '../../../lib/api-types';
import { TODO_QUERY_KEY } from '../../statements/api/get-todo';
import { CYCLES_QUERY_KEY } from './get-cycles';

/** Name, deadline and status (open, close, reopen); a stale version gets 409 version_conflict. */
export const updateCycle = (id: number, body: UpdateCycleBody) => apiSend<Cycle>('PUT', `/cycles/${id}`, body);

export function useUpdateCycle(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateCycleBody) => updateCycle(id, body),
    // An open or closed cycle changes what editors owe.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: TODO_QUERY_KEY }),
    // Also after a failure: a version conflict means the list shows an old version.
    onSettled: () => queryClient.invalidateQueries({ queryKey: CYCLES_QUERY_KEY }),
  });
}
