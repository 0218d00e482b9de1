import { useMemo } from 'react';
import { Navigate, useLocation, useSearchParams } from 'react-router';
import { QueryState } from '../../components/ui/query-state';
import { useAllCoverageTrends } from '../../features/coverage/api/get-coverage-trend';
import { useOrganisations } from '../../features/organisations/api/get-organisations';
import { useRemisser } from '../../features/remisser/api/get-remisser';
import { ComparisonTable, LatestCycleTable, type OrganisationTrend } from '../../features/organisations/components/organisation-figures';
import { legacyPath } from '../../features/organisations/org-path';
import { useI18n } from '../../i18n/i18n';
import type { Organisation, TrendPoint } from '../../lib/api-types';
import { cycleParam } from '../../lib/cycle-param';
import { useDocumentTitle } from '../../lib/use-document-title';

/** Each organisation with its points of the one trend answer, in the API's order; none for one without cycles. */
function groupByOrganisation(organisations: Organisation[], points: TrendPoint[]): OrganisationTrend[] {
  const bySlug = new Map<string, TrendPoint[]>();
  for (const point of points) {
    const list = bySlug.get(point.organisation.slug);
    if (list) list.push(point);
    else bySlug.set(point.organisation.slug, [point]);
  }
  return organisations.map((organisation) => ({ organisation, points: bySlug.get(organisation.slug) ?? [] }));
}

function Figures({ organisations }: { organisations: Organisation[] }) {
  const { t } = useI18n();
  const trend = useAllCoverageTrends();
  const rows = useMemo(() => groupByOrganisation(organisations, trend.data ?? []), [organisations, trend.data]);
  const openRemisser = useRemisser({ status: 'sent' });
  return (
    <>
      <section aria-labelledby="start-latest">
        <h2 id="start-latest">{t.start.latestTitle}</h2>
        <p>{t.start.latestIntro}</p>
        {trend.isPending && (
          <p role="status" className="visually-hidden">
            {t.state.loading(t.what.trend)}
          </p>
        )}
        <LatestCycleTable rows={rows} trend={trend} openRemisser={openRemisser} />
      </section>
      {organisations.length > 1 && (
        <section aria-labelledby="start-compare">
          <h2 id="start-compare">{t.start.compareTitle}</h2>
          <p>{t.start.compareIntro}</p>
          <ComparisonTable rows={rows} />
        </section>
      )}
    </>
  );
}

/** `/`: the municipalities of the install, each with its latest cycle, and side by side by year. */
export function StartPage() {
  const { t } = useI18n();
  const location = useLocation();
  const [params] = useSearchParams();
  const organisations = useOrganisations();
  useDocumentTitle(t.start.title);

  // `/?omgang=1` is a bookmark of Översikt from before several municipalities: Stockholm's.
  if (cycleParam(params) !== null) return <Navigate replace to={legacyPath('/', location.search, location.hash)} />;

  return (
    <>
      <h1>{t.start.title}</h1>
      <p className="lead">{t.start.intro}</p>
      <QueryState query={organisations} what={t.what.organisations} isEmpty={(list) => list.length === 0} empty={t.start.empty}>
        {(list) => <Figures organisations={list} />}
      </QueryState>
    </>
  );
}
