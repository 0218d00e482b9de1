import { Link } from 'react-router';
import { DataTable } from '../../../components/ui/data-table';
import { useI18n } from '../../../i18n/i18n';
import type { RemissOverdue } from '../../../lib/api-types';
import { orgPath } from '../../organisations/org-path';

/** Who is late: each recipient without an answer after the last answer date, with the days since. */
export function OverdueTable({ rows }: { rows: RemissOverdue[] }) {
  const { t, fmt } = useI18n();
  const r = t.remisser;
  return (
    <DataTable
      caption={r.overdue.caption}
      rows={rows}
      rowKey={(row) => `${row.remiss.id}-${row.recipient.key}`}
      columns={[
        { header: r.col.recipient, rowHeader: true, cell: (row) => row.recipient.name },
        { header: r.col.title, cell: (row) => <Link to={orgPath(row.organisation.slug, `/remisser/${row.remiss.id}`)}>{row.remiss.caseNumber ?? row.remiss.title}</Link> },
        { header: r.col.answerBy, cell: (row) => (row.remiss.answerBy ? fmt.date(row.remiss.answerBy) : r.facts.none) },
        { header: r.col.daysLate, numeric: true, cell: (row) => fmt.number(row.daysOverdue) },
      ]}
    />
  );
}
