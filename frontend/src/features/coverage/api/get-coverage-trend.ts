import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import type { TrendPoint } from '../../../lib/api-types';

export const COVERAGE_TREND_QUERY_KEY = ['coverage', 'trend'] as const;

export const getCoverageTrend = (signal?: AbortSignal) => apiGet<TrendPoint[]>('/coverage/trend', undefined, signal);

export const useCoverageTrend = () =>
  useQuery({ queryKey: COVERAGE_TREND_QUERY_KEY, queryFn: ({ signal }) => getCoverageTrend(signal) });
