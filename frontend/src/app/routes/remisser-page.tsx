import { useSearchParams } from 'react-router';
import { QueryState } from '../../components/ui/query-state';
import { SelectField } from '../../components/ui/select-field';
import { useSession } from '../../features/auth/api/get-me';
import { useRemisser } from '../../features/remisser/api/get-remisser';
import { useRemisserOverdue } from '../../features/remisser/api/get-remisser-overdue';
import { OverdueTable } from '../../features/remisser/components/overdue-table';
import { RemissList } from '../../features/remisser/components/remiss-list';
import { useI18n } from '../../i18n/i18n';
import type { RemissStatus } from '../../lib/api-types';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useOrganisationSlug } from '../../features/organisations/hooks/use-organisation';

const STATUSES: RemissStatus[] = ['sent', 'closed', 'draft'];

/** /remisser: open and closed remisser with their deadline and answered x of y; ?status= filters. */
export function RemisserPage() {
  const { t } = useI18n();
  const r = t.remisser;
  useDocumentTitle(r.title);
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const raw = params.get('status');
  const status = STATUSES.includes(raw as RemissStatus) ? (raw as RemissStatus) : undefined;
  const organisation = useOrganisationSlug();
  const query = useRemisser({ status, organisation });
  const overdue = useRemisserOverdue(organisation);
  const options = [
    { value: '', label: r.filter.all },
    { value: 'sent', label: r.filter.open },
    { value: 'closed', label: r.filter.closed },
    ...(user?.role === 'admin' ? [{ value: 'draft', label: r.filter.draft }] : []),
  ];
  return (
    <>
      <h1>{r.title}</h1>
      <p className="lead">{r.intro}</p>
      <div className="filters">
        <SelectField
          label={r.filter.status}
          value={status ?? ''}
          options={options}
          onChange={(value) => {
            const next = new URLSearchParams(params);
            if (value) next.set('status', value);
            else next.delete('status');
            setParams(next);
          }}
        />
      </div>
      <QueryState query={query} what={r.what.list} isEmpty={(rows) => rows.length === 0} empty={r.empty}>
        {(rows) => <RemissList remisser={rows} />}
      </QueryState>
      <section aria-labelledby="sena-svar">
        <h2 id="sena-svar">{r.overdue.heading}</h2>
        <QueryState query={overdue} what={r.overdue.heading.toLowerCase()} isEmpty={(rows) => rows.length === 0} empty={r.overdue.none}>
          {(rows) => <OverdueTable rows={rows} />}
        </QueryState>
      </section>
    </>
  );
}
