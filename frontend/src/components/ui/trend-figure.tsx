import { useI18n } from '../../i18n/i18n';
import type { TrendPoint } from '../../lib/api-types';
import { chartColors, LineChart } from '../../lib/chart';
import { ChartFigure } from './chart-figure';
import { DataTable } from './data-table';
import { EmptyState } from './query-state';

interface TrendFigureProps {
  title: string;
  headingLevel?: 2 | 3;
  points: TrendPoint[];
  emptyText: string;
  describe: {
    change: (first: string, firstRate: string, last: string, lastRate: string) => string;
    single: (cycle: string, rate: string) => string;
  };
  tableInitiallyOpen?: boolean;
}

/** A cycle that is not closed is still running: its share is a share so far, never a result. */
const finished = (point: TrendPoint) => point.cycle.status === 'closed';

/**
 * Share delivered per cycle, oldest first, as a line chart with its table. Only closed cycles are
 * drawn and compared; an open cycle is named apart as "pågår (sista dag …)" with its share so far.
 */
export function TrendFigure({ title, headingLevel = 2, points, emptyText, describe, tableInitiallyOpen }: TrendFigureProps) {
  const { t, fmt } = useI18n();
  const rows = [...points].sort((a, b) => a.cycle.year - b.cycle.year || a.cycle.id - b.cycle.id);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  if (rows.length === 0) {
    return (
      <section>
        <Heading>{title}</Heading>
        <EmptyState>{emptyText}</EmptyState>
      </section>
    );
  }
  const rate = (point: TrendPoint) => (point.expected === 0 ? null : point.rate);
  const deadline = (point: TrendPoint) => (point.cycle.deadline ? fmt.date(point.cycle.deadline) : null);
  const closed = rows.filter(finished);
  const ongoing = rows.filter((point) => !finished(point));
  const first = closed[0];
  const last = closed[closed.length - 1];
  const summary = [
    closed.length === 0
      ? t.trend.noneClosed
      : closed.length === 1
        ? describe.single(first.cycle.name, fmt.percent(rate(first)))
        : describe.change(first.cycle.name, fmt.percent(rate(first)), last.cycle.name, fmt.percent(rate(last))),
    ...ongoing.map((point) => t.trend.ongoingSummary(point.cycle.name, fmt.percent(rate(point)), deadline(point))),
  ].join(' ');
  return (
    <ChartFigure
      title={title}
      headingLevel={headingLevel}
      summary={summary}
      tableInitiallyOpen={tableInitiallyOpen}
      chart={
        <LineChart
          label={summary}
          labels={closed.map((point) => String(point.cycle.year))}
          series={[{ label: t.chart.rate, values: closed.map((point) => rate(point) ?? 0), color: chartColors.neutral }]}
          formatValue={fmt.percent}
          max={1}
        />
      }
      table={
        <DataTable
          caption={title}
          rows={rows}
          rowKey={(point) => point.cycle.id}
          columns={[
            { header: t.table.cycle, cell: (point) => point.cycle.name, rowHeader: true },
            { header: t.table.year, cell: (point) => String(point.cycle.year) },
            { header: t.table.status, cell: (point) => (finished(point) ? t.trend.finished : t.trend.ongoing(deadline(point))) },
            { header: t.table.expected, cell: (point) => fmt.number(point.expected), numeric: true },
            { header: t.table.delivered, cell: (point) => fmt.number(point.delivered), numeric: true },
            { header: t.table.missing, cell: (point) => fmt.number(point.missing), numeric: true },
            { header: t.table.rate, cell: (point) => fmt.percent(rate(point)), numeric: true },
          ]}
        />
      }
    />
  );
}
