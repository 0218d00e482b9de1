import { useQuery } from '@tanstack/react-query';
import { apiGetAllPages } from '../../../lib/api-client';
import type { LinkSuggestion, SuggestionState } from '../../../lib/api-types';

export const linkSuggestionsQueryKey = (cycleId: number, state?: SuggestionState) => ['link-suggestions', cycleId, state ?? 'all'] as const;

/** The review page shows a cycle's suggestions whole, following the cursors. */
export const getLinkSuggestions = (cycleId: number, state: SuggestionState | undefined, signal?: AbortSignal) =>
  apiGetAllPages<LinkSuggestion>('/link-suggestions', { cycle: cycleId, state }, signal);

export const useLinkSuggestions = (cycleId: number, state?: SuggestionState) =>
  useQuery({ queryKey: linkSuggestionsQueryKey(cycleId, state), queryFn: ({ signal }) => getLinkSuggestions(cycleId, state, signal) });
