import { apiSend } from '../../../lib/api-client';
import type { AccountRole, User } from '../../../lib/api-types';

/** Role, boards, active and a new password; a stale version gets 409 version_conflict. */
export const updateUser = (
  id: number,
  body: { role?: AccountRole; boardIds?: number[]; active?: boolean; password?: string; version: number },
) => apiSend<User>('PUT', `/users/${id}`, body);
