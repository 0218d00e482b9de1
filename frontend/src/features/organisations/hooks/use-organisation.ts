import { useCallback } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { cycleParam, withCycle } from '../../../lib/cycle-param';
import { useOrganisations } from '../api/get-organisations';
import { orgPath } from '../org-path';

/**
 * The organisation named by the address (`/:org/…`), or undefined on the pages that belong to no
 * organisation (the start page, Logga in). For the layout; pages use `useOrganisation`.
 */
export const useOrganisationSlugIfAny = (): string | undefined => useParams().org;

/** The slug of the organisation the page belongs to. Only for what is rendered under `/:org`. */
export function useOrganisationSlug(): string {
  const slug = useOrganisationSlugIfAny();
  if (slug === undefined) throw new Error('useOrganisationSlug() is for pages under /:org only');
  return slug;
}

/**
 * The current organisation: its slug from the address at once, and its name once the list of
 * organisations has come (`organisation` undefined while it comes, or when the slug names none:
 * `isUnknown`).
 */
export function useOrganisation() {
  const slug = useOrganisationSlug();
  const query = useOrganisations();
  const organisation = query.data?.find((candidate) => candidate.slug === slug);
  return { slug, organisation, query, isUnknown: query.isSuccess && organisation === undefined };
}

/** Builds links inside the current organisation that keep the cycle the user has chosen (`?omgang=`). */
export function useOrgLink(): (path: string) => string {
  const slug = useOrganisationSlug();
  const [params] = useSearchParams();
  const cycle = cycleParam(params);
  return useCallback((path: string) => withCycle(orgPath(slug, path), cycle), [slug, cycle]);
}
