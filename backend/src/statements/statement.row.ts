import type { VersionedTable } from '../database/versioned-update.js';
import { measureNumberOrder, type ResponsibilityRole } from '../measures/measure.row.js';
import type { StatementDto } from './dto/statement.dto.js';

export const STATEMENT_STATUSES = ['not-started', 'in-progress', 'done', 'waiting'] as const;
export type StatementStatus = (typeof STATEMENT_STATUSES)[number];
export const STATEMENT_STATES = ['draft', 'submitted', 'returned', 'approved'] as const;
export type StatementState = (typeof STATEMENT_STATES)[number];
/**
 * The states coverage counts as delivered and the public sees: submitted (awaiting review) and
 * approved. A draft or a returned statement counts as missing until the board (re)submits it.
 */
export const COUNTED_STATE_LIST: readonly StatementState[] = ['submitted', 'approved'];
/** The same list as SQL, for `s.state IN ${COUNTED_STATES}` in every query that counts or shows the public. */
export const COUNTED_STATES = `('submitted', 'approved')`;
/** The states a board's editor may still change: a draft, or a statement returned to the board. */
export const EDITABLE_STATE_LIST: readonly StatementState[] = ['draft', 'returned'];
export const MAX_REVIEW_COMMENT = 2_000;
export const STATEMENT_PART_KINDS = ['svar', 'hantering', 'kommentar', 'pagaende', 'text'] as const;
/** A labelled part of an imported statement ("Svar:", "Hantering:", …). */
export interface StatementPart {
  kind: (typeof STATEMENT_PART_KINDS)[number];
  text: string;
}

/** A `statement` row as every query of statements reads it. */
export interface StatementRow {
  id: number;
  cycle_id: number;
  board_id: number;
  /** null = the board's general statement */
  measure_id: number | null;
  text: string;
  parts: StatementPart[] | null;
  planned_years: number[];
  status: StatementStatus | null;
  position: string | null;
  state: StatementState;
  submitted_at: Date | null;
  late: boolean;
  /** The admin's comment on a return, or the reason for reopening; cleared when the board submits. */
  review_comment: string | null;
  returned_at: Date | null;
  approved_at: Date | null;
  version: number;
  updated_at: Date;
  /** How the import tied it to its measure (null: written in the app, or a general statement). */
  link_method: 'number' | 'title' | 'title-near' | 'confirmed' | null;
  link_line_from: number | null;
  link_line_to: number | null;
  link_score: number | null;
  /** The cycle's organisation. */
  organisation_id: number;
}

/** A statement with the board, measure and role it is shown with (`SELECT_STATEMENTS`). */
export interface StatementViewRow extends StatementRow {
  board_name: string;
  administration: string;
  measure_number: string | null;
  report_key: string | null;
  measure_title: string | null;
  role: ResponsibilityRole | null;
  /** The measure's report, for keyset paging in list order. */
  report_id: number | null;
  organisation: { slug: string; name: string };
}

const statementColumns = (a: string) =>
  `${a}.id, ${a}.cycle_id, ${a}.board_id, ${a}.measure_id, ${a}.text, ${a}.parts, ${a}.planned_years, ${a}.status, ${a}.position, ${a}.state, ${a}.submitted_at, ${a}.late, ${a}.review_comment, ${a}.returned_at, ${a}.approved_at, ${a}.version, ${a}.updated_at, ${a}.link_method, ${a}.link_line_from, ${a}.link_line_to, ${a}.link_score,
  (SELECT c.organisation_id FROM reporting_cycle c WHERE c.id = ${a}.cycle_id) AS organisation_id`;

/** Statements with what they are shown with; callers add WHERE and `STATEMENT_ORDER`. */
export const SELECT_STATEMENTS = `
  SELECT ${statementColumns('s')},
         b.name AS board_name, b.administration,
         m.number AS measure_number, r.key AS report_key, m.title AS measure_title, resp.role, r.id AS report_id,
         json_build_object('slug', o.slug, 'name', o.name) AS organisation
    FROM statement s
    JOIN board b ON b.id = s.board_id
    JOIN organisation o ON o.id = b.organisation_id
    LEFT JOIN measure m ON m.id = s.measure_id
    LEFT JOIN report r ON r.id = m.report_id
    LEFT JOIN cycle_scope_responsibility resp ON resp.cycle_id = s.cycle_id AND resp.measure_id = s.measure_id AND resp.board_id = s.board_id`;

/** By board, then the general statement first and the measures in report and number order. */
export const STATEMENT_ORDER = `ORDER BY b.id, r.id NULLS FIRST, ${measureNumberOrder('m')} NULLS FIRST, s.id`;

const iso = (d: Date | null): string | null => (d === null ? null : new Date(d).toISOString());

export function toStatementDto(row: StatementViewRow): StatementDto {
  return {
    id: row.id,
    board: { id: row.board_id, name: row.board_name, administration: row.administration },
    measure:
      row.measure_id === null
        ? null
        : { id: row.measure_id, number: row.measure_number!, report: row.report_key!, title: row.measure_title! },
    role: row.role,
    text: row.text,
    parts: row.parts,
    plannedYears: row.planned_years,
    status: row.status,
    state: row.state,
    position: row.position,
    submittedAt: row.submitted_at === null ? null : new Date(row.submitted_at).toISOString(),
    late: row.late,
    reviewComment: row.review_comment,
    returnedAt: iso(row.returned_at),
    approvedAt: iso(row.approved_at),
    version: row.version,
    updatedAt: new Date(row.updated_at).toISOString(),
    link:
      row.link_method === null
        ? null
        : { method: row.link_method, lines: [row.link_line_from!, row.link_line_to!], score: Math.round(Number(row.link_score) * 1000) / 1000 },
    organisation: row.organisation,
  };
}

export const STATEMENT_TABLE: VersionedTable<StatementRow> = {
  name: 'statement',
  label: 'Statement',
  columns: statementColumns('t'),
  entityType: 'statement',
  organisationOf: (s) => s.organisation_id,
  // What the audit trail keeps of a statement (not its parsed parts).
  snapshot: (s) => ({
    id: s.id,
    cycleId: s.cycle_id,
    boardId: s.board_id,
    measureId: s.measure_id,
    text: s.text,
    plannedYears: s.planned_years,
    status: s.status,
    position: s.position,
    state: s.state,
    submittedAt: s.submitted_at === null ? null : new Date(s.submitted_at).toISOString(),
    late: s.late,
    reviewComment: s.review_comment,
    returnedAt: iso(s.returned_at),
    approvedAt: iso(s.approved_at),
    version: s.version,
  }),
};
