import { useSearchParams } from 'react-router';
import type { Cycle } from '../../../lib/api-types';
import { cycleParam } from '../../../lib/cycle-param';
import { useCycles } from '../api/get-cycles';

/** The newest cycle: latest year, and of cycles in the same year the one created last. */
export function newestCycle(cycles: Cycle[]): Cycle | undefined {
  return cycles.reduce<Cycle | undefined>(
    (best, cycle) => (!best || cycle.year > best.year || (cycle.year === best.year && cycle.id > best.id) ? cycle : best),
    undefined,
  );
}

/** The cycle named by ?omgang=ID, or the newest when the URL names none. */
export function useSelectedCycle() {
  const cyclesQuery = useCycles();
  const [params] = useSearchParams();
  const requested = cycleParam(params);
  const cycles = cyclesQuery.data ?? [];
  const selected = requested ? cycles.find((cycle) => String(cycle.id) === requested) : newestCycle(cycles);
  return { cyclesQuery, cycles, selected, requested };
}
