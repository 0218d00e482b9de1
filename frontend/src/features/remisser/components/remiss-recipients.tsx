import { Link } from 'react-router';
import { DataTable } from '../../../components/ui/data-table';
import { useSession } from '../../auth/api/get-me';
import { useI18n } from '../../../i18n/i18n';
import type { RemissDetail, RemissRecipient } from '../../../lib/api-types';
import { orgPath } from '../../organisations/org-path';

/** The recipient key the API's ?recipient= understands, or null for a name not yet tied to a board. */
export const recipientKey = (r: Pick<RemissRecipient, 'kind' | 'board' | 'externalBody'>): string | null =>
  r.board ? `board:${r.board.id}` : r.externalBody ? `external:${r.externalBody.id}` : r.kind === 'organisation' ? 'organisation' : null;

/**
 * Who may answer for a recipient in the app: the remiss's organisation's admins, and editors of the
 * recipient board (external bodies and the organisation itself: admins). The server decides; this only hides links.
 */
export function useMayAnswer() {
  const { user } = useSession();
  return (recipient: RemissRecipient, remiss: Pick<RemissDetail, 'organisation'>) =>
    !!user &&
    user.organisation?.slug === remiss.organisation.slug &&
    (user.role === 'admin' || (user.role === 'editor' && recipient.board !== null && user.boards.some((b) => b.id === recipient.board!.id)));
}

/** Every recipient with its status: answered (on time or late), a draft begun, not answered, late. */
export function RemissRecipients({ remiss }: { remiss: RemissDetail }) {
  const { t, fmt } = useI18n();
  const r = t.remisser;
  const mayAnswer = useMayAnswer();
  const statusOf = (x: RemissRecipient) =>
    x.answer?.state === 'submitted'
      ? x.late ? r.recipientStatus['answered-late'] : r.recipientStatus.answered
      : x.answer ? r.recipientStatus.draft : x.late ? r.recipientStatus.overdue : r.recipientStatus.missing;
  return (
    <DataTable
      caption={r.recipientsCaption}
      rows={remiss.recipients}
      rowKey={(x) => x.id}
      columns={[
        {
          header: r.col.recipient,
          rowHeader: true,
          cell: (x) => {
            const key = recipientKey(x);
            return (
              <>
                {key ? <Link to={orgPath(remiss.organisation.slug, `/remisser/instanser/${encodeURIComponent(key)}`)}>{x.name}</Link> : x.name}
                {x.viaGroup && <span className="muted"> ({r.viaGroup(x.viaGroup)})</span>}
                {key === null && <span className="muted"> ({r.unresolved})</span>}
              </>
            );
          },
        },
        { header: r.col.kind, cell: (x) => r.kind[x.kind] },
        { header: r.col.status, cell: statusOf },
        { header: r.col.position, cell: (x) => (x.answer?.state === 'submitted' ? r.position[x.answer.position ?? 'unknown'] : '–') },
        { header: r.col.answeredOn, cell: (x) => (x.answer?.answeredOn ? fmt.date(x.answer.answeredOn) : '–') },
        {
          header: r.answersHeading,
          cell: (x) =>
            x.answer?.state === 'submitted' ? (
              <a href={`#svar-${x.answer.id}`}>{r.readAnswer(x.name)}</a>
            ) : remiss.status === 'sent' && mayAnswer(x, remiss) ? (
              <Link to={orgPath(remiss.organisation.slug, `/remisser/${remiss.id}/svar/${x.id}`)}>{x.answer ? r.continueAnswer(x.name) : r.answerThis(x.name)}</Link>
            ) : (
              '–'
            ),
        },
      ]}
    />
  );
}
