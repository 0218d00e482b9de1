import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import type { CreateCycleBody, Cycle } from '../../../lib/api-types';
import { CYCLES_QUERY_KEY } from './get-cycles';

export const createCycle = (body: CreateCycleBody) => apiSend<Cycle>('POST', '/cycles', body);

export function useCreateCycle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCycle,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: CYCLES_QUERY_KEY, exact: true }),
  });
}
