import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import type { MeasureDetail } from '../../../lib/api-types';

export const measureQueryKey = (measureId: number) => ['measures', measureId] as const;

export const getMeasure = (measureId: number, signal?: AbortSignal) =>
  apiGet<MeasureDetail>(`/measures/${measureId}`, undefined, signal);

export const useMeasure = (measureId: number) =>
  useQuery({ queryKey: measureQueryKey(measureId), queryFn: ({ signal }) => getMeasure(measureId, signal) });
