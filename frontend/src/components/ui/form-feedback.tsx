import { useI18n } from '../../i18n/i18n';
import { ApiError } from '../../lib/api-client';
import { describeApiError } from '../../lib/api-error-text';

/**
 * The outcome of a form's last write: a failure in an alert (with the API's field errors listed),
 * or a confirmation in a polite status region. Both regions are always present so that screen
 * readers announce what appears in them.
 */
export function FormFeedback({ error, message }: { error: unknown; message?: string | null }) {
  const { t } = useI18n();
  const text = error ? describeApiError(t, error) : null;
  // Admin pages read the row anew after a failed write, so a conflict can say so.
  const title = error instanceof ApiError && error.isVersionConflict ? t.admin.conflict : (text?.title ?? null);
  const details = (text?.fields ?? []).map((field) => field.message);
  return (
    <>
      <div role="alert" className={title ? 'form-error' : undefined}>
        {title && <p className="form-error-title">{title}</p>}
        {details.length > 0 && (
          <ul>
            {details.map((detail) => (
              <li key={detail}>{detail}</li>
            ))}
          </ul>
        )}
      </div>
      <p role="status" className="form-status">
        {!error && message}
      </p>
    </>
  );
}
