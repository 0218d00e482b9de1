import { Link } from 'react-router';
import { QueryState } from '../../components/ui/query-state';
import { remissCompilationDocxUrl } from '../../features/remisser/api/get-remiss-compilation';
import { useRemiss } from '../../features/remisser/api/get-remiss';
import { RemissAnswers } from '../../features/remisser/components/remiss-answers';
import { RemissPositions } from '../../features/remisser/components/remiss-positions';
import { RemissRecipients } from '../../features/remisser/components/remiss-recipients';
import { useI18n } from '../../i18n/i18n';
import type { RemissDetail } from '../../lib/api-types';
import { useRouteId } from '../../lib/route-id';
import { useDocumentTitle } from '../../lib/use-document-title';
import { NotFoundPage } from './not-found-page';
import { orgPath } from '../../features/organisations/org-path';

function RemissContent({ remiss }: { remiss: RemissDetail }) {
  const { t, fmt } = useI18n();
  const r = t.remisser;
  useDocumentTitle(remiss.title);
  const date = (d: string | null) => (d ? fmt.date(d) : r.facts.none);
  return (
    <>
      <h1>{remiss.title}</h1>
      <p className="lead">{remiss.caseNumber ?? r.noCaseNumber}</p>
      <dl className="facts">
        <dt>{r.facts.organisation}</dt>
        <dd>{remiss.organisation.name}</dd>
        <dt>{r.facts.sender}</dt>
        <dd>{remiss.sender.name}</dd>
        <dt>{r.facts.kind}</dt>
        <dd>{remiss.kind ?? r.facts.none}</dd>
        <dt>{r.facts.decidedOn}</dt>
        <dd>
          {date(remiss.decidedOn)}
          {remiss.paragraph && ` (§ ${remiss.paragraph})`}
        </dd>
        <dt>{r.facts.answerBy}</dt>
        <dd>{date(remiss.answerBy)}</dd>
        <dt>{r.facts.status}</dt>
        <dd>{r.status[remiss.status]}</dd>
      </dl>
      <p>
        <strong>{r.summaryLine(remiss.counts.answered, remiss.counts.recipients, remiss.counts.late)}</strong>
      </p>
      <p className="actions">
        <Link to={orgPath(remiss.organisation.slug, `/remisser/${remiss.id}/sammanstallning`)}>{r.compilation}</Link>
        {' · '}
        <a href={remissCompilationDocxUrl(remiss.id)} download>
          {r.compilation}: {r.compilationWord}
        </a>
      </p>
      <section aria-labelledby="remissinstanser">
        <h2 id="remissinstanser">{r.recipientsHeading}</h2>
        <RemissRecipients remiss={remiss} />
      </section>
      <RemissPositions remiss={remiss} />
      <section aria-labelledby="svaren">
        <h2 id="svaren">{r.answersHeading}</h2>
        <RemissAnswers remiss={remiss} />
      </section>
    </>
  );
}

/** /remisser/:id: recipients with their status, the positions as a chart with its table, each answer. */
export function RemissPage() {
  const id = useRouteId();
  return id === null ? <NotFoundPage /> : <RemissById id={id} />;
}

function RemissById({ id }: { id: number }) {
  const { t } = useI18n();
  const query = useRemiss(id);
  return <QueryState query={query} what={t.remisser.what.remiss}>{(remiss) => <RemissContent remiss={remiss} />}</QueryState>;
}
