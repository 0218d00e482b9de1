import { useId, useState } from 'react';
import { Link, useParams } from 'react-router';
import { FormFeedback } from '../../components/ui/form-feedback';
import { QueryState } from '../../components/ui/query-state';
import { RequireRole } from '../../features/auth/components/require-role';
import { useRemiss } from '../../features/remisser/api/get-remiss';
import { useRemissAnswer } from '../../features/remisser/api/get-remiss-answer';
import { useSaveRemissAnswer, useSubmitRemissAnswer } from '../../features/remisser/api/write-remiss-answer';
import { useMayAnswer } from '../../features/remisser/components/remiss-recipients';
import { useI18n } from '../../i18n/i18n';
import type { RemissAnswer, RemissDetail, RemissPosition, RemissRecipient } from '../../lib/api-types';
import { parseRouteId } from '../../lib/route-id';
import { useDocumentTitle } from '../../lib/use-document-title';
import { NotFoundPage } from './not-found-page';
import { orgPath } from '../../features/organisations/org-path';

const POSITIONS: RemissPosition[] = ['supports', 'partly-supports', 'opposes', 'no-comments', 'declined'];

function AnswerForm({ remiss, recipient, answer }: { remiss: RemissDetail; recipient: RemissRecipient; answer: RemissAnswer | null }) {
  const { t } = useI18n();
  const r = t.remisser;
  const ids = { position: useId(), date: useId(), dateHint: useId(), summary: useId(), signatories: useId(), sigHint: useId() };
  const [position, setPosition] = useState<RemissPosition | null>(answer?.position ?? null);
  const [answeredOn, setAnsweredOn] = useState(answer?.answeredOn ?? '');
  const [summary, setSummary] = useState(answer?.summary ?? '');
  const [signatories, setSignatories] = useState((answer?.signedBy ?? []).join('\n'));
  const save = useSaveRemissAnswer();
  const submit = useSubmitRemissAnswer();
  const current = submit.data ?? save.data ?? answer;
  const locked = current?.state === 'submitted';
  const content = () => ({
    position,
    answeredOn: answeredOn === '' ? null : answeredOn,
    summary,
    signatories: signatories.split('\n').map((s) => s.trim()).filter(Boolean),
  });
  const onSave = () => save.mutate({ remissId: remiss.id, recipientId: recipient.id, answer: current, content: content() });
  const onSubmit = async () => {
    const saved = await save.mutateAsync({ remissId: remiss.id, recipientId: recipient.id, answer: current, content: content() });
    submit.mutate(saved);
  };
  if (locked) {
    return (
      <>
        <p role="status">{submit.data ? r.form.submitted : r.form.locked}</p>
        <p>
          <Link to={orgPath(remiss.organisation.slug, `/remisser/${remiss.id}`)}>{r.form.back}</Link>
        </p>
      </>
    );
  }
  return (
    <form
      className="form"
      onSubmit={(event) => {
        event.preventDefault();
        onSave();
      }}
    >
      <fieldset>
        <legend>{r.form.position}</legend>
        {POSITIONS.map((p) => (
          <div key={p} className="radio">
            <input type="radio" id={`${ids.position}-${p}`} name="position" value={p} checked={position === p} onChange={() => setPosition(p)} />
            <label htmlFor={`${ids.position}-${p}`}>{r.position[p]}</label>
          </div>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={ids.date}>{r.form.answeredOn}</label>
        <input id={ids.date} type="date" value={answeredOn} aria-describedby={ids.dateHint} onChange={(event) => setAnsweredOn(event.target.value)} />
        <p id={ids.dateHint} className="hint">
          {r.form.answeredOnHint}
        </p>
      </div>
      <div className="field">
        <label htmlFor={ids.summary}>{r.form.summary}</label>
        <textarea id={ids.summary} rows={8} value={summary} maxLength={5000} onChange={(event) => setSummary(event.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={ids.signatories}>{r.form.signatories}</label>
        <textarea id={ids.signatories} rows={3} value={signatories} aria-describedby={ids.sigHint} onChange={(event) => setSignatories(event.target.value)} />
        <p id={ids.sigHint} className="hint">
          {r.form.signatoriesHint}
        </p>
      </div>
      <FormFeedback error={submit.error ?? save.error} message={save.isSuccess && !submit.isPending ? r.form.saved : null} />
      <div className="form-actions">
        <button type="submit" className="button button-secondary" disabled={save.isPending || submit.isPending}>
          {r.form.save}
        </button>
        <button type="button" className="button" disabled={save.isPending || submit.isPending} onClick={() => void onSubmit().catch(() => undefined)}>
          {r.form.submit}
        </button>
      </div>
      <p>
        <Link to={orgPath(remiss.organisation.slug, `/remisser/${remiss.id}`)}>{r.form.back}</Link>
      </p>
    </form>
  );
}

function AnswerWithDraft({ remiss, recipient }: { remiss: RemissDetail; recipient: RemissRecipient }) {
  const { t } = useI18n();
  // The draft as it was when the page opened: saving the first draft must not swap the form for a new one.
  const [draftId] = useState(recipient.answer?.id ?? null);
  const draft = useRemissAnswer(draftId);
  if (draftId === null) return <AnswerForm remiss={remiss} recipient={recipient} answer={null} />;
  return <QueryState query={draft} what={t.remisser.what.answer}>{(answer) => <AnswerForm remiss={remiss} recipient={recipient} answer={answer} />}</QueryState>;
}

function AnswerContent({ remiss, recipientId }: { remiss: RemissDetail; recipientId: number }) {
  const { t } = useI18n();
  const r = t.remisser;
  const mayAnswer = useMayAnswer();
  const recipient = remiss.recipients.find((x) => x.id === recipientId);
  useDocumentTitle(recipient ? r.form.title(recipient.name) : r.title);
  if (!recipient) return <NotFoundPage />;
  return (
    <>
      <h1>{r.form.title(recipient.name)}</h1>
      <p className="lead">
        <Link to={orgPath(remiss.organisation.slug, `/remisser/${remiss.id}`)}>{remiss.title}</Link> ({remiss.caseNumber ?? r.noCaseNumber})
      </p>
      {!mayAnswer(recipient, remiss) ? (
        <p className="state state-empty">{r.form.notAllowed}</p>
      ) : remiss.status !== 'sent' ? (
        <p className="state state-empty">{r.form.notOpen}</p>
      ) : (
        <AnswerWithDraft key={recipient.id} remiss={remiss} recipient={recipient} />
      )}
    </>
  );
}

function AnswerPage({ remissId, recipientId }: { remissId: number; recipientId: number }) {
  const { t } = useI18n();
  const query = useRemiss(remissId);
  return <QueryState query={query} what={t.remisser.what.remiss}>{(remiss) => <AnswerContent remiss={remiss} recipientId={recipientId} />}</QueryState>;
}

/** /remisser/:id/svar/:recipientId: a recipient board's editor (or an admin) answers the remiss in the app. */
export function RemissAnswerPage() {
  const params = useParams();
  const remissId = parseRouteId(params.id);
  const recipientId = parseRouteId(params.recipientId);
  if (remissId === null || recipientId === null) return <NotFoundPage />;
  return <RequireRole roles={['editor', 'admin']}>{() => <AnswerPage remissId={remissId} recipientId={recipientId} />}</RequireRole>;
}
