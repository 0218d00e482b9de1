/**
 * The coverage engine's SQL. Every endpoint is one statement; the CTE `expected` is the heart:
 * one row per responsibility (measure × board × role) of the measures in the cycle's scope
 * (the measures of the reports of the cycle's commission), with whether a submitted statement
 * for that board and measure exists in the cycle. Semantics and plans: docs/coverage.md.
 */
import { boardKindOrder } from '../boards/board.row.js';
import { measureNumberOrder, responsibilityRoleOrder } from '../measures/measure.row.js';

/** $1 = cycle id. Rows: board_id, measure_id, role, report_id, delivered, late (delivered after the deadline), statement_id. */
const EXPECTED = `
  expected AS (
    SELECT r.board_id, r.measure_id, r.role, m.report_id, s.id AS statement_id, (s.id IS NOT NULL) AS delivered,
           coalesce(s.late, false) AS late
      FROM reporting_cycle c
      JOIN report rep ON rep.commission_id = c.commission_id
      JOIN measure m ON m.report_id = rep.id
      JOIN responsibility r ON r.measure_id = m.id
      LEFT JOIN statement s
        ON s.cycle_id = c.id AND s.board_id = r.board_id AND s.measure_id = r.measure_id AND s.state = 'submitted'
     WHERE c.id = $1
  )`;

/** Boards that delivered anything (a measure statement or a general one) in the cycle. */
const DELIVERED_ANY = `
  delivered_any AS (
    SELECT board_id, bool_or(measure_id IS NULL) AS general_statement
      FROM statement
     WHERE cycle_id = $1 AND state = 'submitted'
     GROUP BY board_id
  )`;

/** Boards the cycle concerns: participants and responsible boards. */
const CONCERNED = `
  concerned AS (
    SELECT board_id, true AS participant FROM cycle_participant WHERE cycle_id = $1
    UNION ALL
    SELECT DISTINCT board_id, false FROM expected
  ),
  concerned_board AS (
    SELECT board_id, bool_or(participant) AS participant FROM concerned GROUP BY board_id
  )`;

const COUNTS = (alias: string) => `
  count(${alias}.board_id)::int AS expected,
  count(*) FILTER (WHERE ${alias}.delivered)::int AS delivered,
  count(*) FILTER (WHERE ${alias}.late)::int AS late,
  count(*) FILTER (WHERE ${alias}.role = 'lead')::int AS lead_expected,
  count(*) FILTER (WHERE ${alias}.role = 'lead' AND ${alias}.delivered)::int AS lead_delivered,
  count(*) FILTER (WHERE ${alias}.role = 'contributing')::int AS contributing_expected,
  count(*) FILTER (WHERE ${alias}.role = 'contributing' AND ${alias}.delivered)::int AS contributing_delivered`;

export const CYCLE_COVERAGE_SQL = `
WITH ${EXPECTED}, ${DELIVERED_ANY}, ${CONCERNED},
  per_board AS (
    SELECT b.id, b.name, b.administration, b.kind, cb.participant,
           (da.board_id IS NULL) AS statement_missing,
           coalesce(da.general_statement, false) AS general_statement,
           ${COUNTS('e')}
      FROM concerned_board cb
      JOIN board b ON b.id = cb.board_id
      LEFT JOIN delivered_any da ON da.board_id = b.id
      LEFT JOIN expected e ON e.board_id = b.id
     GROUP BY b.id, cb.participant, da.board_id, da.general_statement
  ),
  per_report AS (
    SELECT rep.id, rep.key, rep.title, ${COUNTS('e')}
      FROM reporting_cycle c
      JOIN report rep ON rep.commission_id = c.commission_id
      LEFT JOIN expected e ON e.report_id = rep.id
     WHERE c.id = $1
     GROUP BY rep.id
  ),
  per_measure AS (
    SELECT m.id, m.number, m.title, rep.id AS report_id, rep.key AS report_key, ${COUNTS('e')}
      FROM reporting_cycle c
      JOIN report rep ON rep.commission_id = c.commission_id
      JOIN measure m ON m.report_id = rep.id
      LEFT JOIN expected e ON e.measure_id = m.id
     WHERE c.id = $1
     GROUP BY m.id, rep.id
  ),
  planned AS (
    SELECT y AS year, count(*)::int AS statements
      FROM statement s, unnest(s.planned_years) AS y
     WHERE s.cycle_id = $1 AND s.state = 'submitted'
     GROUP BY y
  )
SELECT
  (SELECT row_to_json(t) FROM (SELECT ${COUNTS('e')} FROM expected e) t) AS totals,
  (SELECT coalesce(json_agg(per_board ORDER BY statement_missing DESC,
            (delivered::float / nullif(expected, 0)) ASC NULLS LAST,
            ${boardKindOrder('per_board')}, id), '[]')
     FROM per_board) AS boards,
  (SELECT coalesce(json_agg(per_report ORDER BY id), '[]') FROM per_report) AS reports,
  (SELECT coalesce(json_agg(per_measure ORDER BY report_id, ${measureNumberOrder('per_measure')}), '[]') FROM per_measure) AS measures,
  (SELECT coalesce(json_agg(planned ORDER BY year), '[]') FROM planned) AS planned_years`;

/**
 * Gaps: a silent board (nothing delivered in the cycle) gets a `no-statement` gap per responsibility,
 * or one with measure null when it has none; a board that delivered something gets a
 * `measure-not-addressed` gap per responsibility it left without a statement.
 * $2 board id | null, $3 report id | null, $4 role | null, $5 kind | null; one page of $10 rows
 * after the sort key ($6 kind rank, $7 board id, $8 report id or 0, $9 measure number as int[] or '{}'), or from the start when $6 is null.
 */
