import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import type { SendRemindersResult } from '../../../lib/api-types';
import { remindersQueryKey } from './keys';

/** Queues a digest for every editor of the boards that still owe (or of `boardIds`). */
export const sendReminders = (cycleId: number, boardIds?: number[]) =>
  apiSend<SendRemindersResult>('POST', `/cycles/${cycleId}/reminders`, boardIds ? { boardIds } : {});

export function useSendReminders(cycleId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (boardIds?: number[]) => sendReminders(cycleId, boardIds),
    // The outbox (summary, list, preview) and Sena's last reminder move.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: remindersQueryKey(cycleId) }),
        queryClient.invalidateQueries({ queryKey: ['cycles', cycleId, 'late'] }),
      ]),
  });
}
