import { Link } from 'react-router';
import { DataTable } from '../../../components/ui/data-table';
import { QueryState } from '../../../components/ui/query-state';
import { useI18n } from '../../../i18n/i18n';
import type { CycleCoverage, MeasureCoverage } from '../../../lib/api-types';
import { useOrgLink } from '../../organisations/hooks/use-organisation';
import { useCycleMeasures } from '../api/get-cycle-measures';

const SHOWN = 10;

/** The measures with the most missing statements (GET /cycles/:id/coverage/measures). */
export function MostMissingMeasures({ cycleId, reports }: { cycleId: number; reports: CycleCoverage['reports'] }) {
  const { t } = useI18n();
  const query = useCycleMeasures(cycleId);
  return (
    <QueryState query={query} what={t.what.coverage}>
      {(measures) => <MostMissingMeasuresTable measures={measures} reports={reports} />}
    </QueryState>
  );
}

/** Missing lead statements first (a lead gap is worse). */
function MostMissingMeasuresTable({ measures, reports }: { measures: MeasureCoverage[]; reports: CycleCoverage['reports'] }) {
  const { t, fmt } = useI18n();
  const orgLink = useOrgLink();
  const reportTitle = new Map(reports.map((r) => [r.report.key, r.report.title]));
  // Stable sort: ties keep the report-and-number order the API gives.
  const rows = measures
    .filter((row) => row.missing > 0)
    .sort((a, b) => b.lead.missing - a.lead.missing || b.missing - a.missing)
    .slice(0, SHOWN);
  return (
    <section aria-labelledby="atgarder-saknas">
      <h2 id="atgarder-saknas">{t.overview.measuresTitle}</h2>
      {rows.length === 0 ? (
        <p>{t.overview.measuresNoneMissing}</p>
      ) : (
        <>
          <p>{t.overview.measuresIntro(rows.length)}</p>
          <DataTable
            caption={t.overview.measuresTitle}
            captionHidden
            rows={rows}
            rowKey={(row) => row.measure.id}
            columns={[
              {
                header: t.table.measure,
                cell: (row) => (
                  <Link to={orgLink(`/atgarder/${row.measure.id}`)}>
                    <strong>{row.measure.number}</strong> {row.measure.title}
                  </Link>
                ),
                rowHeader: true,
              },
              { header: t.table.report, cell: (row) => reportTitle.get(row.measure.report) ?? row.measure.report },
              { header: t.table.expected, cell: (row) => fmt.number(row.expected), numeric: true },
              { header: t.table.missing, cell: (row) => fmt.number(row.missing), numeric: true },
              { header: t.overview.measuresLeadMissing, cell: (row) => fmt.number(row.lead.missing), numeric: true },
            ]}
          />
        </>
      )}
    </section>
  );
}
