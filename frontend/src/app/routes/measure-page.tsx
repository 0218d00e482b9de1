import { QueryState } from '../../components/ui/query-state';
import { CycleGate } from '../../features/cycles/components/cycle-gate';
import { useMeasure } from '../../features/measures/api/get-measure';
import { useMeasureCoverage } from '../../features/measures/api/get-measure-coverage';
import { MeasureHistory } from '../../features/measures/components/measure-history';
import { MeasureResponsibility } from '../../features/measures/components/measure-responsibility';
import { MeasureStatements } from '../../features/measures/components/measure-statements';
import { OwnOrganisationRedirect } from '../../features/organisations/components/own-organisation-redirect';
import { useStatements } from '../../features/statements/api/get-statements';
import { useI18n } from '../../i18n/i18n';
import type { Cycle, MeasureDetail } from '../../lib/api-types';
import { useRouteId } from '../../lib/route-id';
import { useDocumentTitle } from '../../lib/use-document-title';
import { NotFoundPage } from './not-found-page';

function MeasureCycleStatements({ measure, cycle }: { measure: MeasureDetail; cycle: Cycle }) {
  const { t } = useI18n();
  const statements = useStatements(cycle.id, { measure: measure.id });
  // Who was responsible in this cycle comes from the cycle's scope, not today's catalogue.
  const coverage = useMeasureCoverage(measure.id);
  return (
    <section aria-labelledby="skrivningar">
      <h2 id="skrivningar">{t.measure.statements(cycle.name)}</h2>
      <QueryState query={coverage} what={t.what.measureCoverage}>
        {(rows) => (
          <QueryState query={statements} what={t.what.statements}>
            {(data) => <MeasureStatements scope={rows.filter((row) => row.cycle.id === cycle.id)} statements={data} />}
          </QueryState>
        )}
      </QueryState>
    </section>
  );
}

function MeasureHistorySection({ measureId }: { measureId: number }) {
  const { t } = useI18n();
  const coverage = useMeasureCoverage(measureId);
  return (
    <section aria-labelledby="historik">
      <h2 id="historik">{t.measure.history}</h2>
      <QueryState query={coverage} what={t.what.measureCoverage}>
        {(rows) => <MeasureHistory rows={rows} />}
      </QueryState>
    </section>
  );
}

/** /atgarder/:id; an id the API would refuse (/atgarder/abc) is a plain "not found", asked of no one. */
export function MeasurePage() {
  const measureId = useRouteId();
  return measureId === null ? <NotFoundPage /> : <MeasureView measureId={measureId} />;
}

function MeasureView({ measureId }: { measureId: number }) {
  const { t } = useI18n();
  const measure = useMeasure(measureId);
  const title = measure.data ? `${measure.data.number} ${measure.data.title}` : t.measure.title;
  useDocumentTitle(title);

  return (
    <>
      <h1>{title}</h1>
      <QueryState query={measure} what={t.what.measure}>
        {(data) => (
          <>
            <OwnOrganisationRedirect organisation={data.organisation} />
            <p className="lead">
              {t.measure.report(data.report.title)}
              {data.recommendation && (
                <>
                  <br />
                  {t.measure.recommendation(data.recommendation.number, data.recommendation.title)}
                </>
              )}
            </p>
            <section aria-labelledby="beskrivning">
              <h2 id="beskrivning">{t.measure.description}</h2>
              <p className="prose">{data.description || t.measure.noText}</p>
            </section>
            {data.ongoingWork && (
              <section aria-labelledby="pagaende">
                <h2 id="pagaende">{t.measure.ongoingWork}</h2>
                <p className="prose">{data.ongoingWork}</p>
              </section>
            )}
            <MeasureResponsibility measure={data} />
            <CycleGate>{(cycle) => <MeasureCycleStatements key={cycle.id} measure={data} cycle={cycle} />}</CycleGate>
            <MeasureHistorySection measureId={data.id} />
          </>
        )}
      </QueryState>
    </>
  );
}
