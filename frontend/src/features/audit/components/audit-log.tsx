import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { AuditChanges } from '../../../components/ui/audit-changes';
import { QueryState } from '../../../components/ui/query-state';
import { useI18n } from '../../../i18n/i18n';
import { AUDIT_ENTITY_TYPES, type AuditEntityType, type AuditEvent, type AuditFilters } from '../../../lib/api-types';
import { useOrganisationSlug } from '../../organisations/hooks/use-organisation';
import { orgPath } from '../../organisations/org-path';
import { AUDIT_LIMIT, useAudit } from '../api/get-audit';

interface AuditFilterFormProps {
  filters: AuditFilters;
  onApply: (filters: AuditFilters) => void;
}

/** Filters are applied on "Visa", not on every keystroke, so the address (and history) changes once. */
export function AuditFilterForm({ filters, onApply }: AuditFilterFormProps) {
  const { t } = useI18n();
  const id = useId();
  const [entityType, setEntityType] = useState<string>(filters.entityType ?? '');
  const [actor, setActor] = useState(filters.actor ?? '');
  const [from, setFrom] = useState(filters.from ?? '');
  const [to, setTo] = useState(filters.to ?? '');

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    onApply({
      entityType: (entityType || undefined) as AuditEntityType | undefined,
      actor: actor.trim() || undefined,
      from: from || undefined,
      to: to || undefined,
    });
  }

  return (
    <form className="filters" onSubmit={onSubmit} aria-label={t.filter.legend}>
      <div className="field">
        <label htmlFor={`${id}-type`}>{t.admin.auditLog.entityType}</label>
        <select id={`${id}-type`} value={entityType} onChange={(event) => setEntityType(event.target.value)}>
          <option value="">{t.filter.all}</option>
          {AUDIT_ENTITY_TYPES.map((type) => (
            <option key={type} value={type}>
              {t.audit.entityTypes[type]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-actor`}>{t.admin.auditLog.actor}</label>
        <input id={`${id}-actor`} type="email" value={actor} onChange={(event) => setActor(event.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-from`}>{t.admin.auditLog.from}</label>
        <input id={`${id}-from`} type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>{t.admin.auditLog.to}</label>
        <input id={`${id}-to`} type="date" value={to} onChange={(event) => setTo(event.target.value)} />
      </div>
      <button type="submit" className="button">
        {t.admin.auditLog.apply}
      </button>
    </form>
  );
}

function ObjectCell({ event, organisation }: { event: AuditEvent; organisation: string }) {
  const { t } = useI18n();
  // The API names the object (its label, from SQL); one that no longer exists keeps its kind and id.
  const label = event.label === null ? `${t.audit.entityTypes[event.entityType]} ${event.entityId}` : t.audit.objectLabel[event.entityType](event.label);
  if (event.entityType === 'statement') return <Link to={orgPath(organisation, `/skrivningar/${event.entityId}/historik`)}>{label}</Link>;
  if (event.entityType === 'measure') return <Link to={orgPath(organisation, `/atgarder/${event.entityId}`)}>{label}</Link>;
  if (event.entityType === 'board') return <Link to={orgPath(organisation, `/namnder/${event.entityId}`)}>{label}</Link>;
  return <>{label}</>;
}

/** Admin: every audited change, newest first, filtered by kind of object, actor and dates. */
export function AuditLog({
  filters,
  boardNames,
  pageLink,
}: {
  filters: AuditFilters;
  boardNames: Map<number, string>;
  pageLink: (beforeId: number | undefined) => string;
}) {
  const { t, fmt } = useI18n();
  const organisation = useOrganisationSlug();
  const query = useAudit(filters);
  return (
    <QueryState query={query} what={t.what.audit} isEmpty={(events) => events.length === 0} empty={t.admin.auditLog.empty}>
      {(events) => (
        <>
          <p>{filters.beforeId === undefined ? t.admin.auditLog.count(fmt.number(events.length)) : t.admin.auditLog.olderCount(fmt.number(events.length))}</p>
          <div className="table-wrap">
            <table className="data-table audit-table">
              <caption className="visually-hidden">{t.admin.auditLog.tableCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.admin.auditLog.when}</th>
                  <th scope="col">{t.admin.auditLog.who}</th>
                  <th scope="col">{t.admin.auditLog.what}</th>
                  <th scope="col">{t.admin.auditLog.object}</th>
                  <th scope="col">{t.admin.auditLog.changes}</th>
                </tr>
              </thead>
              <tbody>
                {events.map((event) => (
                  <tr key={event.id}>
                    <td>
                      <time dateTime={event.at}>{fmt.dateTime(event.at)}</time>
                    </td>
                    <td>{event.actor?.email}</td>
                    <td>{t.audit.actions[event.action] ?? event.action}</td>
                    <td>
                      <ObjectCell event={event} organisation={organisation} />
                    </td>
                    <td>
                      <AuditChanges before={event.before} after={event.after} boardNames={boardNames} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <nav aria-label={t.admin.auditLog.pages} className="pagination">
            {filters.beforeId !== undefined && <Link to={pageLink(undefined)}>{t.admin.auditLog.newest}</Link>}{' '}
            {events.length >= AUDIT_LIMIT && <Link to={pageLink(events[events.length - 1].id)}>{t.admin.auditLog.older}</Link>}
          </nav>
        </>
      )}
    </QueryState>
  );
}
