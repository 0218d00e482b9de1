import type { EntityManager } from 'typeorm';
import { slugify } from '../backend/src/common/slug.js';
import { BOARD_GROUPS, BOARDS, COMMISSION, ORGANISATION, REPORTS, groupMembers } from './reference-data.js';

/**
 * Loads the organisation, boards, board groups, commission and reports, with the other names
 * documents use for them (aliases), keyed by their natural keys (slugs, report keys). Inserts only
 * what is missing, so a second run changes nothing. From then on the database is the reference:
 * the importer resolves names against it, never against this file.
 */
export async function loadReferenceData(manager: EntityManager): Promise<void> {
  await manager.query(`INSERT INTO organisation (slug, name) VALUES ($1, $2) ON CONFLICT (slug) DO NOTHING`, [ORGANISATION.slug, ORGANISATION.name]);
  const [{ id: organisationId }] = await manager.query<{ id: number }[]>(`SELECT id FROM organisation WHERE slug = $1`, [ORGANISATION.slug]);

  await manager.query(
    `INSERT INTO board (organisation_id, name, administration, kind, slug, aliases)
     SELECT $1, b.name, b.administration, b.kind, b.slug, ARRAY(SELECT jsonb_array_elements_text(b.aliases))
       FROM jsonb_to_recordset($2::jsonb) AS b(name text, administration text, kind text, slug text, aliases jsonb)
     ON CONFLICT (organisation_id, slug) DO NOTHING`,
    [organisationId, JSON.stringify(BOARDS.map((b) => ({ ...b, slug: slugify(b.name), aliases: b.aliases ?? [] })))],
  );

  for (const group of BOARD_GROUPS) {
    await manager.query(
      `INSERT INTO board_group (organisation_id, slug, name, aliases) VALUES ($1, $2, $3, $4) ON CONFLICT (organisation_id, slug) DO NOTHING`,
      [organisationId, group.slug, group.name, group.aliases],
    );
    const [{ id }] = await manager.query<{ id: number }[]>(`SELECT id FROM board_group WHERE organisation_id = $1 AND slug = $2`, [organisationId, group.slug]);
    await manager.query(
      `INSERT INTO board_group_member (group_id, board_id)
       SELECT $1, b.id FROM board b WHERE b.organisation_id = $2 AND b.name = ANY($3::text[])
       ON CONFLICT DO NOTHING`,
      [id, organisationId, groupMembers(group).map((b) => b.name)],
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
    `INSERT INTO report (commission_id, key, title, area, year, aliases)
     SELECT $1, r.key, r.title, r.area, r.year, ARRAY(SELECT jsonb_array_elements_text(r.aliases))
       FROM jsonb_to_recordset($2::jsonb) AS r(key text, title text, area text, year int, aliases jsonb)
     ON CONFLICT (commission_id, key) DO NOTHING`,
    [commissionId, JSON.stringify(REPORTS)],
  );
}
