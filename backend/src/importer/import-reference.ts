import type { EntityManager } from 'typeorm';
import { BOARD_COLUMNS, boardValidAt, type BoardRow } from '../boards/board.row.js';
import { REPORT_COLUMNS, type ReportRow } from '../reports/report.row.js';
import type { ReferenceData } from './parser/types.js';

/** What an import resolves names against and writes with: the organisation's data in the database. */
export interface ImportReference {
  /** For the parser: boards, groups and reports with their aliases. */
  reference: ReferenceData;
  organisationId: number;
  commissionId: number;
  boardIdByName: Map<string, number>;
  groupIdBySlug: Map<string, number>;
  reportIdByKey: Map<string, number>;
}

/** The database has no organisation or commission to import into, or more than one and none was named. */
export class ImportReferenceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportReferenceError';
  }
}

/** Which organisation and commission (slugs); each may be left out when there is only one. */
export interface ImportTarget {
  organisation?: string;
  commission?: string;
}

/**
 * Names resolve within one organisation and on one date: only boards valid that day (ISO date;
 * undefined: every board) are known, and a group expands to its members valid that day — so the
 * 2016 appendix's "stadsdelsnämnderna" are the 14 districts of 2016, not the 13 of 2020.
 */
export interface ReferenceScope extends ImportTarget {
  date?: string;
}

async function pick(
  m: EntityManager,
  what: 'organisation' | 'commission',
  sql: string,
  params: unknown[],
  slug: string | undefined,
): Promise<number> {
  const rows = await m.query<{ id: number; slug: string }[]>(sql, params);
  const chosen = slug === undefined ? rows : rows.filter((r) => r.slug === slug);
  if (chosen.length === 1) return chosen[0].id;
  const known = rows.map((r) => r.slug).join(', ') || 'none';
  if (slug !== undefined) throw new ImportReferenceError(`There is no ${what} "${slug}" (known: ${known})`);
  if (rows.length === 0) throw new ImportReferenceError(`The database has no ${what} yet: start the app once to load the reference data`);
  throw new ImportReferenceError(`The database has more than one ${what} (${known}): name one with --${what}`);
}

/** Reads the organisation's boards valid on the date, groups (with those members) and the commission's reports. */
export async function loadImportReference(m: EntityManager, target: ReferenceScope = {}): Promise<ImportReference> {
  const date = target.date ?? null;
  const organisationId = await pick(m, 'organisation', `SELECT id, slug FROM organisation ORDER BY id`, [], target.organisation);
  const commissionId = await pick(m, 'commission', `SELECT id, slug FROM commission WHERE organisation_id = $1 ORDER BY id`, [organisationId], target.commission);
  const boards = await m.query<BoardRow[]>(
    `SELECT ${BOARD_COLUMNS} FROM board t WHERE t.organisation_id = $1 AND ${boardValidAt('t', '$2::date')} ORDER BY t.id`,
    [organisationId, date],
  );
  const groups = await m.query<{ id: number; slug: string; name: string; aliases: string[]; members: string[] }[]>(
    `SELECT g.id, g.slug, g.name, g.aliases,
            ARRAY(SELECT b.name FROM board_group_member gm JOIN board b ON b.id = gm.board_id
                   WHERE gm.group_id = g.id AND ${boardValidAt('b', '$2::date')} ORDER BY b.id) AS members
       FROM board_group g WHERE g.organisation_id = $1 ORDER BY g.id`,
    [organisationId, date],
  );
  const reports = await m.query<ReportRow[]>(
    `SELECT ${REPORT_COLUMNS} FROM report t WHERE t.commission_id = $1 ORDER BY t.id`,
    [commissionId],
  );
  return {
    reference: {
      boards: boards.map(({ name, administration, kind, aliases }) => ({ name, administration, kind, aliases })),
      groups: groups.map(({ slug, name, aliases, members }) => ({ slug, name, aliases, members })),
      reports: reports.map(({ key, title, aliases }) => ({ key, title, aliases })),
    },
    organisationId,
    commissionId,
    boardIdByName: new Map(boards.map((b) => [b.name, b.id])),
    groupIdBySlug: new Map(groups.map((g) => [g.slug, g.id])),
    reportIdByKey: new Map(reports.map((r) => [r.key, r.id])),
  };
}
