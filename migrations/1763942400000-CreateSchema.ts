import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The domain schema: organisations, boards and groups, the commission catalogue
 * (reports → recommendations → measures → responsibilities), reporting cycles with
 * participants, and statements. Named indexes serve the coverage queries.
 */
export class CreateSchema1763942400000 implements MigrationInterface {
  name = 'CreateSchema1763942400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organisation (
        id serial PRIMARY KEY,
        slug text NOT NULL CONSTRAINT uq_organisation_slug UNIQUE,
        name text NOT NULL
      )`);
    await q.query(`
      CREATE TABLE board (
        id serial PRIMARY KEY,
        organisation_id int NOT NULL CONSTRAINT fk_board_organisation REFERENCES organisation(id) ON DELETE RESTRICT,
        name text NOT NULL CONSTRAINT ck_board_name CHECK (length(btrim(name)) > 0),
        administration text NOT NULL,
        kind text NOT NULL CONSTRAINT ck_board_kind CHECK (kind IN ('central', 'district', 'company', 'executive')),
        slug text NOT NULL CONSTRAINT ck_board_slug CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        CONSTRAINT uq_board_organisation_slug UNIQUE (organisation_id, slug),
        CONSTRAINT uq_board_organisation_name UNIQUE (organisation_id, name)
      )`);
    await q.query(`
      CREATE TABLE board_group (
        id serial PRIMARY KEY,
        organisation_id int NOT NULL CONSTRAINT fk_board_group_organisation REFERENCES organisation(id) ON DELETE RESTRICT,
        slug text NOT NULL,
        name text NOT NULL,
        CONSTRAINT uq_board_group_organisation_slug UNIQUE (organisation_id, slug)
      )`);
    await q.query(`
      CREATE TABLE board_group_member (
        group_id int NOT NULL CONSTRAINT fk_board_group_member_group REFERENCES board_group(id) ON DELETE CASCADE,
        board_id int NOT NULL CONSTRAINT fk_board_group_member_board REFERENCES board(id) ON DELETE CASCADE,
        CONSTRAINT pk_board_group_member PRIMARY KEY (group_id, board_id)
      )`);
    await q.query(`CREATE INDEX ix_board_group_member_board ON board_group_member (board_id)`);
    await q.query(`
      CREATE TABLE commission (
        id serial PRIMARY KEY,
        organisation_id int NOT NULL CONSTRAINT fk_commission_organisation REFERENCES organisation(id) ON DELETE RESTRICT,
        slug text NOT NULL,
        name text NOT NULL,
        CONSTRAINT uq_commission_organisation_slug UNIQUE (organisation_id, slug)
      )`);
    await q.query(`
      CREATE TABLE report (
        id serial PRIMARY KEY,
        commission_id int NOT NULL CONSTRAINT fk_report_commission REFERENCES commission(id) ON DELETE RESTRICT,
        key text NOT NULL CONSTRAINT ck_report_key CHECK (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        title text NOT NULL,
        area text,
        year int,
        CONSTRAINT uq_report_commission_key UNIQUE (commission_id, key)
      )`);
    await q.query(`
      CREATE TABLE recommendation (
        id serial PRIMARY KEY,
        report_id int NOT NULL CONSTRAINT fk_recommendation_report REFERENCES report(id) ON DELETE CASCADE,
        number text NOT NULL CONSTRAINT ck_recommendation_number CHECK (number ~ '^[0-9]+(\\.[0-9]+)*$'),
        title text,
        CONSTRAINT uq_recommendation_report_number UNIQUE (report_id, number)
      )`);
    await q.query(`
      CREATE TABLE measure (
        id serial PRIMARY KEY,
        report_id int NOT NULL CONSTRAINT fk_measure_report REFERENCES report(id) ON DELETE RESTRICT,
        recommendation_id int CONSTRAINT fk_measure_recommendation REFERENCES recommendation(id) ON DELETE SET NULL,
        number text NOT NULL CONSTRAINT ck_measure_number CHECK (number ~ '^[0-9]+(\\.[0-9]+)+$'),
        title text NOT NULL,
        description text,
        ongoing_work text,
        responsibility_text text,
        version int NOT NULL DEFAULT 1,
        CONSTRAINT uq_measure_report_number UNIQUE (report_id, number)
      )`);
    await q.query(`CREATE INDEX ix_measure_recommendation ON measure (recommendation_id)`);
    await q.query(`
      CREATE TABLE responsibility (
        id serial PRIMARY KEY,
        measure_id int NOT NULL CONSTRAINT fk_responsibility_measure REFERENCES measure(id) ON DELETE CASCADE,
        board_id int NOT NULL CONSTRAINT fk_responsibility_board REFERENCES board(id) ON DELETE RESTRICT,
        role text NOT NULL CONSTRAINT ck_responsibility_role CHECK (role IN ('lead', 'contributing')),
        source_text text,
        via_group_id int CONSTRAINT fk_responsibility_group REFERENCES board_group(id) ON DELETE SET NULL,
        CONSTRAINT uq_responsibility_measure_board UNIQUE (measure_id, board_id)
      )`);
    // uq_responsibility_measure_board serves lookups by measure; this one serves lookups by board.
    await q.query(`CREATE INDEX ix_responsibility_board ON responsibility (board_id, measure_id) INCLUDE (role)`);
    await q.query(`
      CREATE TABLE reporting_cycle (
        id serial PRIMARY KEY,
        organisation_id int NOT NULL CONSTRAINT fk_reporting_cycle_organisation REFERENCES organisation(id) ON DELETE RESTRICT,
        commission_id int NOT NULL CONSTRAINT fk_reporting_cycle_commission REFERENCES commission(id) ON DELETE RESTRICT,
        name text NOT NULL CONSTRAINT ck_reporting_cycle_name CHECK (length(btrim(name)) > 0),
        year int NOT NULL CONSTRAINT ck_reporting_cycle_year CHECK (year BETWEEN 2000 AND 2100),
        deadline date,
        status text NOT NULL CONSTRAINT ck_reporting_cycle_status CHECK (status IN ('draft', 'open', 'closed')),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_reporting_cycle_organisation_name UNIQUE (organisation_id, name)
      )`);
    await q.query(`CREATE INDEX ix_reporting_cycle_commission_year ON reporting_cycle (commission_id, year)`);
    await q.query(`
      CREATE TABLE cycle_participant (
        cycle_id int NOT NULL CONSTRAINT fk_cycle_participant_cycle REFERENCES reporting_cycle(id) ON DELETE CASCADE,
        board_id int NOT NULL CONSTRAINT fk_cycle_participant_board REFERENCES board(id) ON DELETE RESTRICT,
        CONSTRAINT pk_cycle_participant PRIMARY KEY (cycle_id, board_id)
      )`);
    await q.query(`CREATE INDEX ix_cycle_participant_board ON cycle_participant (board_id)`);
    await q.query(`
      CREATE TABLE statement (
        id serial PRIMARY KEY,
        cycle_id int NOT NULL CONSTRAINT fk_statement_cycle REFERENCES reporting_cycle(id) ON DELETE RESTRICT,
        board_id int NOT NULL CONSTRAINT fk_statement_board REFERENCES board(id) ON DELETE RESTRICT,
        measure_id int CONSTRAINT fk_statement_measure REFERENCES measure(id) ON DELETE RESTRICT,
        text text NOT NULL,
        parts jsonb,
        planned_years int[] NOT NULL DEFAULT '{}',
        status text CONSTRAINT ck_statement_status CHECK (status IN ('not-started', 'in-progress', 'done', 'waiting')),
        state text NOT NULL DEFAULT 'submitted' CONSTRAINT ck_statement_state CHECK (state IN ('draft', 'submitted')),
        position text,
        source_line int,
        submitted_at timestamptz,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One statement per cycle × board × measure, and one general statement (measure null) per cycle × board.
    await q.query(`CREATE UNIQUE INDEX uq_statement_cycle_board_measure ON statement (cycle_id, board_id, measure_id) WHERE measure_id IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX uq_statement_cycle_board_general ON statement (cycle_id, board_id) WHERE measure_id IS NULL`);
    await q.query(`CREATE INDEX ix_statement_cycle_board ON statement (cycle_id, board_id) INCLUDE (measure_id, state)`);
    await q.query(`CREATE INDEX ix_statement_measure ON statement (measure_id, cycle_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'statement',
      'cycle_participant',
      'reporting_cycle',
      'responsibility',
      'measure',
      'recommendation',
      'report',
      'commission',
      'board_group_member',
      'board_group',
      'board',
      'organisation',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
