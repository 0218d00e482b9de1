import { Navigate, useLocation } from 'react-router';
import { legacyPath } from '../org-path';

/**
 * An address from before several municipalities (`/matris?omgang=1`, a bookmark or a shared link)
 * leads to the same page of Stockholms stad, whose data it showed then.
 */
export function LegacyRedirect() {
  const location = useLocation();
  return <Navigate replace to={legacyPath(location.pathname, location.search, location.hash)} />;
}
