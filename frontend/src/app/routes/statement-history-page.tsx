import { Link } from 'react-router';
import { QueryState } from '../../components/ui/query-state';
import { StatementText } from '../../components/ui/statement-text';
import { useSession } from '../../features/auth/api/get-me';
import { OwnOrganisationRedirect } from '../../features/organisations/components/own-organisation-redirect';
import { useOrganisationSlug } from '../../features/organisations/hooks/use-organisation';
import { orgPath } from '../../features/organisations/org-path';
import { useStatement } from '../../features/statements/api/get-statement';
import { useStatementHistory } from '../../features/statements/api/get-statement-history';
import { ReviewActions, ReviewComment } from '../../features/statements/components/review-actions';
import { SinceLastYear } from '../../features/statements/components/since-last-year';
import { StatementHistory } from '../../features/statements/components/statement-history';
import { useI18n } from '../../i18n/i18n';
import { useRouteId } from '../../lib/route-id';
import { useDocumentTitle } from '../../lib/use-document-title';
import { NotFoundPage } from './not-found-page';

/** /skrivningar/:id/historik: the statement as it is now, and every change to it, oldest first. */
export function StatementHistoryPage() {
  const statementId = useRouteId();
  return statementId === null ? <NotFoundPage /> : <StatementHistoryView statementId={statementId} />;
}

function StatementHistoryView({ statementId }: { statementId: number }) {
  const { t } = useI18n();
  const organisation = useOrganisationSlug();
  const statement = useStatement(statementId);
  const history = useStatementHistory(statementId);
  const { user } = useSession();
  const title = statement.data
    ? t.history.titleFor(
        statement.data.board.name,
        statement.data.measure ? t.history.measure(statement.data.measure.number, statement.data.measure.title) : t.history.general,
      )
    : t.history.title;
  useDocumentTitle(title);

  // The API shows drafts and actors to the board's editors and admins only (docs/api-auth.md).
  const seesEverything =
    user?.role === 'admin' || (statement.data !== undefined && user?.boards.some((board) => board.id === statement.data.board.id) === true);

  return (
    <>
      <h1>{title}</h1>
      <p className="lead">{seesEverything ? t.history.intro : t.history.publicIntro}</p>
      <section aria-labelledby="current-statement">
        <h2 id="current-statement">{t.history.current}</h2>
        <QueryState query={statement} what={t.what.statement}>
          {(current) => (
            <>
              <OwnOrganisationRedirect organisation={current.organisation} />
              <p className="todo-meta">
                {/* Other states carry their badge in StatementText. */}
                {current.state === 'submitted' && <span className="badge">{current.late ? t.progress.late : t.progress.submitted}</span>}
                {current.status && <> · {t.statementStatus[current.status]}</>}
              </p>
              {seesEverything && <ReviewComment statement={current} />}
              <StatementText statement={current} />
              <ReviewActions statement={current} />
              {user && user.boards.some((board) => board.id === current.board.id) && (
                <p>
                  <Link to={orgPath(organisation, '/att-redovisa')}>{t.history.back}</Link>
                </p>
              )}
            </>
          )}
        </QueryState>
      </section>
      {statement.data && (
        <section aria-labelledby="since-last-year">
          <h2 id="since-last-year">{t.diff.title}</h2>
          <SinceLastYear statement={statement.data} />
        </section>
      )}
      <section aria-labelledby="statement-history">
        <h2 id="statement-history">{t.todo.history}</h2>
        <QueryState query={history} what={t.what.history}>
          {(events) => <StatementHistory events={events} board={statement.data?.board.name ?? ''} />}
        </QueryState>
      </section>
    </>
  );
}
