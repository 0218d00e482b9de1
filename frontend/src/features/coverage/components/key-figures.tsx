import { DataTable } from '../../../components/ui/data-table';
import { useI18n } from '../../../i18n/i18n';
import type { Counts, CycleCoverage, CycleTotals } from '../../../lib/api-types';

const rateOf = (counts: Counts) => (counts.expected === 0 ? null : counts.delivered / counts.expected);

/** The cycle's numbers, each one field of the coverage totals and named as docs/coverage.md defines it. */
export function KeyFigures({ totals, review }: { totals: CycleTotals; review: CycleCoverage['review'] }) {
  const { t, fmt } = useI18n();
  const figures = [
    { key: 'expected', label: t.overview.expected, value: fmt.number(totals.expected) },
    { key: 'delivered', label: t.overview.delivered, value: fmt.number(totals.delivered) },
    { key: 'missing', label: t.overview.missing, value: fmt.number(totals.missing) },
    { key: 'rate', label: t.overview.rate, value: fmt.percent(totals.expected === 0 ? null : totals.rate) },
    { key: 'gaps', label: t.overview.gaps, value: fmt.number(totals.gaps) },
    { key: 'silent', label: t.overview.silentBoards, value: fmt.number(totals.silentBoards) },
    { key: 'done', label: t.overview.measuresDone, value: t.overview.measuresDoneValue(fmt.number(totals.measuresReportedDone), fmt.number(totals.measures)) },
    // Only a cycle with a deadline can have late statements; without any the figure would be noise.
    ...(totals.late > 0 ? [{ key: 'late', label: t.overview.late, value: fmt.number(totals.late) }] : []),
    // The review loop: submitted statements awaiting the central office, and those sent back.
    { key: 'awaiting-review', label: t.review.awaitingReview, value: fmt.number(review.awaitingReview) },
    { key: 'returned', label: t.review.returnedCount, value: fmt.number(review.returned) },
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
          <div key={figure.key} className="key-figure" data-figure={figure.key}>
            <dt>{figure.label}</dt>
            <dd>{figure.value}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">
        {t.overview.countsExplained(fmt.number(totals.expected), fmt.number(totals.participants))}{' '}
        {t.overview.gapsExplained(fmt.number(totals.gaps), fmt.number(totals.missing), fmt.number(totals.silentBoardsWithoutMeasures))}
        {totals.notAskedBoards > 0 ? ` ${t.overview.notAskedExplained(totals.notAskedBoards, fmt.number(totals.notAskedResponsibilities))}` : ''}
      </p>
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
