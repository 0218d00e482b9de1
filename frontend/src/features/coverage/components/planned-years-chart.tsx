import { ChartFigure } from '../../../components/ui/chart-figure';
import { DataTable } from '../../../components/ui/data-table';
import { EmptyState } from '../../../components/ui/query-state';
import { useI18n } from '../../../i18n/i18n';
import type { CycleCoverage } from '../../../lib/api-types';
import { BarChart, chartColors } from '../../../lib/chart';

/** How many statements plan work for each year. */
export function PlannedYearsChart({ plannedYears }: { plannedYears: CycleCoverage['plannedYears'] }) {
  const { t, fmt } = useI18n();
  const rows = [...plannedYears].sort((a, b) => a.year - b.year);
  if (rows.length === 0) {
    return (
      <section aria-labelledby="planerade-ar">
        <h2 id="planerade-ar">{t.overview.plannedYearsTitle}</h2>
        <EmptyState>{t.overview.plannedYearsEmpty}</EmptyState>
      </section>
    );
  }
  const top = rows.reduce((best, row) => (row.statements > best.statements ? row : best), rows[0]);
  const summary = t.overview.plannedYearsSummary(top.year, fmt.number(top.statements));
  return (
    <ChartFigure
      title={t.overview.plannedYearsTitle}
      summary={summary}
      chart={
        <BarChart
          label={summary}
          labels={rows.map((row) => String(row.year))}
          series={[{ label: t.table.statements, values: rows.map((row) => row.statements), color: chartColors.neutral }]}
          formatValue={fmt.number}
          height={260}
        />
      }
      table={
        <DataTable
          caption={t.overview.plannedYearsTitle}
          rows={rows}
          rowKey={(row) => row.year}
          columns={[
            { header: t.table.year, cell: (row) => String(row.year), rowHeader: true },
            { header: t.table.statements, cell: (row) => fmt.number(row.statements), numeric: true },
          ]}
        />
      }
    />
  );
}
