import { useI18n } from '../../../i18n/i18n';

export type DownloadKind = 'workbook' | 'gapsCsv' | 'acrossCycles';

/** Where each file is: plain links, so the browser downloads it (no script, works with the keyboard and screen readers). */
export function downloadHref(kind: DownloadKind, cycleId: number): string {
  switch (kind) {
    case 'workbook':
      return `/api/cycles/${cycleId}/export.xlsx`;
    case 'gapsCsv':
      return `/api/cycles/${cycleId}/gaps.csv`;
    case 'acrossCycles':
      return '/api/exports/cycles.xlsx';
  }
}

/** The files a page offers for its cycle; not printed (print.css hides `.no-print`). */
export function DownloadLinks({ cycleId, kinds }: { cycleId: number; kinds: DownloadKind[] }) {
  const { t } = useI18n();
  return (
    <nav className="downloads no-print" aria-label={t.downloads.label}>
      <span className="downloads-label" aria-hidden="true">
        {t.downloads.label}:
      </span>
      <ul>
        {kinds.map((kind) => (
          <li key={kind}>
            <a className="button button-secondary button-small" href={downloadHref(kind, cycleId)} download>
              {t.downloads[kind]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
