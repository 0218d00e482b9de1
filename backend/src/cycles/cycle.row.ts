import type { VersionedTable } from '../database/versioned-update.js';
import { organisationRefSql } from '../organisations/organisation.row.js';
import type { CycleDto } from './dto/cycle.dto.js';

export const CYCLE_STATUSES = ['draft', 'open', 'closed'] as const;
export type CycleStatus = (typeof CYCLE_STATUSES)[number];

/** A `reporting_cycle` row as every query of cycles reads it (`CYCLE_COLUMNS`). */
export interface CycleRow {
  id: number;
  organisation_id: number;
  commission_id: number;
  name: string;
  year: number;
  /** ISO date, formatted in SQL so no time zone can shift it. */
  deadline: string | null;
  status: CycleStatus;
  version: number;
  organisation: { slug: string; name: string };
}

/** The select list of `CycleRow`, for the table aliased `t`. */
export const CYCLE_COLUMNS = `t.id, t.organisation_id, t.commission_id, t.name, t.year, to_char(t.deadline, 'YYYY-MM-DD') AS deadline, t.status, t.version,
  ${organisationRefSql('t.organisation_id')} AS organisation`;

/**
 * The cycle before cycle `alias` ("last year"): the latest other cycle of the same commission that
 * comes before it by (year, id). The one spelling of "previous cycle", for a LATERAL join.
 */
export const previousCycle = (alias: string) => `
  SELECT p.id, p.name, p.year FROM reporting_cycle p
   WHERE p.commission_id = ${alias}.commission_id AND (p.year, p.id) < (${alias}.year, ${alias}.id)
   ORDER BY p.year DESC, p.id DESC
   LIMIT 1`;

export function toCycleDto(r: CycleRow): CycleDto {
  return { id: r.id, name: r.name, year: r.year, deadline: r.deadline, status: r.status, version: r.version, organisation: r.organisation };
}

export const CYCLE_TABLE: VersionedTable<CycleRow> = {
  name: 'reporting_cycle',
  label: 'Cycle',
  columns: CYCLE_COLUMNS,
  entityType: 'cycle',
  organisationOf: (r) => r.organisation_id,
  snapshot: (r) => ({ id: r.id, commissionId: r.commission_id, name: r.name, year: r.year, deadline: r.deadline, status: r.status, version: r.version }),
};
