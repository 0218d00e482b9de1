import { AuditChanges } from '../../../components/ui/audit-changes';
import { EmptyState } from '../../../components/ui/query-state';
import { useI18n } from '../../../i18n/i18n';
import type { AuditEvent } from '../../../lib/api-types';

/** A statement's audit trail, oldest first: who did what when, and which fields changed how. */
/** Outside the board and the admins the API leaves out drafts and actors: the board is then named instead. */
export function StatementHistory({ events, board }: { events: AuditEvent[]; board: string }) {
  const { t, fmt } = useI18n();
  if (events.length === 0) return <EmptyState>{t.history.empty}</EmptyState>;
  return (
    <ol className="history-list">
      {events.map((event) => (
        <li key={event.id} className="history-event">
          <p className="history-head">
            <time dateTime={event.at}>{fmt.dateTime(event.at)}</time>
            {' – '}
            <strong>{t.history.event(event.actor?.email ?? board, t.audit.actions[event.action] ?? event.action)}</strong>
            {typeof event.after?.version === 'number' && <span className="muted"> (version {event.after.version})</span>}
          </p>
          <AuditChanges before={event.before} after={event.after} hide={['boardId']} />
        </li>
      ))}
    </ol>
  );
}
