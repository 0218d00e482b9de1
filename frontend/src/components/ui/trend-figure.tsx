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

/** Share delivered per cycle, oldest first, as a line chart with its table. */
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
  const first = rows[0];
  const last = rows[rows.length - 1];
  const summary =
    rows.length === 1
      ? describe.single(first.cycle.name, fmt.percent(first.rate))
      : describe.change(first.cycle.name, fmt.percent(first.rate), last.cycle.name, fmt.percent(last.rate));
  return (
    <ChartFigure
      title={title}
      headingLevel={headingLevel}
      summary={summary}
      tableInitiallyOpen={tableInitiallyOpen}
      chart={
        <LineChart
          label={summary}
          labels={rows.map((point) => String(point.cycle.year))}
          series={[{ label: t.chart.rate, values: rows.map((point) => point.rate ?? 0), color: chartColors.neutral }]}
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
            { header: t.table.expected, cell: (point) => fmt.number(point.expected), numeric: true },
            { header: t.table.delivered, cell: (point) => fmt.number(point.delivered), numeric: true },
            { header: t.table.missing, cell: (point) => fmt.number(point.missing), numeric: true },
            { header: t.table.rate, cell: (point) => fmt.percent(point.rate), numeric: true },
          ]}
        />
      }
    />
  );
}
