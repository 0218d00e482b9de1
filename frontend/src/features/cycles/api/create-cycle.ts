import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import type { CreateCycleBody, Cycle } from '../../../lib/api-types';
import { useOrganisationSlug } from '../../organisations/hooks/use-organisation';
import { cyclesQueryKey } from './get-cycles';

export const createCycle = (body: CreateCycleBody) => apiSend<Cycle>('POST', '/cycles', body);

/** Creates a cycle of the organisation the page belongs to. */
export function useCreateCycle() {
  const queryClient = useQueryClient();
  const organisation = useOrganisationSlug();
  return useMutation({
    mutationFn: (body: CreateCycleBody) => createCycle({ ...body, organisation }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: cyclesQueryKey(organisation), exact: true }),
  });
}
