import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import type { ReminderPreview } from '../../../lib/api-types';
import { remindersQueryKey } from './keys';

/** What "Skicka påminnelser" would queue now: the confirmation's numbers. */
export const getReminderPreview = (cycleId: number, signal?: AbortSignal) =>
  apiGet<ReminderPreview>(`/cycles/${cycleId}/reminders/preview`, undefined, signal);

export const reminderPreviewQueryKey = (cycleId: number) => [...remindersQueryKey(cycleId), 'preview'] as const;

/** Fetched when the dialog opens (`enabled`), always fresh: the numbers must be today's. */
export const useReminderPreview = (cycleId: number, enabled: boolean) =>
  useQuery({ queryKey: reminderPreviewQueryKey(cycleId), queryFn: ({ signal }) => getReminderPreview(cycleId, signal), enabled, staleTime: 0 });
