import { useQuery } from '@tanstack/react-query';
import { apiGetAllPages } from '../../../lib/api-client';
import type { LinkSuggestion, SuggestionState } from '../../../lib/api-types';

/** Without a state: every list of the cycle's suggestions (for invalidation). */
export const linkSuggestionsQueryKey = (cycleId: number, state?: SuggestionState) =>
  (state ? ['link-suggestions', cycleId, state] : ['link-suggestions', cycleId]) as readonly unknown[];

/** The review page shows a cycle's suggestions whole, following the cursors. */
export const getLinkSuggestions = (cycleId: number, state: SuggestionState | undefined, signal?: AbortSignal) =>
  apiGetAllPages<LinkSuggestion>('/link-suggestions', { cycle: cycleId, state }, signal);

export const useLinkSuggestions = (cycleId: number, state?: SuggestionState) =>
  useQuery({ queryKey: linkSuggestionsQueryKey(cycleId, state), queryFn: ({ signal }) => getLinkSuggestions(cycleId, state, signal) });
