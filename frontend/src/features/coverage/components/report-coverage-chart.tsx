import { useI18n } from '../../../i18n/i18n';
import type { CycleCoverage } from '../../../lib/api-types';
import { compareRateAscending } from '../../../lib/sort';
import { DeliveryBarFigure } from './delivery-bar-figure';

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
    <DeliveryBarFigure
      title={t.overview.reportChartTitle}
      summary={summary}
      rows={reports}
      rowKey={(row) => row.report.id}
      label={(row) => row.report.title}
      name={{ header: t.table.report, cell: (row) => row.report.title }}
      barHeight={40}
      minHeight={200}
    />
  );
}
