import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import type { RemissDetail } from '../../../lib/api-types';

export const remissQueryKey = (id: number) => ['remisser', 'detail', id] as const;

/** One remiss with its recipients, their answers (drafts only to who may write them) and the positions. */
export const getRemiss = (id: number, signal?: AbortSignal) => apiGet<RemissDetail>(`/remisser/${id}`, undefined, signal);

export const useRemiss = (id: number) => useQuery({ queryKey: remissQueryKey(id), queryFn: ({ signal }) => getRemiss(id, signal) });
