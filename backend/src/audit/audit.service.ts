import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { assertSameOrganisation, type AuthUser } from '../auth/roles.js';
import { requireOrganisationBySlug } from '../organisations/organisations.service.js';
import { decodeCursor, DEFAULT_PAGE_SIZE, toPage, type Page } from '../common/pagination.js';
import type { AuditEventDto, ListAuditQueryDto } from './dto/audit-event.dto.js';
import { SELECT_AUDIT, toAuditEventDto, type AuditEntityType, type AuditRow } from './audit-event.row.js';

/**
 * A filter bound as an instant with an explicit UTC offset, so the database's TimeZone setting never
 * shifts it: a date is its UTC midnight (`end`: the next day's, so `to` includes the day), and a
 * timestamp without an offset is read as UTC.
 */
export function utcInstant(value: string | undefined, bound: 'start' | 'end'): string | null {
  if (value === undefined) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const day = new Date(`${value}T00:00:00Z`);
    if (bound === 'end') day.setUTCDate(day.getUTCDate() + 1);
    return day.toISOString();
  }
  return /(Z|[+-]\d{2}:?\d{2})$/.test(value) ? value : `${value}Z`;
}

export interface AuditEntry {
  action: string;
  entityType: AuditEntityType;
  entityId: number;
  /** The organisation of the object described; null only for an install-level event (a system account). */
  organisationId: number | null;
  before: unknown;
  after: unknown;
}

/**
 * Records a change. Call it with the manager of the transaction that makes the change, so the
 * change and its audit row commit or roll back together.
 */
export async function recordAudit(manager: EntityManager, actor: { id: number | null; email: string }, entry: AuditEntry): Promise<void> {
  await manager.query(
    `INSERT INTO audit_event (actor_user_id, actor_email, action, entity_type, entity_id, organisation_id, before, after)
     VALUES ($1, $2, $3, $4, $5, $8, $6::jsonb, $7::jsonb)`,
    [
      actor.id,
      actor.email,
      entry.action,
      entry.entityType,
      entry.entityId,
      entry.before === null ? null : JSON.stringify(entry.before),
      entry.after === null ? null : JSON.stringify(entry.after),
      entry.organisationId,
    ],
  );
}

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Records a change in the caller's transaction (see `recordAudit`). */
  async record(manager: EntityManager, actor: Pick<AuthUser, 'id' | 'email'>, entry: AuditEntry): Promise<void> {
    await recordAudit(manager, actor, entry);
  }

  /** One entity's trail, oldest first. */
  async forEntity(entityType: AuditEntityType, entityId: number): Promise<AuditEventDto[]> {
    const rows = await this.dataSource.query<AuditRow[]>(
      `${SELECT_AUDIT} WHERE a.entity_type = $1 AND a.entity_id = $2 ORDER BY a.id`,
      [entityType, entityId],
    );
    return rows.map(toAuditEventDto);
  }

  /** One page of the changes matching the filters, newest first: only the admin's organisation's. */
  async list(q: ListAuditQueryDto, actor: AuthUser): Promise<Page<AuditEventDto>> {
    if (q.organisation !== undefined) assertSameOrganisation(actor, (await requireOrganisationBySlug(this.dataSource.manager, q.organisation)).id, "this organisation's audit trail");
    const [cursorId] = decodeCursor(q.cursor, ['int']) ?? [null];
    const before = [cursorId as number | null, q.beforeId ?? null].filter((v) => v !== null) as number[];
    const limit = q.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await this.dataSource.query<AuditRow[]>(
      `${SELECT_AUDIT}
        WHERE ($1::text IS NULL OR a.entity_type = $1)
          AND ($2::int IS NULL OR a.entity_id = $2)
          AND ($3::text IS NULL OR a.actor_email = $3)
          AND ($4::timestamptz IS NULL OR a.at >= $4::timestamptz)
          AND ($5::timestamptz IS NULL OR a.at < $5::timestamptz)
          AND ($6::bigint IS NULL OR a.id < $6)
          AND a.organisation_id = $8
        ORDER BY a.id DESC
        LIMIT $7`,
      [q.entityType ?? null, q.entityId ?? null, q.actor ?? null, utcInstant(q.from, 'start'), utcInstant(q.to, 'end'), before.length ? Math.min(...before) : null, limit + 1, actor.organisationId],
    );
    return toPage(rows, limit, (r) => [Number(r.id)], toAuditEventDto);
  }
}
