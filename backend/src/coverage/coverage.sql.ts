/**
 * The coverage engine's SQL. Every endpoint is one statement over the cycle's stored scope
 * (`cycle_scope_responsibility`, filled when the cycle opens; never today's catalogue). The CTE
 * `expected` is the heart: one row per responsibility in scope held by a board asked to report
 * (a participant), with whether a delivered statement (`COUNTED_STATES`: submitted or approved) for that board and measure exists in the
 * cycle. Responsibilities of boards not asked are in `scope` but never expected.
 * Semantics, the vocabulary of counts and plans: docs/coverage.md.
 */

import { boardKindOrder } from '../boards/board.row.js';
import { measureNumberOrder, responsibilityRoleOrder } from '../measures/measure.row.js';
import { COUNTED_STATES } from '../statements/statement.row.js';

/**
 * $1 = cycle id. The cycle's measures with their report, read once through the cycle's scope and
 * hashed, and the cycle's delivered measure statements, read once through the cycle-leading index
 * and hashed: materialized, so that the joins below never look rows up one by one in indexes that
 * hold every municipality's measures and statements (the planner chose that otherwise, and its cost
 * grew with the index depth: docs/benchmark.md, "Growth").
 */
const CYCLE_MEASURE = `
  cycle_measure AS MATERIALIZED (
    SELECT m.id, m.report_id FROM cycle_scope_measure sm JOIN measure m ON m.id = sm.measure_id WHERE sm.cycle_id = $1
  )`;
const CYCLE_DELIVERED = `
  cycle_delivered AS MATERIALIZED (
    SELECT s.id, s.board_id, s.measure_id, s.late, s.status
      FROM statement s
     WHERE s.cycle_id = $1 AND s.measure_id IS NOT NULL AND s.state IN ${COUNTED_STATES}
  )`;

/**
 * $1 = cycle id. Rows: board_id, measure_id, role, report_id, asked (the board is a participant).
 * `whole-cycle` reads the cycle's measures once and hashes them (for queries over the whole cycle);
 * `by-key` looks each measure up by key (for a query over a few measures, whose rows the planner
 * fetches measure by measure: a materialized CTE would be scanned whole for each). The rows are the same.
 */
const scopeCtes = (read: 'whole-cycle' | 'by-key') => `
  ${read === 'whole-cycle' ? `${CYCLE_MEASURE},` : ''}
  scope AS (
    SELECT sr.board_id, sr.measure_id, sr.role, m.report_id, (p.board_id IS NOT NULL) AS asked
      FROM cycle_scope_responsibility sr
      JOIN ${read === 'whole-cycle' ? 'cycle_measure' : 'measure'} m ON m.id = sr.measure_id
      LEFT JOIN cycle_participant p ON p.cycle_id = sr.cycle_id AND p.board_id = sr.board_id
     WHERE sr.cycle_id = $1
  )`;
const SCOPE = scopeCtes('whole-cycle');

/**
 * Rows: board_id, measure_id, role, report_id, delivered, late (delivered after the deadline),
 * statement_id, status; read as `scopeCtes` says (the statements likewise: the cycle's delivered
 * ones hashed, or looked up by key).
 */
const expectedCtes = (read: 'whole-cycle' | 'by-key') => `
  ${scopeCtes(read)},
  ${read === 'whole-cycle' ? `${CYCLE_DELIVERED},` : ''}
  expected AS (
    SELECT sc.board_id, sc.measure_id, sc.role, sc.report_id, s.id AS statement_id, (s.id IS NOT NULL) AS delivered,
           coalesce(s.late, false) AS late, s.status
      FROM scope sc
      ${read === 'whole-cycle'
        ? 'LEFT JOIN cycle_delivered s ON s.board_id = sc.board_id AND s.measure_id = sc.measure_id'
        : `LEFT JOIN statement s ON s.cycle_id = $1 AND s.board_id = sc.board_id AND s.measure_id = sc.measure_id AND s.state IN ${COUNTED_STATES}`}
     WHERE sc.asked
  )`;
const EXPECTED = expectedCtes('whole-cycle');

/** Boards that delivered anything (a measure statement or a general one) in the cycle. */
const DELIVERED_ANY = `
  delivered_any AS (
    SELECT board_id, bool_or(measure_id IS NULL) AS general_statement
      FROM statement
     WHERE cycle_id = $1 AND state IN ${COUNTED_STATES}
     GROUP BY board_id
  )`;

