import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { assertAdminOfOrganisation, type AuthUser } from '../auth/roles.js';
import { OrganisationsService, organisationForCreate } from '../organisations/organisations.service.js';
import { assertBoardsExist } from '../boards/board.row.js';
import { AppException, ErrorCode } from '../common/errors/app-exception.js';
import { decodeCursor, DEFAULT_PAGE_SIZE, toPage, type Page } from '../common/pagination.js';
import { lockForUpdate, versionedUpdate } from '../database/versioned-update.js';
import { scopeChanges, scopeSize, storeScopeFromCatalogue } from './cycle-scope.js';
import { CYCLE_COLUMNS, CYCLE_TABLE, toCycleDto, type CycleRow } from './cycle.row.js';
import type { CreateCycleDto, CycleDto, ListCyclesQueryDto, ParticipantDto, UpdateCycleDto } from './dto/cycle.dto.js';
import type { AppliedScopeChangesDto, ScopeChangesDto } from './dto/scope-changes.dto.js';

@Injectable()
export class CyclesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly organisations: OrganisationsService,
  ) {}

  /**
   * One page of the cycles, newest first (year, then id, both descending); optionally one
   * organisation's (an unknown slug is a 404 naming it).
   */
  async list(q: ListCyclesQueryDto = {}): Promise<Page<CycleDto>> {
    const after = decodeCursor(q.cursor, ['int', 'int']);
    const limit = q.limit ?? DEFAULT_PAGE_SIZE;
    const organisationId = await this.organisations.filterId(q.organisation);
    const rows = await this.dataSource.query<CycleRow[]>(
      `SELECT ${CYCLE_COLUMNS} FROM reporting_cycle t
        WHERE ($1::int IS NULL OR t.organisation_id = $1)
          AND ($2::int IS NULL OR (t.year, t.id) < ($2, $3))
        ORDER BY t.year DESC, t.id DESC
        LIMIT $4`,
      [organisationId, ...(after ?? [null, null]), limit + 1],
    );
    return toPage(rows, limit, (c) => [c.year, c.id], toCycleDto);
  }

  async get(id: number, m: EntityManager = this.dataSource.manager): Promise<CycleRow> {
    const [cycle] = await m.query<CycleRow[]>(`SELECT ${CYCLE_COLUMNS} FROM reporting_cycle t WHERE t.id = $1`, [id]);
    if (!cycle) throw AppException.notFound('Cycle', id);
    return cycle;
  }

  async create(body: CreateCycleDto, user: AuthUser): Promise<CycleDto> {
    return this.dataSource.transaction(async (m) => {
      const commission = await this.commission(m, body, user);
      await this.assertNameFree(m, commission.organisation_id, body.name, null);
      const [row] = await m.query<CycleRow[]>(
        `INSERT INTO reporting_cycle AS t (organisation_id, commission_id, name, year, deadline, status)
         VALUES ($1, $2, $3, $4, $5, $6)
         RETURNING ${CYCLE_COLUMNS}`,
        [commission.organisation_id, commission.id, body.name, body.year, body.deadline, body.status],
      );
      // The scope is stored at once (a draft cycle's is stored again when it opens).
      await storeScopeFromCatalogue(m, row.id);
      await this.audit.record(m, user, { action: 'cycle.create', entityType: 'cycle', entityId: row.id, organisationId: row.organisation_id, before: null, after: CYCLE_TABLE.snapshot(row) });
      return toCycleDto(row);
    });
  }

  /** Deadline, name and status (open, close, reopen), guarded by the version. */
  async update(id: number, body: UpdateCycleDto, user: AuthUser): Promise<CycleDto> {
    return this.dataSource.transaction(async (m) => {
      const before = await lockForUpdate(m, CYCLE_TABLE, id, body.version, (row) => assertAdminOfOrganisation(user, row.organisation_id, `cycle ${id}`));
      if (body.name !== undefined) await this.assertNameFree(m, before.organisation_id, body.name, id);
      const after = await versionedUpdate(m, user, CYCLE_TABLE, {
        before,
        version: body.version,
        set: `name = COALESCE($3, t.name),
              deadline = CASE WHEN $4::boolean THEN $5::date ELSE t.deadline END,
              status = COALESCE($6, t.status),
              updated_at = now()`,
        params: [body.name ?? null, body.deadline !== undefined, body.deadline ?? null, body.status ?? null],
        action: 'cycle.update',
      });
      // Opening a draft freezes its scope as the catalogue stands; reopening a closed cycle keeps the scope it had.
      if (before.status === 'draft' && after.status === 'open') await storeScopeFromCatalogue(m, id);
      return toCycleDto(after);
    });
  }

  /** What the catalogue has that the cycle's scope lacks, and the reverse. */
  async scopeChanges(id: number): Promise<ScopeChangesDto> {
    const cycle = await this.get(id);
    return { cycle: toCycleDto(cycle), ...(await scopeChanges(this.dataSource.manager, id)) };
  }

  /**
   * Replaces the scope of a cycle that is not closed with today's catalogue, guarded by the cycle's
   * version (which it bumps); the audit row keeps what was removed (before) and added (after).
   */
  async applyScopeChanges(id: number, version: number, user: AuthUser): Promise<AppliedScopeChangesDto> {
    return this.dataSource.transaction(async (m) => {
      const before = await lockForUpdate(m, CYCLE_TABLE, id, undefined, (row) => assertAdminOfOrganisation(user, row.organisation_id, `cycle ${id}`));
      if (before.status === 'closed') throw new AppException(ErrorCode.CycleClosed, `Cycle ${id} is closed: its scope never changes`);
      if (before.version !== version) throw AppException.versionConflict('Cycle', id, before.version);
      const changes = await scopeChanges(m, id);
      const sizeBefore = await scopeSize(m, id);
      await storeScopeFromCatalogue(m, id);
      const sizeAfter = await scopeSize(m, id);
      const ref = (r: { measure: { id: number; report: string; number: string }; board: { id: number; name: string }; role: string }) => ({
        measureId: r.measure.id,
        measure: `${r.measure.report} ${r.measure.number}`,
        boardId: r.board.id,
        board: r.board.name,
        role: r.role,
      });
      // The audit's before is the scope's side of the change (what is removed), its after the catalogue's (what is added).
      const beforeSnapshot = (r: CycleRow) => ({
        version: r.version,
        scope: sizeBefore,
        responsibilities: changes.removed.map(ref),
        measures: changes.measuresRemoved.map((x) => `${x.report} ${x.number}`),
      });
      const after = await versionedUpdate(m, user, { ...CYCLE_TABLE, snapshot: beforeSnapshot }, {
        before,
        version,
        set: 'updated_at = now()',
        action: 'cycle.scope-apply',
        after: (row) => ({
          version: row.version,
          scope: sizeAfter,
          responsibilities: changes.added.map(ref),
          measures: changes.measuresAdded.map((x) => `${x.report} ${x.number}`),
        }),
      });
      return { cycle: toCycleDto(after), ...changes };
    });
  }

  async participants(id: number): Promise<ParticipantDto[]> {
    await this.get(id);
    return this.participantsOf(this.dataSource.manager, id);
  }

  /** Replaces the set of boards asked to report. */
  async setParticipants(id: number, boardIds: number[], user: AuthUser): Promise<ParticipantDto[]> {
    return this.dataSource.transaction(async (m) => {
      const cycle = await lockForUpdate(m, CYCLE_TABLE, id, undefined, (row) => assertAdminOfOrganisation(user, row.organisation_id, `cycle ${id}`));
      await assertBoardsExist(m, boardIds, 'boardIds', cycle.organisation_id);
      const before = (await m.query<{ board_id: number }[]>(`SELECT board_id FROM cycle_participant WHERE cycle_id = $1 ORDER BY board_id`, [id])).map((r) => r.board_id);
      await m.query(`DELETE FROM cycle_participant WHERE cycle_id = $1 AND NOT (board_id = ANY($2::int[]))`, [id, boardIds]);
      await m.query(`INSERT INTO cycle_participant (cycle_id, board_id) SELECT $1, unnest($2::int[]) ON CONFLICT DO NOTHING`, [id, boardIds]);
      const after = [...boardIds].sort((a, b) => a - b);
      await this.audit.record(m, user, {
        action: 'cycle.participants-set',
        entityType: 'cycle',
        entityId: id,
        organisationId: cycle.organisation_id,
        before: { participants: before },
        after: { participants: after },
      });
      return this.participantsOf(m, id);
    });
  }

  /** The boards asked to report in the cycle, by board id. */
  private participantsOf(m: EntityManager, id: number): Promise<ParticipantDto[]> {
    return m.query<ParticipantDto[]>(
      `SELECT b.id, b.name, b.administration FROM cycle_participant p JOIN board b ON b.id = p.board_id WHERE p.cycle_id = $1 ORDER BY b.id`,
      [id],
    );
  }

  /**
   * The commission named (which must be of the organisation named, if one is), or the only one of
   * the organisation (named, or the signed-in admin's); 403 unless the caller is an admin there.
   */
  private async commission(m: EntityManager, body: CreateCycleDto, user: AuthUser): Promise<{ id: number; organisation_id: number }> {
    if (body.commissionId !== undefined) {
      const [row] = await m.query<{ id: number; organisation_id: number }[]>(`SELECT id, organisation_id FROM commission WHERE id = $1`, [body.commissionId]);
      if (!row) throw AppException.notFound('Commission', body.commissionId);
      if (body.organisation !== undefined && (await this.organisations.requireBySlug(body.organisation, m)).id !== row.organisation_id) {
        throw AppException.invalidField('commissionId', `commission ${body.commissionId} is not of organisation ${body.organisation}`);
      }
      assertAdminOfOrganisation(user, row.organisation_id, 'the cycles of this organisation');
      return row;
    }
    const organisationId = await organisationForCreate(m, user, body.organisation, 'the cycles of this organisation');
    const rows = await m.query<{ id: number; organisation_id: number }[]>(`SELECT id, organisation_id FROM commission WHERE organisation_id = $1 ORDER BY id LIMIT 2`, [organisationId]);
    if (rows.length !== 1) {
      throw AppException.invalidField('commissionId', rows.length === 0 ? 'the organisation has no commission yet' : 'required: the organisation has more than one commission');
    }
    return rows[0];
  }

  private async assertNameFree(m: EntityManager, organisationId: number, name: string, exceptId: number | null): Promise<void> {
    const [clash] = await m.query<{ id: number }[]>(`SELECT id FROM reporting_cycle WHERE organisation_id = $1 AND name = $2 AND id IS DISTINCT FROM $3`, [organisationId, name, exceptId]);
    if (clash) {
      throw new AppException(ErrorCode.Conflict, `A cycle named ${JSON.stringify(name)} already exists`, { name: 'already used by another cycle' });
    }
  }
}
