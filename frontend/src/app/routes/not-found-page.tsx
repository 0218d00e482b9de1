import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { useDocumentTitle } from '../../lib/use-document-title';

export function NotFoundPage() {
  const { t } = useI18n();
  useDocumentTitle(t.notFound.title);
  return (
    <>
      <h1>{t.notFound.title}</h1>
      <p>{t.notFound.body}</p>
      <Link to="/">{t.notFound.home}</Link>
    </>
  );
}
