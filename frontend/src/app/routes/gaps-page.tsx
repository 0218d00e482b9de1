import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { clampPage, Pagination } from '../../components/ui/pagination';
import { QueryState } from '../../components/ui/query-state';
import { useBoards } from '../../features/boards/api/get-boards';
import { useCycleCoverage } from '../../features/coverage/api/get-cycle-coverage';
import { CycleGate } from '../../features/cycles/components/cycle-gate';
import { DownloadLinks } from '../../features/exports/components/download-links';
import { useGaps } from '../../features/gaps/api/get-gaps';
import { GapFiltersForm, type GapFilterValues } from '../../features/gaps/components/gap-filters';
import { GapTable } from '../../features/gaps/components/gap-table';
import { useReports } from '../../features/reports/api/get-reports';
import { useI18n } from '../../i18n/i18n';
import type { Cycle, GapFilters, GapKind, Role } from '../../lib/api-types';
import { useDocumentTitle } from '../../lib/use-document-title';
import { CycleHeading } from './cycle-heading';

export const GAPS_PAGE_SIZE = 100;
const FILTER_KEYS = ['rapport', 'namnd', 'typ', 'roll'] as const;
const GAP_KINDS = new Set<string>(['no-statement', 'measure-not-addressed']);
const ROLES = new Set<string>(['lead', 'contributing']);

/** Filters live in the URL (?rapport=&namnd=&typ=&roll=) so a filtered list can be shared. */
function readFilters(params: URLSearchParams): GapFilterValues {
  const typ = params.get('typ') ?? '';
  const roll = params.get('roll') ?? '';
  const namnd = params.get('namnd') ?? '';
  return {
    rapport: params.get('rapport') ?? '',
    namnd: /^\d+$/.test(namnd) ? namnd : '',
    typ: GAP_KINDS.has(typ) ? (typ as GapKind) : '',
    roll: ROLES.has(roll) ? (roll as Role) : '',
  };
}

function toApiFilters(values: GapFilterValues): GapFilters {
  return {
    report: values.rapport || undefined,
    board: values.namnd ? Number(values.namnd) : undefined,
    kind: values.typ || undefined,
    role: values.roll || undefined,
  };
}

function GapsContent({ cycle }: { cycle: Cycle }) {
  const { t, fmt } = useI18n();
  const [params, setParams] = useSearchParams();
  const values = readFilters(params);
  const gaps = useGaps(cycle.id, toApiFilters(values));
  const reports = useReports();
  const boards = useBoards();
  // The cycle's totals come from the same coverage fields Översikt shows, so the two pages agree.
  const coverage = useCycleCoverage(cycle.id);
  const totals = coverage.data?.totals;
  const notAsked = (coverage.data?.boards ?? []).filter((row) => !row.participant).map((row) => row.board.name);
  const reportTitles = useMemo(() => new Map((reports.data ?? []).map((r) => [r.key, r.title])), [reports.data]);

  const setFilters = (changes: Partial<GapFilterValues>) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      for (const [key, value] of Object.entries(changes)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      next.delete('sida');
      return next;
    });

  const clearFilters = () =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      for (const key of [...FILTER_KEYS, 'sida']) next.delete(key);
      return next;
    });

  const list = gaps.data ?? [];
  const pages = Math.max(1, Math.ceil(list.length / GAPS_PAGE_SIZE));
  const page = clampPage(params.get('sida'), pages);
  const from = (page - 1) * GAPS_PAGE_SIZE;

  return (
    <>
      <CycleHeading cycle={cycle} />
      <DownloadLinks cycleId={cycle.id} kinds={['gapsCsv', 'workbook']} />
      <p>{t.gaps.intro}</p>
      {totals && <p>{t.gaps.totals(fmt.number(totals.gaps), fmt.number(totals.missing), fmt.number(totals.silentBoardsWithoutMeasures))}</p>}
      {notAsked.length > 0 && <p className="muted">{t.gaps.notAsked(fmt.list(notAsked))}</p>}
      <GapFiltersForm
        values={values}
        reports={reports.data ?? []}
        boards={boards.data ?? []}
        onChange={setFilters}
        onClear={clearFilters}
      />
      <QueryState query={gaps} what={t.what.gaps} isEmpty={(data) => data.length === 0} empty={t.gaps.empty}>
        {(data) => {
          // A silent board has one no-statement gap per measure it is responsible for: count gaps and boards apart.
          const silent = data.filter((gap) => gap.kind === 'no-statement');
          const noStatement = silent.length;
          const silentBoards = new Set(silent.map((gap) => gap.board.id)).size;
          return (
            <>
              <h2 aria-live="polite">{data.length === 1 ? t.gaps.countOne : t.gaps.count(fmt.number(data.length))}</h2>
              <p>{t.gaps.breakdown(fmt.number(noStatement), silentBoards, fmt.number(silentBoards), fmt.number(data.length - noStatement))}</p>
              <GapTable gaps={data.slice(from, from + GAPS_PAGE_SIZE)} reportTitles={reportTitles} caption={t.gaps.tableCaption} />
              <Pagination
                page={page}
                pages={pages}
                onChange={(next) =>
                  setParams((previous) => {
                    const updated = new URLSearchParams(previous);
                    updated.set('sida', String(next));
                    return updated;
                  })
                }
              />
            </>
          );
        }}
      </QueryState>
    </>
  );
}

export function GapsPage() {
  const { t } = useI18n();
  useDocumentTitle(t.gaps.title);
  return (
    <>
      <h1>{t.gaps.title}</h1>
      <CycleGate>{(cycle) => <GapsContent key={cycle.id} cycle={cycle} />}</CycleGate>
    </>
  );
}
