import { NavLink, Outlet } from 'react-router';
import { RequireRole } from '../../features/auth/components/require-role';
import { useOrganisationSlug } from '../../features/organisations/hooks/use-organisation';
import { orgPath } from '../../features/organisations/org-path';
import { useI18n } from '../../i18n/i18n';

/** /admin/…: only for admins (the server checks every write too), with its own sub-menu. */
export function AdminLayout() {
  const { t } = useI18n();
  const organisation = useOrganisationSlug();
  const items = [
    { to: '/admin', label: t.admin.cyclesNav, end: true },
    { to: '/admin/anvandare', label: t.admin.usersNav, end: false },
    { to: '/admin/katalog', label: t.admin.catalogueNav, end: false },
    { to: '/admin/logg', label: t.admin.auditNav, end: false },
    { to: '/admin/kopplingar', label: t.admin.suggestionsNav, end: false },
    { to: '/admin/paminnelser', label: t.admin.remindersNav, end: false },
  ];
  return (
    <RequireRole roles={['admin']}>
      {() => (
        <>
          <nav aria-label={t.admin.nav} className="sub-nav">
            <ul className="nav-list">
              {items.map((item) => (
                <li key={item.to}>
                  <NavLink to={orgPath(organisation, item.to)} end={item.end}>
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <Outlet />
        </>
      )}
    </RequireRole>
  );
}
