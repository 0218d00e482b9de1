import { Link, useLocation } from 'react-router';
import { useI18n } from '../../../i18n/i18n';
import { useSession } from '../api/get-me';
import { useLogout } from '../api/logout';

/** Who is signed in, with "Logga ut"; or a "Logga in" link that brings the user back here. */
export function UserMenu() {
  const { t } = useI18n();
  const { user, isPending } = useSession();
  const logout = useLogout();
  const location = useLocation();

  if (isPending) return null;
  if (!user) {
    if (location.pathname === '/logga-in') return null;
    const back = `${location.pathname}${location.search}`;
    return (
      <div className="user-menu">
        <Link to={back === '/' ? '/logga-in' : `/logga-in?till=${encodeURIComponent(back)}`} className="button button-secondary">
          {t.auth.signIn}
        </Link>
      </div>
    );
  }
  return (
    <div className="user-menu">
      <p className="user-menu-who">
        <span className="visually-hidden">{t.auth.signedInAs} </span>
        <span>{user.email}</span> <span className="user-menu-role">({t.accountRole[user.role]})</span>
      </p>
      <button type="button" className="button button-secondary" disabled={logout.isPending} onClick={() => logout.mutate()}>
        {t.auth.signOut}
      </button>
    </div>
  );
}
