import { QueryState } from '../../components/ui/query-state';
import { RequireRole } from '../../features/auth/components/require-role';
import { CycleGate } from '../../features/cycles/components/cycle-gate';
import { useLate } from '../../features/late/api/get-late';
import { LateTable } from '../../features/late/components/late-table';
import { useI18n } from '../../i18n/i18n';
import type { Cycle } from '../../lib/api-types';
import { useDocumentTitle } from '../../lib/use-document-title';
import { CycleHeading } from './cycle-heading';

function LateContent({ cycle }: { cycle: Cycle }) {
  const { t, fmt } = useI18n();
  const late = useLate(cycle.id);
  return (
    <>
      <CycleHeading cycle={cycle} />
      <QueryState query={late} what={t.what.late}>
        {(data) => {
          if (data.daysOverdue === null) return <p className="state state-empty">{cycle.deadline ? t.late.notYet(fmt.date(cycle.deadline)) : t.late.noDeadline}</p>;
          if (data.boards.length === 0) return <p className="state state-empty">{t.late.none}</p>;
          return (
            <>
              <h2>{t.late.count(data.boards.length, data.daysOverdue)}</h2>
              <LateTable boards={data.boards} />
            </>
          );
        }}
      </QueryState>
    </>
  );
}

/** /sena: the deadline follow-up, for the central office. */
export function LatePage() {
  const { t } = useI18n();
  useDocumentTitle(t.late.title);
  return (
    <RequireRole roles={['admin']}>
      {() => (
        <>
          <h1>{t.late.title}</h1>
          <p>{t.late.intro}</p>
          <CycleGate>{(cycle) => <LateContent key={cycle.id} cycle={cycle} />}</CycleGate>
        </>
      )}
    </RequireRole>
  );
}
