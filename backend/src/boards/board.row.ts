import type { EntityManager } from 'typeorm';
import { AppException, ErrorCode } from '../common/errors/app-exception.js';
import type { VersionedTable } from '../database/versioned-update.js';
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
  version: number;
}

export const BOARD_COLUMNS = 't.id, t.organisation_id, t.name, t.administration, t.kind, t.slug, t.aliases, t.version';

/**
 * The one order of boards by kind, for every list of boards (`ORDER BY ${boardKindOrder('b')}, b.id`):
 * the executive board first, then central boards, districts and companies.
 */
export const boardKindOrder = (alias: string): string =>
  `CASE ${alias}.kind WHEN 'executive' THEN 0 WHEN 'central' THEN 1 WHEN 'district' THEN 2 ELSE 3 END`;

export const toBoardDto = (r: BoardRow): BoardDto => ({ id: r.id, name: r.name, administration: r.administration, kind: r.kind });

export const toSavedBoardDto = (r: BoardRow): SavedBoardDto => ({ ...toBoardDto(r), slug: r.slug, version: r.version });

export const BOARD_TABLE: VersionedTable<BoardRow> = {
  name: 'board',
  label: 'Board',
  columns: BOARD_COLUMNS,
  entityType: 'board',
  snapshot: (r) => ({ ...toSavedBoardDto(r), organisationId: r.organisation_id }),
};

/** 404 naming every id of `boardIds` that is not a board, with the field in `errors`. */
export async function assertBoardsExist(m: EntityManager, boardIds: number[], field = 'boardIds'): Promise<void> {
  if (boardIds.length === 0) return;
  const known = await m.query<{ id: number }[]>(`SELECT id FROM board WHERE id = ANY($1::int[])`, [boardIds]);
  const unknown = boardIds.filter((b) => !known.some((k) => k.id === b));
  if (unknown.length > 0) {
    throw new AppException(ErrorCode.NotFound, `Board ${unknown.join(', ')} does not exist`, { [field]: `unknown board ${unknown.join(', ')}` });
  }
}
