import { QueryState } from '../../components/ui/query-state';
import { useCycleCoverage } from '../../features/coverage/api/get-cycle-coverage';
import { BoardCoverageChart } from '../../features/coverage/components/board-coverage-chart';
import { KeyFigures } from '../../features/coverage/components/key-figures';
import { MostMissingMeasures } from '../../features/coverage/components/most-missing-measures';
import { MissingStatementBoards } from '../../features/coverage/components/missing-statement-boards';
import { PlannedYearsChart } from '../../features/coverage/components/planned-years-chart';
import { ReportCoverageChart } from '../../features/coverage/components/report-coverage-chart';
import { ReportedStatuses } from '../../features/coverage/components/reported-statuses';
import { CycleGate } from '../../features/cycles/components/cycle-gate';
import { DownloadLinks } from '../../features/exports/components/download-links';
import { useI18n } from '../../i18n/i18n';
import type { Cycle } from '../../lib/api-types';
import { useDocumentTitle } from '../../lib/use-document-title';
import { CycleHeading } from './cycle-heading';

function OverviewContent({ cycle }: { cycle: Cycle }) {
  const { t } = useI18n();
  const coverage = useCycleCoverage(cycle.id);
  return (
    <>
      <CycleHeading cycle={cycle} />
      <DownloadLinks cycleId={cycle.id} kinds={['workbook', 'acrossCycles', 'appendixDocx']} appendixPage />
      <QueryState
        query={coverage}
        what={t.what.coverage}
        isEmpty={(data) => data.totals.expected === 0 && data.boards.length === 0}
        empty={t.overview.empty}
      >
        {(data) => (
          <>
            <KeyFigures totals={data.totals} review={data.review} />
            <MissingStatementBoards boards={data.boards} />
            <BoardCoverageChart boards={data.boards} />
            <ReportCoverageChart reports={data.reports} />
            <ReportedStatuses coverage={data} />
            <MostMissingMeasures cycleId={cycle.id} reports={data.reports} />
            <PlannedYearsChart plannedYears={data.plannedYears} />
          </>
        )}
      </QueryState>
    </>
  );
}

export function OverviewPage() {
  const { t } = useI18n();
  useDocumentTitle(t.overview.title);
  return (
    <>
      <h1>{t.overview.title}</h1>
      <CycleGate>{(cycle) => <OverviewContent key={cycle.id} cycle={cycle} />}</CycleGate>
    </>
  );
}
