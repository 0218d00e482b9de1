import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/roles.js';
import { assertBoardsExist } from '../boards/board.row.js';
import { AppException, ErrorCode } from '../common/errors/app-exception.js';
import { lockForUpdate, versionedUpdate } from '../database/versioned-update.js';
import { CYCLE_COLUMNS, CYCLE_TABLE, toCycleDto, type CycleRow } from './cycle.row.js';
import type { CreateCycleDto, CycleDto, ParticipantDto, UpdateCycleDto } from './dto/cycle.dto.js';

@Injectable()
export class CyclesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Newest first. */
  async list(): Promise<CycleDto[]> {
    const rows = await this.dataSource.query<CycleRow[]>(`SELECT ${CYCLE_COLUMNS} FROM reporting_cycle t ORDER BY t.year DESC, t.id DESC`);
    return rows.map(toCycleDto);
  }

  async get(id: number, m: EntityManager = this.dataSource.manager): Promise<CycleRow> {
    const [cycle] = await m.query<CycleRow[]>(`SELECT ${CYCLE_COLUMNS} FROM reporting_cycle t WHERE t.id = $1`, [id]);
    if (!cycle) throw AppException.notFound('Cycle', id);
    return cycle;
  }

  async create(body: CreateCycleDto, user: AuthUser): Promise<CycleDto> {
    return this.dataSource.transaction(async (m) => {
      const commission = await this.commission(m, body.commissionId);
      await this.assertNameFree(m, commission.organisation_id, body.name, null);
      const [row] = await m.query<CycleRow[]>(
        `INSERT INTO reporting_cycle AS t (organisation_id, commission_id, name, year, deadline, status)
         VALUES ($1, $2, $3, $4, $5, $6)
         RETURNING ${CYCLE_COLUMNS}`,
        [commission.organisation_id, commission.id, body.name, body.year, body.deadline, body.status],
      );
      await this.audit.record(m, user, { action: 'cycle.create', entityType: 'cycle', entityId: row.id, before: null, after: CYCLE_TABLE.snapshot(row) });
      return toCycleDto(row);
    });
  }

  /** Deadline, name and status (open, close, reopen), guarded by the version. */
  async update(id: number, body: UpdateCycleDto, user: AuthUser): Promise<CycleDto> {
    return this.dataSource.transaction(async (m) => {
      const before = await lockForUpdate(m, CYCLE_TABLE, id, body.version);
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
      return toCycleDto(after);
    });
  }

  async participants(id: number): Promise<ParticipantDto[]> {
    await this.get(id);
    return this.participantsOf(this.dataSource.manager, id);
  }

  /** Replaces the set of boards asked to report. */
  async setParticipants(id: number, boardIds: number[], user: AuthUser): Promise<ParticipantDto[]> {
    return this.dataSource.transaction(async (m) => {
      await lockForUpdate(m, CYCLE_TABLE, id, undefined);
      await assertBoardsExist(m, boardIds);
      const before = (await m.query<{ board_id: number }[]>(`SELECT board_id FROM cycle_participant WHERE cycle_id = $1 ORDER BY board_id`, [id])).map((r) => r.board_id);
      await m.query(`DELETE FROM cycle_participant WHERE cycle_id = $1 AND NOT (board_id = ANY($2::int[]))`, [id, boardIds]);
      await m.query(`INSERT INTO cycle_participant (cycle_id, board_id) SELECT $1, unnest($2::int[]) ON CONFLICT DO NOTHING`, [id, boardIds]);
      const after = [...boardIds].sort((a, b) => a - b);
      await this.audit.record(m, user, {
        action: 'cycle.participants-set',
        entityType: 'cycle',
        entityId: id,
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

  /** The commission named, or the only one there is. */
  private async commission(m: EntityManager, id: number | undefined): Promise<{ id: number; organisation_id: number }> {
    if (id !== undefined) {
      const [row] = await m.query<{ id: number; organisation_id: number }[]>(`SELECT id, organisation_id FROM commission WHERE id = $1`, [id]);
      if (!row) throw AppException.notFound('Commission', id);
      return row;
    }
    const rows = await m.query<{ id: number; organisation_id: number }[]>(`SELECT id, organisation_id FROM commission ORDER BY id LIMIT 2`);
    if (rows.length !== 1) {
      throw AppException.invalidField('commissionId', rows.length === 0 ? 'there is no commission yet' : 'required: there is more than one commission');
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
