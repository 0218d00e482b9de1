import { Link } from 'react-router';
import { useI18n } from '../../../i18n/i18n';
import type { BoardDetail, Statement } from '../../../lib/api-types';
import { useOrgLink } from '../../organisations/hooks/use-organisation';
import { sortResponsibilities } from './board-responsibilities';
import { StatementCard } from '../../../components/ui/statement-card';
import { StatementText } from '../../../components/ui/statement-text';
import { ReviewActions } from '../../statements/components/review-actions';

interface BoardStatementsProps {
  board: BoardDetail;
  statements: Statement[];
  reportTitles: Map<string, string>;
}

/**
 * The board's statements grouped by report: one entry per measure it has written about. A measure
 * without a statement is not repeated here: the gap list ("Luckor") is where the missing ones are listed.
 */
export function BoardStatements({ board, statements, reportTitles }: BoardStatementsProps) {
  const { t } = useI18n();
  const orgLink = useOrgLink();
  const byMeasure = new Map(statements.filter((s) => s.measure).map((s) => [s.measure!.id, s]));
  const groups = new Map<string, BoardDetail['responsibilities']>();
  const sorted = sortResponsibilities(board.responsibilities, [...reportTitles.keys()]);
  const unwritten = sorted.filter((row) => !byMeasure.has(row.measure.id)).length;
  for (const row of sorted.filter((r) => byMeasure.has(r.measure.id))) {
    const list = groups.get(row.measure.report) ?? [];
    list.push(row);
    groups.set(row.measure.report, list);
  }
  if (sorted.length === 0) return <p>{t.board.noResponsibilities}</p>;
  const note = unwritten > 0 && (
    <p className="muted">{board.participant === false ? t.board.unwrittenNotAsked(unwritten) : t.board.unwritten(unwritten)}</p>
  );
  if (groups.size === 0) return <>{note}</>;
  return (
    <>
      {note}
      {[...groups.entries()].map(([reportKey, rows]) => (
        <section key={reportKey} className="statement-group">
          <h3>{reportTitles.get(reportKey) ?? reportKey}</h3>
          {rows.map((row) => (
            <StatementCard
              key={`${row.measure.id}-${row.role}`}
              level={4}
              heading={
                <Link to={orgLink(`/atgarder/${row.measure.id}`)}>
                  <span className="measure-number">{row.measure.number}</span> {row.measure.title}
                </Link>
              }
            >
              <p className="muted">{row.role === 'lead' ? t.role.lead : t.role.contributing}</p>
              <StatementText statement={byMeasure.get(row.measure.id)} />
              <ReviewActions statement={byMeasure.get(row.measure.id)!} />
            </StatementCard>
          ))}
        </section>
      ))}
    </>
  );
}

export function GeneralStatement({ statements }: { statements: Statement[] }) {
  const { t } = useI18n();
  const general = statements.find((s) => s.measure === null);
  if (!general) return <p>{t.board.noGeneralStatement}</p>;
  return (
    <>
      <StatementText statement={general} />
      <ReviewActions statement={general} />
    </>
  );
}
