import { useIsFetching, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useI18n } from '../../../i18n/i18n';
import { ApiError } from '../../../lib/api-client';
import { describeApiError, fieldOfPath } from '../../../lib/api-error-text';
import {
  MAX_PLANNED_YEAR,
  MAX_STATEMENT_TEXT,
  MIN_PLANNED_YEAR,
  STATEMENT_STATUSES,
  type Statement,
  type StatementInput,
  type StatementStatus,
} from '../../../lib/api-types';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { SignInDialog } from '../../auth/components/sign-in-dialog';
import { getStatement, statementQueryKey } from '../api/get-statement';
import { useSaveStatement } from '../api/save-statement';
import { useSubmitStatement } from '../api/submit-statement';

type Field = 'text' | 'plannedYears' | 'status' | 'position';
const FIELDS: Field[] = ['text', 'plannedYears', 'status', 'position'];
/** How many years after the cycle's own year the planned-years group offers. */
const YEARS_AHEAD = 4;

interface Fields {
  text: string;
  plannedYears: number[];
  status: StatementStatus | '';
  position: string;
}

interface Conflict {
  kind: 'version' | 'exists' | 'locked';
  currentVersion?: number;
  statementId?: number;
  /** The user's unsaved text, kept so it can be copied after loading the latest version. */
  mine: string;
  reloaded: boolean;
}

const fieldsOf = (statement: Statement | null): Fields => ({
  text: statement?.text ?? '',
  plannedYears: statement ? [...statement.plannedYears].sort((a, b) => a - b) : [],
  status: statement?.status ?? '',
  position: statement?.position ?? '',
});

const inputOf = (fields: Fields): StatementInput => ({
  text: fields.text,
  plannedYears: [...fields.plannedYears].sort((a, b) => a - b),
  status: fields.status === '' ? null : fields.status,
  position: fields.position.trim() === '' ? null : fields.position,
});

const sameFields = (a: Fields, b: Fields) => JSON.stringify(inputOf(a)) === JSON.stringify(inputOf(b));

const isField = (name: string): name is Field => (FIELDS as string[]).includes(name);

interface StatementFormProps {
  /** daysLeft (from the to-do list): negative after the deadline, so the question can say "late". */
  cycle: { id: number; year: number; daysLeft?: number | null };
  boardId: number;
  /** null: the board's general statement */
  measureId: number | null;
  statement: Statement | null;
  /** A confirmation to announce ("Utkastet är sparat"). */
  onMessage: (message: string) => void;
  /** Last year's delivered statement of the board on the same measure, and its cycle. */
  previous?: { statement: Statement; cycleName: string } | null;
}

/**
 * One statement: text, planned years, status and position; "Spara utkast" and "Lämna in".
 * Writes carry the version the form was loaded with; when someone else saved in between, the
 * server answers 409 and the form keeps the user's text, offering to copy it and to load the
 * latest version. Field errors from the API's `errors` map appear next to their fields.
 */
