import { useSearchParams } from 'react-router';
import { SelectField } from '../../../components/ui/select-field';
import { useI18n } from '../../../i18n/i18n';
import { CYCLE_PARAM, LEGACY_CYCLE_PARAM } from '../../../lib/cycle-param';
import { useSelectedCycle } from '../hooks/use-selected-cycle';

/** Chooses the reporting cycle for every view; the choice is kept in the URL (?omgang=ID). */
export function CycleSelector() {
  const { t } = useI18n();
  const { cyclesQuery, cycles, selected } = useSelectedCycle();
  const [, setParams] = useSearchParams();

  if (cyclesQuery.isError || (cyclesQuery.isSuccess && cycles.length === 0)) return null;

  const options = cyclesQuery.isPending
    ? [{ value: '', label: t.state.loading(t.what.cycles) }]
    : [...cycles]
        .sort((a, b) => b.year - a.year || b.id - a.id)
        .map((cycle) => ({ value: String(cycle.id), label: t.cycle.option(cycle.name, cycle.year) }));

  return (
    <SelectField
      className="cycle-selector"
      label={t.cycle.label}
      value={selected ? String(selected.id) : ''}
      options={selected || cyclesQuery.isPending ? options : [{ value: '', label: '–' }, ...options]}
      disabled={cyclesQuery.isPending}
      onChange={(value) =>
        setParams((previous) => {
          const next = new URLSearchParams(previous);
          next.set(CYCLE_PARAM, value);
          next.delete(LEGACY_CYCLE_PARAM);
          next.delete('sida'); // another cycle has other rows: start from the first page
          return next;
        })
      }
    />
  );
}
