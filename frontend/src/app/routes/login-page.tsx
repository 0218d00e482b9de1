import { useNavigate, useSearchParams } from 'react-router';
import { LoginForm } from '../../features/auth/components/login-form';
import { DEFAULT_ORGANISATION, orgPath } from '../../features/organisations/org-path';
import { useI18n } from '../../i18n/i18n';
import type { Me } from '../../lib/api-types';
import { useDocumentTitle } from '../../lib/use-document-title';

/** Only a path inside the app: `?till=//evil.example` must not send anyone elsewhere. */
export function safeReturnPath(value: string | null): string | null {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : null;
}

/** Where an account starts: its own organisation's to-do list or administration; analysts at the start page. */
function homeFor(user: Me): string {
  // A system account belongs to no organisation: it starts where old addresses lead.
  const organisation = user.organisation?.slug ?? DEFAULT_ORGANISATION;
  if (user.role === 'editor') return orgPath(organisation, '/att-redovisa');
  if (user.role === 'admin') return orgPath(organisation, '/admin');
  return '/';
}

export function LoginPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  useDocumentTitle(t.auth.title);

  return (
    <div className="narrow">
      <h1>{t.auth.title}</h1>
      <p className="lead">{t.auth.intro}</p>
      <LoginForm onSignedIn={(user) => navigate(safeReturnPath(params.get('till')) ?? homeFor(user), { replace: true })} />
    </div>
  );
}
