import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../../components/ui/query-state';
import { useI18n } from '../../../i18n/i18n';
import type { Cycle } from '../../../lib/api-types';
import { CYCLE_PARAM, LEGACY_CYCLE_PARAM } from '../../../lib/cycle-param';
import { useSelectedCycle } from '../hooks/use-selected-cycle';

/** Renders its children once the chosen cycle is known; otherwise loading, error or empty. */
export function CycleGate({ children }: { children: (cycle: Cycle) => ReactNode }) {
  const { t } = useI18n();
  const location = useLocation();
  const { cyclesQuery, cycles, selected, requested } = useSelectedCycle();

  if (cyclesQuery.isPending || (cyclesQuery.isError && cyclesQuery.isFetching)) {
    return <LoadingState what={t.what.cycles} />;
  }
  if (cyclesQuery.isError) {
    return <ErrorState what={t.what.cycles} error={cyclesQuery.error} onRetry={() => void cyclesQuery.refetch()} />;
  }
  if (cycles.length === 0) return <EmptyState>{t.cycle.none}</EmptyState>;
  if (!selected) {
    const params = new URLSearchParams(location.search);
    params.delete(CYCLE_PARAM);
    params.delete(LEGACY_CYCLE_PARAM);
    const search = params.toString();
    return (
      <div role="alert" className="state state-error">
        <p>{t.cycle.unknown(requested ?? '')}</p>
        <Link to={`${location.pathname}${search ? `?${search}` : ''}`}>{t.cycle.showNewest}</Link>
      </div>
    );
  }
  return <>{children(selected)}</>;
}
