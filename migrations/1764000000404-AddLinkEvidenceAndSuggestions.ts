import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How an imported statement was tied to its measure (the evidence: method, source lines, score),
 * and the title references too doubtful to link, waiting for an admin's decision. A suggestion is
 * keyed by cycle × board × measure × a hash of its normalised passage, so a re-import finds the
 * decision again even when the document's lines have moved.
 */
export class AddLinkEvidenceAndSuggestions1764000000404 implements MigrationInterface {
  name = 'AddLinkEvidenceAndSuggestions1764000000404';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE statement
        ADD COLUMN link_method text CONSTRAINT ck_statement_link_method CHECK (link_method IN ('number', 'title', 'title-near', 'confirmed')),
        ADD COLUMN link_line_from int,
        ADD COLUMN link_line_to int,
        ADD COLUMN link_score real,
        ADD CONSTRAINT ck_statement_link CHECK (
          (link_method IS NULL AND link_line_from IS NULL AND link_line_to IS NULL AND link_score IS NULL)
          OR (link_method IS NOT NULL AND measure_id IS NOT NULL AND link_line_from >= 1
              AND link_line_to >= link_line_from AND link_score >= 0 AND link_score <= 1))`);
    await q.query(`
      CREATE TABLE link_suggestion (
        id serial PRIMARY KEY,
        cycle_id int NOT NULL CONSTRAINT fk_link_suggestion_cycle REFERENCES reporting_cycle(id) ON DELETE CASCADE,
        board_id int NOT NULL CONSTRAINT fk_link_suggestion_board REFERENCES board(id) ON DELETE CASCADE,
        measure_id int NOT NULL CONSTRAINT fk_link_suggestion_measure REFERENCES measure(id) ON DELETE CASCADE,
        passage text NOT NULL CONSTRAINT ck_link_suggestion_passage CHECK (length(passage) > 0),
        passage_hash text NOT NULL CONSTRAINT ck_link_suggestion_passage_hash CHECK (passage_hash ~ '^[0-9a-f]{64}$'),
        line_from int NOT NULL,
        line_to int NOT NULL,
        score real NOT NULL CONSTRAINT ck_link_suggestion_score CHECK (score >= 0 AND score <= 1),
        words text[] NOT NULL DEFAULT '{}',
        planned_years int[] NOT NULL DEFAULT '{}',
        state text NOT NULL DEFAULT 'pending' CONSTRAINT ck_link_suggestion_state CHECK (state IN ('pending', 'confirmed', 'rejected')),
        statement_id int CONSTRAINT fk_link_suggestion_statement REFERENCES statement(id) ON DELETE SET NULL,
        decided_at timestamptz,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_link_suggestion_lines CHECK (line_from >= 1 AND line_to >= line_from),
        CONSTRAINT ck_link_suggestion_decided CHECK ((state = 'pending') = (decided_at IS NULL)),
        CONSTRAINT uq_link_suggestion_passage UNIQUE (cycle_id, board_id, measure_id, passage_hash)
      )`);
    // The review page lists a cycle's suggestions by state, in id order (keyset pagination).
    await q.query(`CREATE INDEX ix_link_suggestion_cycle_state ON link_suggestion (cycle_id, state, id)`);
    await q.query(`ALTER TABLE audit_event DROP CONSTRAINT ck_audit_event_entity_type`);
    await q.query(`
      ALTER TABLE audit_event ADD CONSTRAINT ck_audit_event_entity_type
        CHECK (entity_type IN ('statement', 'measure', 'board', 'cycle', 'user', 'link_suggestion'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    // The audit trail is append-only: its link_suggestion rows stay, so the old CHECK comes back NOT VALID.
    await q.query(`ALTER TABLE audit_event DROP CONSTRAINT ck_audit_event_entity_type`);
    await q.query(`
      ALTER TABLE audit_event ADD CONSTRAINT ck_audit_event_entity_type
        CHECK (entity_type IN ('statement', 'measure', 'board', 'cycle', 'user')) NOT VALID`);
    await q.query(`DROP TABLE link_suggestion`);
    await q.query(`
      ALTER TABLE statement
        DROP CONSTRAINT ck_statement_link,
        DROP COLUMN link_score,
        DROP COLUMN link_line_to,
        DROP COLUMN link_line_from,
        DROP COLUMN link_method`);
  }
}
