import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { catalogueChanged } from './catalogue-changed';

export const removeResponsibility = (measureId: number, boardId: number) =>
  apiSend<null>('DELETE', `/measures/${measureId}/responsibilities/${boardId}`);

export function useRemoveResponsibility(measureId: number) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (boardId: number) => removeResponsibility(measureId, boardId), onSettled: () => catalogueChanged(queryClient) });
}
