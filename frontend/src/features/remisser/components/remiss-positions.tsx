import { ChartFigure } from '../../../components/ui/chart-figure';
import { DataTable } from '../../../components/ui/data-table';
import { useI18n } from '../../../i18n/i18n';
import type { RemissDetail } from '../../../lib/api-types';
import { BarChart, chartColors } from '../../../lib/chart';

/** The positions of the submitted answers as a bar chart, with the same figures as a table. */
export function RemissPositions({ remiss }: { remiss: RemissDetail }) {
  const { t, fmt } = useI18n();
  const r = t.remisser;
  const rows = remiss.positions;
  const summary = r.positionsSummary(remiss.counts.answered);
  return (
    <ChartFigure
      title={r.positionsTitle}
      summary={summary}
      tableInitiallyOpen
      chart={
        rows.length === 0 ? null : (
          <BarChart
            horizontal
            label={summary}
            labels={rows.map((row) => r.position[row.position])}
            series={[{ label: r.col.count, values: rows.map((row) => row.count), color: chartColors.neutral }]}
            formatValue={fmt.number}
            height={Math.max(160, rows.length * 40 + 80)}
          />
        )
      }
      table={
        <DataTable
          caption={r.positionsTitle}
          rows={rows}
          rowKey={(row) => row.position}
          columns={[
            { header: r.col.position, rowHeader: true, cell: (row) => r.position[row.position] },
            { header: r.col.count, numeric: true, cell: (row) => fmt.number(row.count) },
          ]}
        />
      }
    />
  );
}
