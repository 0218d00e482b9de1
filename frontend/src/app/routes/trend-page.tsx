import { QueryState } from '../../components/ui/query-state';
import { TrendFigure } from '../../components/ui/trend-figure';
import { useCoverageTrend } from '../../features/coverage/api/get-coverage-trend';
import { useI18n } from '../../i18n/i18n';
import { useDocumentTitle } from '../../lib/use-document-title';

export function TrendPage() {
  const { t } = useI18n();
  useDocumentTitle(t.trend.title);
  const trend = useCoverageTrend();
  return (
    <>
      <h1>{t.trend.title}</h1>
      <p className="lead">{t.trend.intro}</p>
      <QueryState query={trend} what={t.what.trend} isEmpty={(points) => points.length === 0} empty={t.trend.empty}>
        {(points) => (
          <TrendFigure
            title={t.trend.chartTitle}
            points={points}
            emptyText={t.trend.empty}
            describe={{ change: t.trend.summary, single: t.trend.single }}
            tableInitiallyOpen
          />
        )}
      </QueryState>
    </>
  );
}
