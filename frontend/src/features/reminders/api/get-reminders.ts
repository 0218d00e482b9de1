import { useInfiniteQuery } from '@tanstack/react-query';
import { apiGetPage } from '../../../lib/api-client';
import type { Reminder, ReminderState } from '../../../lib/api-types';
import { remindersQueryKey } from './keys';

/** Rows per page of the outbox list. */
export const REMINDERS_PAGE = 50;

export const getReminders = (cycleId: number, state: ReminderState | undefined, cursor: string | null, signal?: AbortSignal) =>
  apiGetPage<Reminder>(`/cycles/${cycleId}/reminders`, { state, cursor, limit: REMINDERS_PAGE }, signal);

export const remindersListQueryKey = (cycleId: number, state?: ReminderState) => [...remindersQueryKey(cycleId), 'list', state ?? 'all'] as const;

/** The cycle's outbox, newest first, a page at a time ("Visa fler"). */
export const useReminders = (cycleId: number, state?: ReminderState) =>
  useInfiniteQuery({
    queryKey: remindersListQueryKey(cycleId, state),
    queryFn: ({ pageParam, signal }) => getReminders(cycleId, state, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next,
  });
