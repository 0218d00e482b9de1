import { Link } from 'react-router';
import { ChartFigure } from '../../../components/ui/chart-figure';
import { DataTable } from '../../../components/ui/data-table';
import { EmptyState } from '../../../components/ui/query-state';
import { useI18n } from '../../../i18n/i18n';
import type { BoardCoverage } from '../../../lib/api-types';
import { BarChart, chartColors } from '../../../lib/chart';
import { useCycleLink } from '../../../lib/cycle-param';
import { compareRateAscending } from '../../../lib/sort';

/** Delivered vs missing per board, worst first. */
export function BoardCoverageChart({ boards }: { boards: BoardCoverage[] }) {
  const { t, fmt } = useI18n();
  const cycleLink = useCycleLink();
  const rows = boards
    .filter((row) => row.expected > 0)
    .sort((a, b) => compareRateAscending(a.rate, b.rate) || b.missing - a.missing || a.board.name.localeCompare(b.board.name, 'sv'));

  if (rows.length === 0) {
    return (
      <section aria-labelledby="tackning-namnd">
        <h2 id="tackning-namnd">{t.overview.boardChartTitle}</h2>
        <EmptyState>{t.overview.boardChartEmpty}</EmptyState>
      </section>
    );
  }
  const worst = rows[0];
  const best = rows[rows.length - 1];
  const summary = t.overview.boardChartSummary(worst.board.name, fmt.percent(worst.rate), best.board.name, fmt.percent(best.rate));
  return (
    <ChartFigure
      title={t.overview.boardChartTitle}
      summary={summary}
      chart={
        <BarChart
          horizontal
          stacked
          label={summary}
          labels={rows.map((row) => row.board.name)}
          series={[
            { label: t.chart.delivered, values: rows.map((row) => row.delivered), color: chartColors.delivered },
            { label: t.chart.missing, values: rows.map((row) => row.missing), color: chartColors.missing },
          ]}
          formatValue={fmt.number}
          height={Math.max(240, rows.length * 26 + 80)}
        />
      }
      table={
        <DataTable
          caption={t.overview.boardChartTitle}
          rows={rows}
          rowKey={(row) => row.board.id}
          columns={[
            { header: t.table.board, cell: (row) => <Link to={cycleLink(`/namnder/${row.board.id}`)}>{row.board.name}</Link>, rowHeader: true },
            { header: t.table.expected, cell: (row) => fmt.number(row.expected), numeric: true },
            { header: t.table.delivered, cell: (row) => fmt.number(row.delivered), numeric: true },
            { header: t.table.missing, cell: (row) => fmt.number(row.missing), numeric: true },
            { header: t.table.rate, cell: (row) => fmt.percent(row.rate), numeric: true },
            { header: t.table.status, cell: (row) => (row.statementMissing ? t.statementMissing : '') },
          ]}
        />
      }
    />
  );
}
