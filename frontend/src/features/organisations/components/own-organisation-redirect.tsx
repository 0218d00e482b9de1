import { Navigate, useLocation } from 'react-router';
import type { OrganisationRef } from '../../../lib/api-types';
import { useOrganisationSlug } from '../hooks/use-organisation';
import { orgPath } from '../org-path';

/**
 * On a page addressed by an id (a board, a measure, a statement), the row names its organisation.
 * Under another organisation's address (`/malmo-stad/namnder/3` for a board of Stockholm's, an
 * edited link) the page moves to the row's own address, so the header, menu and cycles are its
 * organisation's. Renders nothing when the address is right.
 */
export function OwnOrganisationRedirect({ organisation }: { organisation: OrganisationRef }) {
  const slug = useOrganisationSlug();
  const location = useLocation();
  if (organisation.slug === slug) return null;
  const rest = location.pathname.replace(/^\/[^/]*/, '') || '/';
  return <Navigate replace to={`${orgPath(organisation.slug, rest)}${location.search}${location.hash}`} />;
}
