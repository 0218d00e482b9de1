import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import type { MeasureDetail } from '../../../lib/api-types';

export const getMeasure = (measureId: number, signal?: AbortSignal) =>
  apiGet<MeasureDetail>(`/measures/${measureId}`, undefined, signal);

export const useMeasure = (measureId: number) =>
  useQuery({ queryKey: ['measures', measureId], queryFn: ({ signal }) => getMeasure(measureId, signal) });
