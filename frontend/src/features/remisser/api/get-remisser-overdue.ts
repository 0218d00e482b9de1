import { useQuery } from '@tanstack/react-query';
import { apiGetAllPages } from '../../../lib/api-client';
import type { RemissOverdue } from '../../../lib/api-types';

export const remisserOverdueQueryKey = (organisation?: string) => ['remisser', 'overdue', organisation ?? null] as const;

/** Recipients of sent remisser past the last answer date without an answer, oldest date first. */
export const getRemisserOverdue = (organisation: string | undefined, signal?: AbortSignal) =>
  apiGetAllPages<RemissOverdue>('/remisser/overdue', { organisation }, signal);

export const useRemisserOverdue = (organisation?: string) =>
  useQuery({ queryKey: remisserOverdueQueryKey(organisation), queryFn: ({ signal }) => getRemisserOverdue(organisation, signal) });