/** Boards the cycle concerns: participants and boards responsible for a measure in scope. */
const CONCERNED = `
  concerned AS (
    SELECT board_id, true AS participant FROM cycle_participant WHERE cycle_id = $1
    UNION ALL
    SELECT DISTINCT board_id, false FROM scope
  ),
  concerned_board AS (
    SELECT board_id, bool_or(participant) AS participant FROM concerned GROUP BY board_id
  )`;

/** The statuses boards gave their delivered statements; they sum to `delivered`. */
const STATUS_COUNTS = (alias: string) => `
  count(*) FILTER (WHERE ${alias}.delivered AND ${alias}.status = 'done')::int AS status_done,
  count(*) FILTER (WHERE ${alias}.delivered AND ${alias}.status = 'in-progress')::int AS status_in_progress,
  count(*) FILTER (WHERE ${alias}.delivered AND ${alias}.status = 'not-started')::int AS status_not_started,
  count(*) FILTER (WHERE ${alias}.delivered AND ${alias}.status = 'waiting')::int AS status_waiting,
  count(*) FILTER (WHERE ${alias}.delivered AND ${alias}.status IS NULL)::int AS status_none`;

const COUNTS = (alias: string) => `
  count(${alias}.board_id)::int AS expected,
  count(*) FILTER (WHERE ${alias}.delivered)::int AS delivered,
  count(*) FILTER (WHERE ${alias}.late)::int AS late,
  count(*) FILTER (WHERE ${alias}.role = 'lead')::int AS lead_expected,
  count(*) FILTER (WHERE ${alias}.role = 'lead' AND ${alias}.delivered)::int AS lead_delivered,
  count(*) FILTER (WHERE ${alias}.role = 'contributing')::int AS contributing_expected,
  count(*) FILTER (WHERE ${alias}.role = 'contributing' AND ${alias}.delivered)::int AS contributing_delivered,
  ${STATUS_COUNTS(alias)}`;


/** The reports holding a measure of the cycle's scope. */
const SCOPE_REPORT = `
  scope_report AS (
    SELECT DISTINCT m.report_id FROM cycle_scope_measure sm JOIN measure m ON m.id = sm.measure_id WHERE sm.cycle_id = $1
  )`;

