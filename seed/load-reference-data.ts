import type { EntityManager } from 'typeorm';
import { slugify } from '../backend/src/common/slug.js';
import { BOARD_GROUPS, BOARDS, COMMISSION, ORGANISATION, REPORTS, type BoardSeed, type ReportSeed } from './reference-data.js';

export interface ReferenceIds {
  organisationId: number;
  commissionId: number;
  boardIdByName: Map<string, number>;
  groupIdBySlug: Map<string, number>;
  reportIdByKey: Map<string, number>;
}

/**
 * Loads the organisation, boards, board groups, commission and reports, keyed by their natural keys
 * (slugs, report keys). Inserts only what is missing, so a second run changes nothing.
 */
export async function loadReferenceData(
  manager: EntityManager,
  data: { boards?: BoardSeed[]; reports?: ReportSeed[] } = {},
): Promise<ReferenceIds> {
  const boards = data.boards ?? BOARDS;
  const reports = data.reports ?? REPORTS;

  await manager.query(`INSERT INTO organisation (slug, name) VALUES ($1, $2) ON CONFLICT (slug) DO NOTHING`, [ORGANISATION.slug, ORGANISATION.name]);
  const [{ id: organisationId }] = await manager.query<{ id: number }[]>(`SELECT id FROM organisation WHERE slug = $1`, [ORGANISATION.slug]);

  await manager.query(
    `INSERT INTO board (organisation_id, name, administration, kind, slug)
     SELECT $1, b.name, b.administration, b.kind, b.slug
       FROM jsonb_to_recordset($2::jsonb) AS b(name text, administration text, kind text, slug text)
     ON CONFLICT (organisation_id, slug) DO NOTHING`,
    [organisationId, JSON.stringify(boards.map((b) => ({ ...b, slug: slugify(b.name) })))],
  );
  const boardRows = await manager.query<{ id: number; name: string; kind: string }[]>(
    `SELECT id, name, kind FROM board WHERE organisation_id = $1 ORDER BY id`,
    [organisationId],
  );
  const boardIdByName = new Map(boardRows.map((b) => [b.name, b.id]));

  const groupIdBySlug = new Map<string, number>();
  for (const group of BOARD_GROUPS) {
    await manager.query(
      `INSERT INTO board_group (organisation_id, slug, name) VALUES ($1, $2, $3) ON CONFLICT (organisation_id, slug) DO NOTHING`,
      [organisationId, group.slug, group.name],
    );
    const [{ id }] = await manager.query<{ id: number }[]>(
      `SELECT id FROM board_group WHERE organisation_id = $1 AND slug = $2`,
      [organisationId, group.slug],
    );
    groupIdBySlug.set(group.slug, id);
    const memberIds = boardRows
      .filter((b) => (group.memberKind ? b.kind === group.memberKind : (group.members ?? []).includes(b.name)))
      .map((b) => b.id);
    await manager.query(
      `INSERT INTO board_group_member (group_id, board_id) SELECT $1, unnest($2::int[]) ON CONFLICT DO NOTHING`,
      [id, memberIds],
    );
  }

  await manager.query(
    `INSERT INTO commission (organisation_id, slug, name) VALUES ($1, $2, $3) ON CONFLICT (organisation_id, slug) DO NOTHING`,
    [organisationId, COMMISSION.slug, COMMISSION.name],
  );
  const [{ id: commissionId }] = await manager.query<{ id: number }[]>(
    `SELECT id FROM commission WHERE organisation_id = $1 AND slug = $2`,
    [organisationId, COMMISSION.slug],
  );

  await manager.query(
    `INSERT INTO report (commission_id, key, title, area, year)
     SELECT $1, r.key, r.title, r.area, r.year
       FROM jsonb_to_recordset($2::jsonb) AS r(key text, title text, area text, year int)
     ON CONFLICT (commission_id, key) DO NOTHING`,
    [commissionId, JSON.stringify(reports)],
  );
  const reportRows = await manager.query<{ id: number; key: string }[]>(`SELECT id, key FROM report WHERE commission_id = $1`, [commissionId]);

  return {
    organisationId,
    commissionId,
    boardIdByName,
    groupIdBySlug,
    reportIdByKey: new Map(reportRows.map((r) => [r.key, r.id])),
  };
}
