import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import type { OutboxSummary } from '../../../lib/api-types';
import { remindersQueryKey } from './keys';

/** The cycle's outbox by state, in total and per board, and whether mail is configured (admin). */
export const getReminderSummary = (cycleId: number, signal?: AbortSignal) =>
  apiGet<OutboxSummary>(`/cycles/${cycleId}/reminders/summary`, undefined, signal);

export const reminderSummaryQueryKey = (cycleId: number) => [...remindersQueryKey(cycleId), 'summary'] as const;

export const useReminderSummary = (cycleId: number) =>
  useQuery({ queryKey: reminderSummaryQueryKey(cycleId), queryFn: ({ signal }) => getReminderSummary(cycleId, signal) });