export const CYCLE_COVERAGE_SQL = `
WITH ${EXPECTED}, ${DELIVERED_ANY}, ${CONCERNED}, ${SCOPE_REPORT},
  scope_per_board AS (
    SELECT board_id, count(*)::int AS responsibilities FROM scope GROUP BY board_id
  ),
  per_board AS (
    SELECT b.id, b.name, b.administration, b.kind, cb.participant,
           (cb.participant AND da.board_id IS NULL) AS statement_missing,
           coalesce(da.general_statement, false) AS general_statement,
           coalesce(spb.responsibilities, 0) AS responsibilities,
           (da.board_id IS NOT NULL) AS delivered_any,
           ${COUNTS('e')}
      FROM concerned_board cb
      JOIN board b ON b.id = cb.board_id
      LEFT JOIN scope_per_board spb ON spb.board_id = b.id
      LEFT JOIN delivered_any da ON da.board_id = b.id
      LEFT JOIN expected e ON e.board_id = b.id
     GROUP BY b.id, cb.participant, da.board_id, da.general_statement, spb.responsibilities
  ),
  per_report AS (
    SELECT rep.id, rep.key, rep.title, ${COUNTS('e')}
      FROM scope_report sr
      JOIN report rep ON rep.id = sr.report_id
      LEFT JOIN expected e ON e.report_id = rep.id
     GROUP BY rep.id
  ),
  planned AS (
    SELECT y AS year, count(*)::int AS statements
      FROM statement s, unnest(s.planned_years) AS y
     WHERE s.cycle_id = $1 AND s.state IN ${COUNTED_STATES}
     GROUP BY y
  )
SELECT
  (SELECT json_build_object(
            'expected', count(board_id), 'delivered', count(*) FILTER (WHERE delivered), 'late', count(*) FILTER (WHERE late),
            'leadExpected', count(*) FILTER (WHERE role = 'lead'),
            'leadDelivered', count(*) FILTER (WHERE role = 'lead' AND delivered),
            'contributingExpected', count(*) FILTER (WHERE role = 'contributing'),
            'contributingDelivered', count(*) FILTER (WHERE role = 'contributing' AND delivered),
            'statusDone', count(*) FILTER (WHERE delivered AND status = 'done'),
            'statusInProgress', count(*) FILTER (WHERE delivered AND status = 'in-progress'),
            'statusNotStarted', count(*) FILTER (WHERE delivered AND status = 'not-started'),
            'statusWaiting', count(*) FILTER (WHERE delivered AND status = 'waiting'),
            'statusNone', count(*) FILTER (WHERE delivered AND status IS NULL),
            'measuresReportedDone', count(DISTINCT measure_id) FILTER (WHERE delivered AND status = 'done'))
     FROM expected) AS totals,
  (SELECT json_build_object(
            'measures', (SELECT count(*) FROM cycle_scope_measure WHERE cycle_id = $1),
            'participants', count(*) FILTER (WHERE participant),
            'silentBoards', count(*) FILTER (WHERE statement_missing),
            'silentBoardsWithoutMeasures', count(*) FILTER (WHERE statement_missing AND expected = 0),
            'notAskedBoards', count(*) FILTER (WHERE NOT participant),
            'notAskedResponsibilities', coalesce(sum(responsibilities) FILTER (WHERE NOT participant), 0),
            'generalOnlyBoards', count(*) FILTER (WHERE participant AND delivered_any AND expected > 0 AND delivered = 0))
     FROM per_board) AS board_totals,
  (SELECT coalesce(json_agg(per_board ORDER BY participant DESC, statement_missing DESC,
            (delivered::float / nullif(expected, 0)) ASC NULLS LAST, ${boardKindOrder('per_board')}, id), '[]')
     FROM per_board) AS boards,
  (SELECT coalesce(json_agg(per_report ORDER BY id), '[]') FROM per_report) AS reports,
  (SELECT coalesce(json_agg(planned ORDER BY year), '[]') FROM planned) AS planned_years`;

/**
 * Per measure of the scope ($2 report id | null), one page in report and number order: keyset
 * after ($3 report id, $4 number as int[], $5 measure id), or from the start when $3 is null; $6 = limit.
 */
export const CYCLE_MEASURES_SQL = `
WITH ${expectedCtes('by-key')},
  -- The page's measures first (sorting the cycle's measures is cheap), then the counts of those only.
  page AS MATERIALIZED (
    SELECT m.id, m.number, m.title, rep.id AS report_id, rep.key AS report_key, ${measureNumberOrder('m')} AS number_order
      FROM cycle_scope_measure sm
      JOIN measure m ON m.id = sm.measure_id
      JOIN report rep ON rep.id = m.report_id
     WHERE sm.cycle_id = $1
       AND ($2::int IS NULL OR rep.id = $2)
       AND ($3::int IS NULL OR (rep.id, ${measureNumberOrder('m')}, m.id) > ($3::int, $4::int[], $5::int))
     ORDER BY rep.id, ${measureNumberOrder('m')}, m.id
     LIMIT $6
  )
SELECT p.id, p.number, p.title, p.report_id, p.report_key, p.number_order, c.*
  FROM page p
  -- Per measure of the page (lateral: its few scope rows and statements looked up by key).
  CROSS JOIN LATERAL (SELECT ${COUNTS('e')} FROM expected e WHERE e.measure_id = p.id) c
 ORDER BY p.report_id, p.number_order, p.id`;

/**
 * Gaps: a silent board (asked, nothing delivered in the cycle) gets a `no-statement` gap per
 * responsibility, or one with measure null when it has none; a board that delivered something gets a
 * `measure-not-addressed` gap per responsibility it left without a statement. Boards not asked have none.
 * $2 board id | null, $3 report id | null, $4 role | null, $5 kind | null; one page of $10 rows
 * after the sort key ($6 kind rank, $7 board id, $8 report id or 0, $9 measure number as int[] or '{}'), or from the start when $6 is null.
 */
/**
 * The missing set (needs EXPECTED and DELIVERED_ANY): what asked boards still owe. Rows: board_id,
 * measure_id (null: a silent participant without measures), role, kind. The gap list and the
 * reminder digests read it; nothing else counts what is owed.
 */
