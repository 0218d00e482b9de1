import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import type { TrendPoint } from '../../../lib/api-types';
import { useOrganisationSlug } from '../../organisations/hooks/use-organisation';

/** The prefix of every organisation's trend. */
export const COVERAGE_TREND_QUERY_KEY = ['coverage', 'trend'] as const;
export const coverageTrendQueryKey = (organisation: string) => ['coverage', 'trend', { organisation }] as const;

export const getCoverageTrend = (organisation: string, signal?: AbortSignal) =>
  apiGet<TrendPoint[]>('/coverage/trend', { organisation }, signal);

/** One organisation's delivery rate per cycle, oldest first; the start page asks it of each organisation. */
export const coverageTrendQueryOptions = (organisation: string) =>
  queryOptions({ queryKey: coverageTrendQueryKey(organisation), queryFn: ({ signal }) => getCoverageTrend(organisation, signal) });

/** The trend of the organisation the page belongs to. */
export const useCoverageTrend = () => useQuery(coverageTrendQueryOptions(useOrganisationSlug()));
