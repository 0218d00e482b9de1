import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Stored coverage totals of closed cycles (issue 16), for the trend across cycles: per closed cycle
 * and board, the responsibilities expected of it (in the cycle's scope, the board asked) and those
 * delivered (a submitted or approved statement). Only closed cycles have rows.
 *
 * `cycle_board_coverage(cycle ids)` is the one definition of those two counts: the trend computes
 * open and draft cycles with it, and the triggers below store closed cycles' rows with it. Closed
 * cycles can still change — an admin may correct a statement in one, the appendix importer writes
 * into the closed cycle it creates, a cycle may be reopened — so every statement-level write to
 * `statement`, `cycle_participant` and `cycle_scope_responsibility` stores its cycles' totals anew in
 * the same transaction, and a change of a cycle's status stores or removes its rows. No write path
 * has to remember the cache.
 */
/** The first key of the advisory locks on closed cycles' totals (the second is the cycle id, or 0 for all). */
const TOTALS_LOCK = 1604;

export class AddClosedCycleTotals1764001000000 implements MigrationInterface {
  name = 'AddClosedCycleTotals1764001000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE closed_cycle_board_total (
        cycle_id int NOT NULL CONSTRAINT fk_closed_cycle_board_total_cycle REFERENCES reporting_cycle(id) ON DELETE CASCADE,
        board_id int NOT NULL CONSTRAINT fk_closed_cycle_board_total_board REFERENCES board(id) ON DELETE CASCADE,
        expected int NOT NULL CONSTRAINT ck_closed_cycle_board_total_expected CHECK (expected > 0),
        delivered int NOT NULL CONSTRAINT ck_closed_cycle_board_total_delivered CHECK (delivered BETWEEN 0 AND expected),
        CONSTRAINT pk_closed_cycle_board_total PRIMARY KEY (cycle_id, board_id)
      )`);
    // A board's trend: its rows across cycles.
    await q.query(`CREATE INDEX ix_closed_cycle_board_total_board ON closed_cycle_board_total (board_id, cycle_id)`);

    // The counted states ('submitted', 'approved') are COUNTED_STATES in statements/statement.row.ts.
    await q.query(`
      CREATE FUNCTION cycle_board_coverage(cycle_ids int[])
        RETURNS TABLE (cycle_id int, board_id int, expected int, delivered int)
        LANGUAGE sql STABLE AS $$
          SELECT sr.cycle_id, sr.board_id, count(*)::int, count(s.id)::int
            FROM cycle_scope_responsibility sr
            JOIN cycle_participant p ON p.cycle_id = sr.cycle_id AND p.board_id = sr.board_id
            LEFT JOIN statement s
              ON s.cycle_id = sr.cycle_id AND s.board_id = sr.board_id AND s.measure_id = sr.measure_id
             AND s.state IN ('submitted', 'approved')
           WHERE sr.cycle_id = ANY (cycle_ids)
           GROUP BY sr.cycle_id, sr.board_id
        $$`);
    // Two writers in one closed cycle (an admin's correction, say) take turns on a lock per cycle, so
    // the second recounts after the first has committed (each statement here reads anew).
    await q.query(`
      CREATE FUNCTION store_closed_cycle_totals(cycle_ids int[]) RETURNS void LANGUAGE plpgsql AS $$
        DECLARE
          closed int[] := ARRAY(SELECT id FROM reporting_cycle WHERE id = ANY (cycle_ids) AND status = 'closed' ORDER BY id);
        BEGIN
          DELETE FROM closed_cycle_board_total WHERE cycle_id = ANY (cycle_ids) AND NOT (cycle_id = ANY (closed));
          IF cardinality(closed) = 0 THEN RETURN; END IF;
          -- A write to a few closed cycles locks each (and shares the lock of all); a bulk write (an
          -- import, this migration) takes the lock of all, not thousands of locks.
          IF cardinality(closed) > 16 THEN
            PERFORM pg_advisory_xact_lock(${TOTALS_LOCK}, 0);
          ELSE
            PERFORM pg_advisory_xact_lock_shared(${TOTALS_LOCK}, 0);
            PERFORM pg_advisory_xact_lock(${TOTALS_LOCK}, c) FROM unnest(closed) c;
          END IF;
          DELETE FROM closed_cycle_board_total WHERE cycle_id = ANY (closed);
          INSERT INTO closed_cycle_board_total (cycle_id, board_id, expected, delivered)
          SELECT t.cycle_id, t.board_id, t.expected, t.delivered FROM cycle_board_coverage(closed) t;
        END
      $$`);

    // Statement-level triggers with transition tables: one refresh per statement (a bulk import
    // refreshes each of its cycles once), and only the cycles its rows touched.
    await q.query(`
      CREATE FUNCTION tr_store_closed_cycle_totals() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'INSERT' THEN
            PERFORM store_closed_cycle_totals(ARRAY(SELECT DISTINCT cycle_id FROM new_rows));
          ELSIF TG_OP = 'DELETE' THEN
            PERFORM store_closed_cycle_totals(ARRAY(SELECT DISTINCT cycle_id FROM old_rows));
          ELSE
            PERFORM store_closed_cycle_totals(ARRAY(SELECT cycle_id FROM new_rows UNION SELECT cycle_id FROM old_rows));
          END IF;
          RETURN NULL;
        END
      $$`);
    await q.query(`
      CREATE FUNCTION tr_store_all_closed_cycle_totals() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          PERFORM store_closed_cycle_totals(ARRAY(SELECT id FROM reporting_cycle WHERE status = 'closed'));
          RETURN NULL;
        END
      $$`);
    for (const table of ['statement', 'cycle_participant', 'cycle_scope_responsibility']) {
      await q.query(`CREATE TRIGGER tr_${table}_totals_insert AFTER INSERT ON ${table} REFERENCING NEW TABLE AS new_rows
                       FOR EACH STATEMENT EXECUTE FUNCTION tr_store_closed_cycle_totals()`);
      await q.query(`CREATE TRIGGER tr_${table}_totals_update AFTER UPDATE ON ${table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
                       FOR EACH STATEMENT EXECUTE FUNCTION tr_store_closed_cycle_totals()`);
      await q.query(`CREATE TRIGGER tr_${table}_totals_delete AFTER DELETE ON ${table} REFERENCING OLD TABLE AS old_rows
                       FOR EACH STATEMENT EXECUTE FUNCTION tr_store_closed_cycle_totals()`);
      await q.query(`CREATE TRIGGER tr_${table}_totals_truncate AFTER TRUNCATE ON ${table}
                       FOR EACH STATEMENT EXECUTE FUNCTION tr_store_all_closed_cycle_totals()`);
    }
    // Closing a cycle stores its totals; reopening it (or any other status) removes them.
    await q.query(`
      CREATE FUNCTION tr_store_cycle_status_totals() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          PERFORM store_closed_cycle_totals(ARRAY[NEW.id]);
          RETURN NULL;
        END
      $$`);
    await q.query(`CREATE TRIGGER tr_reporting_cycle_totals_status AFTER INSERT OR UPDATE OF status ON reporting_cycle
                     FOR EACH ROW EXECUTE FUNCTION tr_store_cycle_status_totals()`);

    // The closed cycles there are now.
    await q.query(`SELECT store_closed_cycle_totals(ARRAY(SELECT id FROM reporting_cycle WHERE status = 'closed'))`);

    // The remiss list's order (nearest last answer date first, none last), with and without an organisation.
    await q.query(`DROP INDEX ix_remiss_organisation_status_answer_by`);
    await q.query(`CREATE INDEX ix_remiss_organisation_answer_order ON remiss (organisation_id, status, (coalesce(answer_by, '9999-12-31'::date)), id)`);
    await q.query(`CREATE INDEX ix_remiss_status_answer_order ON remiss (status, (coalesce(answer_by, '9999-12-31'::date)), id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_remiss_status_answer_order`);
    await q.query(`DROP INDEX ix_remiss_organisation_answer_order`);
    await q.query(`CREATE INDEX ix_remiss_organisation_status_answer_by ON remiss (organisation_id, status, answer_by DESC, id DESC)`);
    await q.query(`DROP TRIGGER tr_reporting_cycle_totals_status ON reporting_cycle`);
    for (const table of ['statement', 'cycle_participant', 'cycle_scope_responsibility']) {
      for (const event of ['insert', 'update', 'delete', 'truncate']) await q.query(`DROP TRIGGER tr_${table}_totals_${event} ON ${table}`);
    }
    await q.query(`DROP FUNCTION tr_store_cycle_status_totals()`);
    await q.query(`DROP FUNCTION tr_store_all_closed_cycle_totals()`);
    await q.query(`DROP FUNCTION tr_store_closed_cycle_totals()`);
    await q.query(`DROP FUNCTION store_closed_cycle_totals(int[])`);
    await q.query(`DROP FUNCTION cycle_board_coverage(int[])`);
    await q.query(`DROP TABLE closed_cycle_board_total`);
  }
}
