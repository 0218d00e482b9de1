import { QueryState } from '../../components/ui/query-state';
import { remissCompilationDocxUrl, useRemissCompilation } from '../../features/remisser/api/get-remiss-compilation';
import { useI18n } from '../../i18n/i18n';
import type { RemissCompilation } from '../../lib/api-types';
import { useRouteId } from '../../lib/route-id';
import { useDocumentTitle } from '../../lib/use-document-title';
import { NotFoundPage } from './not-found-page';

function Compilation({ model }: { model: RemissCompilation }) {
  const { t, fmt } = useI18n();
  const r = t.remisser;
  useDocumentTitle(`${r.compilation}: ${model.remiss.title}`);
  return (
    <article className="compilation">
      <h1>
        {r.compilation}: {model.remiss.title}
      </h1>
      <dl className="facts">
        <dt>{r.col.caseNumber}</dt>
        <dd>{model.remiss.caseNumber ?? r.noCaseNumber}</dd>
        <dt>{r.facts.sender}</dt>
        <dd>{model.remiss.sender}</dd>
        <dt>{r.facts.answerBy}</dt>
        <dd>{model.remiss.answerBy ? fmt.date(model.remiss.answerBy) : r.facts.none}</dd>
      </dl>
      <p>{r.summaryLine(model.totals.answered, model.totals.recipients, model.totals.late)}</p>
      <p className="no-print actions">
        <a href={remissCompilationDocxUrl(model.remiss.id)} download>
          {r.compilationWord}
        </a>{' '}
        <button type="button" className="button button-secondary" onClick={() => window.print()}>
          {r.compilationPrint}
        </button>
      </p>
      <h2>{r.compilationAnswered}</h2>
      {model.answers.length === 0 && <p>{r.noAnswers}</p>}
      {model.answers.map((a) => (
        <section key={a.answerId} aria-labelledby={`sam-${a.answerId}`}>
          <h3 id={`sam-${a.answerId}`}>{a.recipient}</h3>
          <p>
            <strong>{r.col.position}:</strong> {r.position[a.position ?? 'unknown']}. <strong>{r.col.answeredOn}:</strong>{' '}
            {a.answeredOn ? fmt.date(a.answeredOn) : r.facts.none}
            {a.late && ` (${r.lateShort})`}
          </p>
          {a.summary.split(/\n\n+/).map((p, i) => (
            <p key={i}>{p}</p>
          ))}
          {a.signedBy.length > 0 && (
            <p>
              {r.signedBy}: {fmt.list(a.signedBy)}
            </p>
          )}
        </section>
      ))}
      <h2>{r.compilationNotAnswered}</h2>
      {model.notAnswered.length === 0 ? (
        <p>{r.compilationAll}</p>
      ) : (
        <ul>
          {model.notAnswered.map((n) => (
            <li key={n.recipient}>
              {n.recipient}
              {n.overdue && ` (${r.overdueShort})`}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

/** /remisser/:id/sammanstallning: the remissammanställning, printable. */
export function RemissCompilationPage() {
  const id = useRouteId();
  return id === null ? <NotFoundPage /> : <CompilationById id={id} />;
}

function CompilationById({ id }: { id: number }) {
  const { t } = useI18n();
  const query = useRemissCompilation(id);
  return <QueryState query={query} what={t.remisser.what.compilation}>{(model) => <Compilation model={model} />}</QueryState>;
}
