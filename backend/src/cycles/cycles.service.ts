import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/roles.js';
import { AppException, ErrorCode } from '../common/errors/app-exception.js';
import type { CreateCycleDto, CycleDto, ParticipantDto, UpdateCycleDto } from './dto/cycle.dto.js';
import { ReportingCycle, type CycleStatus } from './entities/reporting-cycle.entity.js';

export function toCycleDto(c: ReportingCycle): CycleDto {
  return { id: c.id, name: c.name, year: c.year, deadline: c.deadline, status: c.status, version: c.version };
}

interface CycleRow {
  id: number;
  organisation_id: number;
  commission_id: number;
  name: string;
  year: number;
  deadline: string | null;
  status: CycleStatus;
  version: number;
}

const CYCLE_COLUMNS = `id, organisation_id, commission_id, name, year, to_char(deadline, 'YYYY-MM-DD') AS deadline, status, version`;

function rowToDto(r: CycleRow): CycleDto {
  return { id: r.id, name: r.name, year: r.year, deadline: r.deadline, status: r.status, version: r.version };
}

function snapshot(r: CycleRow): Record<string, unknown> {
  return { id: r.id, commissionId: r.commission_id, name: r.name, year: r.year, deadline: r.deadline, status: r.status, version: r.version };
}

@Injectable()
export class CyclesService {
  constructor(
    @InjectRepository(ReportingCycle) private readonly cycles: Repository<ReportingCycle>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Newest first. */
  async list(): Promise<CycleDto[]> {
    const rows = await this.cycles.find({ order: { year: 'DESC', id: 'DESC' } });
    return rows.map(toCycleDto);
  }

  async get(id: number): Promise<ReportingCycle> {
    const cycle = await this.cycles.findOneBy({ id });
    if (!cycle) throw AppException.notFound('Cycle', id);
    return cycle;
  }

  async create(body: CreateCycleDto, user: AuthUser): Promise<CycleDto> {
    return this.dataSource.transaction(async (m) => {
      const commission = await this.commission(m, body.commissionId);
      await this.assertNameFree(m, commission.organisation_id, body.name, null);
      const [row] = await m.query<CycleRow[]>(
        `INSERT INTO reporting_cycle (organisation_id, commission_id, name, year, deadline, status)
         VALUES ($1, $2, $3, $4, $5, $6)
         RETURNING ${CYCLE_COLUMNS}`,
        [commission.organisation_id, commission.id, body.name, body.year, body.deadline, body.status],
      );
      await this.audit.record(m, user, { action: 'cycle.create', entityType: 'cycle', entityId: row.id, before: null, after: snapshot(row) });
      return rowToDto(row);
    });
  }

  /** Deadline, name and status (open, close, reopen), guarded by the version. */
  async update(id: number, body: UpdateCycleDto, user: AuthUser): Promise<CycleDto> {
    return this.dataSource.transaction(async (m) => {
      const [before] = await m.query<CycleRow[]>(`SELECT ${CYCLE_COLUMNS} FROM reporting_cycle WHERE id = $1 FOR UPDATE`, [id]);
      if (!before) throw AppException.notFound('Cycle', id);
      if (before.version !== body.version) throw AppException.versionConflict('Cycle', id, before.version);
      if (body.name !== undefined) await this.assertNameFree(m, before.organisation_id, body.name, id);
      const [after] = await m.query<CycleRow[]>(
        `WITH changed AS (UPDATE reporting_cycle
            SET name = COALESCE($3, name),
                deadline = CASE WHEN $4::boolean THEN $5::date ELSE deadline END,
                status = COALESCE($6, status),
                version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2
          RETURNING ${CYCLE_COLUMNS}) SELECT * FROM changed`,
        [id, body.version, body.name ?? null, body.deadline !== undefined, body.deadline ?? null, body.status ?? null],
      );
      if (!after) throw AppException.versionConflict('Cycle', id, before.version);
      await this.audit.record(m, user, { action: 'cycle.update', entityType: 'cycle', entityId: id, before: snapshot(before), after: snapshot(after) });
      return rowToDto(after);
    });
  }

  async participants(id: number): Promise<ParticipantDto[]> {
    await this.get(id);
    return this.dataSource.query<ParticipantDto[]>(
      `SELECT b.id, b.name, b.administration FROM cycle_participant p JOIN board b ON b.id = p.board_id WHERE p.cycle_id = $1 ORDER BY b.id`,
      [id],
    );
  }

  /** Replaces the set of boards asked to report. */
  async setParticipants(id: number, boardIds: number[], user: AuthUser): Promise<ParticipantDto[]> {
    return this.dataSource.transaction(async (m) => {
      const [cycle] = await m.query(`SELECT id FROM reporting_cycle WHERE id = $1 FOR UPDATE`, [id]);
      if (!cycle) throw AppException.notFound('Cycle', id);
      const known = await m.query<{ id: number }[]>(`SELECT id FROM board WHERE id = ANY($1::int[])`, [boardIds]);
      const unknown = boardIds.filter((b) => !known.some((k) => k.id === b));
      if (unknown.length > 0) {
        throw new AppException(ErrorCode.NotFound, `Board ${unknown.join(', ')} does not exist`, { boardIds: `unknown board ${unknown.join(', ')}` });
      }
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
      return m.query<ParticipantDto[]>(
        `SELECT b.id, b.name, b.administration FROM cycle_participant p JOIN board b ON b.id = p.board_id WHERE p.cycle_id = $1 ORDER BY b.id`,
        [id],
      );
    });
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
    const [clash] = await m.query(`SELECT id FROM reporting_cycle WHERE organisation_id = $1 AND name = $2 AND id IS DISTINCT FROM $3`, [organisationId, name, exceptId]);
    if (clash) {
      throw new AppException(ErrorCode.Conflict, `A cycle named ${JSON.stringify(name)} already exists`, { name: 'already used by another cycle' });
    }
  }
}
