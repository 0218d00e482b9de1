import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import type { MeasureDetail, MeasureEdit } from '../../../lib/api-types';
import { catalogueChanged } from './catalogue-changed';

/** Title, number and texts; a stale version gets 409 version_conflict. */
export const updateMeasure = (id: number, body: MeasureEdit) => apiSend<MeasureDetail>('PUT', `/measures/${id}`, body);

export function useUpdateMeasure(id: number) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (body: MeasureEdit) => updateMeasure(id, body), onSettled: () => catalogueChanged(queryClient) });
}
