import { useSearchParams } from 'react-router';
import { AuditFilterForm, AuditLog } from '../../features/audit/components/audit-log';
import { useBoards } from '../../features/boards/api/get-boards';
import { useI18n } from '../../i18n/i18n';
import { AUDIT_ENTITY_TYPES, type AuditEntityType, type AuditFilters } from '../../lib/api-types';
import { useDocumentTitle } from '../../lib/use-document-title';

/** URL ↔ filters: ?typ=statement&vem=EMAIL&fran=DATE&till=DATE&fore=ID (fore: older than that event) */
function filtersFrom(params: URLSearchParams): AuditFilters {
  const type = params.get('typ');
  const before = Number(params.get('fore'));
  return {
    entityType: AUDIT_ENTITY_TYPES.includes(type as AuditEntityType) ? (type as AuditEntityType) : undefined,
    actor: params.get('vem') || undefined,
    from: params.get('fran') || undefined,
    to: params.get('till') || undefined,
    beforeId: Number.isInteger(before) && before > 0 ? before : undefined,
  };
}

export function AdminAuditPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const boards = useBoards();
  const boardNames = new Map((boards.data ?? []).map((board) => [board.id, board.name]));
  useDocumentTitle(t.admin.auditLog.title);

  function apply(next: AuditFilters) {
    const search = new URLSearchParams();
    if (next.entityType) search.set('typ', next.entityType);
    if (next.actor) search.set('vem', next.actor);
    if (next.from) search.set('fran', next.from);
    if (next.to) search.set('till', next.to);
    setParams(search);
  }

  /** The same filters, from the newest event (undefined) or older than `beforeId`. */
  function pageLink(beforeId: number | undefined): string {
    const search = new URLSearchParams(params);
    if (beforeId === undefined) search.delete('fore');
    else search.set('fore', String(beforeId));
    return `?${search.toString()}`;
  }

  return (
    <>
      <h1>{t.admin.auditLog.title}</h1>
      <p className="lead">{t.admin.auditLog.intro}</p>
      <AuditFilterForm key={params.toString()} filters={filters} onApply={apply} />
      <AuditLog filters={filters} boardNames={boardNames} pageLink={pageLink} />
    </>
  );
}
