import { Link } from 'react-router';
import { DataTable } from '../../../components/ui/data-table';
import { useI18n } from '../../../i18n/i18n';
import type { Gap } from '../../../lib/api-types';
import { useOrgLink } from '../../organisations/hooks/use-organisation';

interface GapTableProps {
  gaps: Gap[];
  reportTitles: Map<string, string>;
  caption: string;
  /** Leave out the board column (on a board's own page). */
  hideBoard?: boolean;
}

/** One row per gap; every row links to its board and, where there is one, its measure. */
export function GapTable({ gaps, reportTitles, caption, hideBoard = false }: GapTableProps) {
  const { t } = useI18n();
  const orgLink = useOrgLink();
  const columns = [
    {
      header: t.table.board,
      cell: (gap: Gap) => <Link to={orgLink(`/namnder/${gap.board.id}`)}>{gap.board.name}</Link>,
      rowHeader: !hideBoard,
    },
    {
      header: t.table.measure,
      cell: (gap: Gap) =>
        gap.measure ? (
          <Link to={orgLink(`/atgarder/${gap.measure.id}`)}>
            <span className="measure-number">{gap.measure.number}</span> {gap.measure.title}
          </Link>
        ) : (
          t.gaps.wholeBoard
        ),
      rowHeader: hideBoard,
    },
    {
      header: t.table.report,
      cell: (gap: Gap) => (gap.measure ? (reportTitles.get(gap.measure.report) ?? gap.measure.report) : '–'),
    },
    {
      header: t.table.role,
      cell: (gap: Gap) => (gap.role === 'lead' ? t.role.lead : gap.role === 'contributing' ? t.role.contributing : '–'),
    },
    { header: t.table.gapKind, cell: (gap: Gap) => t.gaps.kinds[gap.kind] ?? gap.kind },
  ];
  return (
    <DataTable
      caption={caption}
      captionHidden
      rows={gaps}
      rowKey={(gap) => `${gap.board.id}-${gap.measure?.id ?? 'all'}-${gap.role ?? ''}-${gap.kind}`}
      columns={hideBoard ? columns.slice(1) : columns}
    />
  );
}
