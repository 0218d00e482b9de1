import type { AuditEventDto } from './dto/audit-event.dto.js';

export const AUDIT_ENTITY_TYPES = ['statement', 'measure', 'board', 'cycle', 'user', 'link_suggestion', 'organisation'] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

/** An `audit_event` row. */
export interface AuditRow {
  id: string;
  at: Date;
  actor_user_id: number | null;
  actor_email: string;
  action: string;
  entity_type: AuditEntityType;
  entity_id: number;
  organisation: { slug: string; name: string } | null;
  before: unknown;
  after: unknown;
}

export const AUDIT_COLUMNS = `id, at, actor_user_id, actor_email, action, entity_type, entity_id, before, after,
  (SELECT json_build_object('slug', o.slug, 'name', o.name) FROM organisation o WHERE o.id = audit_event.organisation_id) AS organisation`;

export function toAuditEventDto(r: AuditRow): AuditEventDto {
  return {
    id: Number(r.id),
    at: new Date(r.at).toISOString(),
    actor: { id: r.actor_user_id, email: r.actor_email },
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    organisation: r.organisation,
    before: r.before,
    after: r.after,
  };
}
