import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n';

export interface ConfirmField {
  label: string;
  /** Shown under the field; also the message when it is left empty. */
  hint: string;
  maxLength: number;
}

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  /** What will happen, with the numbers ("3 skrivningar saknas …"). */
  children: ReactNode;
  confirmLabel: string;
  /** A required text (a reason, a comment) the action sends. */
  field?: ConfirmField;
  busy?: boolean;
  /** An error from the action, shown inside the dialog so the user can retry or cancel. */
  error?: string;
  onConfirm: (text: string) => void;
  onCancel: () => void;
}

/**
 * "No irreversible click without a question": a modal native <dialog> (the browser traps focus
 * in it and Esc cancels), named by its title and described by what will happen. Focus goes to the
 * field or to "Avbryt" (the safe choice) and back to whatever opened it when it closes.
 */
export function ConfirmDialog({ open, title, children, confirmLabel, field, busy = false, error, onConfirm, onCancel }: ConfirmDialogProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const opener = useRef<Element | null>(null);
  const titleId = useId();
  const bodyId = useId();
  const fieldId = useId();
  const hintId = useId();
  const [text, setText] = useState('');
  const [empty, setEmpty] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      setText('');
      setEmpty(false);
      dialog.showModal();
      (field ? fieldRef.current : cancelRef.current)?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
      if (opener.current instanceof HTMLElement) opener.current.focus();
    }
  }, [open, field]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (field && text.trim() === '') {
      setEmpty(true);
      fieldRef.current?.focus();
      return;
    }
    onConfirm(text.trim());
  }

  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        // Esc: the parent decides (it closes the dialog by setting open to false).
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      {/* Rendered only while open, so a closed dialog's buttons are never found by name. */}
      {open && (
        <form onSubmit={submit} noValidate>
          <h2 id={titleId}>{title}</h2>
          <div id={bodyId}>{children}</div>
          {field && (
            <div className={`field ${empty ? 'has-error' : ''}`}>
              <label htmlFor={fieldId}>{field.label}</label>
              <textarea
                id={fieldId}
                ref={fieldRef}
                rows={4}
                value={text}
                maxLength={field.maxLength}
                required
                aria-invalid={empty || undefined}
                aria-describedby={hintId}
                onChange={(event) => {
                  setText(event.target.value);
                  if (event.target.value.trim() !== '') setEmpty(false);
                }}
              />
              <p id={hintId} className={empty ? 'field-error' : 'field-hint'}>
                {empty ? t.confirm.required(field.label) : field.hint}
              </p>
            </div>
          )}
          {error && (
            <p role="alert" className="form-error">
              {error}
            </p>
          )}
          <div className="button-row">
            <button type="submit" className="button" disabled={busy}>
              {busy ? t.confirm.working : confirmLabel}
            </button>
            <button type="button" ref={cancelRef} className="button button-secondary" disabled={busy} onClick={onCancel}>
              {t.confirm.cancel}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
