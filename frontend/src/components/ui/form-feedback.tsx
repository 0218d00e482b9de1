import { useI18n } from '../../i18n/i18n';
import { ApiError } from '../../lib/api-client';

/**
 * The outcome of a form's last write: a failure in an alert (with the API's field errors listed),
 * or a confirmation in a polite status region. Both regions are always present so that screen
 * readers announce what appears in them.
 */
export function FormFeedback({ error, message }: { error: unknown; message?: string | null }) {
  const { t } = useI18n();
  let title: string | null = null;
  let details: string[] = [];
  if (error) {
    if (error instanceof ApiError) {
      if (error.isVersionConflict) title = t.admin.conflict;
      else if (error.isNetworkError) title = t.state.network;
      else title = t.state.server(error.message, error.code);
      details = Object.entries(error.errors ?? {}).map(([field, problem]) => `${t.audit.fields[field] ?? field}: ${problem}`);
    } else {
      title = t.form.failed;
    }
  }
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
