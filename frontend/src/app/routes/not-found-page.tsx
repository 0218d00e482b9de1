import { Link } from 'react-router';
import { useOrganisationSlugIfAny } from '../../features/organisations/hooks/use-organisation';
import { orgPath } from '../../features/organisations/org-path';
import { useI18n } from '../../i18n/i18n';
import { useDocumentTitle } from '../../lib/use-document-title';

/** An address that leads nowhere; inside an organisation it offers that organisation's Översikt. */
export function NotFoundPage() {
  const { t } = useI18n();
  const organisation = useOrganisationSlugIfAny();
  useDocumentTitle(t.notFound.title);
  return (
    <>
      <h1>{t.notFound.title}</h1>
      <p>{t.notFound.body}</p>
      {organisation ? <Link to={orgPath(organisation, '/')}>{t.notFound.home}</Link> : <Link to="/">{t.organisation.toStart}</Link>}
    </>
  );
}
