import { useI18n } from '../../i18n/i18n';
import type { Statement } from '../../lib/api-types';

/** A statement's text, planned years, reported status and position, or "Skrivning saknas" when there is none. */
export function StatementText({ statement }: { statement: Statement | undefined }) {
  const { t, fmt } = useI18n();
  if (!statement) return <p className="statement-missing">{t.statementMissing}</p>;
  return (
    <>
      {statement.state !== 'submitted' && <p className="badge">{t.statementState[statement.state]}</p>}
      {(statement.status || statement.position) && (
        <dl className="statement-meta">
          {statement.status && (
            <div>
              <dt>{t.statementMeta.status}</dt>
              <dd>{t.statementStatus[statement.status]}</dd>
            </div>
          )}
          {statement.position && (
            <div>
              <dt>{t.statementMeta.position}</dt>
              <dd>{statement.position}</dd>
            </div>
          )}
        </dl>
      )}
      <p className="statement-text">{statement.text}</p>
      {statement.link && (
        <p className="muted link-evidence">{t.link.evidence(t.link.method[statement.link.method], t.link.lines(statement.link.lines))}</p>
      )}
      <p className="muted">
        {statement.plannedYears.length > 0
          ? t.board.plannedYears(fmt.list(statement.plannedYears.map(String)))
          : t.board.noPlannedYears}
      </p>
    </>
  );
}
