import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import type { UpdateUserBody, User } from '../../../lib/api-types';
import { USERS_QUERY_KEY } from './get-users';

/** Role, boards, active and a new password; a stale version gets 409 version_conflict. */
export const updateUser = (id: number, body: UpdateUserBody) => apiSend<User>('PUT', `/users/${id}`, body);

export function useUpdateUser(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateUserBody) => updateUser(id, body),
    // Also after a failure: a version conflict means the list shows an old version.
    onSettled: () => queryClient.invalidateQueries({ queryKey: USERS_QUERY_KEY }),
  });
}
