import { DataTable } from '../../../components/ui/data-table';
import { useI18n } from '../../../i18n/i18n';
import type { Counts, CycleCoverage } from '../../../lib/api-types';

const rateOf = (counts: Counts) => (counts.expected === 0 ? null : counts.delivered / counts.expected);

export function KeyFigures({ totals }: { totals: CycleCoverage['totals'] }) {
  const { t, fmt } = useI18n();
  const figures = [
    { label: t.overview.expected, value: fmt.number(totals.expected) },
    { label: t.overview.delivered, value: fmt.number(totals.delivered) },
    { label: t.overview.missing, value: fmt.number(totals.missing) },
    { label: t.overview.rate, value: fmt.percent(totals.expected === 0 ? null : totals.rate) },
    // Only a cycle with a deadline can have late statements; without any the figure would be noise.
    ...(totals.late > 0 ? [{ label: t.overview.late, value: fmt.number(totals.late) }] : []),
  ];
  const rows = [
    { key: 'lead', label: t.overview.lead, counts: totals.lead },
    { key: 'contributing', label: t.overview.contributing, counts: totals.contributing },
    { key: 'total', label: t.overview.total, counts: totals },
  ];
  return (
    <section aria-labelledby="nyckeltal">
      <h2 id="nyckeltal">{t.overview.keyFigures}</h2>
      <dl className="key-figures">
        {figures.map((figure) => (
          <div key={figure.label} className="key-figure">
            <dt>{figure.label}</dt>
            <dd>{figure.value}</dd>
          </div>
        ))}
      </dl>
      <DataTable
        caption={t.overview.byRole}
        columns={[
          { header: t.table.role, cell: (row) => row.label, rowHeader: true },
          { header: t.table.expected, cell: (row) => fmt.number(row.counts.expected), numeric: true },
          { header: t.table.delivered, cell: (row) => fmt.number(row.counts.delivered), numeric: true },
          { header: t.table.missing, cell: (row) => fmt.number(row.counts.missing), numeric: true },
          { header: t.table.rate, cell: (row) => fmt.percent(rateOf(row.counts)), numeric: true },
        ]}
        rows={rows}
        rowKey={(row) => row.key}
      />
    </section>
  );
}
