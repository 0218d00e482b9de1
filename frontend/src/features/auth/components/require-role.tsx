import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { ErrorState, LoadingState } from '../../../components/ui/query-state';
import { useI18n } from '../../../i18n/i18n';
import type { AccountRole, Me } from '../../../lib/api-types';
import { useOrganisationSlugIfAny } from '../../organisations/hooks/use-organisation';
import { orgPath } from '../../organisations/org-path';
import { useSession } from '../api/get-me';

/**
 * Shows `children` only to a signed-in account with one of `roles` and, on an organisation's pages,
 * of that organisation; otherwise says why and offers to sign in (or the same page of the account's
 * own organisation). The server enforces the same rules; this only spares users pages they cannot use.
 */
export function RequireRole({ roles, children }: { roles: AccountRole[]; children: (user: Me) => ReactNode }) {
  const { t } = useI18n();
  const { query, user } = useSession();
  const location = useLocation();
  const organisation = useOrganisationSlugIfAny();

  if (query.isPending) return <LoadingState what={t.what.session} />;
  if (query.isError) return <ErrorState what={t.what.session} error={query.error} onRetry={() => void query.refetch()} />;
  if (!user) {
    const back = encodeURIComponent(`${location.pathname}${location.search}`);
    return (
      <div className="state">
        <p>{t.auth.signInNeeded}</p>
        <Link to={`/logga-in?till=${back}`}>{t.auth.signIn}</Link>
      </div>
    );
  }
  if (!roles.includes(user.role)) {
    return (
      <div className="state state-error">
        <p>{t.auth.forbidden(t.accountRole[user.role])}</p>
      </div>
    );
  }
  if (organisation !== undefined && user.organisation?.slug !== organisation) {
    const own = user.organisation;
    return (
      <div className="state state-error">
        <p>{own ? t.auth.otherOrganisation(own.name) : t.auth.forbidden(t.accountRole[user.role])}</p>
        {own && (
          // Search and hash kept: a reminder's link names the form (`#skrivning-…`) on the to-do page.
          <Link to={`${orgPath(own.slug, location.pathname.replace(/^\/[^/]*/, '') || '/')}${location.search}${location.hash}`}>
            {t.auth.toOwnOrganisation(own.name)}
          </Link>
        )}
      </div>
    );
  }
  return <>{children(user)}</>;
}
