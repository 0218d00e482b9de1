import { useState } from 'react';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { useI18n } from '../../../i18n/i18n';
import { describeApiError } from '../../../lib/api-error-text';
import { MAX_REVIEW_COMMENT, type Statement } from '../../../lib/api-types';
import { useSession } from '../../auth/api/get-me';
import { useReviewStatement, type ReviewAction } from '../api/review-statement';

/**
 * The admin's review of one statement wherever it is shown: approve or return (with a comment) a
 * submitted statement, reopen (with a reason) a submitted or approved one. Each asks first, saying
 * what will happen. Renders nothing for other users or states.
 */
export function ReviewActions({ statement, onDone }: { statement: Statement; onDone?: (message: string) => void }) {
  const { t } = useI18n();
  const { user } = useSession();
  const review = useReviewStatement(statement.id);
  const [action, setAction] = useState<ReviewAction | null>(null);
  const [error, setError] = useState('');
  const [message, setMessage] = useState('');
  if (user?.role !== 'admin') return null;
  const actions: ReviewAction[] =
    statement.state === 'submitted' ? ['approve', 'return', 'reopen'] : statement.state === 'approved' ? ['reopen'] : [];
  if (actions.length === 0 && !message) return null;
  const board = statement.board.name;
  const dialogs = {
    approve: { title: t.review.approveTitle, body: t.review.approveBody(board), confirm: t.review.approve, field: undefined, done: t.review.approved },
    return: {
      title: t.review.returnTitle,
      body: t.review.returnBody(board),
      confirm: t.review.return,
      field: { label: t.review.comment, hint: t.review.commentHint, maxLength: MAX_REVIEW_COMMENT },
      done: t.review.returned,
    },
    reopen: {
      title: t.review.reopenTitle,
      body: t.review.reopenBody(board),
      confirm: t.review.reopen,
      field: { label: t.review.reason, hint: t.review.reasonHint, maxLength: MAX_REVIEW_COMMENT },
      done: t.review.reopened,
    },
  };
  const open = action ? dialogs[action] : null;

  return (
    <>
      <div className="button-row">
        {actions.map((a) => (
          <button
            key={a}
            type="button"
            className={a === 'approve' ? 'button' : 'button button-secondary'}
            onClick={() => {
              setError('');
              setAction(a);
            }}
          >
            {dialogs[a].confirm}
          </button>
        ))}
      </div>
      <p role="status" className="form-status">
        {message}
      </p>
      <ConfirmDialog
        open={open !== null}
        title={open?.title ?? ''}
        confirmLabel={open?.confirm ?? ''}
        field={open?.field}
        busy={review.isPending}
        error={error}
        onCancel={() => setAction(null)}
        onConfirm={(text) => {
          if (!action) return;
          const done = dialogs[action].done;
          review.mutate(
            { action, version: statement.version, text },
            {
              onSuccess: () => {
                setAction(null);
                setMessage(done);
                onDone?.(done);
              },
              onError: (e) => setError(describeApiError(t, e).title),
            },
          );
        }}
      >
        <p>{open?.body}</p>
      </ConfirmDialog>
    </>
  );
}

/** The admin's comment on a returned statement, or the reason it was reopened, for the board to read. */
export function ReviewComment({ statement }: { statement: Statement }) {
  const { t } = useI18n();
  if (!statement.reviewComment || (statement.state !== 'returned' && statement.state !== 'draft')) return null;
  return (
    <div className="review-comment">
      <p className="review-comment-title">{statement.state === 'returned' ? t.review.returnedNote : t.review.reopenedNote}</p>
      <p className="statement-text">{statement.reviewComment}</p>
    </div>
  );
}
