import { Link } from 'react-router';
import { DataTable } from '../../../components/ui/data-table';
import { useI18n } from '../../../i18n/i18n';
import type { LateBoard } from '../../../lib/api-types';
import { useOrgLink } from '../../organisations/hooks/use-organisation';

/** The late boards: what they owe, how late, what they have in progress, and whom to contact. */
export function LateTable({ boards }: { boards: LateBoard[] }) {
  const { t, fmt } = useI18n();
  const orgLink = useOrgLink();
  return (
    <DataTable
      caption={t.late.tableCaption}
      rows={boards}
      rowKey={(row) => row.board.id}
      columns={[
        {
          header: t.table.board,
          rowHeader: true,
          cell: (row) => (
            <>
              <Link to={orgLink(`/namnder/${row.board.id}`)}>{row.board.name}</Link>
              {row.statementMissing && <span className="statement-missing"> · {t.statementMissing}</span>}
            </>
          ),
        },
        { header: t.table.missing, cell: (row) => t.late.missingOf(fmt.number(row.missing), fmt.number(row.expected)), numeric: true },
        { header: t.late.daysOverdue, cell: (row) => fmt.number(row.daysOverdue), numeric: true },
        { header: t.late.inProgress, cell: (row) => t.late.progress(row.drafts, row.returned) },
        { header: t.late.lastReminder, cell: (row) => (row.lastReminderAt ? fmt.date(row.lastReminderAt) : t.late.noReminder) },
        {
          header: t.late.contacts,
          cell: (row) =>
            row.contacts.length === 0 ? (
              t.late.noContacts
            ) : (
              <ul className="plain-list">
                {row.contacts.map((email) => (
                  <li key={email}>
                    <a href={`mailto:${email}`}>{email}</a>
                  </li>
                ))}
              </ul>
            ),
        },
      ]}
    />
  );
}
