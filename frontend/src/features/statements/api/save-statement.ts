import { useMutation, useQueryClient } from '@tanstack/react-query';
import { SIGN_IN_IN_PLACE } from '../../../lib/query-client';
import type { Statement, StatementInput } from '../../../lib/api-types';
import { createStatement } from './create-statement';
import { statementWritten } from './statement-written';
import { updateStatement } from './update-statement';

export interface SaveStatementVariables {
  /** The statement as the form loaded it (its version is sent), or null for a new draft. */
  base: Statement | null;
  input: StatementInput;
  /** Only for the form's busy label: this save is the first step of "Lämna in". */
  forSubmit?: boolean;
}

/** "Spara utkast": creates the board's draft or saves a new version of it. */
export function useSaveStatement(target: { cycleId: number; boardId: number; measureId: number | null }) {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { [SIGN_IN_IN_PLACE]: true },
    mutationFn: ({ base, input }: SaveStatementVariables) =>
      base
        ? updateStatement(base.id, { ...input, version: base.version })
        : createStatement(target.cycleId, { ...input, boardId: target.boardId, measureId: target.measureId }),
    onSuccess: (saved) => statementWritten(queryClient, target.cycleId, saved),
  });
}
