import { useParams, useSearchParams } from 'react-router';
import { QueryState } from '../../components/ui/query-state';
import { SelectField } from '../../components/ui/select-field';
import { useBoards } from '../../features/boards/api/get-boards';
import { useAppendix } from '../../features/exports/api/get-appendix';
import { AppendixView } from '../../features/exports/components/appendix-view';
import { useReports } from '../../features/reports/api/get-reports';
import { useI18n } from '../../i18n/i18n';
import { useDocumentTitle } from '../../lib/use-document-title';

/** /omgangar/:id/bilaga?namnd=&rapport=: the compiled appendix, to read, print or download as Word. */
export function AppendixPage() {
  const { t } = useI18n();
  const cycleId = Number(useParams().id);
  const [params, setParams] = useSearchParams();
  const namnd = params.get('namnd') ?? '';
  const board = /^\d+$/.test(namnd) ? Number(namnd) : undefined;
  const report = params.get('rapport') || undefined;
  const appendix = useAppendix(cycleId, { board, report });
  const boards = useBoards();
  const reports = useReports();
  useDocumentTitle(t.appendix.title);

  const update = (key: string, value: string) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });
  const query = new URLSearchParams();
  if (board) query.set('board', String(board));
  if (report) query.set('report', report);
  const docx = `/api/cycles/${cycleId}/appendix.docx${query.size ? `?${query}` : ''}`;

  return (
    <>
      <h1>{t.appendix.title}</h1>
      {appendix.data && <p className="lead">{appendix.data.cycle.name}</p>}
      <form className="filters no-print" aria-label={t.filter.legend} onSubmit={(event) => event.preventDefault()}>
        <SelectField
          label={t.appendix.board}
          value={board ? String(board) : ''}
          options={[{ value: '', label: t.filter.all }, ...(boards.data ?? []).map((b) => ({ value: String(b.id), label: b.administration }))]}
          onChange={(value) => update('namnd', value)}
        />
        <SelectField
          label={t.appendix.reportFilter}
          value={report ?? ''}
          options={[{ value: '', label: t.filter.all }, ...(reports.data ?? []).map((r) => ({ value: r.key, label: r.title }))]}
          onChange={(value) => update('rapport', value)}
        />
      </form>
      <div className="button-row no-print">
        <a className="button button-secondary" href={docx} download>
          {t.appendix.downloadDocx}
        </a>
        <button type="button" className="button" onClick={() => window.print()}>
          {t.appendix.print}
        </button>
      </div>
      <QueryState
        query={appendix}
        what={t.what.appendix}
        isEmpty={(data) => data.parts.length === 0}
        empty={t.appendix.empty}
      >
        {(data) => <AppendixView appendix={data} />}
      </QueryState>
    </>
  );
}
