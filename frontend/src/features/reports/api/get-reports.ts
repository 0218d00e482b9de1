import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import type { Report } from '../../../lib/api-types';

export const REPORTS_QUERY_KEY = ['reports'] as const;

export const getReports = (signal?: AbortSignal) => apiGet<Report[]>('/reports', undefined, signal);

export const useReports = () => useQuery({ queryKey: REPORTS_QUERY_KEY, queryFn: ({ signal }) => getReports(signal) });
