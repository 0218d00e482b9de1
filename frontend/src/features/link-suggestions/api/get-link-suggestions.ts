import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import type { LinkSuggestion, SuggestionState } from '../../../lib/api-types';

/** The review page shows a cycle's suggestions on one page (the 2016 import has nine; the API allows 1000). */
export const SUGGESTIONS_LIMIT = 1000;

export const linkSuggestionsQueryKey = (cycleId: number, state?: SuggestionState) => ['link-suggestions', cycleId, state ?? 'all'] as const;

export const getLinkSuggestions = (cycleId: number, state: SuggestionState | undefined, signal?: AbortSignal) =>
  apiGet<LinkSuggestion[]>('/link-suggestions', { cycle: cycleId, state, limit: SUGGESTIONS_LIMIT }, signal);

export const useLinkSuggestions = (cycleId: number, state?: SuggestionState) =>
  useQuery({ queryKey: linkSuggestionsQueryKey(cycleId, state), queryFn: ({ signal }) => getLinkSuggestions(cycleId, state, signal) });
