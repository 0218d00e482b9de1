import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import type { Statement } from '../../../lib/api-types';
import { statementWritten } from './statement-written';

/** Admin: a submitted statement goes back to the board with a comment. */
export const returnStatement = (id: number, version: number, comment: string) =>
  apiSend<Statement>('POST', `/statements/${id}/return`, { version, comment });

/** Admin: a submitted statement is approved (godkänd). */
export const approveStatement = (id: number, version: number) => apiSend<Statement>('POST', `/statements/${id}/approve`, { version });

/** Admin: a submitted or approved statement → draft; the reason is shown to the board's editors. */
export const reopenStatement = (id: number, version: number, reason: string) =>
  apiSend<Statement>('POST', `/statements/${id}/reopen`, { version, reason });

export type ReviewAction = 'return' | 'approve' | 'reopen';

/**
 * One hook for the admin's three review writes: each changes the statement, its history, the
 * board's to-do list and every figure that counts statements, so they share `statementWritten`.
 */
export function useReviewStatement(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ action, version, text }: { action: ReviewAction; version: number; text: string }) =>
      action === 'approve' ? approveStatement(id, version) : action === 'return' ? returnStatement(id, version, text) : reopenStatement(id, version, text),
    onSuccess: (statement) => statementWritten(queryClient, null, statement),
  });
}
