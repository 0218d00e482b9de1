import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../../../i18n/i18n';
import { ApiError } from '../../../lib/api-client';
import { describeApiError } from '../../../lib/api-error-text';
import type { Me } from '../../../lib/api-types';
import { useLogin } from '../api/login';

interface LoginFieldProps {
  label: string;
  type: 'email' | 'password';
  name: string;
  autoComplete: string;
  value: string;
  /** Marks the field while the form's error (in the alert above) stands. */
  invalid: boolean;
  onChange: (value: string) => void;
}

function LoginField({ label, type, name, autoComplete, value, invalid, onChange }: LoginFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        name={name}
        autoComplete={autoComplete}
        value={value}
        aria-invalid={invalid ? true : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

/** E-mail and password; failures are announced in an alert region above the fields. */
export function LoginForm({ onSignedIn }: { onSignedIn: (user: Me) => void }) {
  const { t } = useI18n();
  const login = useLogin();
  const errorId = useId();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);

  function describe(failure: unknown): string {
    if (failure instanceof ApiError) {
      if (failure.status === 401 || (failure.status === 400 && failure.code === 'validation_failed')) return t.auth.invalid;
      if (failure.status === 429) {
        return failure.retryAfter ? t.auth.tooManyMinutes(Math.max(1, Math.ceil(failure.retryAfter / 60))) : t.auth.tooMany;
      }
    }
    return describeApiError(t, failure).title;
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!email.trim() || !password) {
      setError(t.auth.required);
      return;
    }
    setError(null);
    login.mutate(
      { email: email.trim(), password },
      {
        onSuccess: (response) => onSignedIn(response.user),
        onError: (failure) => {
          setError(describe(failure));
          setPassword('');
        },
      },
    );
  }

  return (
    <form className="form login-form" onSubmit={onSubmit} noValidate aria-describedby={error ? errorId : undefined}>
      <div role="alert" id={errorId} className={error ? 'form-error' : undefined}>
        {error}
      </div>
      <LoginField label={t.auth.email} type="email" name="email" autoComplete="username" value={email} invalid={error !== null} onChange={setEmail} />
      <LoginField
        label={t.auth.password}
        type="password"
        name="password"
        autoComplete="current-password"
        value={password}
        invalid={error !== null}
        onChange={setPassword}
      />
      <button type="submit" className="button" disabled={login.isPending}>
        {login.isPending ? t.auth.submitting : t.auth.submit}
      </button>
    </form>
  );
}
