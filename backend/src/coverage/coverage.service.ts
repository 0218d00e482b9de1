import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { assertAdminOfOrganisation, type AuthUser } from '../auth/roles.js';
import { BoardsService } from '../boards/boards.service.js';
import { draftVisibility } from '../statements/statements.service.js';
import { AppException } from '../common/errors/app-exception.js';
import { toCycleDto, type CycleStatus } from '../cycles/cycle.row.js';
import { CyclesService } from '../cycles/cycles.service.js';
import { ReportsService } from '../reports/reports.service.js';
import type { OrganisationRefDto } from '../organisations/dto/organisation.dto.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import { decodeCursor, DEFAULT_PAGE_SIZE, toPage, type Page } from '../common/pagination.js';
import type { ResponsibilityRole } from '../measures/measure.row.js';
import type {
  CycleCoverageDto,
  CycleLateDto,
  GapKind,
  CycleMeasuresQueryDto,
  GapDto,
  GapsQueryDto,
  MatrixDto,
  MeasureCoverageDto,
  MeasureCoverageRowDto,
  SplitCountsDto,
  TrendPointDto,
} from './dto/coverage.dto.js';
import {
  CYCLE_COVERAGE_SQL,
  CYCLE_GAPS_SQL,
  CYCLE_LATE_SQL,
  CYCLE_MATRIX_SQL,
  CYCLE_MEASURES_SQL,
  CYCLE_REVIEW_SQL,
  MEASURE_COVERAGE_SQL,
  TREND_SQL,
} from './coverage.sql.js';

interface CountColumns {
  expected: number;
  delivered: number;
  late: number;
  lead_expected: number;
  lead_delivered: number;
  contributing_expected: number;
  contributing_delivered: number;
  status_done: number;
  status_in_progress: number;
  status_not_started: number;
  status_waiting: number;
  status_none: number;
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
    statuses: { done: c.status_done, inProgress: c.status_in_progress, notStarted: c.status_not_started, waiting: c.status_waiting, none: c.status_none },
  };
}

/** The row of `CYCLE_REVIEW_SQL`. */
interface ReviewRow {
  drafts: number;
  awaiting_review: number;
  returned: number;
  approved: number;
}

