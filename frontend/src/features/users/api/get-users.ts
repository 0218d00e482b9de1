import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import type { User } from '../../../lib/api-types';

export const USERS_QUERY_KEY = ['admin', 'users'] as const;

export const getUsers = (signal?: AbortSignal) => apiGet<User[]>('/users', undefined, signal);

export const useUsers = () => useQuery({ queryKey: USERS_QUERY_KEY, queryFn: ({ signal }) => getUsers(signal) });