export function StatementForm({ cycle, boardId, measureId, statement, onMessage, previous = null }: StatementFormProps) {
  const { t, fmt } = useI18n();
  const id = useId();
  const [base, setBase] = useState<Statement | null>(statement);
  const [fields, setFields] = useState<Fields>(() => fieldsOf(statement));
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<{ title: string; details: string[] } | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [copyMessage, setCopyMessage] = useState<string | null>(null);
  /** A write the server refused because the session had ended: retried after signing in again. */
  const [retryAfterSignIn, setRetryAfterSignIn] = useState<'save' | 'submit' | null>(null);
  const queryClient = useQueryClient();
  const save = useSaveStatement({ cycleId: cycle.id, boardId, measureId });
  const submit = useSubmitStatement(cycle.id);
  const reloadId = base?.id ?? conflict?.statementId;
  const reloading = useIsFetching({ queryKey: statementQueryKey(reloadId ?? 0) }) > 0 && reloadId !== undefined;
  const busy: 'save' | 'submit' | 'reload' | null =
    submit.isPending || (save.isPending && save.variables?.forSubmit) ? 'submit' : save.isPending ? 'save' : reloading ? 'reload' : null;

  const dirty = !base || !sameFields(fields, fieldsOf(base));
  // Warn while there is still room (the last 10 %), not only once the limit is passed.
  const nearLimit = fields.text.length >= MAX_STATEMENT_TEXT * 0.9;
  const [confirming, setConfirming] = useState(false);
  const [replacing, setReplacing] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);

  /** "Utgå från förra årets text": last year's text into the field, to edit and save. */
  function takeLastYear() {
    if (!previous) return;
    setFields({ ...fields, text: previous.statement.text });
    onMessage(t.lastYear.used);
    // After a confirmation dialog has closed and handed focus back (a modal dialog keeps it until then).
    setTimeout(() => textRef.current?.focus(), 0);
  }
  const offered = Array.from({ length: YEARS_AHEAD + 1 }, (_, i) => cycle.year + i);
  const years = [...new Set([...offered, ...fields.plannedYears])].sort((a, b) => a - b);
  const errorId = (field: Field) => `${id}-${field}-error`;

  function clearErrors() {
    setFieldErrors({});
    setFormError(null);
  }

  function showError(error: unknown) {
    if (!(error instanceof ApiError)) {
      setFormError({ title: t.form.failed, details: [] });
      return;
    }
    if (error.isUnauthorized) {
      // Nothing is lost: the form keeps the text while the user signs in again in the dialog.
      setFormError({ title: t.form.failed, details: [describeApiError(t, error).title] });
      return;
    }
    if (error.status === 409 && ['version_conflict', 'statement_exists', 'statement_submitted'].includes(error.code)) {
      const currentVersion = typeof error.details.currentVersion === 'number' ? error.details.currentVersion : undefined;
      const statementId = typeof error.details.statementId === 'number' ? error.details.statementId : undefined;
      const kind = error.code === 'version_conflict' ? 'version' : error.code === 'statement_exists' ? 'exists' : 'locked';
      setConflict({ kind, currentVersion, statementId, mine: fields.text, reloaded: false });
      setCopyMessage(null);
      return;
    }
    if (error.code === 'cycle_not_open') {
      setFormError({ title: t.form.cycleNotOpen, details: [] });
      return;
    }
    const text = describeApiError(t, error);
    if (text.fields.length > 0) {
      const byField: Partial<Record<Field, string>> = {};
      const other: string[] = [];
      for (const entry of text.fields) {
        const field = fieldOfPath(entry.path);
        if (isField(field)) byField[field] = rejectedMessage(field);
        else other.push(entry.message);
      }
      setFieldErrors(byField);
      setFormError({ title: t.form.errorSummary, details: other });
      return;
    }
    if (error.isForbidden) {
      setFormError({ title: t.form.forbidden, details: [] });
      return;
    }
    setFormError({ title: t.form.failed, details: [text.title] });
  }

  function rejectedMessage(field: Field): string {
    const rejected = t.form.fieldRejected;
    if (field === 'text') return rejected.text(fmt.number(MAX_STATEMENT_TEXT));
    if (field === 'plannedYears') return rejected.plannedYears(MIN_PLANNED_YEAR, MAX_PLANNED_YEAR);
    return rejected[field];
  }

  function checkLocally(forSubmit: boolean): boolean {
    const errors: Partial<Record<Field, string>> = {};
    if (fields.text.length > MAX_STATEMENT_TEXT) errors.text = t.form.textTooLong(fmt.number(MAX_STATEMENT_TEXT));
    else if (forSubmit && fields.text.trim() === '') errors.text = t.form.textEmpty;
    if (Object.keys(errors).length === 0) return true;
    setFieldErrors(errors);
    setFormError({ title: t.form.errorSummary, details: [] });
    return false;
  }

  /** Creates or saves the draft; the form then shows what the server stored. */
  async function persist(forSubmit: boolean): Promise<Statement> {
    const saved = await save.mutateAsync({ base, input: inputOf(fields), forSubmit });
    setBase(saved);
    setFields(fieldsOf(saved));
    return saved;
  }

  function failed(error: unknown, retry: 'save' | 'submit') {
    if (error instanceof ApiError && error.isUnauthorized) setRetryAfterSignIn(retry);
    showError(error);
  }

  async function onSave(event?: FormEvent) {
    event?.preventDefault();
    clearErrors();
    if (!checkLocally(false)) return;
    try {
      await persist(false);
      setConflict(null);
      onMessage(t.form.saved(new Intl.DateTimeFormat('sv-SE', { timeStyle: 'short' }).format(new Date())));
    } catch (error) {
      failed(error, 'save');
    }
  }

  async function onSubmit() {
    clearErrors();
    if (!checkLocally(true)) return;
    try {
      const current = !base || dirty ? await persist(true) : base;
      const submitted = await submit.mutateAsync(current);
      setBase(submitted);
      setConflict(null);
      onMessage(submitted.late ? t.form.submittedLate : t.form.submitted);
    } catch (error) {
      failed(error, 'submit');
    }
  }

  function onSignedIn() {
    const retry = retryAfterSignIn;
    setRetryAfterSignIn(null);
    if (retry === 'save') void onSave();
    if (retry === 'submit') void onSubmit();
  }

  async function onReload() {
    if (reloadId === undefined) return;
    try {
      // Always from the server: the cached copy is the version that conflicted.
      const latest = await queryClient.fetchQuery({ queryKey: statementQueryKey(reloadId), queryFn: ({ signal }) => getStatement(reloadId, signal), staleTime: 0 });
      setBase(latest);
      setFields(fieldsOf(latest));
      clearErrors();
      setConflict((previous) => (previous ? { ...previous, reloaded: true, currentVersion: latest.version } : previous));
    } catch (error) {
      setConflict(null);
      showError(error);
    }
  }

  async function onCopy(text: string) {
    try {
      await navigator.clipboard.writeText(text);
      setCopyMessage(t.form.copied);
    } catch {
      setCopyMessage(t.form.copyFailed);
    }
  }

  function describedBy(field: Field, ...others: string[]): string | undefined {
    const ids = [...others, ...(fieldErrors[field] ? [errorId(field)] : [])];
    return ids.length > 0 ? ids.join(' ') : undefined;
  }

  const version = conflict?.currentVersion === undefined ? '?' : String(conflict.currentVersion);
  const conflictBody = !conflict
    ? ''
    : conflict.kind === 'version'
      ? t.form.conflictBody(version)
      : conflict.kind === 'exists'
        ? t.form.existsBody
        : t.form.lockedBody;

  return (
    // Unnamed on purpose: the article around it is named, and a page of named forms would be a
    // page of landmarks with the same names (one per cycle).
    <>
    {/* Outside the form: the dialog holds a form of its own. */}
    {retryAfterSignIn && <SignInDialog onSignedIn={onSignedIn} onCancel={() => setRetryAfterSignIn(null)} />}
    <form className="form statement-form" onSubmit={(event) => void onSave(event)} noValidate>
      {formError && (
        <div role="alert" className="form-error">
          <p className="form-error-title">{formError.title}</p>
          {formError.details.length > 0 && (
            <ul>
              {formError.details.map((detail) => (
                <li key={detail}>{detail}</li>
              ))}
            </ul>
          )}
        </div>
      )}

      {conflict && (
        <div role="alert" className="conflict">
          <p className="form-error-title">{t.form.conflictTitle}</p>
          <p>{conflict.reloaded ? t.form.reloaded(version) : conflictBody}</p>
          {!conflict.reloaded && <p>{t.form.conflictHelp}</p>}
          {conflict.reloaded && (
            <figure className="conflict-mine">
              <figcaption>{t.form.yourText}</figcaption>
              <p className="statement-text">{conflict.mine}</p>
            </figure>
          )}
          <div className="button-row">
            <button type="button" className="button button-secondary" onClick={() => void onCopy(conflict.mine)}>
              {t.form.copy}
            </button>
            {!conflict.reloaded && (base || conflict.statementId !== undefined) && (
              <button type="button" className="button" disabled={busy !== null} onClick={() => void onReload()}>
                {busy === 'reload' ? t.form.reloading : t.form.reload}
              </button>
            )}
            {conflict.reloaded && (
              <button type="button" className="button button-secondary" onClick={() => setConflict(null)}>
                {t.form.dismiss}
              </button>
            )}
          </div>
          <p role="status" className="muted">
            {copyMessage}
          </p>
        </div>
      )}

      {previous && (
        <details className="previous-statement">
          <summary>{t.lastYear.title(previous.cycleName)}</summary>
          <p className="statement-text">{previous.statement.text}</p>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => (fields.text.trim() === '' || fields.text === previous.statement.text ? takeLastYear() : setReplacing(true))}
          >
            {t.lastYear.use}
          </button>
        </details>
      )}

      <div className="field">
        <label htmlFor={`${id}-text`}>{t.form.text}</label>
        <textarea
          ref={textRef}
          id={`${id}-text`}
          rows={8}
          value={fields.text}
          aria-invalid={fieldErrors.text ? true : undefined}
          aria-describedby={describedBy('text', `${id}-text-hint`)}
          onChange={(event) => setFields({ ...fields, text: event.target.value })}
        />
        <p id={`${id}-text-hint`} className={nearLimit ? 'field-warning' : 'field-hint'}>
          {t.form.textHint(fmt.number(fields.text.length), fmt.number(MAX_STATEMENT_TEXT))}
          {nearLimit && fields.text.length <= MAX_STATEMENT_TEXT && <> {t.form.textNearLimit(fmt.number(MAX_STATEMENT_TEXT - fields.text.length))}</>}
        </p>
        {fieldErrors.text && (
          <p id={errorId('text')} className="field-error">
            {fieldErrors.text}
          </p>
        )}
      </div>

      {/* The general statement asks for no planned years or status (it is not about one measure). */}
      {measureId !== null && (
        <fieldset className="field-group" aria-describedby={describedBy('plannedYears', `${id}-years-hint`)}>
          <legend>{t.form.plannedYears}</legend>
          <p id={`${id}-years-hint`} className="field-hint">
            {t.form.plannedYearsHint}
          </p>
          <div className="checkbox-row">
            {years.map((year) => (
              <label key={year} className="checkbox">
                <input
                  type="checkbox"
                  checked={fields.plannedYears.includes(year)}
                  aria-invalid={fieldErrors.plannedYears ? true : undefined}
                  onChange={(event) =>
                    setFields({
                      ...fields,
                      plannedYears: event.target.checked
                        ? [...fields.plannedYears, year].sort((a, b) => a - b)
                        : fields.plannedYears.filter((y) => y !== year),
                    })
                  }
                />
                {year}
              </label>
            ))}
          </div>
          {fieldErrors.plannedYears && (
            <p id={errorId('plannedYears')} className="field-error">
              {fieldErrors.plannedYears}
            </p>
          )}
        </fieldset>
      )}

      <div className="field-row">
        {measureId !== null && (
          <div className="field">
            <label htmlFor={`${id}-status`}>{t.form.status}</label>
            <select
              id={`${id}-status`}
              value={fields.status}
              aria-invalid={fieldErrors.status ? true : undefined}
              aria-describedby={describedBy('status')}
              onChange={(event) => setFields({ ...fields, status: event.target.value as StatementStatus | '' })}
            >
              <option value="">{t.form.noStatus}</option>
              {STATEMENT_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t.statementStatus[status]}
                </option>
              ))}
            </select>
            {fieldErrors.status && (
              <p id={errorId('status')} className="field-error">
                {fieldErrors.status}
              </p>
            )}
          </div>
        )}
        <div className="field">
          <label htmlFor={`${id}-position`}>{t.form.position}</label>
          <input
            id={`${id}-position`}
            type="text"
            value={fields.position}
            aria-invalid={fieldErrors.position ? true : undefined}
            aria-describedby={describedBy('position')}
            onChange={(event) => setFields({ ...fields, position: event.target.value })}
          />
          {fieldErrors.position && (
            <p id={errorId('position')} className="field-error">
              {fieldErrors.position}
            </p>
          )}
        </div>
      </div>

      <div className="button-row">
        <button type="submit" className="button button-secondary" disabled={busy !== null}>
          {busy === 'save' ? t.form.saving : t.form.saveDraft}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy !== null}
          onClick={() => {
            // Ask only when the text could be submitted: local errors show in the form, not behind a question.
            clearErrors();
            if (checkLocally(true)) setConfirming(true);
          }}
        >
          {busy === 'submit' ? t.form.submitting : t.form.submit}
        </button>
      </div>
    </form>
    <ConfirmDialog
      open={confirming}
      title={t.form.submitTitle}
      confirmLabel={t.form.submit}
      onCancel={() => setConfirming(false)}
      onConfirm={() => {
        setConfirming(false);
        void onSubmit();
      }}
    >
      <p>{t.form.submitBody(fields.plannedYears.length)}</p>
      {cycle.daysLeft != null && cycle.daysLeft < 0 && <p>{t.form.submitLate(-cycle.daysLeft)}</p>}
    </ConfirmDialog>
    <ConfirmDialog
      open={replacing}
      title={t.lastYear.replaceTitle}
      confirmLabel={t.lastYear.replace}
      onCancel={() => setReplacing(false)}
      onConfirm={() => {
        setReplacing(false);
        takeLastYear();
      }}
    >
      <p>{t.lastYear.replaceBody(fields.text.length)}</p>
    </ConfirmDialog>
    </>
  );
}