export const CYCLE_GAPS_SQL = `
WITH ${EXPECTED}, ${DELIVERED_ANY}, ${CONCERNED},
  gaps AS (
    SELECT e.board_id, e.measure_id, e.role,
           CASE WHEN da.board_id IS NULL THEN 'no-statement' ELSE 'measure-not-addressed' END AS kind
      FROM expected e
      LEFT JOIN delivered_any da ON da.board_id = e.board_id
     WHERE NOT e.delivered
    UNION ALL
    SELECT cb.board_id, NULL, NULL, 'no-statement'
      FROM concerned_board cb
     WHERE NOT EXISTS (SELECT 1 FROM delivered_any da WHERE da.board_id = cb.board_id)
       AND NOT EXISTS (SELECT 1 FROM expected e WHERE e.board_id = cb.board_id)
  )
SELECT g.kind, g.role, b.id AS board_id, b.name AS board_name,
       m.id AS measure_id, m.number AS measure_number, m.title AS measure_title, rep.key AS report_key,
       CASE g.kind WHEN 'no-statement' THEN 0 ELSE 1 END AS kind_rank, coalesce(rep.id, 0) AS report_rank
  FROM gaps g
  JOIN board b ON b.id = g.board_id
  LEFT JOIN measure m ON m.id = g.measure_id
  LEFT JOIN report rep ON rep.id = m.report_id
 WHERE ($2::int IS NULL OR g.board_id = $2)
   AND ($3::int IS NULL OR m.report_id = $3)
   AND ($4::text IS NULL OR g.role = $4)
   AND ($5::text IS NULL OR g.kind = $5)
   AND ($6::int IS NULL OR (CASE g.kind WHEN 'no-statement' THEN 0 ELSE 1 END, b.id, coalesce(rep.id, 0),
                            coalesce(${measureNumberOrder('m')}, '{}'::int[])) > ($6, $7, $8, $9::int[]))
 ORDER BY CASE g.kind WHEN 'no-statement' THEN 0 ELSE 1 END, b.id, rep.id NULLS FIRST,
          ${measureNumberOrder('m')} NULLS FIRST
 LIMIT $10`;

/** The measure × board matrix of one report ($2 report id | null for every report in scope). */
export const CYCLE_MATRIX_SQL = `
WITH ${EXPECTED}
SELECT
  (SELECT coalesce(json_agg(json_build_object('id', b.id, 'name', b.name, 'kind', b.kind)
            ORDER BY ${boardKindOrder('b')}, b.id), '[]')
     FROM board b
    WHERE b.id IN (SELECT board_id FROM expected WHERE $2::int IS NULL OR report_id = $2)) AS boards,
  (SELECT coalesce(json_agg(json_build_object('id', m.id, 'number', m.number, 'title', m.title, 'report', rep.key,
            'recommendation', CASE WHEN rec.id IS NULL THEN NULL ELSE json_build_object('number', rec.number, 'title', rec.title) END)
            ORDER BY rep.id, ${measureNumberOrder('m')}), '[]')
     FROM reporting_cycle c
     JOIN report rep ON rep.commission_id = c.commission_id
     JOIN measure m ON m.report_id = rep.id
     LEFT JOIN recommendation rec ON rec.id = m.recommendation_id
    WHERE c.id = $1 AND ($2::int IS NULL OR rep.id = $2)) AS measures,
  (SELECT coalesce(json_agg(json_build_object('measureId', e.measure_id, 'boardId', e.board_id, 'role', e.role, 'delivered', e.delivered)
            ORDER BY e.measure_id, e.board_id), '[]')
     FROM expected e
    WHERE $2::int IS NULL OR e.report_id = $2) AS cells`;

/** Every responsible board's status for one measure ($1) in every cycle whose scope holds it. */
export const MEASURE_COVERAGE_SQL = `
SELECT c.id AS cycle_id, c.name AS cycle_name, c.year AS cycle_year, b.id AS board_id, b.name AS board_name,
       r.role, s.id AS statement_id
  FROM measure m
  JOIN report rep ON rep.id = m.report_id
  JOIN reporting_cycle c ON c.commission_id = rep.commission_id
  JOIN responsibility r ON r.measure_id = m.id
  JOIN board b ON b.id = r.board_id
  LEFT JOIN statement s ON s.cycle_id = c.id AND s.board_id = r.board_id AND s.measure_id = m.id AND s.state = 'submitted'
 WHERE m.id = $1
 ORDER BY c.year DESC, c.id DESC, ${responsibilityRoleOrder('r')}, b.id`;

/** Rates per cycle, optionally for one board ($1 board id | null). */
export const TREND_SQL = `
SELECT c.id, c.name, c.year,
       count(r.board_id)::int AS expected,
       count(s.id)::int AS delivered
  FROM reporting_cycle c
  LEFT JOIN report rep ON rep.commission_id = c.commission_id
  LEFT JOIN measure m ON m.report_id = rep.id
  LEFT JOIN responsibility r ON r.measure_id = m.id AND ($1::int IS NULL OR r.board_id = $1)
  LEFT JOIN statement s ON s.cycle_id = c.id AND s.board_id = r.board_id AND s.measure_id = r.measure_id AND s.state = 'submitted'
 GROUP BY c.id
 ORDER BY c.year, c.id`;
