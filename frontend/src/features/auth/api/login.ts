import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import type { LoginResponse } from '../../../lib/api-types';
import { SESSION_QUERY_KEY } from './get-me';

export interface Credentials {
  email: string;
  password: string;
}

export const login = (credentials: Credentials) => apiSend<LoginResponse>('POST', '/auth/login', credentials);

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: async (response) => {
      queryClient.setQueryData(SESSION_QUERY_KEY, response.user);
      // Drafts of one's own boards become visible once signed in: fetch everything anew.
      await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== SESSION_QUERY_KEY[0] });
    },
  });
}
