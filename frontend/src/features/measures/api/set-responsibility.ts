import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import type { SetResponsibilityBody } from '../../../lib/api-types';
import { catalogueChanged } from './catalogue-changed';

/** The board becomes lead or contributing for the measure (added, or its role changed). */
export const setResponsibility = (measureId: number, boardId: number, body: SetResponsibilityBody) =>
  apiSend<unknown>('PUT', `/measures/${measureId}/responsibilities/${boardId}`, body);

export function useSetResponsibility(measureId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ boardId, ...body }: SetResponsibilityBody & { boardId: number }) => setResponsibility(measureId, boardId, body),
    onSettled: () => catalogueChanged(queryClient),
  });
}
