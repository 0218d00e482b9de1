import { DataTable } from '../../../components/ui/data-table';
import { EmptyState } from '../../../components/ui/query-state';
import { useI18n } from '../../../i18n/i18n';
import type { MeasureCoverageRow } from '../../../lib/api-types';

/** Whether each responsible board delivered, cycle by cycle, newest first. */
export function MeasureHistory({ rows }: { rows: MeasureCoverageRow[] }) {
  const { t } = useI18n();
  if (rows.length === 0) return <EmptyState>{t.measure.historyEmpty}</EmptyState>;
  const sorted = [...rows].sort(
    (a, b) => b.cycle.year - a.cycle.year || b.cycle.id - a.cycle.id || a.board.name.localeCompare(b.board.name, 'sv'),
  );
  return (
    <DataTable
      caption={t.measure.history}
      captionHidden
      rows={sorted}
      rowKey={(row) => `${row.cycle.id}-${row.board.id}-${row.role}`}
      columns={[
        { header: t.table.cycle, cell: (row) => `${row.cycle.name} (${row.cycle.year})`, rowHeader: true },
        { header: t.table.board, cell: (row) => row.board.name },
        { header: t.table.role, cell: (row) => (row.role === 'lead' ? t.role.lead : t.role.contributing) },
        {
          header: t.table.statement,
          cell: (row) =>
            row.delivered ? t.delivered : row.asked ? <span className="statement-missing">{t.statementMissing}</span> : t.notAsked,
        },
        { header: t.statementMeta.status, cell: (row) => (row.status ? t.statementStatus[row.status] : '') },
        { header: t.statementMeta.position, cell: (row) => row.position ?? '' },
      ]}
    />
  );
}
