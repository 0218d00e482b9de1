import { useQuery } from '@tanstack/react-query';
import { apiGetAllPages } from '../../../lib/api-client';
import type { Board } from '../../../lib/api-types';
import { useOrganisationSlug } from '../../organisations/hooks/use-organisation';

/** Also the prefix of every board's detail and trend. */
export const BOARDS_QUERY_KEY = ['boards'] as const;
/** One organisation's boards. */
export const boardsQueryKey = (organisation: string) => ['boards', { organisation }] as const;

/** Every page of them: an organisation's boards are a few dozen, and the views list them all. */
export const getBoards = (organisation: string, signal?: AbortSignal) => apiGetAllPages<Board>('/boards', { organisation }, signal);

/** The boards of the organisation the page belongs to. */
export function useBoards() {
  const organisation = useOrganisationSlug();
  return useQuery({ queryKey: boardsQueryKey(organisation), queryFn: ({ signal }) => getBoards(organisation, signal) });
}
