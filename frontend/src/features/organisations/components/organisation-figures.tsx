import type { UseQueryResult } from '@tanstack/react-query';
import { Link } from 'react-router';
import { DataTable } from '../../../components/ui/data-table';
import { useI18n } from '../../../i18n/i18n';
import type { Organisation, RemissListItem, TrendPoint } from '../../../lib/api-types';
import { orgPath } from '../org-path';

/** One municipality and its delivery rate per cycle, oldest first: its points of `GET /api/coverage/trend`. */
export interface OrganisationTrend {
  organisation: Organisation;
  points: TrendPoint[];
}

/** The cycle Översikt shows first: the newest by year, then by id (the order the trend is in). */
const latest = (points: TrendPoint[]): TrendPoint | undefined =>
  points.reduce<TrendPoint | undefined>(
    (best, point) => (!best || point.cycle.year > best.cycle.year || (point.cycle.year === best.cycle.year && point.cycle.id > best.cycle.id) ? point : best),
    undefined,
  );
const rateOf = (point: TrendPoint) => (point.expected === 0 ? null : point.rate);

/**
 * Each municipality with its latest cycle's share delivered and its open remisser (sent, not yet
 * closed: `GET /api/remisser?status=sent`, one request for all); the name leads to its Översikt.
 */
export function LatestCycleTable({
  rows,
  trend,
  openRemisser,
}: {
  rows: OrganisationTrend[];
  trend: UseQueryResult<TrendPoint[]>;
  openRemisser: UseQueryResult<RemissListItem[]>;
}) {
  const { t, fmt } = useI18n();
  const openCount = (slug: string) => openRemisser.data?.filter((r) => r.organisation.slug === slug).length ?? 0;
  const figure = (row: OrganisationTrend, pick: (point: TrendPoint) => string) => {
    if (trend.isPending) return t.start.loadingRow;
    if (trend.isError) return '–';
    const point = latest(row.points);
    return point ? pick(point) : '–';
  };
  return (
    <DataTable
      caption={t.start.latestTitle}
      captionHidden
      rows={rows}
      rowKey={(row) => row.organisation.slug}
      columns={[
        {
          header: t.start.organisation,
          rowHeader: true,
          cell: (row) => <Link to={orgPath(row.organisation.slug, '/')}>{row.organisation.name}</Link>,
        },
        {
          header: t.start.cycle,
          cell: (row) => {
            if (trend.isPending) return t.start.loadingRow;
            if (trend.isError) {
              return (
                <span className="state-error-inline">
                  {t.start.rowError}{' '}
                  <button type="button" className="button button-secondary button-small" onClick={() => void trend.refetch()}>
                    {t.state.retry}
                  </button>
                </span>
              );
            }
            const point = latest(row.points);
            if (!point) return t.start.noCycle;
            const ongoing = point.cycle.status !== 'closed';
            return (
              <>
                {t.cycle.option(point.cycle.name, point.cycle.year)}
                {ongoing && (
                  <>
                    {' '}
                    <span className="badge">{t.trend.ongoing(point.cycle.deadline ? fmt.date(point.cycle.deadline) : null)}</span>
                  </>
                )}
              </>
            );
          },
        },
        { header: t.table.expected, numeric: true, cell: (row) => figure(row, (point) => fmt.number(point.expected)) },
        { header: t.table.delivered, numeric: true, cell: (row) => figure(row, (point) => fmt.number(point.delivered)) },
        { header: t.table.rate, numeric: true, cell: (row) => figure(row, (point) => fmt.percent(rateOf(point))) },
        {
          header: t.start.openRemisser,
          numeric: true,
          cell: (row) => {
            if (openRemisser.isPending) return t.start.loadingRow;
            if (openRemisser.isError) return '–';
            return <Link to={orgPath(row.organisation.slug, '/remisser')}>{fmt.number(openCount(row.organisation.slug))}</Link>;
          },
        },
      ]}
    />
  );
}

/**
 * The municipalities side by side, year by year: the share delivered of each one's cycle of that
 * year (its newest, where it has several). From the same answer as the table above.
 */
export function ComparisonTable({ rows }: { rows: OrganisationTrend[] }) {
  const { t, fmt } = useI18n();
  const byYear = new Map<number, Map<string, TrendPoint>>();
  for (const row of rows) {
    for (const point of row.points) {
      const year = byYear.get(point.cycle.year) ?? new Map<string, TrendPoint>();
      const kept = year.get(row.organisation.slug);
      if (!kept || point.cycle.id > kept.cycle.id) year.set(row.organisation.slug, point); // the newest of the year
      byYear.set(point.cycle.year, year);
    }
  }
  const years = [...byYear.keys()].sort((a, b) => b - a);
  if (years.length === 0) return null;
  return (
    <DataTable
      caption={t.start.compareTitle}
      captionHidden
      rows={years}
      rowKey={(year) => year}
      columns={[
        { header: t.start.year, rowHeader: true, cell: (year) => String(year) },
        ...rows.map((row) => ({
          header: row.organisation.name,
          numeric: true,
          cell: (year: number) => {
            const point = byYear.get(year)?.get(row.organisation.slug);
            if (!point) return <span className="muted">{t.start.noneThatYear}</span>;
            const share = fmt.percent(rateOf(point));
            return point.cycle.status === 'closed' ? share : `${share} (${t.start.ongoing})`;
          },
        })),
      ]}
    />
  );
}
