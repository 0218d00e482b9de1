import { apiSend } from '../../../lib/api-client';
import type { CreateStatementBody, Statement } from '../../../lib/api-types';

/** A new draft (version 1); 409 statement_exists with `statementId` when someone got there first. */
export const createStatement = (cycleId: number, body: CreateStatementBody) =>
  apiSend<Statement>('POST', `/cycles/${cycleId}/statements`, body);
