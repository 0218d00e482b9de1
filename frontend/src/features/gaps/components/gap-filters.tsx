import { SelectField } from '../../../components/ui/select-field';
import { useI18n } from '../../../i18n/i18n';
import type { Board, GapKind, Report, Role } from '../../../lib/api-types';

export interface GapFilterValues {
  rapport: string;
  namnd: string;
  typ: '' | GapKind;
  roll: '' | Role;
}

interface GapFiltersProps {
  values: GapFilterValues;
  reports: Report[];
  boards: Board[];
  onChange: (changes: Partial<GapFilterValues>) => void;
  onClear: () => void;
}

export function GapFiltersForm({ values, reports, boards, onChange, onClear }: GapFiltersProps) {
  const { t } = useI18n();
  const all = { value: '', label: t.filter.all };
  const sortedBoards = [...boards].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  return (
    <form className="filters" aria-label={t.filter.legend} onSubmit={(event) => event.preventDefault()}>
      <SelectField
        label={t.gaps.report}
        value={values.rapport}
        options={[all, ...reports.map((report) => ({ value: report.key, label: report.title }))]}
        onChange={(value) => onChange({ rapport: value })}
      />
      <SelectField
        label={t.gaps.board}
        value={values.namnd}
        options={[all, ...sortedBoards.map((board) => ({ value: String(board.id), label: board.name }))]}
        onChange={(value) => onChange({ namnd: value })}
      />
      <SelectField
        label={t.gaps.kind}
        value={values.typ}
        options={[
          all,
          { value: 'no-statement', label: t.gaps.kinds['no-statement'] },
          { value: 'measure-not-addressed', label: t.gaps.kinds['measure-not-addressed'] },
        ]}
        onChange={(value) => onChange({ typ: value as GapFilterValues['typ'] })}
      />
      <SelectField
        label={t.gaps.role}
        value={values.roll}
        options={[all, { value: 'lead', label: t.role.lead }, { value: 'contributing', label: t.role.contributing }]}
        onChange={(value) => onChange({ roll: value as GapFilterValues['roll'] })}
      />
      <button type="button" className="button button-secondary" onClick={onClear}>
        {t.filter.clear}
      </button>
    </form>
  );
}
