import type { AuditEventDto } from './dto/audit-event.dto.js';

export const AUDIT_ENTITY_TYPES = ['statement', 'measure', 'board', 'cycle', 'user', 'link_suggestion', 'organisation', 'import', 'remiss', 'remiss_answer', 'external_body'] as const;
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
  /** The object's natural name today (`AUDIT_LABEL`); null when it no longer exists. */
  label: string | null;
}

/**
 * The natural name of the object an event is about, in the same query as the events: one LEFT JOIN
 * per kind of object (each matches only rows of its kind, by primary key), no lookup per row.
 * Measure "4.1.1 (Stad i samverkan)", statement "Trafiknämnden – 4.1.1 (Stad i samverkan) – <cycle>"
 * (no measure part: the general statement), board and cycle by name, account by e-mail, link
 * suggestion "board – measure", organisation by name. The UI puts the translated kind in front ("Åtgärd 4.1.1 (…)").
 */
const MEASURE_NAME = (m: string, r: string) => `${m}.number || ' (' || ${r}.title || ')'`;
export const AUDIT_LABEL_JOINS = `
  LEFT JOIN statement l_s ON a.entity_type = 'statement' AND l_s.id = a.entity_id
  LEFT JOIN board l_sb ON l_sb.id = l_s.board_id
  LEFT JOIN measure l_sm ON l_sm.id = l_s.measure_id
  LEFT JOIN report l_sr ON l_sr.id = l_sm.report_id
  LEFT JOIN reporting_cycle l_sc ON l_sc.id = l_s.cycle_id
  LEFT JOIN measure l_m ON a.entity_type = 'measure' AND l_m.id = a.entity_id
  LEFT JOIN report l_mr ON l_mr.id = l_m.report_id
  LEFT JOIN board l_b ON a.entity_type = 'board' AND l_b.id = a.entity_id
  LEFT JOIN reporting_cycle l_c ON a.entity_type = 'cycle' AND l_c.id = a.entity_id
  LEFT JOIN app_user l_u ON a.entity_type = 'user' AND l_u.id = a.entity_id
  LEFT JOIN link_suggestion l_l ON a.entity_type = 'link_suggestion' AND l_l.id = a.entity_id
  LEFT JOIN board l_lb ON l_lb.id = l_l.board_id
  LEFT JOIN measure l_lm ON l_lm.id = l_l.measure_id
  LEFT JOIN report l_lr ON l_lr.id = l_lm.report_id
  LEFT JOIN organisation l_o ON a.entity_type = 'organisation' AND l_o.id = a.entity_id`;
export const AUDIT_LABEL = `CASE a.entity_type
    WHEN 'statement' THEN concat_ws(' – ', l_sb.name, ${MEASURE_NAME('l_sm', 'l_sr')}, l_sc.name)
    WHEN 'measure' THEN ${MEASURE_NAME('l_m', 'l_mr')}
    WHEN 'board' THEN l_b.name
    WHEN 'cycle' THEN l_c.name
    WHEN 'user' THEN l_u.email
    WHEN 'link_suggestion' THEN concat_ws(' – ', l_lb.name, ${MEASURE_NAME('l_lm', 'l_lr')})
    WHEN 'organisation' THEN l_o.name
  END`;

/** Every audit read: the events (aliased `a`) with their label. */
export const SELECT_AUDIT = `
SELECT a.id, a.at, a.actor_user_id, a.actor_email, a.action, a.entity_type, a.entity_id, a.before, a.after,
       (SELECT json_build_object('slug', o.slug, 'name', o.name) FROM organisation o WHERE o.id = a.organisation_id) AS organisation,
       nullif(${AUDIT_LABEL}, '') AS label
  FROM audit_event a ${AUDIT_LABEL_JOINS}`;

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
    label: r.label,
  };
}
