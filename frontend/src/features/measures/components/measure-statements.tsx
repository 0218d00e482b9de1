import { Link } from 'react-router';
import { StatementCard } from '../../../components/ui/statement-card';
import { StatementText } from '../../../components/ui/statement-text';
import { ReviewActions } from '../../statements/components/review-actions';
import { SinceLastYearDetails } from '../../statements/components/since-last-year';
import { useI18n } from '../../../i18n/i18n';
import type { MeasureCoverageRow, Statement } from '../../../lib/api-types';
import { useOrgLink } from '../../organisations/hooks/use-organisation';

/**
 * Every board responsible in the cycle's scope, its statement side by side, lead boards first;
 * "Skrivning saknas" where an asked board wrote none, "Inte tillfrågad" for a board not asked.
 */
export function MeasureStatements({ scope, statements }: { scope: MeasureCoverageRow[]; statements: Statement[] }) {
  const { t } = useI18n();
  const orgLink = useOrgLink();
  const byBoard = new Map(statements.map((s) => [s.board.id, s]));
  const responsible = [...scope].sort(
    (a, b) => (a.role === b.role ? a.board.name.localeCompare(b.board.name, 'sv') : a.role === 'lead' ? -1 : 1),
  );
  // Statements from boards not named in the responsibility text are shown too, after the others.
  const named = new Set(responsible.map((r) => r.board.id));
  const others = statements.filter((s) => !named.has(s.board.id));
  if (responsible.length === 0 && others.length === 0) return <p>{t.measure.noResponsibilities}</p>;
  return (
    <div className="side-by-side">
      {responsible.map((row) => (
        <StatementCard
          key={`${row.board.id}-${row.role}`}
          level={3}
          heading={<Link to={orgLink(`/namnder/${row.board.id}`)}>{row.board.name}</Link>}
        >
          <p className="muted">
            {row.role === 'lead' ? t.role.lead : t.role.contributing}
            {row.asked ? null : ` · ${t.notAsked}`}
          </p>
          {!row.asked && !byBoard.has(row.board.id) ? <p className="muted">{t.notAsked}</p> : <StatementText statement={byBoard.get(row.board.id)} />}
          {byBoard.has(row.board.id) && (
            <>
              <SinceLastYearDetails statement={byBoard.get(row.board.id)!} />
              <ReviewActions statement={byBoard.get(row.board.id)!} />
            </>
          )}
        </StatementCard>
      ))}
      {others.map((statement) => (
        <StatementCard
          key={statement.id}
          level={3}
          heading={<Link to={orgLink(`/namnder/${statement.board.id}`)}>{statement.board.name}</Link>}
        >
          <p className="muted">{t.role.notResponsible}</p>
          <StatementText statement={statement} />
          <ReviewActions statement={statement} />
        </StatementCard>
      ))}
    </div>
  );
}
