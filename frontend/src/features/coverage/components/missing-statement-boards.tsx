import { Link } from 'react-router';
import { useI18n } from '../../../i18n/i18n';
import type { BoardCoverage } from '../../../lib/api-types';
import { useCycleLink } from '../../../lib/cycle-param';

/** Boards that delivered nothing at all in the cycle: the first thing a follow-up needs. */
export function MissingStatementBoards({ boards }: { boards: BoardCoverage[] }) {
  const { t, fmt } = useI18n();
  const cycleLink = useCycleLink();
  const missing = boards
    .filter((row) => row.statementMissing)
    .sort((a, b) => a.board.name.localeCompare(b.board.name, 'sv'));
  return (
    <section aria-labelledby="skrivning-saknas" className="missing-boards">
      <h2 id="skrivning-saknas">{t.overview.missingBoardsTitle}</h2>
      {missing.length === 0 ? (
        <p>{t.overview.noMissingBoards}</p>
      ) : (
        <>
          <p>{t.overview.missingBoardsIntro(missing.length)}</p>
          <ul className="missing-board-list">
            {missing.map((row) => (
              <li key={row.board.id}>
                <Link to={cycleLink(`/namnder/${row.board.id}`)}>{row.board.name}</Link>{' '}
                <span className="muted">
                  {row.board.administration} · {t.table.expected.toLowerCase()}: {fmt.number(row.expected)}
                  {row.participant ? null : ` · ${t.overview.notParticipant}`}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
