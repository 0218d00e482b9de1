import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import type { Statement } from '../../../lib/api-types';
import { statementWritten } from './statement-written';

/** Admin: submitted → draft, so the board can change it again. */
export const reopenStatement = (id: number, version: number) =>
  apiSend<Statement>('POST', `/statements/${id}/reopen`, { version });

export function useReopenStatement(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => reopenStatement(id, version),
    // Reopening takes the statement out of the delivered counts.
    onSuccess: (statement) => statementWritten(queryClient, null, statement),
  });
}
