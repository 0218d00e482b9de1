import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { assertAdminOfOrganisation, type AuthUser } from '../auth/roles.js';
import { assertBoardsExist } from '../boards/board.row.js';
import { organisationForCreate } from '../organisations/organisations.service.js';
import { AppException, ErrorCode } from '../common/errors/app-exception.js';
import { lockForUpdate, versionedUpdate } from '../database/versioned-update.js';
import type { MeasureDetailDto } from './dto/measure.dto.js';
import type { CreateMeasureDto, ResponsibilityDto, SetResponsibilityDto, UpdateMeasureDto } from './dto/write-measure.dto.js';
import {
  MEASURE_COLUMNS,
  MEASURE_TABLE,
  RESPONSIBILITY_COLUMNS,
  responsibilitySnapshot,
  toResponsibilityDto,
  type MeasureRow,
  type ResponsibilityRow,
} from './measure.row.js';
import { MeasuresService } from './measures.service.js';
import { resolveReportKey } from '../reports/reports.service.js';

/** Admin edits of the catalogue: measures (versioned) and their responsibilities, each audited in its transaction. */
@Injectable()
export class MeasureCatalogueService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly measures: MeasuresService,
    private readonly audit: AuditService,
  ) {}

  async create(body: CreateMeasureDto, user: AuthUser): Promise<MeasureDetailDto> {
    const id = await this.dataSource.transaction((m) => this.createIn(m, body, user));
    return this.measures.get(id);
  }

  /** The one way a measure is created, in the caller's transaction (the route's, or a catalogue import's); answers its id. */
  async createIn(m: EntityManager, body: CreateMeasureDto, user: AuthUser): Promise<number> {
    let organisationId: number;
    if (body.commissionId !== undefined) {
      const [commission] = await m.query<{ organisation_id: number }[]>(`SELECT organisation_id FROM commission WHERE id = $1`, [body.commissionId]);
      if (!commission) throw AppException.notFound('Commission', body.commissionId);
      organisationId = commission.organisation_id;
      assertAdminOfOrganisation(user, organisationId, 'the measures of this organisation');
    } else {
      organisationId = await organisationForCreate(m, user, body.organisation, 'the measures of this organisation');
    }
    // A report key names a report within its organisation's commission; a key several commissions share needs commissionId.
    const report = await resolveReportKey(m, body.report, { commissionId: body.commissionId, organisationId }, 'commissionId');
    let recommendationId: number | null = null;
    if (body.recommendation !== undefined) {
      const [rec] = await m.query<{ id: number }[]>(`SELECT id FROM recommendation WHERE report_id = $1 AND number = $2`, [report.id, body.recommendation]);
      if (!rec) throw AppException.notFound(`Recommendation in report ${body.report}`, body.recommendation);
      recommendationId = rec.id;
    }
    await this.assertNumberFree(m, report.id, body.number, null);
    const [row] = await m.query<MeasureRow[]>(
      `INSERT INTO measure AS t (report_id, recommendation_id, number, title, description, ongoing_work, responsibility_text)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${MEASURE_COLUMNS}`,
      [report.id, recommendationId, body.number, body.title, body.description ?? null, body.ongoingWork ?? null, body.responsibilityText ?? null],
    );
    await this.audit.record(m, user, { action: 'measure.create', entityType: 'measure', entityId: row.id, organisationId, before: null, after: MEASURE_TABLE.snapshot(row) });
    return row.id;
  }

  async update(id: number, body: UpdateMeasureDto, user: AuthUser): Promise<MeasureDetailDto> {
    await this.dataSource.transaction((m) => this.updateIn(m, id, body, user));
    return this.measures.get(id);
  }

  /** The one versioned change of a measure's number and texts, in the caller's transaction. */
  async updateIn(m: EntityManager, id: number, body: UpdateMeasureDto, user: AuthUser): Promise<void> {
    const before = await lockForUpdate(m, MEASURE_TABLE, id, body.version, this.adminOf(user, id));
    if (body.number !== undefined) await this.assertNumberFree(m, before.report_id, body.number, id);
    await versionedUpdate(m, user, MEASURE_TABLE, {
      before,
      version: body.version,
      set: `number = COALESCE($3, t.number),
            title = COALESCE($4, t.title),
            description = CASE WHEN $5::boolean THEN $6 ELSE t.description END,
            ongoing_work = CASE WHEN $7::boolean THEN $8 ELSE t.ongoing_work END,
            responsibility_text = CASE WHEN $9::boolean THEN $10 ELSE t.responsibility_text END`,
      params: [
        body.number ?? null,
        body.title ?? null,
        body.description !== undefined,
        body.description ?? null,
        body.ongoingWork !== undefined,
        body.ongoingWork ?? null,
        body.responsibilityText !== undefined,
        body.responsibilityText ?? null,
      ],
      action: 'measure.update',
    });
  }

  /** Adds the board as lead or contributing, or changes its role; recorded on the measure's trail. */
  async setResponsibility(measureId: number, boardId: number, body: SetResponsibilityDto, user: AuthUser): Promise<ResponsibilityDto> {
    return this.dataSource.transaction((m) => this.setResponsibilityIn(m, measureId, boardId, body, user));
  }

  async setResponsibilityIn(m: EntityManager, measureId: number, boardId: number, body: SetResponsibilityDto, user: AuthUser): Promise<ResponsibilityDto> {
    const measure = await lockForUpdate(m, MEASURE_TABLE, measureId, undefined, this.adminOf(user, measureId));
    await assertBoardsExist(m, [boardId], 'boardId', measure.organisation_id);
    const [before] = await m.query<ResponsibilityRow[]>(`SELECT ${RESPONSIBILITY_COLUMNS} FROM responsibility t WHERE t.measure_id = $1 AND t.board_id = $2`, [measureId, boardId]);
    const [after] = await m.query<ResponsibilityRow[]>(
      `INSERT INTO responsibility AS t (measure_id, board_id, role, source_text) VALUES ($1, $2, $3, $4)
       ON CONFLICT (measure_id, board_id) DO UPDATE SET role = EXCLUDED.role, source_text = EXCLUDED.source_text, via_group_id = NULL
       RETURNING ${RESPONSIBILITY_COLUMNS}`,
      [measureId, boardId, body.role, body.sourceText ?? null],
    );
    await this.audit.record(m, user, {
      action: 'measure.responsibility-set',
      entityType: 'measure',
      entityId: measureId,
      organisationId: measure.organisation_id,
      before: before ? responsibilitySnapshot(before) : null,
      after: responsibilitySnapshot(after),
    });
    return toResponsibilityDto(after);
  }

  async removeResponsibility(measureId: number, boardId: number, user: AuthUser): Promise<void> {
    await this.dataSource.transaction((m) => this.removeResponsibilityIn(m, measureId, boardId, user));
  }

  async removeResponsibilityIn(m: EntityManager, measureId: number, boardId: number, user: AuthUser): Promise<void> {
    const measure = await lockForUpdate(m, MEASURE_TABLE, measureId, undefined, this.adminOf(user, measureId));
    const [before] = await m.query<ResponsibilityRow[]>(`WITH changed AS (DELETE FROM responsibility t WHERE t.measure_id = $1 AND t.board_id = $2 RETURNING ${RESPONSIBILITY_COLUMNS}) SELECT * FROM changed`, [measureId, boardId]);
    if (!before) {
      throw new AppException(ErrorCode.NotFound, `Board ${boardId} has no responsibility for measure ${measureId}`);
    }
    await this.audit.record(m, user, { action: 'measure.responsibility-remove', entityType: 'measure', entityId: measureId, organisationId: measure.organisation_id, before: responsibilitySnapshot(before), after: null });
  }

  /** 403 unless the caller is an admin of the measure's organisation. */
  private adminOf(user: AuthUser, id: number): (row: MeasureRow) => void {
    return (row) => assertAdminOfOrganisation(user, row.organisation_id, `measure ${id}`);
  }

  private async assertNumberFree(m: EntityManager, reportId: number, number: string, exceptId: number | null): Promise<void> {
    const [clash] = await m.query<{ id: number }[]>(`SELECT id FROM measure WHERE report_id = $1 AND number = $2 AND id IS DISTINCT FROM $3`, [reportId, number, exceptId]);
    if (clash) {
      throw new AppException(ErrorCode.Conflict, `The report already has a measure ${number}`, { number: 'already used in this report' });
    }
  }
}
