import { useI18n } from '../../i18n/i18n';

interface PaginationProps {
  page: number;
  pages: number;
  onChange: (page: number) => void;
}

export function Pagination({ page, pages, onChange }: PaginationProps) {
  const { t } = useI18n();
  if (pages <= 1) return null;
  return (
    <nav className="pagination" aria-label={t.pagination.label}>
      <button type="button" className="button button-secondary" disabled={page <= 1} onClick={() => onChange(page - 1)}>
        {t.pagination.previous}
      </button>
      <span aria-live="polite">{t.pagination.page(page, pages)}</span>
      <button type="button" className="button button-secondary" disabled={page >= pages} onClick={() => onChange(page + 1)}>
        {t.pagination.next}
      </button>
    </nav>
  );
}

/** Reads a 1-based page number from the URL, clamped to what exists. */
export function clampPage(raw: string | null, pages: number): number {
  const page = Number(raw ?? '1');
  if (!Number.isInteger(page) || page < 1) return 1;
  return Math.min(page, Math.max(pages, 1));
}
