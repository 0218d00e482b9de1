import { Link } from 'react-router';
import { useI18n } from '../../../i18n/i18n';
import type { BoardCoverage } from '../../../lib/api-types';
import { useOrgLink } from '../../organisations/hooks/use-organisation';

const byName = (a: BoardCoverage, b: BoardCoverage) => a.board.name.localeCompare(b.board.name, 'sv');

/**
 * The three lists of boards docs/coverage.md names: silent boards (asked, nothing delivered),
 * boards that sent only a general statement, and boards responsible but not asked — each apart,
 * each saying why it is there.
 */
export function MissingStatementBoards({ boards }: { boards: BoardCoverage[] }) {
  const { t, fmt } = useI18n();
  const orgLink = useOrgLink();
  const silent = boards.filter((row) => row.statementMissing).sort(byName);
  const generalOnly = boards.filter((row) => row.generalOnly).sort(byName);
  const notAsked = boards.filter((row) => !row.participant).sort(byName);
  const link = (row: BoardCoverage) => <Link to={orgLink(`/namnder/${row.board.id}`)}>{row.board.name}</Link>;
  return (
    <>
      <section aria-labelledby="skrivning-saknas" className="missing-boards">
        <h2 id="skrivning-saknas">{t.overview.missingBoardsTitle}</h2>
        {silent.length === 0 ? (
          <p>{t.overview.noMissingBoards}</p>
        ) : (
          <>
            <p>{t.overview.missingBoardsIntro(silent.length)}</p>
            <ul className="missing-board-list">
              {silent.map((row) => (
                <li key={row.board.id}>
                  {link(row)}{' '}
                  <span className="muted">
                    {row.board.administration} · {t.overview.askedNothingDelivered} ·{' '}
                    {row.expected === 0 ? t.overview.noMeasuresOfItsOwn : t.overview.expectedOf(fmt.number(row.expected))}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      {generalOnly.length > 0 && (
        <section aria-labelledby="bara-generell" className="missing-boards">
          <h2 id="bara-generell">{t.overview.generalOnlyTitle}</h2>
          <p>{t.overview.generalOnlyIntro(generalOnly.length)}</p>
          <ul className="missing-board-list">
            {generalOnly.map((row) => (
              <li key={row.board.id}>
                {link(row)}{' '}
                <span className="muted">
                  {row.board.administration} · {t.overview.deliveredOf(fmt.number(row.delivered), fmt.number(row.expected))}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {notAsked.length > 0 && (
        <section aria-labelledby="inte-tillfragade" className="missing-boards">
          <h2 id="inte-tillfragade">{t.overview.notAskedTitle}</h2>
          <p>{t.overview.notAskedIntro(notAsked.length)}</p>
          <ul className="missing-board-list">
            {notAsked.map((row) => (
              <li key={row.board.id}>
                {link(row)}{' '}
                <span className="muted">
                  {row.board.administration} · {t.overview.notParticipant} · {t.overview.responsibleFor(row.responsibilities)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
