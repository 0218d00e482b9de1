import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuditEventDto } from '../audit/dto/audit-event.dto.js';
import { canAdminOrganisation, inOrganisation, type AuthUser } from '../auth/roles.js';
import { AppException } from '../common/errors/app-exception.js';
import { CyclesService } from '../cycles/cycles.service.js';
import { measureNumberOrder } from '../measures/measure.row.js';
import { ReportsService } from '../reports/reports.service.js';
import { decodeCursor, DEFAULT_PAGE_SIZE, toPage, type Page } from '../common/pagination.js';
import { previousCycle } from '../cycles/cycle.row.js';
import type { PreviousStatementDto, StatementDto } from './dto/statement.dto.js';
import {
  COUNTED_STATE_LIST,
  COUNTED_STATES,
  SELECT_STATEMENTS,
  STATEMENT_ORDER,
  toStatementDto,
  type StatementState,
  type StatementViewRow,
} from './statement.row.js';

/**
 * The list order as one row value, for keyset paging: no report sorts first (0 is below every id) and
 * no measure first ('{}' is below every number), exactly as ORDER's NULLS FIRST.
 */
const SORT_KEY = `(s.board_id, coalesce(r.id, 0), coalesce(${measureNumberOrder('m')}, '{}'::int[]), s.id)`;

/**
 * A cycle's statements ($1), a page in list order: $2 board | null, $3 report | null, $4 measure | null,
 * drafts only for $5 (admin) or the boards $6; after the keyset ($7 board, $8 report or 0, $9 number, $10 id); $11 rows.
 * Exported for the benchmark, which times this SQL beside the endpoint.
 */
export const CYCLE_STATEMENTS_SQL = `${SELECT_STATEMENTS}
        WHERE s.cycle_id = $1
          AND ($2::int IS NULL OR s.board_id = $2)
          AND ($3::int IS NULL OR m.report_id = $3)
          AND ($4::int IS NULL OR s.measure_id = $4)
          AND (s.state IN ${COUNTED_STATES} OR $5::boolean OR s.board_id = ANY($6::int[]))
          AND ($7::int IS NULL OR ${SORT_KEY} > ($7, $8, $9::int[], $10))
        ${STATEMENT_ORDER}
        LIMIT $11`;

/**
 * Drafts are seen only by the board's editors and the admins of its organisation: `$admin` true, or
 * the board among `$boards`. Everyone else (anonymous, analysts, other boards' editors, anyone of
 * another organisation) sees submitted and approved statements only: a returned statement is back
 * with the board and, like a draft, not public until resubmitted.
 */
export function draftVisibility(viewer: AuthUser | undefined, organisationId: number): [boolean, number[]] {
  return [canAdminOrganisation(viewer, organisationId), viewer?.role === 'editor' && inOrganisation(viewer, organisationId) ? viewer.boards.map((b) => b.id) : []];
}

