import { useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useSession } from '../features/auth/api/get-me';
import { UserMenu } from '../features/auth/components/user-menu';
import { CycleSelector } from '../features/cycles/components/cycle-selector';
import { useOrganisations } from '../features/organisations/api/get-organisations';
import { OrganisationSelector } from '../features/organisations/components/organisation-selector';
import { useOrganisationSlugIfAny, useOrgLink } from '../features/organisations/hooks/use-organisation';
import { useI18n } from '../i18n/i18n';

function LanguageToggle() {
  const { t, locale, setLocale } = useI18n();
  const target = locale === 'sv' ? 'en' : 'sv';
  return (
    <div className="language">
      <span className="visually-hidden">{t.language}: </span>
      <button type="button" className="button button-secondary" lang={target} onClick={() => setLocale(target)}>
        {target === 'en' ? 'English' : 'Svenska'}
      </button>
    </div>
  );
}

/** The menu of one organisation's pages, its cycle selector and the way to another organisation. */
function OrganisationNav() {
  const { t } = useI18n();
  const orgLink = useOrgLink();
  const { user } = useSession();
  const slug = useOrganisationSlugIfAny();
  // Writing and administration are offered only in the account's own organisation (the server refuses the others').
  const own = user !== null && user.organisation?.slug === slug;

  const navItems = [
    { to: '/', label: t.nav.overview, end: true },
    { to: '/matris', label: t.nav.matrix, end: false },
    { to: '/luckor', label: t.nav.gaps, end: false },
    { to: '/trend', label: t.nav.trend, end: false },
    { to: '/remisser', label: t.nav.remisser, end: false },
    // Shown only to the roles that can use them; the server enforces the same rules.
    ...(own && (user.role === 'editor' || (user.role === 'admin' && user.boards.length > 0))
      ? [
          { to: '/att-redovisa', label: t.nav.todo, end: false },
          { to: '/att-besvara', label: t.nav.remissTodo, end: false },
        ]
      : []),
    ...(own && user.role === 'admin'
      ? [
          { to: '/sena', label: t.nav.late, end: false },
          { to: '/admin', label: t.nav.admin, end: false },
        ]
      : []),
  ];

  return (
    <>
      <OrganisationSelector />
      <nav aria-label={t.mainNav}>
        <ul className="nav-list">
          {navItems.map((item) => (
            <li key={item.to}>
              <NavLink to={orgLink(item.to)} end={item.end}>
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}

export function Layout() {
  const { t } = useI18n();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const previousPath = useRef(location.pathname);
  // The organisation of the page, unless it is one of the pages of no organisation (start page,
  // Logga in) or names an organisation that does not exist (then the page says so, and nothing
  // of an organisation is offered).
  const slug = useOrganisationSlugIfAny();
  const organisations = useOrganisations();
  const inOrganisation = slug !== undefined && !(organisations.isSuccess && !organisations.data.some((o) => o.slug === slug));

  // After navigating to another page, start screen reader and keyboard users at its content.
  useEffect(() => {
    if (previousPath.current !== location.pathname) {
      previousPath.current = location.pathname;
      mainRef.current?.focus();
    }
  }, [location.pathname]);

  return (
    <>
      <a className="skip-link" href="#innehall">
        {t.skipLink}
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <Link to="/" className="site-name">
            {t.appName}
          </Link>
          {inOrganisation && <OrganisationNav />}
          <div className="header-controls">
            {inOrganisation && <CycleSelector />}
            <LanguageToggle />
            <UserMenu />
          </div>
        </div>
      </header>
      <main id="innehall" tabIndex={-1} ref={mainRef} className="site-main">
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t.footer}</p>
      </footer>
    </>
  );
}
