import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { slugify } from '../../../seed/reference-data.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/roles.js';
import { AppException, ErrorCode } from '../common/errors/app-exception.js';
import type { CreateBoardDto, SavedBoardDto, UpdateBoardDto } from './dto/board.dto.js';
import type { BoardKind } from './entities/board.entity.js';

interface BoardRow {
  id: number;
  organisation_id: number;
  name: string;
  administration: string;
  kind: BoardKind;
  slug: string;
  version: number;
}

const toDto = (r: BoardRow): SavedBoardDto => ({ id: r.id, name: r.name, administration: r.administration, kind: r.kind, slug: r.slug, version: r.version });
const snapshot = (r: BoardRow): Record<string, unknown> => ({ ...toDto(r), organisationId: r.organisation_id });

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
        `INSERT INTO board (organisation_id, name, administration, kind, slug) VALUES ($1, $2, $3, $4, $5) RETURNING *`,
        [organisationId, body.name, body.administration, body.kind, slug],
      );
      await this.audit.record(m, user, { action: 'board.create', entityType: 'board', entityId: row.id, before: null, after: snapshot(row) });
      return toDto(row);
    });
  }

  async update(id: number, body: UpdateBoardDto, user: AuthUser): Promise<SavedBoardDto> {
    return this.dataSource.transaction(async (m) => {
      const [before] = await m.query<BoardRow[]>(`SELECT * FROM board WHERE id = $1 FOR UPDATE`, [id]);
      if (!before) throw AppException.notFound('Board', id);
      if (before.version !== body.version) throw AppException.versionConflict('Board', id, before.version);
      if (body.name !== undefined) await this.assertFree(m, before.organisation_id, body.name, null, id);
      const [after] = await m.query<BoardRow[]>(
        `WITH changed AS (UPDATE board SET name = COALESCE($3, name), administration = COALESCE($4, administration), kind = COALESCE($5, kind), version = version + 1
          WHERE id = $1 AND version = $2 RETURNING *) SELECT * FROM changed`,
        [id, body.version, body.name ?? null, body.administration ?? null, body.kind ?? null],
      );
      if (!after) throw AppException.versionConflict('Board', id, before.version);
      await this.audit.record(m, user, { action: 'board.update', entityType: 'board', entityId: id, before: snapshot(before), after: snapshot(after) });
      return toDto(after);
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
