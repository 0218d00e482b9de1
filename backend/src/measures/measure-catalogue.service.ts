import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/roles.js';
import { AppException, ErrorCode } from '../common/errors/app-exception.js';
import type { MeasureDetailDto } from './dto/measure.dto.js';
import type { CreateMeasureDto, ResponsibilityDto, SetResponsibilityDto, UpdateMeasureDto } from './dto/write-measure.dto.js';
import { MeasuresService } from './measures.service.js';

interface MeasureRow {
  id: number;
  report_id: number;
  recommendation_id: number | null;
  number: string;
  title: string;
  description: string | null;
  ongoing_work: string | null;
  responsibility_text: string | null;
  version: number;
}

interface ResponsibilityRow {
  id: number;
  measure_id: number;
  board_id: number;
  role: 'lead' | 'contributing';
  source_text: string | null;
  via_group_id: number | null;
}

function measureSnapshot(r: MeasureRow): Record<string, unknown> {
  return {
    id: r.id,
    reportId: r.report_id,
    recommendationId: r.recommendation_id,
    number: r.number,
    title: r.title,
    description: r.description,
    ongoingWork: r.ongoing_work,
    responsibilityText: r.responsibility_text,
    version: r.version,
  };
}

function responsibilitySnapshot(r: ResponsibilityRow): Record<string, unknown> {
  return { id: r.id, measureId: r.measure_id, boardId: r.board_id, role: r.role, sourceText: r.source_text, viaGroupId: r.via_group_id };
}

function toResponsibilityDto(r: ResponsibilityRow): ResponsibilityDto {
  return { id: r.id, measureId: r.measure_id, boardId: r.board_id, role: r.role, sourceText: r.source_text };
}

/** Admin edits of the catalogue: measures (versioned) and their responsibilities, each audited in its transaction. */
@Injectable()
export class MeasureCatalogueService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly measures: MeasuresService,
    private readonly audit: AuditService,
  ) {}

  async create(body: CreateMeasureDto, user: AuthUser): Promise<MeasureDetailDto> {
    const id = await this.dataSource.transaction(async (m) => {
      const [report] = await m.query<{ id: number }[]>(`SELECT id FROM report WHERE key = $1 ORDER BY id LIMIT 1`, [body.report]);
      if (!report) throw AppException.notFound('Report', body.report);
      let recommendationId: number | null = null;
      if (body.recommendation !== undefined) {
        const [rec] = await m.query<{ id: number }[]>(`SELECT id FROM recommendation WHERE report_id = $1 AND number = $2`, [report.id, body.recommendation]);
        if (!rec) throw AppException.notFound(`Recommendation in report ${body.report}`, body.recommendation);
        recommendationId = rec.id;
      }
      await this.assertNumberFree(m, report.id, body.number, null);
      const [row] = await m.query<MeasureRow[]>(
        `INSERT INTO measure (report_id, recommendation_id, number, title, description, ongoing_work, responsibility_text)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
        [report.id, recommendationId, body.number, body.title, body.description ?? null, body.ongoingWork ?? null, body.responsibilityText ?? null],
      );
      await this.audit.record(m, user, { action: 'measure.create', entityType: 'measure', entityId: row.id, before: null, after: measureSnapshot(row) });
      return row.id;
    });
    return this.measures.get(id);
  }

  async update(id: number, body: UpdateMeasureDto, user: AuthUser): Promise<MeasureDetailDto> {
    await this.dataSource.transaction(async (m) => {
      const [before] = await m.query<MeasureRow[]>(`SELECT * FROM measure WHERE id = $1 FOR UPDATE`, [id]);
      if (!before) throw AppException.notFound('Measure', id);
      if (before.version !== body.version) throw AppException.versionConflict('Measure', id, before.version);
      if (body.number !== undefined) await this.assertNumberFree(m, before.report_id, body.number, id);
      const [after] = await m.query<MeasureRow[]>(
        `WITH changed AS (UPDATE measure
            SET number = COALESCE($3, number),
                title = COALESCE($4, title),
                description = CASE WHEN $5::boolean THEN $6 ELSE description END,
                ongoing_work = CASE WHEN $7::boolean THEN $8 ELSE ongoing_work END,
                responsibility_text = CASE WHEN $9::boolean THEN $10 ELSE responsibility_text END,
                version = version + 1
          WHERE id = $1 AND version = $2
          RETURNING *) SELECT * FROM changed`,
        [
          id,
          body.version,
          body.number ?? null,
          body.title ?? null,
          body.description !== undefined,
          body.description ?? null,
          body.ongoingWork !== undefined,
          body.ongoingWork ?? null,
          body.responsibilityText !== undefined,
          body.responsibilityText ?? null,
        ],
      );
      if (!after) throw AppException.versionConflict('Measure', id, before.version);
      await this.audit.record(m, user, { action: 'measure.update', entityType: 'measure', entityId: id, before: measureSnapshot(before), after: measureSnapshot(after) });
    });
    return this.measures.get(id);
  }

  /** Adds the board as lead or contributing, or changes its role; recorded on the measure's trail. */
  async setResponsibility(measureId: number, boardId: number, body: SetResponsibilityDto, user: AuthUser): Promise<ResponsibilityDto> {
    return this.dataSource.transaction(async (m) => {
      const [measure] = await m.query(`SELECT id FROM measure WHERE id = $1 FOR UPDATE`, [measureId]);
      if (!measure) throw AppException.notFound('Measure', measureId);
      const [board] = await m.query(`SELECT id FROM board WHERE id = $1`, [boardId]);
      if (!board) throw AppException.notFound('Board', boardId);
      const [before] = await m.query<ResponsibilityRow[]>(`SELECT * FROM responsibility WHERE measure_id = $1 AND board_id = $2`, [measureId, boardId]);
      const [after] = await m.query<ResponsibilityRow[]>(
        `INSERT INTO responsibility (measure_id, board_id, role, source_text) VALUES ($1, $2, $3, $4)
         ON CONFLICT (measure_id, board_id) DO UPDATE SET role = EXCLUDED.role, source_text = EXCLUDED.source_text, via_group_id = NULL
         RETURNING *`,
        [measureId, boardId, body.role, body.sourceText ?? null],
      );
      await this.audit.record(m, user, {
        action: 'measure.responsibility-set',
        entityType: 'measure',
        entityId: measureId,
        before: before ? responsibilitySnapshot(before) : null,
        after: responsibilitySnapshot(after),
      });
      return toResponsibilityDto(after);
    });
  }

  async removeResponsibility(measureId: number, boardId: number, user: AuthUser): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const [before] = await m.query<ResponsibilityRow[]>(`WITH changed AS (DELETE FROM responsibility WHERE measure_id = $1 AND board_id = $2 RETURNING *) SELECT * FROM changed`, [measureId, boardId]);
      if (!before) {
        throw new AppException(ErrorCode.NotFound, `Board ${boardId} has no responsibility for measure ${measureId}`);
      }
      await this.audit.record(m, user, { action: 'measure.responsibility-remove', entityType: 'measure', entityId: measureId, before: responsibilitySnapshot(before), after: null });
    });
  }

  private async assertNumberFree(m: EntityManager, reportId: number, number: string, exceptId: number | null): Promise<void> {
    const [clash] = await m.query(`SELECT id FROM measure WHERE report_id = $1 AND number = $2 AND id IS DISTINCT FROM $3`, [reportId, number, exceptId]);
    if (clash) {
      throw new AppException(ErrorCode.Conflict, `The report already has a measure ${number}`, { number: 'already used in this report' });
    }
  }
}
