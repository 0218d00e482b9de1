import { useMemo } from 'react';
import { QueryState } from '../../components/ui/query-state';
import { TrendFigure } from '../../components/ui/trend-figure';
import { useBoard } from '../../features/boards/api/get-board';
import { useBoardTrend } from '../../features/boards/api/get-board-trend';
import { BoardResponsibilities } from '../../features/boards/components/board-responsibilities';
import { BoardStatements, GeneralStatement } from '../../features/boards/components/board-statements';
import { CycleGate } from '../../features/cycles/components/cycle-gate';
import { DownloadLinks } from '../../features/exports/components/download-links';
import { useSession } from '../../features/auth/api/get-me';
import { ImportPanel } from '../../features/imports/components/import-panel';
import { useGaps } from '../../features/gaps/api/get-gaps';
import { GapTable } from '../../features/gaps/components/gap-table';
import { OwnOrganisationRedirect } from '../../features/organisations/components/own-organisation-redirect';
import { useReports } from '../../features/reports/api/get-reports';
import { useStatements } from '../../features/statements/api/get-statements';
import { useI18n } from '../../i18n/i18n';
import type { BoardDetail, Cycle } from '../../lib/api-types';
import { useRouteId } from '../../lib/route-id';
import { useDocumentTitle } from '../../lib/use-document-title';
import { NotFoundPage } from './not-found-page';
import { CycleHeading } from './cycle-heading';

function BoardCycleSections({ board: current, cycle, reportTitles }: { board: BoardDetail; cycle: Cycle; reportTitles: Map<string, string> }) {
  const { t } = useI18n();
  const statements = useStatements(cycle.id, { board: current.id });
  const gaps = useGaps(cycle.id, { board: current.id });
  // What the board answered for in this cycle is the cycle's scope, not today's catalogue.
  const inCycle = useBoard(current.id, cycle.id);
  const board = inCycle.data ?? current;
  const { user } = useSession();
  // Who may import here: admins, and the board's own editors while the cycle is open (the server checks again).
  const mayImport =
    cycle.status !== 'closed' && (user?.role === 'admin' || (user?.role === 'editor' && cycle.status === 'open' && user.boards.some((b) => b.id === current.id)));
  return (
    <>
      <CycleHeading cycle={cycle} />
      {inCycle.data?.participant === false && <p className="notice">{t.board.notAskedInCycle}</p>}
      <DownloadLinks cycleId={cycle.id} kinds={['workbook', 'appendixDocx']} boardId={board.id} />
      <BoardResponsibilities board={board} reportTitles={reportTitles} />
      <section aria-labelledby="skrivningar">
        <h2 id="skrivningar">{t.board.statementsByReport}</h2>
        <QueryState query={statements} what={t.what.statements}>
          {(data) => <BoardStatements board={board} statements={data} reportTitles={reportTitles} />}
        </QueryState>
      </section>
      <section aria-labelledby="generell">
        <h2 id="generell">{t.board.generalStatement}</h2>
        <QueryState query={statements} what={t.what.statements}>
          {(data) => <GeneralStatement statements={data} />}
        </QueryState>
      </section>
      {mayImport && <ImportPanel cycle={cycle} />}
      <section aria-labelledby="luckor">
        <h2 id="luckor">{t.board.gaps}</h2>
        <QueryState query={gaps} what={t.what.gaps} isEmpty={(data) => data.length === 0} empty={t.board.noGaps}>
          {(data) => (
            <>
              <p>{t.board.gapCount(data.length)}</p>
              <GapTable gaps={data} reportTitles={reportTitles} caption={t.board.gaps} hideBoard />
            </>
          )}
        </QueryState>
      </section>
    </>
  );
}

function BoardHistory({ boardId }: { boardId: number }) {
  const { t } = useI18n();
  const trend = useBoardTrend(boardId);
  return (
    <QueryState query={trend} what={t.what.boardTrend}>
      {(points) => (
        <TrendFigure
          title={t.board.history}
          points={points}
          emptyText={t.board.historyEmpty}
          describe={{ change: t.board.historySummary, single: t.board.historySingle }}
        />
      )}
    </QueryState>
  );
}

/** /namnder/:id; an id the API would refuse is a plain "not found", asked of no one. */
export function BoardPage() {
  const boardId = useRouteId();
  return boardId === null ? <NotFoundPage /> : <BoardView boardId={boardId} />;
}

function BoardView({ boardId }: { boardId: number }) {
  const { t } = useI18n();
  const board = useBoard(boardId);
  const reports = useReports();
  const reportTitles = useMemo(() => new Map((reports.data ?? []).map((r) => [r.key, r.title])), [reports.data]);
  useDocumentTitle(board.data?.name ?? t.board.title);

  return (
    <>
      <h1>{board.data?.name ?? t.board.title}</h1>
      <QueryState query={board} what={t.what.board}>
        {(data) => (
          <>
            <OwnOrganisationRedirect organisation={data.organisation} />
            <p className="lead">{t.board.kindAndAdministration(t.boardKind[data.kind] ?? data.kind, data.administration)}</p>
            <CycleGate>
              {(cycle) => <BoardCycleSections key={cycle.id} board={data} cycle={cycle} reportTitles={reportTitles} />}
            </CycleGate>
            <BoardHistory boardId={data.id} />
          </>
        )}
      </QueryState>
    </>
  );
}
