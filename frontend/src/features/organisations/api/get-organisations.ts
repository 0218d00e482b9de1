import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import type { Organisation } from '../../../lib/api-types';

export const ORGANISATIONS_QUERY_KEY = ['organisations'] as const;

export const getOrganisations = (signal?: AbortSignal) => apiGet<Organisation[]>('/organisations', undefined, signal);

export const organisationsQueryOptions = queryOptions({
  queryKey: ORGANISATIONS_QUERY_KEY,
  queryFn: ({ signal }) => getOrganisations(signal),
  // The municipalities of an install change about never; one answer serves the whole visit.
  staleTime: Infinity,
});

/** Every organisation (municipality) of the install, by name. */
export const useOrganisations = () => useQuery(organisationsQueryOptions);
