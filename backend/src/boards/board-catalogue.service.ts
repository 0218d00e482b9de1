import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { assertAdminOfOrganisation, type AuthUser } from '../auth/roles.js';
import { organisationForCreate } from '../organisations/organisations.service.js';
import { AppException, ErrorCode } from '../common/errors/app-exception.js';
import { slugify } from '../common/slug.js';
import { lockForUpdate, versionedUpdate } from '../database/versioned-update.js';
import { BOARD_COLUMNS, BOARD_TABLE, toSavedBoardDto, type BoardRow } from './board.row.js';
import type { CreateBoardDto, SavedBoardDto, UpdateBoardDto } from './dto/board.dto.js';

/** 400 when a validity period ends before it begins. */
function assertValidity(validFrom: string | null, validTo: string | null): void {
  if (validFrom !== null && validTo !== null && validTo < validFrom) throw AppException.invalidField('validTo', `must not be before validFrom (${validFrom})`);
}

/** Admin edits of boards, versioned and audited; only by an admin of the board's organisation. */
@Injectable()
export class BoardCatalogueService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(body: CreateBoardDto, user: AuthUser): Promise<SavedBoardDto> {
    return this.dataSource.transaction(async (m) => {
      const organisationId = await organisationForCreate(m, user, body.organisation, 'the boards of this organisation');
      const slug = slugify(body.name);
      if (slug === '') throw AppException.invalidField('name', 'must contain letters or digits');
      assertValidity(body.validFrom ?? null, body.validTo ?? null);
      await this.assertFree(m, organisationId, body.name, slug, null);
      const [row] = await m.query<BoardRow[]>(
        `INSERT INTO board AS t (organisation_id, name, administration, kind, slug, valid_from, valid_to)
         VALUES ($1, $2, $3, $4, $5, $6::date, $7::date) RETURNING ${BOARD_COLUMNS}`,
        [organisationId, body.name, body.administration, body.kind, slug, body.validFrom ?? null, body.validTo ?? null],
      );
      await this.audit.record(m, user, { action: 'board.create', entityType: 'board', entityId: row.id, organisationId, before: null, after: BOARD_TABLE.snapshot(row) });
      return toSavedBoardDto(row);
    });
  }

  async update(id: number, body: UpdateBoardDto, user: AuthUser): Promise<SavedBoardDto> {
    return this.dataSource.transaction(async (m) => {
      const before = await lockForUpdate(m, BOARD_TABLE, id, body.version, (row) => assertAdminOfOrganisation(user, row.organisation_id, `board ${id}`));
      if (body.name !== undefined) await this.assertFree(m, before.organisation_id, body.name, null, id);
      const validFrom = body.validFrom === undefined ? before.valid_from : body.validFrom;
      const validTo = body.validTo === undefined ? before.valid_to : body.validTo;
      assertValidity(validFrom, validTo);
      const after = await versionedUpdate(m, user, BOARD_TABLE, {
        before,
        version: body.version,
        set: 'name = COALESCE($3, t.name), administration = COALESCE($4, t.administration), kind = COALESCE($5, t.kind), valid_from = $6::date, valid_to = $7::date',
        params: [body.name ?? null, body.administration ?? null, body.kind ?? null, validFrom, validTo],
        action: 'board.update',
      });
      return toSavedBoardDto(after);
    });
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
