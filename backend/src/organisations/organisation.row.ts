import type { OrganisationDto, OrganisationRefDto } from './dto/organisation.dto.js';

/** An `organisation` row. */
export interface OrganisationRow {
  id: number;
  slug: string;
  name: string;
}

export const ORGANISATION_COLUMNS = 't.id, t.slug, t.name';

export const toOrganisationDto = (r: OrganisationRow): OrganisationDto => ({ id: r.id, slug: r.slug, name: r.name });

/**
 * SQL for the `organisation: { slug, name }` of a row whose organisation id is `column`, e.g.
 * `${organisationRefSql('t.organisation_id')} AS organisation`: one subselect on the primary key.
 */
export const organisationRefSql = (column: string): string =>
  `(SELECT json_build_object('slug', o.slug, 'name', o.name) FROM organisation o WHERE o.id = ${column})`;

export type { OrganisationRefDto };
