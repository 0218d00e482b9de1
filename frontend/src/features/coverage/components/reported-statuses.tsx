import { DataTable } from '../../../components/ui/data-table';
import { useI18n } from '../../../i18n/i18n';
import type { CycleCoverage, StatusCounts } from '../../../lib/api-types';

/** What the delivered statements say about their measures (genomförd, pågående, …), per report and in all. */
export function ReportedStatuses({ coverage }: { coverage: CycleCoverage }) {
  const { t, fmt } = useI18n();
  const rows: { key: string; label: string; statuses: StatusCounts; delivered: number }[] = [
    ...coverage.reports.map((r) => ({ key: r.report.key, label: r.report.title, statuses: r.statuses, delivered: r.delivered })),
    { key: '_total', label: t.overview.total, statuses: coverage.totals.statuses, delivered: coverage.totals.delivered },
  ];
  const s = coverage.totals.statuses;
  return (
    <section aria-labelledby="rapporterad-status">
      <h2 id="rapporterad-status">{t.overview.statusesTitle}</h2>
      <p>
        {t.overview.statusesSummary(fmt.number(s.done), fmt.number(s.inProgress), fmt.number(s.notStarted), fmt.number(s.waiting), fmt.number(s.none))}
      </p>
      <DataTable
        caption={t.overview.statusesTitle}
        captionHidden
        rows={rows}
        rowKey={(row) => row.key}
        columns={[
          { header: t.table.report, cell: (row) => row.label, rowHeader: true },
          { header: t.statementStatus.done, cell: (row) => fmt.number(row.statuses.done), numeric: true },
          { header: t.statementStatus['in-progress'], cell: (row) => fmt.number(row.statuses.inProgress), numeric: true },
          { header: t.statementStatus['not-started'], cell: (row) => fmt.number(row.statuses.notStarted), numeric: true },
          { header: t.statementStatus.waiting, cell: (row) => fmt.number(row.statuses.waiting), numeric: true },
          { header: t.overview.noStatus, cell: (row) => fmt.number(row.statuses.none), numeric: true },
          { header: t.table.delivered, cell: (row) => fmt.number(row.delivered), numeric: true },
        ]}
      />
    </section>
  );
}
