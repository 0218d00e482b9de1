import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import type { RemissAnswer } from '../../../lib/api-types';

export const remissAnswerQueryKey = (id: number) => ['remisser', 'answer', id] as const;

/** One answer in full: its parts, signatories and how it was decided. */
export const getRemissAnswer = (id: number, signal?: AbortSignal) => apiGet<RemissAnswer>(`/remiss-answers/${id}`, undefined, signal);

export const useRemissAnswer = (id: number | null) =>
  useQuery({ queryKey: remissAnswerQueryKey(id ?? 0), queryFn: ({ signal }) => getRemissAnswer(id!, signal), enabled: id !== null });
