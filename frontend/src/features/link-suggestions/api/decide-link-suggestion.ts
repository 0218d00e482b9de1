import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import type { LinkSuggestion } from '../../../lib/api-types';

export type Decision = 'confirm' | 'reject';

/** Admin: confirm (the passage becomes the board's statement on the measure) or reject a suggestion. */
export const decideLinkSuggestion = (id: number, decision: Decision, version: number) =>
  apiSend<LinkSuggestion>('POST', `/link-suggestions/${id}/${decision}`, { version });

export function useDecideLinkSuggestion(cycleId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision, version }: { id: number; decision: Decision; version: number }) => decideLinkSuggestion(id, decision, version),
    // Whatever the answer (a 409 means someone else decided), the list is read again; a
    // confirmation also changes the cycle's statements, coverage, gaps and matrix.
    onSettled: async (result) => {
      await queryClient.invalidateQueries({ queryKey: ['link-suggestions', cycleId] });
      if (result?.state === 'confirmed') {
        await queryClient.invalidateQueries({ queryKey: ['cycles', cycleId] });
        await queryClient.invalidateQueries({ queryKey: ['measures'] });
        await queryClient.invalidateQueries({ queryKey: ['coverage'] });
      }
    },
  });
}
