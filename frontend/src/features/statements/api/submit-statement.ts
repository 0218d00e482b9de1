import { useMutation, useQueryClient } from '@tanstack/react-query';
import { SIGN_IN_IN_PLACE } from '../../../lib/query-client';
import { apiSend } from '../../../lib/api-client';
import type { Statement } from '../../../lib/api-types';
import { statementWritten } from './statement-written';

/** "Lämna in": draft → submitted; after the deadline accepted but marked `late`. */
export const submitStatement = (id: number, version: number) =>
  apiSend<Statement>('POST', `/statements/${id}/submit`, { version });

export function useSubmitStatement(cycleId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { [SIGN_IN_IN_PLACE]: true },
    mutationFn: (statement: Pick<Statement, 'id' | 'version'>) => submitStatement(statement.id, statement.version),
    onSuccess: (submitted) => statementWritten(queryClient, cycleId, submitted),
  });
}
