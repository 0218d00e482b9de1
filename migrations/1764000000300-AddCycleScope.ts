import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A cycle's scope: the measures and responsibilities (measure × board × role) it expects, stored
 * when it opens so later catalogue edits never change a cycle after the fact. Responsibilities
 * hang off the scope's measures (a measure leaves the scope with its responsibilities). Existing
 * cycles are backfilled from the catalogue as it stands when this migration runs.
 */
export class AddCycleScope1764000000300 implements MigrationInterface {
  name = 'AddCycleScope1764000000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE cycle_scope_measure (
        cycle_id int NOT NULL CONSTRAINT fk_cycle_scope_measure_cycle REFERENCES reporting_cycle(id) ON DELETE CASCADE,
        measure_id int NOT NULL CONSTRAINT fk_cycle_scope_measure_measure REFERENCES measure(id) ON DELETE RESTRICT,
        CONSTRAINT pk_cycle_scope_measure PRIMARY KEY (cycle_id, measure_id)
      )`);
    // The primary key serves every per-cycle read; this one serves a measure's history across cycles.
    await q.query(`CREATE INDEX ix_cycle_scope_measure_measure ON cycle_scope_measure (measure_id, cycle_id)`);
    await q.query(`
      CREATE TABLE cycle_scope_responsibility (
        cycle_id int NOT NULL,
        measure_id int NOT NULL,
        board_id int NOT NULL CONSTRAINT fk_cycle_scope_responsibility_board REFERENCES board(id) ON DELETE RESTRICT,
        role text NOT NULL CONSTRAINT ck_cycle_scope_responsibility_role CHECK (role IN ('lead', 'contributing')),
        CONSTRAINT pk_cycle_scope_responsibility PRIMARY KEY (cycle_id, measure_id, board_id),
        CONSTRAINT fk_cycle_scope_responsibility_measure FOREIGN KEY (cycle_id, measure_id)
          REFERENCES cycle_scope_measure (cycle_id, measure_id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX ix_cycle_scope_responsibility_cycle_board ON cycle_scope_responsibility (cycle_id, board_id) INCLUDE (measure_id, role)`);
    await q.query(`CREATE INDEX ix_cycle_scope_responsibility_measure ON cycle_scope_responsibility (measure_id, cycle_id)`);
    await q.query(`
      INSERT INTO cycle_scope_measure (cycle_id, measure_id)
      SELECT c.id, m.id
        FROM reporting_cycle c
        JOIN report rep ON rep.commission_id = c.commission_id
        JOIN measure m ON m.report_id = rep.id`);
    await q.query(`
      INSERT INTO cycle_scope_responsibility (cycle_id, measure_id, board_id, role)
      SELECT sm.cycle_id, r.measure_id, r.board_id, r.role
        FROM cycle_scope_measure sm
        JOIN responsibility r ON r.measure_id = sm.measure_id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE cycle_scope_responsibility`);
    await q.query(`DROP TABLE cycle_scope_measure`);
  }
}
