import { apiSend } from '../../../lib/api-client';
import type { Statement, StatementInput } from '../../../lib/api-types';

/** Saves a draft; a stale `version` gets 409 version_conflict with `currentVersion`. */
export const updateStatement = (id: number, body: StatementInput & { version: number }) =>
  apiSend<Statement>('PUT', `/statements/${id}`, body);
