import type { ReactNode } from 'react';
import { ChartFigure } from '../../../components/ui/chart-figure';
import { DataTable, type Column } from '../../../components/ui/data-table';
import { useI18n } from '../../../i18n/i18n';
import { BarChart, chartColors } from '../../../lib/chart';

interface DeliveryRow {
  expected: number;
  delivered: number;
  missing: number;
  rate: number | null;
}

interface DeliveryBarFigureProps<Row extends DeliveryRow> {
  title: string;
  summary: string;
  rows: Row[];
  rowKey: (row: Row) => number;
  /** The bar's label in the chart. */
  label: (row: Row) => string;
  /** The first column of the table (the row header). */
  name: { header: string; cell: (row: Row) => ReactNode };
  extraColumns?: Column<Row>[];
  barHeight: number;
  minHeight: number;
}

/** Delivered vs missing as stacked horizontal bars, with the same figures as a table. */
export function DeliveryBarFigure<Row extends DeliveryRow>({
  title,
  summary,
  rows,
  rowKey,
  label,
  name,
  extraColumns = [],
  barHeight,
  minHeight,
}: DeliveryBarFigureProps<Row>) {
  const { t, fmt } = useI18n();
  return (
    <ChartFigure
      title={title}
      summary={summary}
      chart={
        <BarChart
          horizontal
          stacked
          label={summary}
          labels={rows.map(label)}
          series={[
            { label: t.chart.delivered, values: rows.map((row) => row.delivered), color: chartColors.delivered },
            { label: t.chart.missing, values: rows.map((row) => row.missing), color: chartColors.missing },
          ]}
          formatValue={fmt.number}
          height={Math.max(minHeight, rows.length * barHeight + 80)}
        />
      }
      table={
        <DataTable
          caption={title}
          rows={rows}
          rowKey={rowKey}
          columns={[
            { header: name.header, cell: name.cell, rowHeader: true },
            { header: t.table.expected, cell: (row) => fmt.number(row.expected), numeric: true },
            { header: t.table.delivered, cell: (row) => fmt.number(row.delivered), numeric: true },
            { header: t.table.missing, cell: (row) => fmt.number(row.missing), numeric: true },
            { header: t.table.rate, cell: (row) => fmt.percent(row.rate), numeric: true },
            ...extraColumns,
          ]}
        />
      }
    />
  );
}
