import { Link } from 'react-router';
import { EmptyState } from '../../../components/ui/query-state';
import { useI18n } from '../../../i18n/i18n';
import type { BoardCoverage } from '../../../lib/api-types';
import { useOrgLink } from '../../organisations/hooks/use-organisation';
import { DeliveryBarFigure } from './delivery-bar-figure';

/** Delivered vs missing per board, worst first: in the API's order (docs/api.md), which owns it. */
export function BoardCoverageChart({ boards }: { boards: BoardCoverage[] }) {
  const { t, fmt } = useI18n();
  const orgLink = useOrgLink();
  const rows = boards.filter((row) => row.expected > 0);

  if (rows.length === 0) {
    return (
      <section aria-labelledby="tackning-namnd">
        <h2 id="tackning-namnd">{t.overview.boardChartTitle}</h2>
        <EmptyState>{t.overview.boardChartEmpty}</EmptyState>
      </section>
    );
  }
  // Boards that share the lowest (or highest) share are named as a tie, never one of them as "the lowest".
  const worst = rows.filter((row) => row.rate === rows[0].rate);
  const best = rows.filter((row) => row.rate === rows[rows.length - 1].rate);
  const end = (group: BoardCoverage[]) => ({ count: group.length, name: group[0].board.name, rate: fmt.percent(group[0].rate) });
  const summary = t.overview.boardChartSummary(end(worst), end(best));
  return (
    <DeliveryBarFigure
      title={t.overview.boardChartTitle}
      summary={summary}
      rows={rows}
      rowKey={(row) => row.board.id}
      label={(row) => row.board.name}
      name={{ header: t.table.board, cell: (row) => <Link to={orgLink(`/namnder/${row.board.id}`)}>{row.board.name}</Link> }}
      extraColumns={[
        { header: t.table.late, cell: (row) => fmt.number(row.late), numeric: true },
        { header: t.table.status, cell: (row) => (row.statementMissing ? t.statementMissing : '') },
      ]}
      barHeight={26}
      minHeight={240}
    />
  );
}
