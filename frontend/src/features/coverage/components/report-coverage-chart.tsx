import { ChartFigure } from '../../../components/ui/chart-figure';
import { DataTable } from '../../../components/ui/data-table';
import { useI18n } from '../../../i18n/i18n';
import type { CycleCoverage } from '../../../lib/api-types';
import { BarChart, chartColors } from '../../../lib/chart';
import { compareRateAscending } from '../../../lib/sort';

export function ReportCoverageChart({ reports }: { reports: CycleCoverage['reports'] }) {
  const { t, fmt } = useI18n();
  if (reports.length === 0) return null;
  // Reports nothing is expected of (rate null) have no share to rank; the summary names them apart.
  const byRate = reports.filter((row) => row.expected > 0).sort((a, b) => compareRateAscending(a.rate, b.rate));
  const unexpected = reports.filter((row) => row.expected === 0).map((row) => row.report.title);
  const worst = byRate[0];
  const best = byRate[byRate.length - 1];
  const summary = [
    worst ? t.overview.reportChartSummary(worst.report.title, fmt.percent(worst.rate), best.report.title, fmt.percent(best.rate)) : '',
    unexpected.length > 0 ? t.overview.reportChartNoneExpected(unexpected.join(', ')) : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <ChartFigure
      title={t.overview.reportChartTitle}
      summary={summary}
      chart={
        <BarChart
          horizontal
          stacked
          label={summary}
          labels={reports.map((row) => row.report.title)}
          series={[
            { label: t.chart.delivered, values: reports.map((row) => row.delivered), color: chartColors.delivered },
            { label: t.chart.missing, values: reports.map((row) => row.missing), color: chartColors.missing },
          ]}
          formatValue={fmt.number}
          height={Math.max(200, reports.length * 40 + 80)}
        />
      }
      table={
        <DataTable
          caption={t.overview.reportChartTitle}
          rows={reports}
          rowKey={(row) => row.report.id}
          columns={[
            { header: t.table.report, cell: (row) => row.report.title, rowHeader: true },
            { header: t.table.expected, cell: (row) => fmt.number(row.expected), numeric: true },
            { header: t.table.delivered, cell: (row) => fmt.number(row.delivered), numeric: true },
            { header: t.table.missing, cell: (row) => fmt.number(row.missing), numeric: true },
            { header: t.table.rate, cell: (row) => fmt.percent(row.expected === 0 ? null : row.rate), numeric: true },
          ]}
        />
      }
    />
  );
}
