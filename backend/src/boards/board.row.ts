import type { EntityManager } from 'typeorm';
import { AppException, ErrorCode } from '../common/errors/app-exception.js';
import type { VersionedTable } from '../database/versioned-update.js';
import { organisationRefSql } from '../organisations/organisation.row.js';
import type { BoardDto, SavedBoardDto } from './dto/board.dto.js';

export const BOARD_KINDS = ['central', 'district', 'company', 'executive'] as const;
export type BoardKind = (typeof BOARD_KINDS)[number];

/** A `board` row as every query of boards reads it. */
export interface BoardRow {
  id: number;
  organisation_id: number;
  name: string;
  administration: string;
  kind: BoardKind;
  slug: string;
  /** Other names documents use for the board (lower case); the importer resolves them. */
  aliases: string[];
  /** ISO dates (formatted in SQL); null = open-ended. */
  valid_from: string | null;
  valid_to: string | null;
  organisation: { slug: string; name: string };
  version: number;
}

export const BOARD_COLUMNS = `t.id, t.organisation_id, t.name, t.administration, t.kind, t.slug, t.aliases, t.version,
  to_char(t.valid_from, 'YYYY-MM-DD') AS valid_from, to_char(t.valid_to, 'YYYY-MM-DD') AS valid_to,
  ${organisationRefSql('t.organisation_id')} AS organisation`;

/** SQL: board `alias` exists on the date `date` (an SQL expression of type date; NULL = any date). */
export const boardValidAt = (alias: string, date: string): string =>
  `(${date} IS NULL OR ((${alias}.valid_from IS NULL OR ${alias}.valid_from <= ${date}) AND (${alias}.valid_to IS NULL OR ${alias}.valid_to >= ${date})))`;

/**
 * The one order of boards by kind, for every list of boards (`ORDER BY ${boardKindOrder('b')}, b.id`):
 * the executive board first, then central boards, districts and companies.
 */
export const boardKindOrder = (alias: string): string =>
  `CASE ${alias}.kind WHEN 'executive' THEN 0 WHEN 'central' THEN 1 WHEN 'district' THEN 2 ELSE 3 END`;

export const toBoardDto = (r: BoardRow): BoardDto => ({
  id: r.id,
  name: r.name,
  administration: r.administration,
  kind: r.kind,
  organisation: r.organisation,
  validFrom: r.valid_from,
  validTo: r.valid_to,
});

export const toSavedBoardDto = (r: BoardRow): SavedBoardDto => ({ ...toBoardDto(r), slug: r.slug, version: r.version });

export const BOARD_TABLE: VersionedTable<BoardRow> = {
  name: 'board',
  label: 'Board',
  columns: BOARD_COLUMNS,
  entityType: 'board',
  organisationOf: (r) => r.organisation_id,
  snapshot: (r) => ({
    id: r.id,
    name: r.name,
    administration: r.administration,
    kind: r.kind,
    slug: r.slug,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    version: r.version,
    organisationId: r.organisation_id,
  }),
};

/**
 * 404 naming every id of `boardIds` that is not a board, with the field in `errors`; with an
 * organisation, 422 naming every board of another organisation (a write never mixes cities).
 */
export async function assertBoardsExist(m: EntityManager, boardIds: number[], field = 'boardIds', organisationId?: number): Promise<void> {
  if (boardIds.length === 0) return;
  const known = await m.query<{ id: number; organisation_id: number }[]>(`SELECT id, organisation_id FROM board WHERE id = ANY($1::int[])`, [boardIds]);
  const unknown = boardIds.filter((b) => !known.some((k) => k.id === b));
  if (unknown.length > 0) {
    throw new AppException(ErrorCode.NotFound, `Board ${unknown.join(', ')} does not exist`, { [field]: `unknown board ${unknown.join(', ')}` });
  }
  const foreign = organisationId === undefined ? [] : known.filter((k) => k.organisation_id !== organisationId).map((k) => k.id);
  if (foreign.length > 0) {
    throw new AppException(ErrorCode.UnprocessableEntity, `Board ${foreign.join(', ')} belongs to another organisation`, {
      [field]: `board ${foreign.join(', ')} belongs to another organisation`,
    });
  }
}
