import type { EntityManager } from 'typeorm';

/**
 * A cycle's scope (docs/coverage.md): the measures and responsibilities it expects, stored when the
 * cycle is created and again when it opens, and otherwise changed only by an admin applying the
 * catalogue's changes to a cycle that is not closed. Every coverage query reads these tables.
 */

/** The catalogue's measures of the cycle's commission ($1 = cycle id). */
const CATALOGUE_MEASURES = `
  SELECT m.id AS measure_id
    FROM reporting_cycle c
    JOIN report rep ON rep.commission_id = c.commission_id
    JOIN measure m ON m.report_id = rep.id
   WHERE c.id = $1`;

/** Replaces the cycle's scope with the catalogue as it stands now. */
export async function storeScopeFromCatalogue(m: EntityManager, cycleId: number): Promise<void> {
  // Deleting a scope measure deletes its responsibilities too (fk_cycle_scope_responsibility_measure).
  await m.query(`DELETE FROM cycle_scope_measure WHERE cycle_id = $1`, [cycleId]);
  await m.query(`INSERT INTO cycle_scope_measure (cycle_id, measure_id) SELECT $1, measure_id FROM (${CATALOGUE_MEASURES}) cm`, [cycleId]);
  await m.query(
    `INSERT INTO cycle_scope_responsibility (cycle_id, measure_id, board_id, role)
     SELECT sm.cycle_id, r.measure_id, r.board_id, r.role
       FROM cycle_scope_measure sm JOIN responsibility r ON r.measure_id = sm.measure_id
      WHERE sm.cycle_id = $1`,
    [cycleId],
  );
}

export interface ScopeResponsibilityChange {
  measure: { id: number; number: string; report: string; title: string };
  board: { id: number; name: string };
  role: 'lead' | 'contributing';
}

export interface ScopeMeasureChange {
  id: number;
  number: string;
  report: string;
  title: string;
}

export interface ScopeChanges {
  /** responsibilities in the catalogue that the scope lacks */
  added: ScopeResponsibilityChange[];
  /** responsibilities in the scope that the catalogue no longer has (a changed role is one removed and one added) */
  removed: ScopeResponsibilityChange[];
  measuresAdded: ScopeMeasureChange[];
  measuresRemoved: ScopeMeasureChange[];
}

/** The difference between the catalogue and the cycle's stored scope, in one query. */
const SCOPE_CHANGES_SQL = `
WITH catalogue_measure AS (${CATALOGUE_MEASURES}),
  catalogue AS (
    SELECT r.measure_id, r.board_id, r.role FROM catalogue_measure cm JOIN responsibility r ON r.measure_id = cm.measure_id
  ),
  scope AS (SELECT measure_id, board_id, role FROM cycle_scope_responsibility WHERE cycle_id = $1),
  scope_measure AS (SELECT measure_id FROM cycle_scope_measure WHERE cycle_id = $1),
  changes AS (
    SELECT 'added' AS change, measure_id, board_id, role FROM (SELECT * FROM catalogue EXCEPT SELECT * FROM scope) a
    UNION ALL
    SELECT 'removed', measure_id, board_id, role FROM (SELECT * FROM scope EXCEPT SELECT * FROM catalogue) r
    UNION ALL
    SELECT 'measure-added', measure_id, NULL, NULL FROM (SELECT * FROM catalogue_measure EXCEPT SELECT * FROM scope_measure) ma
    UNION ALL
    SELECT 'measure-removed', measure_id, NULL, NULL FROM (SELECT * FROM scope_measure EXCEPT SELECT * FROM catalogue_measure) mr
  )
SELECT ch.change, ch.role, m.id AS measure_id, m.number, m.title, rep.key AS report, b.id AS board_id, b.name AS board_name
  FROM changes ch
  JOIN measure m ON m.id = ch.measure_id
  JOIN report rep ON rep.id = m.report_id
  LEFT JOIN board b ON b.id = ch.board_id
 ORDER BY rep.id, string_to_array(m.number, '.')::int[], CASE ch.role WHEN 'lead' THEN 0 ELSE 1 END, b.id`;

interface ChangeRow {
  change: 'added' | 'removed' | 'measure-added' | 'measure-removed';
  role: 'lead' | 'contributing' | null;
  measure_id: number;
  number: string;
  title: string;
  report: string;
  board_id: number | null;
  board_name: string | null;
}

export async function scopeChanges(m: EntityManager, cycleId: number): Promise<ScopeChanges> {
  const rows = await m.query<ChangeRow[]>(SCOPE_CHANGES_SQL, [cycleId]);
  const measure = (r: ChangeRow) => ({ id: r.measure_id, number: r.number, report: r.report, title: r.title });
  const responsibility = (r: ChangeRow): ScopeResponsibilityChange => ({ measure: measure(r), board: { id: r.board_id!, name: r.board_name! }, role: r.role! });
  return {
    added: rows.filter((r) => r.change === 'added').map(responsibility),
    removed: rows.filter((r) => r.change === 'removed').map(responsibility),
    measuresAdded: rows.filter((r) => r.change === 'measure-added').map(measure),
    measuresRemoved: rows.filter((r) => r.change === 'measure-removed').map(measure),
  };
}

/** How big a scope is, for audit snapshots. */
export async function scopeSize(m: EntityManager, cycleId: number): Promise<{ measures: number; responsibilities: number }> {
  const [row] = await m.query<{ measures: number; responsibilities: number }[]>(
    `SELECT (SELECT count(*) FROM cycle_scope_measure WHERE cycle_id = $1)::int AS measures,
            (SELECT count(*) FROM cycle_scope_responsibility WHERE cycle_id = $1)::int AS responsibilities`,
    [cycleId],
  );
  return row;
}
