import { useQuery } from '@tanstack/react-query';
import { apiGetAllPages } from '../../../lib/api-client';
import type { RemisserFilter, RemissListItem } from '../../../lib/api-types';

/** Without filters: the prefix of every remiss list (for invalidation). */
export const remisserQueryKey = (filter?: Omit<RemisserFilter, 'limit' | 'cursor'>) => (filter ? ['remisser', 'list', filter] : ['remisser', 'list']) as readonly unknown[];

/** The remisser with their counts, nearest last answer date first, following the cursors. */
export const getRemisser = (filter: Omit<RemisserFilter, 'limit' | 'cursor'>, signal?: AbortSignal) =>
  apiGetAllPages<RemissListItem>('/remisser', filter, signal);

export const useRemisser = (filter: Omit<RemisserFilter, 'limit' | 'cursor'>) =>
  useQuery({ queryKey: remisserQueryKey(filter), queryFn: ({ signal }) => getRemisser(filter, signal) });