const GAPS = `
  gaps AS (
    SELECT e.board_id, e.measure_id, e.role,
           CASE WHEN da.board_id IS NULL THEN 'no-statement' ELSE 'measure-not-addressed' END AS kind
      FROM expected e
      LEFT JOIN delivered_any da ON da.board_id = e.board_id
     WHERE NOT e.delivered
    UNION ALL
    SELECT p.board_id, NULL, NULL, 'no-statement'
      FROM cycle_participant p
     WHERE p.cycle_id = $1
       AND NOT EXISTS (SELECT 1 FROM delivered_any da WHERE da.board_id = p.board_id)
       AND NOT EXISTS (SELECT 1 FROM expected e WHERE e.board_id = p.board_id)
  )`;

export const CYCLE_GAPS_SQL = `
WITH ${EXPECTED}, ${DELIVERED_ANY}, ${GAPS}
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

/**
 * The measure × board matrix of one report ($2 report id | null for every report in scope): one cell
 * per responsibility in scope, boards not asked included (marked), with the submitted statement.
 */
export const CYCLE_MATRIX_SQL = `
WITH ${SCOPE},
  cell AS (
    SELECT sc.*, s.id AS statement_id, s.status, s.position
      FROM scope sc
      LEFT JOIN statement s ON s.cycle_id = $1 AND s.board_id = sc.board_id AND s.measure_id = sc.measure_id AND s.state IN ${COUNTED_STATES}
     WHERE $2::int IS NULL OR sc.report_id = $2
  )
