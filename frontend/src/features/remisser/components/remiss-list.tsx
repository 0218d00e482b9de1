import { Link } from 'react-router';
import { DataTable } from '../../../components/ui/data-table';
import { useI18n } from '../../../i18n/i18n';
import type { RemissListItem } from '../../../lib/api-types';
import { orgPath } from '../../organisations/org-path';

/** The remisser as a table: case, sender, last answer date, answered x of y, late, status. */
export function RemissList({ remisser, caption }: { remisser: RemissListItem[]; caption?: string }) {
  const { t, fmt } = useI18n();
  const r = t.remisser;
  return (
    <DataTable
      caption={caption ?? r.listCaption}
      rows={remisser}
      rowKey={(row) => row.id}
      columns={[
        { header: r.col.title, rowHeader: true, cell: (row) => <Link to={orgPath(row.organisation.slug, `/remisser/${row.id}`)}>{row.title}</Link> },
        { header: r.col.caseNumber, cell: (row) => row.caseNumber ?? r.noCaseNumber },
        { header: r.col.organisation, cell: (row) => row.organisation.name },
        { header: r.col.sender, cell: (row) => row.sender.name },
        { header: r.col.answerBy, cell: (row) => (row.answerBy ? fmt.date(row.answerBy) : r.facts.none) },
        { header: r.col.answered, numeric: true, cell: (row) => r.answeredOf(row.counts.answered, row.counts.recipients) },
        { header: r.col.late, numeric: true, cell: (row) => fmt.number(row.counts.late) },
        { header: r.col.status, cell: (row) => r.status[row.status] },
      ]}
    />
  );
}
