import type { VersionedTable } from '../database/versioned-update.js';
import type { MeasureDetailDto, MeasureDto } from './dto/measure.dto.js';
import type { ResponsibilityDto } from './dto/write-measure.dto.js';

export const RESPONSIBILITY_ROLES = ['lead', 'contributing'] as const;
export type ResponsibilityRole = (typeof RESPONSIBILITY_ROLES)[number];

/** A `measure` row as every write of measures reads it. */
export interface MeasureRow {
  id: number;
  report_id: number;
  recommendation_id: number | null;
  number: string;
  title: string;
  description: string | null;
  ongoing_work: string | null;
  responsibility_text: string | null;
  version: number;
  /** Its commission's organisation (read through the report). */
  organisation_id: number;
}

export const MEASURE_COLUMNS = `t.id, t.report_id, t.recommendation_id, t.number, t.title, t.description, t.ongoing_work, t.responsibility_text, t.version,
  (SELECT k.organisation_id FROM report r JOIN commission k ON k.id = r.commission_id WHERE r.id = t.report_id) AS organisation_id`;

/**
 * The one order of measure numbers, for every list of measures (`ORDER BY r.id, ${measureNumberOrder('m')}`):
 * numerically per level, so 6.10.1 comes after 6.9.2.
 */
export const measureNumberOrder = (alias: string): string => `string_to_array(${alias}.number, '.')::int[]`;

export const MEASURE_TABLE: VersionedTable<MeasureRow> = {
  name: 'measure',
  label: 'Measure',
  columns: MEASURE_COLUMNS,
  entityType: 'measure',
  organisationOf: (r) => r.organisation_id,
  snapshot: (r) => ({
    id: r.id,
    reportId: r.report_id,
    recommendationId: r.recommendation_id,
    number: r.number,
    title: r.title,
    description: r.description,
    ongoingWork: r.ongoing_work,
    responsibilityText: r.responsibility_text,
    version: r.version,
  }),
};

/** A `responsibility` row. */
export interface ResponsibilityRow {
  id: number;
  measure_id: number;
  board_id: number;
  role: ResponsibilityRole;
  source_text: string | null;
  via_group_id: number | null;
}

export const RESPONSIBILITY_COLUMNS = 't.id, t.measure_id, t.board_id, t.role, t.source_text, t.via_group_id';

/** Lead before contributing, wherever a measure's boards are listed. */
export const responsibilityRoleOrder = (alias: string): string => `CASE ${alias}.role WHEN 'lead' THEN 0 ELSE 1 END`;

export function toResponsibilityDto(r: ResponsibilityRow): ResponsibilityDto {
  return { id: r.id, measureId: r.measure_id, boardId: r.board_id, role: r.role, sourceText: r.source_text };
}

export function responsibilitySnapshot(r: ResponsibilityRow): Record<string, unknown> {
  return { id: r.id, measureId: r.measure_id, boardId: r.board_id, role: r.role, sourceText: r.source_text, viaGroupId: r.via_group_id };
}

/** A measure with its report, recommendation and responsible boards, as the read endpoints show it (`SELECT_MEASURES`). */
export interface MeasureViewRow extends MeasureRow {
  organisation: { slug: string; name: string };
  report_key: string;
  report_title: string;
  recommendation_number: string | null;
  recommendation_title: string | null;
  responsibilities: {
    board: { id: number; name: string; administration: string };
    role: ResponsibilityRole;
    sourceText: string | null;
  }[];
}

/** Measures with what they are shown with, lead boards before contributing ones; callers add WHERE and ORDER. */
export const SELECT_MEASURES = `
  SELECT ${MEASURE_COLUMNS}, rep.key AS report_key, rep.title AS report_title,
         rec.number AS recommendation_number, rec.title AS recommendation_title,
         json_build_object('slug', o.slug, 'name', o.name) AS organisation,
         COALESCE((SELECT json_agg(json_build_object(
                            'board', json_build_object('id', b.id, 'name', b.name, 'administration', b.administration),
                            'role', r.role, 'sourceText', r.source_text)
                          ORDER BY ${responsibilityRoleOrder('r')}, b.id)
                     FROM responsibility r JOIN board b ON b.id = r.board_id
                    WHERE r.measure_id = t.id), '[]'::json) AS responsibilities
    FROM measure t
    JOIN report rep ON rep.id = t.report_id
    JOIN commission k ON k.id = rep.commission_id
    JOIN organisation o ON o.id = k.organisation_id
    LEFT JOIN recommendation rec ON rec.id = t.recommendation_id`;

export function toMeasureDto(m: MeasureViewRow): MeasureDto {
  return {
    id: m.id,
    report: m.report_key,
    number: m.number,
    title: m.title,
    recommendation: recommendationOf(m),
    responsibilities: m.responsibilities.map((r) => ({ board: { id: r.board.id, name: r.board.name }, role: r.role })),
    organisation: m.organisation,
  };
}

export function toMeasureDetailDto(m: MeasureViewRow): MeasureDetailDto {
  return {
    id: m.id,
    report: { key: m.report_key, title: m.report_title },
    number: m.number,
    title: m.title,
    description: m.description,
    ongoingWork: m.ongoing_work,
    responsibilityText: m.responsibility_text,
    recommendation: recommendationOf(m),
    responsibilities: m.responsibilities,
    version: m.version,
    organisation: m.organisation,
  };
}

const recommendationOf = (m: MeasureViewRow) =>
  m.recommendation_number === null ? null : { number: m.recommendation_number, title: m.recommendation_title };
