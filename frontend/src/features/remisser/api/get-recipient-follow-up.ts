import { useQuery } from '@tanstack/react-query';
import { apiGetAllPages } from '../../../lib/api-client';
import type { RecipientFollowUp } from '../../../lib/api-types';

export const recipientFollowUpQueryKey = (recipient: string, organisation: string) => ['remisser', 'recipient', organisation, recipient] as const;

/** One recipient's answer rate and days late across remisser. */
export const getRecipientFollowUp = (recipient: string, organisation: string, signal?: AbortSignal) =>
  apiGetAllPages<RecipientFollowUp>('/remisser/recipients', { recipient, organisation }, signal);

export const useRecipientFollowUp = (recipient: string, organisation: string) =>
  useQuery({ queryKey: recipientFollowUpQueryKey(recipient, organisation), queryFn: ({ signal }) => getRecipientFollowUp(recipient, organisation, signal) });