@Injectable()
export class StatementsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cycles: CyclesService,
    private readonly reports: ReportsService,
    private readonly audit: AuditService,
  ) {}

  /** One page of a cycle's statements with their measure and the board's role for it, in one query. */
  async listForCycle(
    cycleId: number,
    filter: { board?: number; report?: string; measure?: number; limit?: number; cursor?: string },
    viewer?: AuthUser,
  ): Promise<Page<StatementDto>> {
    const after = decodeCursor(filter.cursor, ['int', 'int', 'int[]', 'int']);
    const limit = filter.limit ?? DEFAULT_PAGE_SIZE;
    const cycle = await this.cycles.get(cycleId);
    // A report key means the report of the cycle's commission.
    const reportId = filter.report !== undefined ? (await this.reports.findByKey(filter.report, { commissionId: cycle.commission_id })).id : null;
    const [admin, boards] = draftVisibility(viewer, cycle.organisation_id);
    const rows = await this.dataSource.query<StatementViewRow[]>(
      CYCLE_STATEMENTS_SQL,
      [cycleId, filter.board ?? null, reportId, filter.measure ?? null, admin, boards, ...(after ?? [null, null, null, null]), limit + 1],
    );
    return toPage(
      rows,
      limit,
      (row) => [row.board_id, row.report_id ?? 0, row.measure_number === null ? [] : row.measure_number.split('.').map(Number), row.id],
      toStatementDto,
    );
  }

  /** Statements by id (no visibility filter: callers decide), in list order. */
  async findByIds(ids: number[], manager: EntityManager = this.dataSource.manager): Promise<StatementDto[]> {
    if (ids.length === 0) return [];
    const rows = await manager.query<StatementViewRow[]>(`${SELECT_STATEMENTS} WHERE s.id = ANY($1::int[]) ${STATEMENT_ORDER}`, [ids]);
    return rows.map(toStatementDto);
  }

  /** One statement as its viewer may see it: a draft of another board is as good as absent (404). */
  async get(id: number, viewer?: AuthUser): Promise<StatementDto> {
    return (await this.visible(id, viewer)).statement;
  }

  /** The statement and whether the viewer sees its drafts (404 for one it may not see). */
  private async visible(id: number, viewer?: AuthUser): Promise<{ statement: StatementDto; insider: boolean }> {
    const [row] = await this.dataSource.query<StatementViewRow[]>(`${SELECT_STATEMENTS} WHERE s.id = $1`, [id]);
    if (!row) throw AppException.notFound('Statement', id);
    const [admin, boards] = draftVisibility(viewer, row.organisation_id);
    const insider = admin || boards.includes(row.board_id);
    if (!COUNTED_STATE_LIST.includes(row.state) && !insider) throw AppException.notFound('Statement', id);
    return { statement: toStatementDto(row), insider };
  }

  /**
   * "Last year": the same board's delivered statement on the same measure (or its general statement)
   * in the cycle before this one, for the form and the word diff. One query; `cycle` is null when
   * this is the commission's first cycle, `statement` null when the board delivered nothing there.
   */
  async previous(id: number, viewer?: AuthUser): Promise<PreviousStatementDto> {
    await this.get(id, viewer);
    const [row] = await this.dataSource.query<{ cycle_id: number | null; cycle_name: string | null; cycle_year: number | null; statement_id: number | null }[]>(
      `SELECT pc.id AS cycle_id, pc.name AS cycle_name, pc.year AS cycle_year, ps.id AS statement_id
         FROM statement s
         JOIN reporting_cycle c ON c.id = s.cycle_id
         LEFT JOIN LATERAL (${previousCycle('c')}) pc ON true
         LEFT JOIN statement ps ON ps.cycle_id = pc.id AND ps.board_id = s.board_id
                               AND ps.measure_id IS NOT DISTINCT FROM s.measure_id AND ps.state IN ${COUNTED_STATES}
        WHERE s.id = $1`,
      [id],
    );
    const [statement] = row.statement_id === null ? [] : await this.findByIds([row.statement_id]);
    return {
      cycle: row.cycle_id === null ? null : { id: row.cycle_id, name: row.cycle_name!, year: row.cycle_year! },
      statement: statement ?? null,
    };
  }

  /**
   * The statement's audit trail, oldest first. The board's own editors and admins see every event
   * with its actor; everyone else sees the submitted versions only — what was submitted and when,
   * by the board, not by which person — so a draft that was later submitted never leaks through its
   * history (docs/api-auth.md, "Who sees what").
   */
  async history(id: number, viewer?: AuthUser): Promise<AuditEventDto[]> {
    const { insider } = await this.visible(id, viewer);
    const events = await this.audit.forEntity('statement', id);
    return insider ? events : publicHistory(events);
  }
}

/**
 * The public view of a statement's trail: only events that leave a submitted or approved version,
 * without the actor, each `before` being the previous such version (never a draft or a returned one).
 */
export function publicHistory(events: AuditEventDto[]): AuditEventDto[] {
  const visible: AuditEventDto[] = [];
  let previous: unknown = null;
  for (const event of events) {
    const after = event.after as { state?: StatementState } | null;
    if (!after?.state || !COUNTED_STATE_LIST.includes(after.state)) continue;
    visible.push({ ...event, actor: null, before: previous });
    previous = event.after;
  }
  return visible;
}

