import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit.service.js';
import { hashPassword, passwordProblem } from '../auth/password.js';
import { assertAdminOfOrganisation, type AuthUser } from '../auth/roles.js';
import { AppException, ErrorCode } from '../common/errors/app-exception.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import type { CreatedOrganisationDto, CreateOrganisationDto, OrganisationDto } from './dto/organisation.dto.js';
import { ORGANISATION_COLUMNS, toOrganisationDto, type OrganisationRow } from './organisation.row.js';

/** 404 `organisation_not_found` naming the slug. */
export function organisationNotFound(slug: string): AppException {
  return new AppException(ErrorCode.OrganisationNotFound, `Organisation ${JSON.stringify(slug)} does not exist`, { organisation: `unknown organisation ${slug}` });
}

/** The organisation of a slug, or 404 `organisation_not_found` naming it. */
export async function requireOrganisationBySlug(m: EntityManager, slug: string): Promise<OrganisationRow> {
  const [row] = await m.query<OrganisationRow[]>(`SELECT ${ORGANISATION_COLUMNS} FROM organisation t WHERE t.slug = $1`, [slug]);
  if (!row) throw organisationNotFound(slug);
  return row;
}

/**
 * Creates an organisation and its first admin in the caller's transaction (the API's system role
 * and `npm run org:create` both come here): 409 when the slug, the name or the email is taken.
 * `actor` null: the CLI, recorded as `cli` in the audit trail.
 */
export async function createOrganisation(
  m: EntityManager,
  input: { slug: string; name: string; adminEmail: string; adminPasswordHash: string },
  actor: Pick<AuthUser, 'id' | 'email'> | null,
): Promise<CreatedOrganisationDto> {
  const [clash] = await m.query<{ slug: string; name: string }[]>(`SELECT slug, name FROM organisation WHERE slug = $1 OR lower(name) = lower($2)`, [input.slug, input.name]);
  if (clash) {
    const field = clash.slug === input.slug ? 'slug' : 'name';
    throw new AppException(ErrorCode.Conflict, `An organisation with the ${field} ${JSON.stringify(field === 'slug' ? input.slug : input.name)} already exists`, { [field]: 'already used by another organisation' });
  }
  const [taken] = await m.query<{ id: number }[]>(`SELECT id FROM app_user WHERE email = $1`, [input.adminEmail]);
  if (taken) throw new AppException(ErrorCode.Conflict, `An account for ${input.adminEmail} already exists`, { adminEmail: 'already has an account' });
  const [org] = await m.query<OrganisationRow[]>(`INSERT INTO organisation AS t (slug, name) VALUES ($1, $2) RETURNING ${ORGANISATION_COLUMNS}`, [input.slug, input.name]);
  const [admin] = await m.query<{ id: number; email: string }[]>(
    `INSERT INTO app_user (email, password_hash, role, organisation_id) VALUES ($1, $2, 'admin', $3) RETURNING id, email`,
    [input.adminEmail, input.adminPasswordHash, org.id],
  );
  const who = actor ?? { id: null, email: 'cli' };
  await recordAudit(m, who, { action: 'organisation.create', entityType: 'organisation', entityId: org.id, organisationId: org.id, before: null, after: toOrganisationDto(org) });
  await recordAudit(m, who, {
    action: 'user.create',
    entityType: 'user',
    entityId: admin.id,
    organisationId: org.id,
    before: null,
    after: { id: admin.id, email: admin.email, role: 'admin', organisationId: org.id, boardIds: [], active: true, demoPassword: false, version: 1 },
  });
  return { ...toOrganisationDto(org), admin };
}

/** The municipalities (and other bodies) of this install. */
@Injectable()
export class OrganisationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(): Promise<OrganisationDto[]> {
    const rows = await this.dataSource.query<OrganisationRow[]>(`SELECT ${ORGANISATION_COLUMNS} FROM organisation t ORDER BY t.name, t.id`);
    return rows.map(toOrganisationDto);
  }

  /** `{ id, slug, name }` of the slug, or 404 `organisation_not_found` naming it. */
  async requireBySlug(slug: string, m: EntityManager = this.dataSource.manager): Promise<OrganisationRow> {
    return requireOrganisationBySlug(m, slug);
  }

  /** A list's `?organisation=` as an id (null: no filter); an unknown slug is a 404 naming it. */
  async filterId(slug: string | undefined): Promise<number | null> {
    return slug === undefined ? null : (await this.requireBySlug(slug)).id;
  }

  async create(body: CreateOrganisationDto, actor: AuthUser): Promise<CreatedOrganisationDto> {
    const problem = passwordProblem(body.adminPassword, this.config.DEMO_PASSWORD);
    if (problem) throw AppException.invalidField('adminPassword', problem.replace(/^password/, 'adminPassword'));
    const hash = await hashPassword(body.adminPassword);
    return this.dataSource.transaction((m) => createOrganisation(m, { slug: body.slug, name: body.name, adminEmail: body.adminEmail, adminPasswordHash: hash }, actor));
  }
}

/**
 * The organisation a create writes into: the one named by slug (404 if unknown), or the signed-in
 * account's. Then 403 unless the account is an admin of it — a Malmö admin never creates in Stockholm.
 */
export async function organisationForCreate(m: EntityManager, user: AuthUser, slug: string | undefined, what: string): Promise<number> {
  const id = slug === undefined ? user.organisationId : (await requireOrganisationBySlug(m, slug)).id;
  if (id === null) throw AppException.invalidField('organisation', 'required: a system account belongs to no organisation');
  assertAdminOfOrganisation(user, id, what);
  return id;
}