SELECT
  (SELECT coalesce(json_agg(json_build_object('id', b.id, 'name', b.name, 'administration', b.administration, 'kind', b.kind,
            'participant', EXISTS (SELECT 1 FROM cycle_participant p WHERE p.cycle_id = $1 AND p.board_id = b.id))
            ORDER BY ${boardKindOrder('b')}, b.id), '[]')
     FROM board b
    WHERE b.id IN (SELECT board_id FROM cell)) AS boards,
  (SELECT coalesce(json_agg(json_build_object('id', m.id, 'number', m.number, 'title', m.title, 'report', rep.key,
            'recommendation', CASE WHEN rec.id IS NULL THEN NULL ELSE json_build_object('number', rec.number, 'title', rec.title) END)
            ORDER BY rep.id, ${measureNumberOrder('m')}), '[]')
     FROM cycle_scope_measure sm
     JOIN measure m ON m.id = sm.measure_id
     JOIN report rep ON rep.id = m.report_id
     LEFT JOIN recommendation rec ON rec.id = m.recommendation_id
    WHERE sm.cycle_id = $1 AND ($2::int IS NULL OR rep.id = $2)) AS measures,
  (SELECT coalesce(json_agg(json_build_object('measureId', c.measure_id, 'boardId', c.board_id, 'role', c.role, 'asked', c.asked,
            'delivered', c.statement_id IS NOT NULL, 'statementId', c.statement_id, 'status', c.status, 'position', c.position)
            ORDER BY c.measure_id, c.board_id), '[]')
     FROM cell c) AS cells`;

/**
 * Every responsible board's status for one measure ($1) in every cycle whose scope holds it, and
 * whether the board has a statement in progress there (draft or returned) — told only to a viewer
 * who may see drafts: $2 admin, or the board among $3 (`draftVisibility`).
 */
export const MEASURE_COVERAGE_SQL = `
SELECT c.id AS cycle_id, c.name AS cycle_name, c.year AS cycle_year, c.status AS cycle_status, b.id AS board_id, b.name AS board_name,
       sr.role, (p.board_id IS NOT NULL) AS asked, s.id AS statement_id, s.status, s.position,
       ($2::boolean OR sr.board_id = ANY($3::int[])) AND EXISTS (
         SELECT 1 FROM statement d
          WHERE d.cycle_id = c.id AND d.board_id = sr.board_id AND d.measure_id = sr.measure_id AND d.state IN ('draft', 'returned')) AS in_progress
  FROM cycle_scope_responsibility sr
  JOIN reporting_cycle c ON c.id = sr.cycle_id
  JOIN board b ON b.id = sr.board_id
  LEFT JOIN cycle_participant p ON p.cycle_id = sr.cycle_id AND p.board_id = sr.board_id
  LEFT JOIN statement s ON s.cycle_id = c.id AND s.board_id = sr.board_id AND s.measure_id = sr.measure_id AND s.state IN ${COUNTED_STATES}
 WHERE sr.measure_id = $1
 ORDER BY c.year DESC, c.id DESC, ${responsibilityRoleOrder('sr')}, b.id`;

/**
 * Rates per cycle over its scope's asked responsibilities, optionally for one board ($1 board id | null:
 * then only its organisation's cycles) and one organisation ($2 organisation id | null); with the cycle's
 * status and deadline, since an open cycle's rate is a share so far, not a result. A closed cycle's
 * counts are read from `closed_cycle_board_total`, which triggers keep equal to what
 * `cycle_board_coverage` counts (migration AddClosedCycleTotals); the others are counted now, by the
 * same function, through the cycle-leading indexes. So the trend reads a few rows per closed cycle and
 * one municipality's trend never reads the others' rows (docs/benchmark.md, "Growth").
 */
export const TREND_SQL = `
WITH c AS MATERIALIZED (
  SELECT c.id, c.name, c.year, c.status, c.deadline, json_build_object('slug', o.slug, 'name', o.name) AS organisation
    FROM reporting_cycle c
    JOIN organisation o ON o.id = c.organisation_id
   WHERE ($2::int IS NULL OR c.organisation_id = $2)
     AND ($1::int IS NULL OR c.organisation_id = (SELECT b.organisation_id FROM board b WHERE b.id = $1))
),
per_board AS (
  SELECT t.cycle_id, t.expected, t.delivered
    FROM closed_cycle_board_total t
   WHERE t.cycle_id IN (SELECT id FROM c WHERE status = 'closed') AND ($1::int IS NULL OR t.board_id = $1)
  UNION ALL
  SELECT t.cycle_id, t.expected, t.delivered
    FROM cycle_board_coverage(ARRAY(SELECT id FROM c WHERE status <> 'closed')) t
   WHERE $1::int IS NULL OR t.board_id = $1
),
per_cycle AS (
  SELECT cycle_id, sum(expected)::int AS expected, sum(delivered)::int AS delivered FROM per_board GROUP BY cycle_id
)
SELECT c.id, c.name, c.year, c.status, to_char(c.deadline, 'YYYY-MM-DD') AS deadline, c.organisation,
       coalesce(pc.expected, 0) AS expected, coalesce(pc.delivered, 0) AS delivered
  FROM c LEFT JOIN per_cycle pc ON pc.cycle_id = c.id
 ORDER BY c.year, c.id`;

/**
 * Where the cycle's statements (general ones included) are in the review loop, $1 = cycle id:
 * drafts being written, submitted ones awaiting review, returned to the board, approved.
 */
export const CYCLE_REVIEW_SQL = `
SELECT count(*) FILTER (WHERE state = 'draft')::int AS drafts,
       count(*) FILTER (WHERE state = 'submitted')::int AS awaiting_review,
       count(*) FILTER (WHERE state = 'returned')::int AS returned,
       count(*) FILTER (WHERE state = 'approved')::int AS approved
  FROM statement
 WHERE cycle_id = $1`;

/**
 * "Sena": once the cycle's deadline (its last day, Stockholm time) has passed, every participant
 * that still owes something — expected statements not delivered, or (a participant without
 * responsibilities) nothing at all — with how many days overdue, what it has in progress (drafts,
 * returned), its active editors as contacts and when a reminder about it was last sent. $1 = cycle id.
 * No rows before the deadline.
 */
export const CYCLE_LATE_SQL = `
WITH ${EXPECTED}, ${DELIVERED_ANY}, ${CONCERNED},
  overdue AS (
    SELECT (now() AT TIME ZONE 'Europe/Stockholm')::date - c.deadline AS days
      FROM reporting_cycle c
     WHERE c.id = $1 AND c.deadline IS NOT NULL AND (now() AT TIME ZONE 'Europe/Stockholm')::date > c.deadline
  ),
  owing AS (
    SELECT cb.board_id,
           count(e.board_id)::int AS expected,
           count(*) FILTER (WHERE e.delivered)::int AS delivered,
           (da.board_id IS NULL) AS statement_missing
      FROM concerned_board cb
      LEFT JOIN expected e ON e.board_id = cb.board_id
      LEFT JOIN delivered_any da ON da.board_id = cb.board_id
     -- Only boards asked to report (participants) can be late; a responsible board not asked owes nothing.
     WHERE cb.participant
     GROUP BY cb.board_id, da.board_id
    HAVING count(*) FILTER (WHERE e.board_id IS NOT NULL AND NOT e.delivered) > 0 OR da.board_id IS NULL
  ),
  in_progress AS (
    SELECT board_id,
           count(*) FILTER (WHERE state = 'draft')::int AS drafts,
           count(*) FILTER (WHERE state = 'returned')::int AS returned
      FROM statement WHERE cycle_id = $1 GROUP BY board_id
  ),
  contacts AS (
    SELECT ub.board_id, json_agg(u.email ORDER BY u.email) AS emails
      FROM user_board ub JOIN app_user u ON u.id = ub.user_id
     WHERE u.role = 'editor' AND u.active
     GROUP BY ub.board_id
  ),
  -- The last reminder about the board that left the outbox (reminders/: a digest names its boards).
  last_reminder AS (
    SELECT rb.board_id, max(r.sent_at) AS sent_at
      FROM reporting_cycle c
      JOIN reminder_outbox r ON r.organisation_id = c.organisation_id AND r.cycle_id = c.id AND r.state = 'sent'
      JOIN reminder_outbox_board rb ON rb.reminder_id = r.id
     WHERE c.id = $1
     GROUP BY rb.board_id
  )
