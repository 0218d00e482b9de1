import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BoardsService } from '../boards/boards.service.js';
import { AppException } from '../common/errors/app-exception.js';
import { toCycleDto } from '../cycles/cycle.row.js';
import { CyclesService } from '../cycles/cycles.service.js';
import { ReportsService } from '../reports/reports.service.js';
import type { BoardKind } from '../boards/board.row.js';
import type { ResponsibilityRole } from '../measures/measure.row.js';
import type {
  CycleCoverageDto,
  GapDto,
  GapKind,
  GapsQueryDto,
  MatrixDto,
  MeasureCoverageDto,
  SplitCountsDto,
  TrendPointDto,
} from './dto/coverage.dto.js';
import { decodeCursor, DEFAULT_PAGE_SIZE, toPage, type Page } from '../common/pagination.js';
import { CYCLE_COVERAGE_SQL, CYCLE_GAPS_SQL, CYCLE_MATRIX_SQL, MEASURE_COVERAGE_SQL, TREND_SQL } from './coverage.sql.js';

interface CountColumns {
  expected: number;
  delivered: number;
  late: number;
  lead_expected: number;
  lead_delivered: number;
  contributing_expected: number;
  contributing_delivered: number;
}

/** The rows of `CYCLE_COVERAGE_SQL` (its `json_agg` parts keep the SQL's snake_case column names). */
interface CycleCoverageRow {
  totals: CountColumns;
  boards: (CountColumns & { id: number; name: string; administration: string; kind: BoardKind; participant: boolean; statement_missing: boolean; general_statement: boolean })[];
  reports: (CountColumns & { id: number; key: string; title: string })[];
  measures: (CountColumns & { id: number; number: string; title: string; report_id: number; report_key: string })[];
  planned_years: { year: number; statements: number }[];
}

interface GapRow {
  kind: GapKind;
  role: ResponsibilityRole | null;
  board_id: number;
  board_name: string;
  measure_id: number | null;
  measure_number: string | null;
  measure_title: string | null;
  report_key: string | null;
  /** the keyset of a page: the ORDER BY's values */
  kind_rank: number;
  report_rank: number;
}

interface MeasureCoverageRow {
  cycle_id: number;
  cycle_name: string;
  cycle_year: number;
  board_id: number;
  board_name: string;
  role: ResponsibilityRole;
  statement_id: number | null;
}

interface TrendRow {
  id: number;
  name: string;
  year: number;
  expected: number;
  delivered: number;
}

export function rate(delivered: number, expected: number): number | null {
  return expected === 0 ? null : delivered / expected;
}

function split(c: CountColumns): SplitCountsDto {
  return {
    expected: c.expected,
    delivered: c.delivered,
    missing: c.expected - c.delivered,
    late: c.late,
    rate: rate(c.delivered, c.expected),
    lead: { expected: c.lead_expected, delivered: c.lead_delivered, missing: c.lead_expected - c.lead_delivered },
    contributing: {
      expected: c.contributing_expected,
      delivered: c.contributing_delivered,
      missing: c.contributing_expected - c.contributing_delivered,
    },
  };
}


/** Expected vs delivered statements, gaps, the matrix and trends: each one SQL query (see coverage.sql.ts). */
@Injectable()
export class CoverageService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cycles: CyclesService,
    private readonly reports: ReportsService,
    private readonly boards: BoardsService,
  ) {}

  async cycleCoverage(cycleId: number): Promise<CycleCoverageDto> {
    const cycle = await this.cycles.get(cycleId);
    const [row] = await this.dataSource.query<CycleCoverageRow[]>(CYCLE_COVERAGE_SQL, [cycleId]);
    return {
      cycle: toCycleDto(cycle),
      totals: split(row.totals),
      boards: row.boards.map((b) => ({
        board: { id: b.id, name: b.name, administration: b.administration, kind: b.kind },
        ...split(b),
        statementMissing: b.statement_missing,
        generalStatement: b.general_statement,
        participant: b.participant,
      })),
      reports: row.reports.map((r) => ({
        report: { id: r.id, key: r.key, title: r.title },
        ...split(r),
      })),
      measures: row.measures.map((m) => ({
        measure: { id: m.id, number: m.number, report: m.report_key, title: m.title },
        ...split(m),
      })),
      plannedYears: row.planned_years,
    };
  }

  /** One page of the cycle's gaps (no-statement first, then by board, report and measure number). */
  async gaps(cycleId: number, filter: GapsQueryDto): Promise<Page<GapDto>> {
    const after = decodeCursor(filter.cursor, ['int', 'int', 'int', 'int[]']);
    const limit = filter.limit ?? DEFAULT_PAGE_SIZE;
    await this.cycles.get(cycleId);
    if (filter.board !== undefined) await this.boards.get(filter.board);
    const reportId = filter.report !== undefined ? (await this.reports.findByKey(filter.report)).id : null;
    const rows = await this.dataSource.query<GapRow[]>(CYCLE_GAPS_SQL, [
      cycleId,
      filter.board ?? null,
      reportId,
      filter.role ?? null,
      filter.kind ?? null,
      ...(after ?? [null, null, null, null]),
      limit + 1,
    ]);
    return toPage(
      rows,
      limit,
      (g) => [g.kind_rank, g.board_id, g.report_rank, g.measure_number === null ? [] : g.measure_number.split('.').map(Number)],
      (g) => ({
        board: { id: g.board_id, name: g.board_name },
        measure: g.measure_id === null ? null : { id: g.measure_id, number: g.measure_number!, report: g.report_key!, title: g.measure_title! },
        role: g.role,
        kind: g.kind,
      }),
    );
  }

  async matrix(cycleId: number, reportKey?: string): Promise<MatrixDto> {
    await this.cycles.get(cycleId);
    const reportId = reportKey !== undefined ? (await this.reports.findByKey(reportKey)).id : null;
    const [row] = await this.dataSource.query<MatrixDto[]>(CYCLE_MATRIX_SQL, [cycleId, reportId]);
    return { boards: row.boards, measures: row.measures, cells: row.cells };
  }

  async measureCoverage(measureId: number): Promise<MeasureCoverageDto[]> {
    const exists = await this.dataSource.query<{ id: number }[]>(`SELECT id FROM measure WHERE id = $1`, [measureId]);
    if (exists.length === 0) throw AppException.notFound('Measure', measureId);
    const rows = await this.dataSource.query<MeasureCoverageRow[]>(MEASURE_COVERAGE_SQL, [measureId]);
    return rows.map((r) => ({
      cycle: { id: r.cycle_id, name: r.cycle_name, year: r.cycle_year },
      board: { id: r.board_id, name: r.board_name },
      role: r.role,
      delivered: r.statement_id !== null,
      statementId: r.statement_id,
    }));
  }

  async trend(boardId?: number): Promise<TrendPointDto[]> {
    if (boardId !== undefined) await this.boards.get(boardId);
    const rows = await this.dataSource.query<TrendRow[]>(TREND_SQL, [boardId ?? null]);
    return rows.map((r) => ({
      cycle: { id: r.id, name: r.name, year: r.year },
      expected: r.expected,
      delivered: r.delivered,
      missing: r.expected - r.delivered,
      rate: rate(r.delivered, r.expected),
    }));
  }
}
