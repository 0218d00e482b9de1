import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import type { Statement } from '../../../lib/api-types';
import { statementQueryKey } from './get-statement';

/** Admin: submitted → draft, so the board can change it again. */
export const reopenStatement = (id: number, version: number) =>
  apiSend<Statement>('POST', `/statements/${id}/reopen`, { version });

export function useReopenStatement(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => reopenStatement(id, version),
    onSuccess: async (statement) => {
      queryClient.setQueryData(statementQueryKey(id), statement);
      await queryClient.invalidateQueries({ queryKey: ['statements', id, 'history'] });
      await queryClient.invalidateQueries({ queryKey: ['me', 'todo'] });
    },
  });
}
