import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { clampPage, Pagination } from '../../components/ui/pagination';
import { QueryState } from '../../components/ui/query-state';
import { SelectField } from '../../components/ui/select-field';
import { CycleGate } from '../../features/cycles/components/cycle-gate';
import { DownloadLinks } from '../../features/exports/components/download-links';
import { useMatrix } from '../../features/matrix/api/get-matrix';
import { MatrixTable } from '../../features/matrix/components/matrix-table';
import { useReports } from '../../features/reports/api/get-reports';
import { useI18n } from '../../i18n/i18n';
import type { BoardKind, Cycle, Matrix, Report } from '../../lib/api-types';
import { compareNumbering } from '../../lib/sort';
import { useDocumentTitle } from '../../lib/use-document-title';
import { CycleHeading } from './cycle-heading';

/** Rows per page: 50 measures × 60 boards keeps the DOM near 3 000 cells at any catalogue size. */
export const MATRIX_PAGE_SIZE = 50;

function orderMeasures(measures: Matrix['measures'], reports: Report[]): Matrix['measures'] {
  const reportOrder = new Map(reports.map((report, index) => [report.key, index]));
  const position = (key: string) => reportOrder.get(key) ?? Number.MAX_SAFE_INTEGER;
  return [...measures].sort(
    (a, b) =>
      position(a.report) - position(b.report) ||
      a.report.localeCompare(b.report) ||
      compareNumbering(a.recommendation?.number ?? '', b.recommendation?.number ?? '') ||
      compareNumbering(a.number, b.number),
  );
}

function MatrixContent({ cycle }: { cycle: Cycle }) {
  const { t, fmt } = useI18n();
  const [params, setParams] = useSearchParams();
  const report = params.get('rapport') ?? '';
  const kindParam = params.get('typ') ?? '';
  const kind = kindParam in t.boardKindPlural ? (kindParam as BoardKind) : '';
  const reports = useReports();
  const matrix = useMatrix(cycle.id, report || undefined);
  const reportList = useMemo(() => reports.data ?? [], [reports.data]);
  const reportTitles = useMemo(() => new Map(reportList.map((r) => [r.key, r.title])), [reportList]);

  const update = (changes: Record<string, string>) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      for (const [key, value] of Object.entries(changes)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      return next;
    });

  const prepared = useMemo(() => {
    if (!matrix.data) return null;
    // Boards stay in the API's order (kind, then id: docs/api.md); only the filter applies here.
    const boards = matrix.data.boards.filter((board) => !kind || board.kind === kind);
    return { boards, measures: orderMeasures(matrix.data.measures, reportList) };
  }, [matrix.data, kind, reportList]);

  const total = prepared?.measures.length ?? 0;
  const pages = Math.max(1, Math.ceil(total / MATRIX_PAGE_SIZE));
  const page = clampPage(params.get('sida'), pages);
  const from = (page - 1) * MATRIX_PAGE_SIZE;

  return (
    <>
      <CycleHeading cycle={cycle} />
      <DownloadLinks cycleId={cycle.id} kinds={['workbook']} />
      <p>{t.matrix.intro}</p>
      <form className="filters" aria-label={t.filter.legend} onSubmit={(event) => event.preventDefault()}>
        <SelectField
          label={t.matrix.report}
          value={report}
          options={[{ value: '', label: t.filter.all }, ...reportList.map((r) => ({ value: r.key, label: r.title }))]}
          onChange={(value) => update({ rapport: value, sida: '' })}
        />
        <SelectField
          label={t.matrix.boardKind}
          value={kind}
          options={[{ value: '', label: t.filter.all }, ...(Object.keys(t.boardKindPlural) as BoardKind[]).map((k) => ({ value: k, label: t.boardKindPlural[k] }))]}
          onChange={(value) => update({ typ: value, sida: '' })}
        />
      </form>
      <p className="legend">{t.matrix.legend}</p>
      <QueryState
        query={matrix}
        what={t.what.matrix}
        isEmpty={() => !prepared || prepared.measures.length === 0 || prepared.boards.length === 0}
        empty={t.matrix.empty}
      >
        {() =>
          prepared && (
            <>
              <p aria-live="polite">
                {t.matrix.showing(
                  fmt.number(from + 1),
                  fmt.number(Math.min(from + MATRIX_PAGE_SIZE, total)),
                  fmt.number(total),
                  fmt.number(prepared.boards.length),
                )}
              </p>
              <MatrixTable
                boards={prepared.boards}
                measures={prepared.measures.slice(from, from + MATRIX_PAGE_SIZE)}
                cells={matrix.data?.cells ?? []}
                reportTitles={reportTitles}
              />
              <Pagination page={page} pages={pages} onChange={(next) => update({ sida: String(next) })} />
            </>
          )
        }
      </QueryState>
    </>
  );
}

export function MatrixPage() {
  const { t } = useI18n();
  useDocumentTitle(t.matrix.title);
  return (
    <>
      <h1>{t.matrix.title}</h1>
      <CycleGate>{(cycle) => <MatrixContent key={cycle.id} cycle={cycle} />}</CycleGate>
    </>
  );
}
