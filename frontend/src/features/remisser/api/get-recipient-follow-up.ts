import { useQuery } from '@tanstack/react-query';
import { apiGetAllPages } from '../../../lib/api-client';
import type { RecipientFollowUp } from '../../../lib/api-types';

export const recipientFollowUpQueryKey = (recipient: string) => ['remisser', 'recipient', recipient] as const;

/** One recipient's answer rate and days late across remisser. */
export const getRecipientFollowUp = (recipient: string, signal?: AbortSignal) =>
  apiGetAllPages<RecipientFollowUp>('/remisser/recipients', { recipient }, signal);

export const useRecipientFollowUp = (recipient: string) =>
  useQuery({ queryKey: recipientFollowUpQueryKey(recipient), queryFn: ({ signal }) => getRecipientFollowUp(recipient, signal) });
