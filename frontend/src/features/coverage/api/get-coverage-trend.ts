import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import type { TrendPoint } from '../../../lib/api-types';
import { useOrganisationSlug } from '../../organisations/hooks/use-organisation';

/** The prefix of every trend query, one organisation's or all of them. */
export const COVERAGE_TREND_QUERY_KEY = ['coverage', 'trend'] as const;
export const coverageTrendQueryKey = (organisation: string) => ['coverage', 'trend', { organisation }] as const;
export const ALL_COVERAGE_TRENDS_QUERY_KEY = ['coverage', 'trend', 'all'] as const;

export const getCoverageTrend = (organisation: string, signal?: AbortSignal) =>
  apiGet<TrendPoint[]>('/coverage/trend', { organisation }, signal);

/** Without `?organisation=` the API answers every organisation's cycles, by year, then id. */
export const getAllCoverageTrends = (signal?: AbortSignal) => apiGet<TrendPoint[]>('/coverage/trend', {}, signal);

/** One organisation's delivery rate per cycle, oldest first. */
export const coverageTrendQueryOptions = (organisation: string) =>
  queryOptions({ queryKey: coverageTrendQueryKey(organisation), queryFn: ({ signal }) => getCoverageTrend(organisation, signal) });

/** The trend of the organisation the page belongs to. */
export const useCoverageTrend = () => useQuery(coverageTrendQueryOptions(useOrganisationSlug()));

/** Every organisation's delivery rate per cycle in one request (the start page); each point names its organisation. */
export const useAllCoverageTrends = () =>
  useQuery({ queryKey: ALL_COVERAGE_TRENDS_QUERY_KEY, queryFn: ({ signal }) => getAllCoverageTrends(signal) });
