import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGetAllPages } from '../../../lib/api-client';
import type { Cycle } from '../../../lib/api-types';
import { useOrganisationSlug } from '../../organisations/hooks/use-organisation';

/** Also the prefix of everything read per cycle (coverage, gaps, matrix, statements, participants). */
export const CYCLES_QUERY_KEY = ['cycles'] as const;
/** One organisation's cycles. */
export const cyclesQueryKey = (organisation: string) => ['cycles', { organisation }] as const;
export const cycleQueryKey = (cycleId: number) => ['cycles', cycleId] as const;

/** Every page of them: an organisation's cycles are few, and every cycle chooser lists them all. */
export const getCycles = (organisation: string, signal?: AbortSignal) => apiGetAllPages<Cycle>('/cycles', { organisation }, signal);

export const cyclesQueryOptions = (organisation: string) =>
  queryOptions({ queryKey: cyclesQueryKey(organisation), queryFn: ({ signal }) => getCycles(organisation, signal) });

/** The cycles of the organisation the page belongs to. */
export const useCycles = () => useQuery(cyclesQueryOptions(useOrganisationSlug()));
