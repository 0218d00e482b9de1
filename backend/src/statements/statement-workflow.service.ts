import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { assertSameOrganisation, canWriteForBoard, type AuthUser } from '../auth/roles.js';
import { AppException, ErrorCode } from '../common/errors/app-exception.js';
import { lockForUpdate, versionedUpdate, type VersionedChange } from '../database/versioned-update.js';
import type { StatementDto } from './dto/statement.dto.js';
import type { CreateStatementDto, UpdateStatementDto } from './dto/write-statement.dto.js';
import { COUNTED_STATE_LIST, COUNTED_STATES, EDITABLE_STATE_LIST, STATEMENT_TABLE, type StatementRow } from './statement.row.js';
import { StatementsService } from './statements.service.js';

const sortedYears = (years: number[]): number[] => [...years].sort((a, b) => a - b);

/**
 * The years a cycle's statements may plan for: the cycle's own year and the four after it (a cycle
 * run in 2026 for budget 2027 with its outlook plans 2026–2030), the same years the form offers.
 */
export const PLANNING_YEARS_AHEAD = 4;

function assertPlanningPeriod(years: number[], cycleYear: number): void {
  const last = cycleYear + PLANNING_YEARS_AHEAD;
  if (years.some((y) => y < cycleYear || y > last)) {
    throw AppException.invalidField('plannedYears', `plannedYears must lie in the cycle's planning period ${cycleYear}–${last}`);
  }
}

/**
 * Writing, submitting, reviewing (return, approve) and reopening statements. Every change runs in one transaction with its audit
 * row, using only that transaction's manager; the version check is in the UPDATE's WHERE clause, so
 * of N concurrent writers holding the same version exactly one wins.
 * UPDATE … RETURNING is wrapped in a CTE throughout: TypeORM answers a bare UPDATE with
 * [rows, rowCount] but a SELECT with its rows, and "no row" must read as no row.
 */