/** The rows of `CYCLE_LATE_SQL`. */
interface LateRow {
  id: number;
  name: string;
  administration: string;
  expected: number;
  delivered: number;
  statement_missing: boolean;
  drafts: number;
  returned: number;
  days_overdue: number;
  contacts: string[];
  last_reminder_at: Date | null;
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

/** Expected vs delivered statements, gaps, the matrix and trends: each one SQL query (see coverage.sql.ts). */
@Injectable()
export class CoverageService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cycles: CyclesService,
    private readonly reports: ReportsService,
    private readonly boards: BoardsService,
    private readonly organisations: OrganisationsService,
  ) {}

  async cycleCoverage(cycleId: number): Promise<CycleCoverageDto> {
    const cycle = await this.cycles.get(cycleId);
    const [row] = await this.dataSource.query(CYCLE_COVERAGE_SQL, [cycleId]);
    const [review] = await this.dataSource.query<ReviewRow[]>(CYCLE_REVIEW_SQL, [cycleId]);
    const t = row.totals;
    const b = row.board_totals;
    const totals = split({
      expected: t.expected,
      delivered: t.delivered,
      late: t.late,
      lead_expected: t.leadExpected,
      lead_delivered: t.leadDelivered,
      contributing_expected: t.contributingExpected,
      contributing_delivered: t.contributingDelivered,
      status_done: t.statusDone,
      status_in_progress: t.statusInProgress,
      status_not_started: t.statusNotStarted,
      status_waiting: t.statusWaiting,
      status_none: t.statusNone,
    });
    return {
      cycle: toCycleDto(cycle),
      totals: {
        ...totals,
        measures: b.measures,
        measuresReportedDone: t.measuresReportedDone,
        participants: b.participants,
        silentBoards: b.silentBoards,
        silentBoardsWithoutMeasures: b.silentBoardsWithoutMeasures,
        notAskedBoards: b.notAskedBoards,
        notAskedResponsibilities: Number(b.notAskedResponsibilities),
        generalOnlyBoards: b.generalOnlyBoards,
        // One gap per missing statement and one per silent board with nothing expected (docs/coverage.md).
        gaps: totals.missing + b.silentBoardsWithoutMeasures,
      },
      boards: row.boards.map((r: CountColumns & Record<string, never>) => ({
        board: { id: r.id, name: r.name, administration: r.administration, kind: r.kind },
        ...split(r),
        statementMissing: r.statement_missing,
        generalStatement: r.general_statement,
        generalOnly: r.participant && r.delivered_any && r.expected > 0 && r.delivered === 0,
        participant: r.participant,
        responsibilities: r.responsibilities,
      })),
      reports: row.reports.map((r: CountColumns & Record<string, unknown>) => ({
        report: { id: r.id, key: r.key, title: r.title },
        ...split(r),
      })),
      plannedYears: row.planned_years,
      review: { drafts: review.drafts, awaitingReview: review.awaiting_review, returned: review.returned, approved: review.approved },
    };
  }

  /** Per measure of the cycle's scope, a page at a time (report and number order). */
  async cycleMeasures(cycleId: number, query: CycleMeasuresQueryDto): Promise<Page<MeasureCoverageRowDto>> {
    const cycle = await this.cycles.get(cycleId);
    const reportId = query.report !== undefined ? (await this.reports.findByKey(query.report, { commissionId: cycle.commission_id })).id : null;
    const after = decodeCursor(query.cursor, ['int', 'int[]', 'int']);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await this.dataSource.query<(CountColumns & { id: number; number: string; title: string; report_id: number; report_key: string; number_order: number[] })[]>(
      CYCLE_MEASURES_SQL,
      [cycleId, reportId, ...(after ?? [null, null, null]), limit + 1],
    );
    return toPage(
      rows,
      limit,
      (m) => [m.report_id, m.number_order, m.id],
      (m) => ({ measure: { id: m.id, number: m.number, report: m.report_key, title: m.title }, ...split(m) }),
    );
  }

  /** "Sena": boards still owing statements after the deadline, with their editors as contacts. */
  async late(cycleId: number, viewer: AuthUser): Promise<CycleLateDto> {
    const cycle = await this.cycles.get(cycleId);
    // The contacts are accounts: only the cycle's own organisation's admins read them.
    assertAdminOfOrganisation(viewer, cycle.organisation_id, `the late boards of cycle ${cycleId}`);
    const rows = await this.dataSource.query<LateRow[]>(CYCLE_LATE_SQL, [cycleId]);
    const [{ days }] = await this.dataSource.query<{ days: number | null }[]>(
      `SELECT CASE WHEN c.deadline IS NOT NULL AND (now() AT TIME ZONE 'Europe/Stockholm')::date > c.deadline
                   THEN (now() AT TIME ZONE 'Europe/Stockholm')::date - c.deadline END AS days
         FROM reporting_cycle c WHERE c.id = $1`,
      [cycleId],
    );
    return {
      cycle: toCycleDto(cycle),
      daysOverdue: days,
      boards: rows.map((r) => ({
        board: { id: r.id, name: r.name, administration: r.administration },
        expected: r.expected,
        delivered: r.delivered,
        missing: r.expected - r.delivered,
        statementMissing: r.statement_missing,
        drafts: r.drafts,
        returned: r.returned,
        daysOverdue: r.days_overdue,
        lastReminderAt: r.last_reminder_at === null ? null : new Date(r.last_reminder_at).toISOString(),
        contacts: r.contacts,
      })),
    };
  }

  /** One page of the cycle's gaps (no-statement first, then by board, report and measure number). */
  async gaps(cycleId: number, filter: GapsQueryDto): Promise<Page<GapDto>> {
    const after = decodeCursor(filter.cursor, ['int', 'int', 'int', 'int[]']);
    const limit = filter.limit ?? DEFAULT_PAGE_SIZE;
    const cycle = await this.cycles.get(cycleId);
    if (filter.board !== undefined) await this.boards.get(filter.board);
    const reportId = filter.report !== undefined ? (await this.reports.findByKey(filter.report, { commissionId: cycle.commission_id })).id : null;
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
    const cycle = await this.cycles.get(cycleId);
    const reportId = reportKey !== undefined ? (await this.reports.findByKey(reportKey, { commissionId: cycle.commission_id })).id : null;
    const [row] = await this.dataSource.query(CYCLE_MATRIX_SQL, [cycleId, reportId]);
    return { boards: row.boards, measures: row.measures, cells: row.cells };
  }

  async measureCoverage(measureId: number, viewer?: AuthUser): Promise<MeasureCoverageDto[]> {
    const [measure] = await this.dataSource.query<{ organisation_id: number }[]>(
      `SELECT k.organisation_id FROM measure m JOIN report r ON r.id = m.report_id JOIN commission k ON k.id = r.commission_id WHERE m.id = $1`,
      [measureId],
    );
    if (!measure) throw AppException.notFound('Measure', measureId);
    const rows = await this.dataSource.query(MEASURE_COVERAGE_SQL, [measureId, ...draftVisibility(viewer, measure.organisation_id)]);
    return rows.map((r: Record<string, never>) => ({
      cycle: { id: r.cycle_id, name: r.cycle_name, year: r.cycle_year, status: r.cycle_status },
      board: { id: r.board_id, name: r.board_name },
      role: r.role,
      asked: r.asked,
      delivered: r.statement_id !== null,
      statementId: r.statement_id,
      status: r.status,
      position: r.position,
      inProgress: r.in_progress,
    }));
  }

  async trend(boardId?: number, organisation?: string): Promise<TrendPointDto[]> {
    const organisationId = await this.organisations.filterId(organisation);
    // The board's existence (404) is checked beside the trend, not before it: an unknown board's trend is empty.
    const [, rows] = await Promise.all([
      boardId !== undefined ? this.boards.get(boardId) : null,
      this.dataSource.query(TREND_SQL, [boardId ?? null, organisationId]),
    ]);
    return rows.map((r: { id: number; name: string; year: number; status: CycleStatus; deadline: string | null; organisation: OrganisationRefDto; expected: number; delivered: number }) => ({
      cycle: { id: r.id, name: r.name, year: r.year, status: r.status, deadline: r.deadline },
      organisation: r.organisation,
      expected: r.expected,
      delivered: r.delivered,
      missing: r.expected - r.delivered,
      rate: rate(r.delivered, r.expected),
    }));
  }
}
