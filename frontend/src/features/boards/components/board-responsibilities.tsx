import { Link } from 'react-router';
import { DataTable } from '../../../components/ui/data-table';
import { useI18n } from '../../../i18n/i18n';
import type { BoardDetail } from '../../../lib/api-types';
import { useOrgLink } from '../../organisations/hooks/use-organisation';
import { compareNumbering } from '../../../lib/sort';

type Responsibility = BoardDetail['responsibilities'][number];

interface BoardResponsibilitiesProps {
  board: BoardDetail;
  reportTitles: Map<string, string>;
}

export function sortResponsibilities(list: Responsibility[], reportOrder: string[]): Responsibility[] {
  const position = (key: string) => {
    const index = reportOrder.indexOf(key);
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  return [...list].sort(
    (a, b) =>
      position(a.measure.report) - position(b.measure.report) ||
      a.measure.report.localeCompare(b.measure.report) ||
      compareNumbering(a.measure.number, b.measure.number),
  );
}

/**
 * What the board answers for (the cycle's scope): measure, report and role. Where each stands is
 * said once further down: a written statement under "Skrivningar per delrapport", a missing one
 * under "Luckor" (coverage's gap list) — not here as well.
 */
export function BoardResponsibilities({ board, reportTitles }: BoardResponsibilitiesProps) {
  const { t } = useI18n();
  const orgLink = useOrgLink();
  const lead = board.responsibilities.filter((r) => r.role === 'lead').length;
  const contributing = board.responsibilities.length - lead;
  const rows = sortResponsibilities(board.responsibilities, [...reportTitles.keys()]);

  return (
    <section aria-labelledby="ansvar">
      <h2 id="ansvar">{t.board.responsibilities}</h2>
      {rows.length === 0 ? (
        <p>{t.board.noResponsibilities}</p>
      ) : (
        <>
          <p>{t.board.responsibilitiesSummary(lead, contributing)}</p>
          <DataTable
            caption={t.board.responsibilities}
            captionHidden
            rows={rows}
            rowKey={(row) => `${row.measure.id}-${row.role}`}
            columns={[
              {
                header: t.table.measure,
                cell: (row) => (
                  <Link to={orgLink(`/atgarder/${row.measure.id}`)}>
                    <span className="measure-number">{row.measure.number}</span> {row.measure.title}
                  </Link>
                ),
                rowHeader: true,
              },
              { header: t.table.report, cell: (row) => reportTitles.get(row.measure.report) ?? row.measure.report },
              { header: t.table.role, cell: (row) => (row.role === 'lead' ? t.role.lead : t.role.contributing) },
            ]}
          />
        </>
      )}
    </section>
  );
}
