import { useEffect, useId, useRef } from 'react';
import { useI18n } from '../../../i18n/i18n';
import { LoginForm } from './login-form';

/**
 * Sign in again without leaving the page: shown when a write answered 401 because the session had
 * ended. The page underneath (and what the user typed) stays; `onSignedIn` retries the write.
 */
export function SignInDialog({ onSignedIn, onCancel }: { onSignedIn: () => void; onCancel: () => void }) {
  const { t } = useI18n();
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // Focus moves into the dialog so that keyboard and screen-reader users land in it.
    ref.current?.querySelector<HTMLElement>('input')?.focus();
  }, []);

  return (
    <div
      ref={ref}
      className="dialog"
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
    >
      <h2 id={titleId}>{t.auth.signInAgainTitle}</h2>
      <p>{t.auth.signInAgainIntro}</p>
      <LoginForm onSignedIn={() => onSignedIn()} />
      <button type="button" className="button button-secondary" onClick={onCancel}>
        {t.admin.cancel}
      </button>
    </div>
  );
}
