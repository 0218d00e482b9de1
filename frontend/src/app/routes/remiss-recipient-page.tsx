import { useParams } from 'react-router';
import { QueryState } from '../../components/ui/query-state';
import { useRecipientFollowUp } from '../../features/remisser/api/get-recipient-follow-up';
import { useRemisser } from '../../features/remisser/api/get-remisser';
import { RemissList } from '../../features/remisser/components/remiss-list';
import { useI18n } from '../../i18n/i18n';
import { useDocumentTitle } from '../../lib/use-document-title';
import { NotFoundPage } from './not-found-page';
import { useOrganisationSlug } from '../../features/organisations/hooks/use-organisation';

const KEY = /^(board:\d{1,9}|external:\d{1,9}|organisation)$/;

function RecipientHistory({ recipient }: { recipient: string }) {
  const { t } = useI18n();
  const r = t.remisser;
  const organisation = useOrganisationSlug();
  const followUp = useRecipientFollowUp(recipient, organisation);
  const remisser = useRemisser({ recipient, organisation });
  const name = followUp.data?.[0]?.recipient.name ?? recipient;
  useDocumentTitle(r.recipientPage.title(name));
  return (
    <>
      <h1>{r.recipientPage.title(name)}</h1>
      <p className="lead">{r.recipientPage.intro}</p>
      <QueryState query={followUp} what={r.what.recipient} isEmpty={(rows) => rows.length === 0} empty={r.recipientPage.none}>
        {(rows) => (
          <ul>
            {rows.map((row) => (
              <li key={row.organisation.slug}>
                {row.organisation.name}: {r.recipientPage.rate(row.answered, row.remisser, row.daysLate)}
              </li>
            ))}
          </ul>
        )}
      </QueryState>
      <QueryState query={remisser} what={r.what.list} isEmpty={(rows) => rows.length === 0} empty={r.recipientPage.none}>
        {(rows) => <RemissList remisser={rows} caption={r.history} />}
      </QueryState>
    </>
  );
}

/** /remisser/instanser/:key: one recipient's remisser across time (board:12, external:5, organisation). */
export function RemissRecipientPage() {
  const key = useParams().key ?? '';
  return KEY.test(key) ? <RecipientHistory recipient={key} /> : <NotFoundPage />;
}
