import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import type { PreviousStatement } from '../../../lib/api-types';

/** "Last year": the same board's delivered statement on the same measure in the previous cycle. */
export const getPreviousStatement = (id: number, signal?: AbortSignal) =>
  apiGet<PreviousStatement>(`/statements/${id}/previous`, undefined, signal);

/** `enabled` false until needed (a closed "Ändrat sedan förra året"), so a page of cards asks nothing up front. */
export const usePreviousStatement = (id: number, enabled = true) =>
  useQuery({ queryKey: ['statements', id, 'previous'], queryFn: ({ signal }) => getPreviousStatement(id, signal), enabled });
