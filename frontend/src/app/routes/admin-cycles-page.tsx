import { QueryState } from '../../components/ui/query-state';
import { useBoards } from '../../features/boards/api/get-boards';
import { useCycles } from '../../features/cycles/api/get-cycles';
import { CycleAdmin } from '../../features/cycles/components/cycle-admin';
import { CycleImport } from '../../features/imports/components/import-panel';
import { useI18n } from '../../i18n/i18n';
import { useDocumentTitle } from '../../lib/use-document-title';

export function AdminCyclesPage() {
  const { t } = useI18n();
  const cycles = useCycles();
  const boards = useBoards();
  useDocumentTitle(t.admin.cycle.title);
  return (
    <>
      <h1>{t.admin.cycle.title}</h1>
      <p className="lead">{t.admin.cycle.intro}</p>
      <QueryState query={boards} what={t.what.boards}>
        {(boardList) => (
          <QueryState query={cycles} what={t.what.cycles}>
            {(cycleList) => (
              <>
                <CycleAdmin cycles={cycleList} boards={boardList} />
                <CycleImport cycles={cycleList} />
              </>
            )}
          </QueryState>
        )}
      </QueryState>
    </>
  );
}
