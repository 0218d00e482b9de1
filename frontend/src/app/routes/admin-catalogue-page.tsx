import { useSearchParams } from 'react-router';
import { QueryState } from '../../components/ui/query-state';
import { SelectField } from '../../components/ui/select-field';
import { useBoards } from '../../features/boards/api/get-boards';
import { useMeasure } from '../../features/measures/api/get-measure';
import { useMeasures } from '../../features/measures/api/get-measures';
import { MeasureEditor } from '../../features/measures/components/measure-editor';
import { useReports } from '../../features/reports/api/get-reports';
import { useI18n } from '../../i18n/i18n';
import { useDocumentTitle } from '../../lib/use-document-title';

function Editor({ measureId }: { measureId: number }) {
  const { t } = useI18n();
  const measure = useMeasure(measureId);
  const boards = useBoards();
  return (
    <QueryState query={boards} what={t.what.boards}>
      {(boardList) => (
        <QueryState query={measure} what={t.what.measure}>
          {(detail) => <MeasureEditor key={detail.id} measure={detail} boards={boardList} />}
        </QueryState>
      )}
    </QueryState>
  );
}

/** /admin/katalog?rapport=KEY&atgard=ID: pick a report, then a measure, then edit it. */
export function AdminCataloguePage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const report = params.get('rapport');
  const measureId = Number(params.get('atgard')) || null;
  const reports = useReports();
  const measures = useMeasures(report);
  useDocumentTitle(t.admin.catalogue.title);

  function choose(next: { rapport?: string; atgard?: string }) {
    const search = new URLSearchParams();
    const chosenReport = next.rapport ?? report ?? '';
    if (chosenReport) search.set('rapport', chosenReport);
    if (next.atgard) search.set('atgard', next.atgard);
    setParams(search);
  }

  return (
    <>
      <h1>{t.admin.catalogue.title}</h1>
      <p className="lead">{t.admin.catalogue.intro}</p>
      <div className="filters">
        <QueryState query={reports} what={t.what.reports}>
          {(list) => (
            <SelectField
              label={t.admin.catalogue.report}
              value={report ?? ''}
              options={[{ value: '', label: t.admin.catalogue.chooseReport }, ...list.map((r) => ({ value: r.key, label: r.title }))]}
              onChange={(value) => choose({ rapport: value })}
            />
          )}
        </QueryState>
        {report && (
          <QueryState query={measures} what={t.what.measures} isEmpty={(list) => list.length === 0} empty={t.admin.catalogue.empty}>
            {(list) => (
              <SelectField
                label={t.admin.catalogue.measure}
                value={measureId ? String(measureId) : ''}
                options={[
                  { value: '', label: t.admin.catalogue.chooseMeasure },
                  ...list.map((m) => ({ value: String(m.id), label: `${m.number} ${m.title}` })),
                ]}
                onChange={(value) => choose({ atgard: value })}
              />
            )}
          </QueryState>
        )}
      </div>
      {measureId && <Editor measureId={measureId} />}
    </>
  );
}
