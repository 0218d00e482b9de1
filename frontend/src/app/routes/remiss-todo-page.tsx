import { Link } from 'react-router';
import { DataTable } from '../../components/ui/data-table';
import { QueryState } from '../../components/ui/query-state';
import { RequireRole } from '../../features/auth/components/require-role';
import { useRemissTodo } from '../../features/remisser/api/get-remiss-todo';
import { useI18n } from '../../i18n/i18n';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useOrgLink } from '../../features/organisations/hooks/use-organisation';

function RemissTodoList() {
  const { t, fmt } = useI18n();
  const r = t.remisser;
  const query = useRemissTodo();
  const orgLink = useOrgLink();
  return (
    <QueryState query={query} what={r.what.todo} isEmpty={(rows) => rows.length === 0} empty={r.todo.empty}>
      {(rows) => (
        <DataTable
          caption={r.todo.title}
          captionHidden
          rows={rows}
          rowKey={(row) => row.recipient.id}
          columns={[
            {
              header: r.col.title,
              rowHeader: true,
              cell: (row) => <Link to={orgLink(`/remisser/${row.remiss.id}/svar/${row.recipient.id}`)}>{`${row.remiss.title} – ${row.recipient.name}`}</Link>,
            },
            { header: r.col.caseNumber, cell: (row) => row.remiss.caseNumber ?? r.noCaseNumber },
            { header: r.col.answerBy, cell: (row) => (row.remiss.answerBy ? fmt.date(row.remiss.answerBy) : r.facts.none) },
            { header: r.col.status, cell: (row) => [row.answer ? r.todo.draft : r.recipientStatus.missing, row.overdue ? r.todo.overdue : null].filter(Boolean).join('. ') },
          ]}
        />
      )}
    </QueryState>
  );
}

/** /att-besvara: the editor's remisser to answer, beside "Att redovisa". */
export function RemissTodoPage() {
  const { t } = useI18n();
  useDocumentTitle(t.remisser.todo.title);
  return (
    <>
      <h1>{t.remisser.todo.title}</h1>
      <p className="lead">{t.remisser.todo.intro}</p>
      <RequireRole roles={['editor', 'admin']}>{() => <RemissTodoList />}</RequireRole>
    </>
  );
}
