import { apiSend } from '../../../lib/api-client';
import type { Statement, UpdateStatementBody } from '../../../lib/api-types';

/** Saves a draft; a stale `version` gets 409 version_conflict with `currentVersion`. */
export const updateStatement = (id: number, body: UpdateStatementBody) => apiSend<Statement>('PUT', `/statements/${id}`, body);
