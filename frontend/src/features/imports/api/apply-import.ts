import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import type { ImportBatch } from '../../../lib/api-types';

/** Writes a previewed batch, once (`POST /api/imports/:id/apply`). */
export const applyImport = (id: number) => apiSend<ImportBatch>('POST', `/imports/${id}/apply`);

export function useApplyImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: applyImport,
    // An import can touch any statement of the cycle, and through them every count, list, trend and
    // the to-do list: everything cached is read anew (active queries at once).
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
