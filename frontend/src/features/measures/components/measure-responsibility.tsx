import { Link } from 'react-router';
import { DataTable } from '../../../components/ui/data-table';
import { useI18n } from '../../../i18n/i18n';
import type { MeasureDetail } from '../../../lib/api-types';
import { useOrgLink } from '../../organisations/hooks/use-organisation';

/** Who is responsible: the text as the report wrote it, and the boards it was parsed into. */
export function MeasureResponsibility({ measure }: { measure: MeasureDetail }) {
  const { t } = useI18n();
  const orgLink = useOrgLink();
  return (
    <section aria-labelledby="ansvar">
      <h2 id="ansvar">{t.measure.responsibility}</h2>
      <h3>{t.measure.asWritten}</h3>
      <blockquote className="source-text">{measure.responsibilityText || t.measure.noText}</blockquote>
      <h3>{t.measure.asParsed}</h3>
      {measure.responsibilities.length === 0 ? (
        <p>{t.measure.noResponsibilities}</p>
      ) : (
        <DataTable
          caption={t.measure.asParsed}
          captionHidden
          rows={measure.responsibilities}
          rowKey={(row) => `${row.board.id}-${row.role}`}
          columns={[
            { header: t.table.board, cell: (row) => <Link to={orgLink(`/namnder/${row.board.id}`)}>{row.board.name}</Link>, rowHeader: true },
            { header: t.table.administration, cell: (row) => row.board.administration },
            { header: t.table.role, cell: (row) => (row.role === 'lead' ? t.role.lead : t.role.contributing) },
            { header: t.table.sourceText, cell: (row) => row.sourceText },
          ]}
        />
      )}
    </section>
  );
}
