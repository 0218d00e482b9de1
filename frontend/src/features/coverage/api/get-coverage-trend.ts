import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import type { TrendPoint } from '../../../lib/api-types';

export const getCoverageTrend = (signal?: AbortSignal) => apiGet<TrendPoint[]>('/coverage/trend', undefined, signal);

export const useCoverageTrend = () =>
  useQuery({ queryKey: ['coverage', 'trend'], queryFn: ({ signal }) => getCoverageTrend(signal) });