@Injectable()
export class StatementWorkflowService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly statements: StatementsService,
    private readonly audit: AuditService,
  ) {}

  async create(cycleId: number, body: CreateStatementDto, user: AuthUser): Promise<StatementDto> {
    try {
      return await this.dataSource.transaction((m) => this.createIn(m, cycleId, body, user));
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
        const [existing] = await this.dataSource.query<{ id: number }[]>(
          `SELECT id FROM statement WHERE cycle_id = $1 AND board_id = $2 AND measure_id IS NOT DISTINCT FROM $3`,
          [cycleId, body.boardId, body.measureId],
        );
        throw new AppException(ErrorCode.StatementExists,
          `Board ${body.boardId} already has a ${body.measureId === null ? 'general statement' : `statement for measure ${body.measureId}`} in cycle ${cycleId}: update statement ${existing?.id} instead`,
          undefined,
          { statementId: existing?.id ?? null },
        );
      }
      throw error;
    }
  }

  /**
   * The one way a statement is created, in the caller's transaction (the route's own, or a
   * spreadsheet import's that writes many rows at once): checks, the INSERT and its audit row.
   */
  async createIn(m: EntityManager, cycleId: number, body: CreateStatementDto, user: AuthUser): Promise<StatementDto> {
    const [cycle] = await m.query<{ id: number; status: string; commission_id: number; year: number; organisation_id: number }[]>(
      // FOR SHARE: an admin closing the cycle waits for this write, or this write sees the cycle closed.
      `SELECT id, status, commission_id, year, organisation_id FROM reporting_cycle WHERE id = $1 FOR SHARE`,
      [cycleId],
    );
    if (!cycle) throw AppException.notFound('Cycle', cycleId);
    // The cycle's organisation first: whoever is not of it may write nothing there, whatever the board.
    assertSameOrganisation(user, cycle.organisation_id, `cycle ${cycleId}`);
    this.assertMayWrite(user, body.boardId, cycle.organisation_id, cycle.status);
    assertPlanningPeriod(body.plannedYears, cycle.year);
    const [board] = await m.query<{ id: number; organisation_id: number }[]>(`SELECT id, organisation_id FROM board WHERE id = $1`, [body.boardId]);
    if (!board) throw AppException.notFound('Board', body.boardId);
    if (board.organisation_id !== cycle.organisation_id) {
      throw new AppException(ErrorCode.UnprocessableEntity, `Board ${body.boardId} belongs to another organisation than cycle ${cycleId}`, {
        boardId: 'a board of another organisation',
      });
    }
    if (body.measureId !== null) {
      const [measure] = await m.query<{ commission_id: number }[]>(
        `SELECT r.commission_id FROM measure m JOIN report r ON r.id = m.report_id WHERE m.id = $1`,
        [body.measureId],
      );
      if (!measure) throw AppException.notFound('Measure', body.measureId);
      if (measure.commission_id !== cycle.commission_id) {
        throw new AppException(ErrorCode.UnprocessableEntity,
          `Measure ${body.measureId} belongs to another commission than cycle ${cycleId} follows up`,
          { measureId: 'not a measure of the cycle\'s commission' },
        );
      }
    }
    const [row] = await m.query<StatementRow[]>(
      `INSERT INTO statement AS t (cycle_id, board_id, measure_id, text, planned_years, status, position, state)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'draft')
       RETURNING ${STATEMENT_TABLE.columns}`,
      [cycleId, body.boardId, body.measureId, body.text, sortedYears(body.plannedYears), body.status ?? null, body.position ?? null],
    );
    await this.audit.record(m, user, { action: 'statement.create', entityType: 'statement', entityId: row.id, organisationId: cycle.organisation_id, before: null, after: STATEMENT_TABLE.snapshot(row) });
    return (await this.statements.findByIds([row.id], m))[0];
  }

  async update(id: number, body: UpdateStatementDto, user: AuthUser): Promise<StatementDto> {
    return this.dataSource.transaction((m) => this.updateIn(m, id, body, user));
  }

  /** The one way a statement's text, years, status and position change, in the caller's transaction. */
  async updateIn(m: EntityManager, id: number, body: UpdateStatementDto, user: AuthUser): Promise<StatementDto> {
    return this.changeIn(m, id, body.version, user, (before, cycle) => {
      if (!EDITABLE_STATE_LIST.includes(before.state)) throw this.submitted(id, before.version);
      assertPlanningPeriod(body.plannedYears, cycle.year);
      return {
        set: `text = $3, planned_years = $4,
              status = CASE WHEN $5::boolean THEN $6 ELSE t.status END,
              position = CASE WHEN $7::boolean THEN $8 ELSE t.position END,
              updated_at = now()`,
        params: [
          body.text,
          sortedYears(body.plannedYears),
          body.status !== undefined,
          body.status ?? null,
          body.position !== undefined,
          body.position ?? null,
        ],
        // A returned statement stays returned while the board revises it: it counts as missing until resubmitted.
        guard: `t.state IN ('draft', 'returned')`,
        action: 'statement.update',
      };
    });
  }

  /**
   * "Lämna in": a draft or a returned statement → submitted (awaiting review); after the deadline's
   * last day (Stockholm time) accepted but marked late. The review comment has been answered: cleared.
   */
  async submit(id: number, version: number, user: AuthUser): Promise<StatementDto> {
    return this.change(id, version, user, (before) => {
      if (!EDITABLE_STATE_LIST.includes(before.state)) throw this.submitted(id, before.version);
      if (before.text.trim() === '') {
        throw AppException.invalidField('text', 'write the statement before submitting it: text is empty');
      }
      return {
        set: `state = 'submitted', submitted_at = now(), review_comment = NULL,
              late = (SELECT c.deadline IS NOT NULL AND now() >= ((c.deadline + 1)::timestamp AT TIME ZONE 'Europe/Stockholm')
                        FROM reporting_cycle c WHERE c.id = t.cycle_id),
              updated_at = now()`,
        guard: `t.state IN ('draft', 'returned')`,
        action: 'statement.submit',
      };
    });
  }

  /** Admin: a submitted statement goes back to the board with a comment; it counts as missing until resubmitted. */
  async returnToBoard(id: number, version: number, comment: string, user: AuthUser): Promise<StatementDto> {
    return this.change(id, version, user, (before) => {
      if (before.state !== 'submitted') throw this.notInReview(id, before, 'return');
      return {
        set: `state = 'returned', review_comment = $3, returned_at = now(), approved_at = NULL, updated_at = now()`,
        params: [comment.trim()],
        guard: `t.state = 'submitted'`,
        action: 'statement.return',
      };
    });
  }

  /** Admin: a submitted statement is approved (godkänd); it stays delivered and locked. */
  async approve(id: number, version: number, user: AuthUser): Promise<StatementDto> {
    return this.change(id, version, user, (before) => {
      if (before.state !== 'submitted') throw this.notInReview(id, before, 'approve');
      return {
        set: `state = 'approved', approved_at = now(), review_comment = NULL, updated_at = now()`,
        guard: `t.state = 'submitted'`,
        action: 'statement.approve',
      };
    });
  }

  /**
   * Admin: a submitted or approved statement → draft, so the board can change it again. The reason
   * is required and kept as the review comment the board's editors see beside the draft.
   */
  async reopen(id: number, version: number | undefined, reason: string, user: AuthUser): Promise<StatementDto> {
    return this.change(id, version, user, (before) => {
      if (!COUNTED_STATE_LIST.includes(before.state)) {
        throw new AppException(ErrorCode.StatementNotSubmitted,
          `Statement ${id} is ${before.state === 'returned' ? 'returned to the board' : 'a draft'} already; there is nothing to reopen`,
          undefined,
          { currentVersion: before.version },
        );
      }
      return {
        set: `state = 'draft', submitted_at = NULL, late = false, approved_at = NULL, review_comment = $3, updated_at = now()`,
        params: [reason.trim()],
        guard: `t.state IN ${COUNTED_STATES}`,
        action: 'statement.reopen',
      };
    });
  }

  /**
   * Locks the row, checks who may change it, then the one versioned update with its audit row, all
   * in one transaction (`versionedUpdate`).
   */
  private change(
    id: number,
    version: number | undefined,
    user: AuthUser,
    plan: (before: StatementRow, cycle: { year: number }) => Omit<VersionedChange<StatementRow>, 'before' | 'version'>,
  ): Promise<StatementDto> {
    return this.dataSource.transaction((m) => this.changeIn(m, id, version, user, plan));
  }

  private async changeIn(
    m: EntityManager,
    id: number,
    version: number | undefined,
    user: AuthUser,
    plan: (before: StatementRow, cycle: { year: number }) => Omit<VersionedChange<StatementRow>, 'before' | 'version'>,
  ): Promise<StatementDto> {
    const before = await lockForUpdate(m, STATEMENT_TABLE, id, undefined);
    // FOR SHARE: an admin closing the cycle waits for this write, or this write sees the cycle closed.
    const [cycle] = await m.query<{ status: string; year: number; organisation_id: number }[]>(
      `SELECT status, year, organisation_id FROM reporting_cycle WHERE id = $1 FOR SHARE`,
      [before.cycle_id],
    );
    this.assertMayWrite(user, before.board_id, cycle.organisation_id, cycle.status);
    if (version !== undefined && before.version !== version) throw AppException.versionConflict('Statement', id, before.version);
    await versionedUpdate(m, user, STATEMENT_TABLE, { before, version, ...plan(before, cycle) });
    return (await this.statements.findByIds([id], m))[0];
  }

  /**
   * Editors write for their own boards, in an open cycle; admins for every board of their
   * organisation, in any cycle; nobody for another organisation's.
   */
  private assertMayWrite(user: AuthUser, boardId: number, organisationId: number, cycleStatus: string): void {
    assertSameOrganisation(user, organisationId, `the statements of board ${boardId}`);
    if (!canWriteForBoard(user, boardId, organisationId)) {
      throw AppException.forbidden(`You can write statements only for your own boards; board ${boardId} is not one of them`);
    }
    if (user.role !== 'admin' && cycleStatus !== 'open') {
      throw new AppException(ErrorCode.CycleNotOpen, `The cycle is ${cycleStatus}: statements can be written only while it is open`);
    }
  }

  private notInReview(id: number, before: StatementRow, verb: 'return' | 'approve'): AppException {
    return new AppException(ErrorCode.StatementNotInReview,
      `Statement ${id} is ${before.state}: only a submitted statement awaiting review can be ${verb === 'return' ? 'returned' : 'approved'}`,
      undefined,
      { currentVersion: before.version, state: before.state },
    );
  }

  private submitted(id: number, currentVersion: number): AppException {
    return new AppException(ErrorCode.StatementSubmitted,
      `Statement ${id} has been submitted and is locked; an admin can return it or reopen it`,
      undefined,
      { currentVersion },
    );
  }
}
