import type { EntityManager } from 'typeorm';
import { slugify } from '../backend/src/common/slug.js';
import { groupMembers, ORGANISATIONS, type OrganisationSeed } from './reference-data.js';

/**
 * Loads every organisation of the seed with its boards (and their validity), board groups,
 * commission and reports, with the other names documents use for them (aliases), keyed by their
 * natural keys (slugs, report keys). Inserts only what is missing, so a second run changes nothing
 * and a database seeded before an organisation was added gains it; an existing board only gets a
 * validity date it did not have yet. From then on the database is the reference: the importer
 * resolves names against it, never against this file.
 */
export async function loadReferenceData(manager: EntityManager, organisations: OrganisationSeed[] = ORGANISATIONS): Promise<void> {
  for (const org of organisations) await loadOrganisation(manager, org);
}

async function loadOrganisation(manager: EntityManager, org: OrganisationSeed): Promise<void> {
  await manager.query(`INSERT INTO organisation (slug, name) VALUES ($1, $2) ON CONFLICT (slug) DO NOTHING`, [org.slug, org.name]);
  const [{ id: organisationId }] = await manager.query<{ id: number }[]>(`SELECT id FROM organisation WHERE slug = $1`, [org.slug]);
  await manager.query(
    `INSERT INTO board AS t (organisation_id, name, administration, kind, slug, aliases, valid_from, valid_to)
     SELECT $1, b.name, b.administration, b.kind, b.slug, ARRAY(SELECT jsonb_array_elements_text(b.aliases)), b.valid_from, b.valid_to
       FROM jsonb_to_recordset($2::jsonb) AS b(name text, administration text, kind text, slug text, aliases jsonb, valid_from date, valid_to date)
     ON CONFLICT (organisation_id, slug) DO UPDATE
        SET valid_from = COALESCE(t.valid_from, EXCLUDED.valid_from), valid_to = COALESCE(t.valid_to, EXCLUDED.valid_to)
      WHERE (t.valid_from IS NULL AND EXCLUDED.valid_from IS NOT NULL) OR (t.valid_to IS NULL AND EXCLUDED.valid_to IS NOT NULL)`,
    [
      organisationId,
      JSON.stringify(
        org.boards.map((b) => ({ name: b.name, administration: b.administration, kind: b.kind, slug: slugify(b.name), aliases: b.aliases ?? [], valid_from: b.validFrom ?? null, valid_to: b.validTo ?? null })),
      ),
    ],
  );
  for (const group of org.groups) {
    await manager.query(
      `INSERT INTO board_group (organisation_id, slug, name, aliases) VALUES ($1, $2, $3, $4) ON CONFLICT (organisation_id, slug) DO NOTHING`,
      [organisationId, group.slug, group.name, group.aliases],
    );
    const [{ id }] = await manager.query<{ id: number }[]>(`SELECT id FROM board_group WHERE organisation_id = $1 AND slug = $2`, [organisationId, group.slug]);
    // Members whatever their validity: a group expands to the members valid at the date in question.
    await manager.query(
      `INSERT INTO board_group_member (group_id, board_id)
       SELECT $1, b.id FROM board b WHERE b.organisation_id = $2 AND b.name = ANY($3::text[])
       ON CONFLICT DO NOTHING`,
      [id, organisationId, groupMembers(group, org.boards).map((b) => b.name)],
    );
  }
  if (!org.commission) return;
  await manager.query(
    `INSERT INTO commission (organisation_id, slug, name) VALUES ($1, $2, $3) ON CONFLICT (organisation_id, slug) DO NOTHING`,
    [organisationId, org.commission.slug, org.commission.name],
  );
  const [{ id: commissionId }] = await manager.query<{ id: number }[]>(`SELECT id FROM commission WHERE organisation_id = $1 AND slug = $2`, [organisationId, org.commission.slug]);
  await manager.query(
    `INSERT INTO report (commission_id, key, title, area, year, aliases)
     SELECT $1, r.key, r.title, r.area, r.year, ARRAY(SELECT jsonb_array_elements_text(r.aliases))
       FROM jsonb_to_recordset($2::jsonb) AS r(key text, title text, area text, year int, aliases jsonb)
     ON CONFLICT (commission_id, key) DO NOTHING`,
    [commissionId, JSON.stringify(org.commission.reports)],
  );
}
