import { Link } from 'react-router';
import { useI18n } from '../../../i18n/i18n';
import { useOrganisationSlug } from '../../organisations/hooks/use-organisation';
import { orgPath } from '../../organisations/org-path';

export type DownloadKind = 'workbook' | 'gapsCsv' | 'acrossCycles' | 'appendixDocx';

/** Where each file is: plain links, so the browser downloads it (no script, works with the keyboard and screen readers). */
/** `organisation`: whose cycles the workbook across cycles compares (the others are one cycle's, named by its id). */
export function downloadHref(kind: DownloadKind, cycleId: number, organisation: string, boardId?: number): string {
  switch (kind) {
    case 'workbook':
      return `/api/cycles/${cycleId}/export.xlsx`;
    case 'gapsCsv':
      return `/api/cycles/${cycleId}/gaps.csv`;
    case 'acrossCycles':
      return `/api/exports/cycles.xlsx?organisation=${encodeURIComponent(organisation)}`;
    case 'appendixDocx':
      return `/api/cycles/${cycleId}/appendix.docx${boardId ? `?board=${boardId}` : ''}`;
  }
}

/** The files a page offers for its cycle (and, on Översikt, the appendix page); not printed (`.no-print`). */
export function DownloadLinks({
  cycleId,
  kinds,
  appendixPage = false,
  boardId,
}: {
  cycleId: number;
  kinds: DownloadKind[];
  appendixPage?: boolean;
  /** On a board's page the appendix is that board's section. */
  boardId?: number;
}) {
  const { t } = useI18n();
  const organisation = useOrganisationSlug();
  return (
    <nav className="downloads no-print" aria-label={t.downloads.label}>
      <span className="downloads-label" aria-hidden="true">
        {t.downloads.label}:
      </span>
      <ul>
        {kinds.map((kind) => (
          <li key={kind}>
            <a className="button button-secondary button-small" href={downloadHref(kind, cycleId, organisation, boardId)} download>
              {kind === 'appendixDocx' && boardId ? t.board.appendixDocx : t.downloads[kind]}
            </a>
          </li>
        ))}
        {appendixPage && (
          <li>
            <Link className="button button-secondary button-small" to={orgPath(organisation, `/omgangar/${cycleId}/bilaga`)}>
              {t.appendix.link}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
