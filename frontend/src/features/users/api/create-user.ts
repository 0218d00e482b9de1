import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import type { CreateUserBody, User } from '../../../lib/api-types';
import { USERS_QUERY_KEY } from './get-users';

export const createUser = (body: CreateUserBody) => apiSend<User>('POST', '/users', body);

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createUser, onSuccess: () => queryClient.invalidateQueries({ queryKey: USERS_QUERY_KEY }) });
}
