import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import type { Participant } from '../../../lib/api-types';
import { cycleQueryKey } from './get-cycles';
import { participantsQueryKey } from './get-participants';

/** Replaces the set of boards asked to report in the cycle. */
export const setParticipants = (cycleId: number, boardIds: number[]) =>
  apiSend<Participant[]>('PUT', `/cycles/${cycleId}/participants`, { boardIds });

export function useSetParticipants(cycleId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (boardIds: number[]) => setParticipants(cycleId, boardIds),
    onSuccess: async (saved) => {
      queryClient.setQueryData(participantsQueryKey(cycleId), saved);
      // Who is expected to report moves the cycle's coverage, gaps and matrix.
      await queryClient.invalidateQueries({ queryKey: cycleQueryKey(cycleId) });
    },
  });
}
