import type { EntityManager } from 'typeorm';
import { organisationRefSql } from '../organisations/organisation.row.js';
import { boardValidAt } from './board.row.js';
import type { BoardGroupDto } from './dto/board-group.dto.js';

/** A `board_group` row with its members valid at the date asked (as `SELECT_BOARD_GROUPS` reads it). */
export interface BoardGroupRow {
  id: number;
  organisation_id: number;
  slug: string;
  name: string;
  aliases: string[];
  organisation: { slug: string; name: string };
  members: { id: number; name: string }[];
}

/**
 * Groups with their members valid on `$2` (a date; NULL: every member), optionally of one
 * organisation (`$1`); callers add AND … and ORDER.
 */
const SELECT_BOARD_GROUPS = `
  SELECT g.id, g.organisation_id, g.slug, g.name, g.aliases, ${organisationRefSql('g.organisation_id')} AS organisation,
         COALESCE((SELECT json_agg(json_build_object('id', b.id, 'name', b.name) ORDER BY b.id)
                     FROM board_group_member gm JOIN board b ON b.id = gm.board_id
                    WHERE gm.group_id = g.id AND ${boardValidAt('b', '$2::date')}), '[]'::json) AS members
    FROM board_group g
   WHERE ($1::int IS NULL OR g.organisation_id = $1)`;

export const toBoardGroupDto = (r: BoardGroupRow): BoardGroupDto => ({
  id: r.id,
  slug: r.slug,
  name: r.name,
  aliases: r.aliases,
  organisation: r.organisation,
  members: r.members,
});

/**
 * One page of the groups (of one organisation, or all), with the members valid on the date, by
 * organisation and id; `after` is the last row's (organisation, id) of the previous page.
 */
export function listBoardGroups(m: EntityManager, organisationId: number | null, date: string | null, after: unknown[] | null, limit: number): Promise<BoardGroupRow[]> {
  return m.query<BoardGroupRow[]>(
    `${SELECT_BOARD_GROUPS} AND ($3::int IS NULL OR (g.organisation_id, g.id) > ($3, $4)) ORDER BY g.organisation_id, g.id LIMIT $5`,
    [organisationId, date, ...(after ?? [null, null]), limit],
  );
}

/**
 * What a group name or alias means in one organisation on one date: its members valid that day
 * (so "stadsdelsnämnderna" is 14 districts in 2016 and 13 from 2020), or null for no such group.
 * Names never resolve across organisations.
 */
export async function expandGroup(m: EntityManager, organisationId: number, nameOrAlias: string, date: string): Promise<BoardGroupRow | null> {
  const key = nameOrAlias.trim().toLowerCase();
  const [row] = await m.query<BoardGroupRow[]>(
    `${SELECT_BOARD_GROUPS} AND (g.slug = $3 OR lower(g.name) = $3 OR $3 = ANY(g.aliases)) ORDER BY g.id LIMIT 1`,
    [organisationId, date, key],
  );
  return row ?? null;
}

/** The board of a name or alias in one organisation, valid on the date; null when there is none. */
export async function resolveBoardName(m: EntityManager, organisationId: number, nameOrAlias: string, date: string): Promise<{ id: number; name: string } | null> {
  const key = nameOrAlias.trim().toLowerCase();
  const [row] = await m.query<{ id: number; name: string }[]>(
    `SELECT t.id, t.name FROM board t
      WHERE t.organisation_id = $1 AND ${boardValidAt('t', '$2::date')}
        AND (lower(t.name) = $3 OR lower(t.administration) = $3 OR $3 = ANY(t.aliases))
      ORDER BY t.id LIMIT 1`,
    [organisationId, date, key],
  );
  return row ?? null;
}
