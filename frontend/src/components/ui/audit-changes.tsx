import { useI18n } from '../../i18n/i18n';

/** Technical fields that say nothing to a reader of the history. */
const ALWAYS_HIDDEN = new Set([
  'id',
  'version',
  'cycleId',
  'measureId',
  'commissionId',
  'reportId',
  'recommendationId',
  'viaGroupId',
  'updatedAt',
  'createdAt',
]);
/** Long texts are folded away behind a disclosure. */
const LONG_TEXT = 160;

type Snapshot = Record<string, unknown> | null;

interface AuditChangesProps {
  before: Snapshot;
  after: Snapshot;
  /** More fields to leave out (e.g. boardId on a statement's own history). */
  hide?: string[];
  /** Board names, to show board ids as names. */
  boardNames?: Map<number, string>;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * What one audited change did, field by field, in words: "Status: Pågående → Genomförd".
 * Values are rendered as text (never as HTML), so stored markup shows verbatim.
 */
export function AuditChanges({ before, after, hide = [], boardNames }: AuditChangesProps) {
  const { t, fmt } = useI18n();
  const hidden = new Set([...ALWAYS_HIDDEN, ...hide]);
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter((key) => !hidden.has(key));
  const changed = keys.filter((key) => (before === null ? !same(after?.[key], null) && !same(after?.[key], []) : !same(before?.[key], after?.[key])));

  const board = (id: unknown) => (typeof id === 'number' ? (boardNames?.get(id) ?? `#${id}`) : String(id));

  function show(key: string, value: unknown): string {
    if (value === null || value === undefined || value === '') return t.audit.empty;
    if (typeof value === 'boolean') return value ? t.audit.yes : t.audit.no;
    if (Array.isArray(value)) {
      if (value.length === 0) return t.audit.empty;
      return key === 'boardIds' || key === 'participants' ? fmt.list(value.map(board)) : value.map(String).join(', ');
    }
    if (typeof value === 'string') {
      if (key === 'status') {
        return (t.statementStatus as Record<string, string>)[value] ?? (t.cycle.status as Record<string, string>)[value] ?? value;
      }
      if (key === 'state') return (t.statementState as Record<string, string>)[value] ?? value;
      if (key === 'role') return value === 'lead' ? t.role.lead : value === 'contributing' ? t.role.contributing : ((t.accountRole as Record<string, string>)[value] ?? value);
      if (key === 'submittedAt') return fmt.dateTime(value);
      if (key === 'deadline') return fmt.date(value);
      return value;
    }
    if (key === 'boardId') return board(value);
    return String(value);
  }

  if (changed.length === 0) return <p className="muted">{t.history.noChanges}</p>;
  return (
    <ul className="change-list">
      {changed.map((key) => {
        const label = t.audit.fields[key] ?? key;
        const from = before === null ? null : show(key, before[key]);
        const to = after === null ? t.audit.empty : show(key, after[key]);
        const long = (from?.length ?? 0) > LONG_TEXT || to.length > LONG_TEXT || to.includes('\n') || (from ?? '').includes('\n');
        if (long) {
          return (
            <li key={key}>
              <span className="change-field">{label}</span>
              <details>
                <summary>{t.history.showText}</summary>
                {from !== null && (
                  <>
                    <p className="change-label">{t.history.before}</p>
                    <p className="statement-text change-before">{from}</p>
                  </>
                )}
                <p className="change-label">{t.history.after}</p>
                <p className="statement-text change-after">{to}</p>
              </details>
            </li>
          );
        }
        return (
          <li key={key}>
            <span className="change-field">{label}:</span>{' '}
            {from !== null && (
              <>
                <del className="change-before">{from}</del> <span aria-hidden="true">→</span>{' '}
                <span className="visually-hidden">{t.history.after}: </span>
              </>
            )}
            <ins className="change-after">{to}</ins>
          </li>
        );
      })}
    </ul>
  );
}
