import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/roles.js';
import { AppException, ErrorCode } from '../common/errors/app-exception.js';
import { slugify } from '../common/slug.js';
import { lockForUpdate, versionedUpdate } from '../database/versioned-update.js';
import { BOARD_COLUMNS, BOARD_TABLE, toSavedBoardDto, type BoardRow } from './board.row.js';
import type { CreateBoardDto, SavedBoardDto, UpdateBoardDto } from './dto/board.dto.js';

/** Admin edits of boards, versioned and audited. */
@Injectable()
export class BoardCatalogueService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(body: CreateBoardDto, user: AuthUser): Promise<SavedBoardDto> {
    return this.dataSource.transaction(async (m) => {
      const organisationId = await this.organisation(m, body.organisationId);
      const slug = slugify(body.name);
      if (slug === '') throw AppException.invalidField('name', 'must contain letters or digits');
      await this.assertFree(m, organisationId, body.name, slug, null);
      const [row] = await m.query<BoardRow[]>(
        `INSERT INTO board AS t (organisation_id, name, administration, kind, slug) VALUES ($1, $2, $3, $4, $5) RETURNING ${BOARD_COLUMNS}`,
        [organisationId, body.name, body.administration, body.kind, slug],
      );
      await this.audit.record(m, user, { action: 'board.create', entityType: 'board', entityId: row.id, before: null, after: BOARD_TABLE.snapshot(row) });
      return toSavedBoardDto(row);
    });
  }

  async update(id: number, body: UpdateBoardDto, user: AuthUser): Promise<SavedBoardDto> {
    return this.dataSource.transaction(async (m) => {
      const before = await lockForUpdate(m, BOARD_TABLE, id, body.version);
      if (body.name !== undefined) await this.assertFree(m, before.organisation_id, body.name, null, id);
      const after = await versionedUpdate(m, user, BOARD_TABLE, {
        before,
        version: body.version,
        set: 'name = COALESCE($3, t.name), administration = COALESCE($4, t.administration), kind = COALESCE($5, t.kind)',
        params: [body.name ?? null, body.administration ?? null, body.kind ?? null],
        action: 'board.update',
      });
      return toSavedBoardDto(after);
    });
  }

  private async organisation(m: EntityManager, id: number | undefined): Promise<number> {
    const rows = await m.query<{ id: number }[]>(
      id === undefined ? `SELECT id FROM organisation ORDER BY id LIMIT 2` : `SELECT id FROM organisation WHERE id = $1`,
      id === undefined ? [] : [id],
    );
    if (id !== undefined && rows.length === 0) throw AppException.notFound('Organisation', id);
    if (rows.length !== 1) throw AppException.invalidField('organisationId', rows.length === 0 ? 'there is no organisation yet' : 'required: there is more than one organisation');
    return rows[0].id;
  }

  private async assertFree(m: EntityManager, organisationId: number, name: string, slug: string | null, exceptId: number | null): Promise<void> {
    const [clash] = await m.query<{ name: string }[]>(
      `SELECT name FROM board WHERE organisation_id = $1 AND (name = $2 OR slug = $3) AND id IS DISTINCT FROM $4`,
      [organisationId, name, slug, exceptId],
    );
    if (clash) {
      throw new AppException(ErrorCode.Conflict, `A board named ${JSON.stringify(clash.name)} already exists`, { name: 'already used by another board' });
    }
  }
}