SELECT b.id, b.name, b.administration, o.expected, o.delivered, o.statement_missing,
       coalesce(ip.drafts, 0) AS drafts, coalesce(ip.returned, 0) AS returned,
       ov.days AS days_overdue, coalesce(ct.emails, '[]') AS contacts, lr.sent_at AS last_reminder_at
  FROM overdue ov
 CROSS JOIN owing o
  JOIN board b ON b.id = o.board_id
  LEFT JOIN in_progress ip ON ip.board_id = o.board_id
  LEFT JOIN contacts ct ON ct.board_id = o.board_id
  LEFT JOIN last_reminder lr ON lr.board_id = o.board_id
 ORDER BY o.statement_missing DESC, (o.expected - o.delivered) DESC, ${boardKindOrder('b')}, b.id`;


/**
 * The reminder digests of a cycle ($1): one row per active editor of a board that still owes
 * something (the missing set, `GAPS`), with every such board of the editor and what it owes, in
 * board and report / number order. $2 = board ids (int[]) to remind, or null for every owing board:
 * an editor is a recipient when one of its boards is among them, and its digest lists all its owing
 * boards (a digest is everything the recipient's boards owe).
 */
export const REMINDER_DIGESTS_SQL = `
WITH ${EXPECTED}, ${DELIVERED_ANY}, ${GAPS},
  owing_board AS (
    SELECT g.board_id, count(*)::int AS missing,
           json_agg(json_build_object('measureId', m.id, 'number', m.number, 'title', m.title, 'reportKey', rep.key,
                                      'reportTitle', rep.title, 'role', g.role, 'kind', g.kind)
                    ORDER BY rep.id NULLS FIRST, ${measureNumberOrder('m')} NULLS FIRST, m.id) AS items
      FROM gaps g
      LEFT JOIN measure m ON m.id = g.measure_id
      LEFT JOIN report rep ON rep.id = m.report_id
     GROUP BY g.board_id
  ),
  recipient AS (
    SELECT u.id AS user_id, lower(u.email) AS email, ob.board_id, ob.missing, ob.items
      FROM owing_board ob
      JOIN user_board ub ON ub.board_id = ob.board_id
      JOIN app_user u ON u.id = ub.user_id AND u.role = 'editor' AND u.active
  )
SELECT r.user_id, r.email,
       json_agg(json_build_object('boardId', b.id, 'boardName', b.name, 'administration', b.administration,
                                  'missing', r.missing, 'items', r.items)
                ORDER BY ${boardKindOrder('b')}, b.id) AS boards
  FROM recipient r
  JOIN board b ON b.id = r.board_id
 GROUP BY r.user_id, r.email
HAVING $2::int[] IS NULL OR bool_or(r.board_id = ANY($2::int[]))
 ORDER BY r.email`;
