import { Fragment } from 'react';
import { Link, Outlet } from 'react-router';
import { useI18n } from '../../../i18n/i18n';
import { DocumentTitleContext, useDocumentTitle } from '../../../lib/use-document-title';
import { useOrganisation } from '../hooks/use-organisation';
import { orgPath } from '../org-path';

function OrganisationNotFound({ slug }: { slug: string }) {
  const { t } = useI18n();
  const { query } = useOrganisation();
  useDocumentTitle(t.organisation.notFoundTitle);
  const known = query.data ?? [];
  return (
    <>
      <h1>{t.organisation.notFoundTitle}</h1>
      <p>{t.organisation.notFound(slug)}</p>
      {known.length > 0 && (
        <>
          <p>{t.organisation.known}</p>
          <ul>
            {known.map((organisation) => (
              <li key={organisation.slug}>
                <Link to={orgPath(organisation.slug, '/')}>{organisation.name}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <Link to="/">{t.organisation.toStart}</Link>
    </>
  );
}

/**
 * `/:org/…`: the pages of one organisation. They start at once with the slug from the address (their
 * requests carry `?organisation=`); once the list of organisations has come, an unknown slug is a
 * page of its own naming it. Each organisation's pages are mounted afresh, so no state of one
 * (a filter, a half-typed form) follows into another.
 */
export function OrganisationGate() {
  const { slug, organisation, isUnknown } = useOrganisation();
  if (isUnknown) return <OrganisationNotFound slug={slug} />;
  return (
    <DocumentTitleContext.Provider value={organisation?.name}>
      <Fragment key={slug}>
        <Outlet />
      </Fragment>
    </DocumentTitleContext.Provider>
  );
}
