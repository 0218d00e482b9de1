import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import type { User } from '../../../lib/api-types';
import { useOrganisationSlug } from '../../organisations/hooks/use-organisation';

/** Also the prefix of every organisation's list. */
export const USERS_QUERY_KEY = ['admin', 'users'] as const;
export const usersQueryKey = (organisation: string) => ['admin', 'users', { organisation }] as const;

export const getUsers = (organisation: string, signal?: AbortSignal) => apiGet<User[]>('/users', { organisation }, signal);

/** The accounts of the organisation the page belongs to. */
export function useUsers() {
  const organisation = useOrganisationSlug();
  return useQuery({ queryKey: usersQueryKey(organisation), queryFn: ({ signal }) => getUsers(organisation, signal) });
}
