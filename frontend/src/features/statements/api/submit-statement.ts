import { apiSend } from '../../../lib/api-client';
import type { Statement } from '../../../lib/api-types';

/** "Lämna in": draft → submitted; after the deadline accepted but marked `late`. */
export const submitStatement = (id: number, version: number) =>
  apiSend<Statement>('POST', `/statements/${id}/submit`, { version });
