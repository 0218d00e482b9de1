import { apiSend } from '../../../lib/api-client';
import type { Statement, StatementInput } from '../../../lib/api-types';

export interface CreateStatementBody extends StatementInput {
  boardId: number;
  /** null: the board's general statement */
  measureId: number | null;
}

/** A new draft (version 1); 409 statement_exists with `statementId` when someone got there first. */
export const createStatement = (cycleId: number, body: CreateStatementBody) =>
  apiSend<Statement>('POST', `/cycles/${cycleId}/statements`, body);
