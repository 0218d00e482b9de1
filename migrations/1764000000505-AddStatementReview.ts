import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The review loop (issue 15): a submitted statement is returned to the board with the admin's
 * comment, or approved. `review_comment` holds what the board is asked to read: the comment of a
 * return, or the reason an admin gave for reopening; submitting again clears it (the audit trail
 * keeps it). `returned_at` / `approved_at` are when that last happened. The CHECKs keep the columns
 * consistent with the state, so no code path can leave a returned statement without its comment.
 */
export class AddStatementReview1764000000505 implements MigrationInterface {
  name = 'AddStatementReview1764000000505';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE statement DROP CONSTRAINT ck_statement_state`);
    await q.query(`
      ALTER TABLE statement
        ADD CONSTRAINT ck_statement_state CHECK (state IN ('draft', 'submitted', 'returned', 'approved')),
        ADD COLUMN review_comment text CONSTRAINT ck_statement_review_comment CHECK (length(review_comment) BETWEEN 1 AND 2000),
        ADD COLUMN returned_at timestamptz,
        ADD COLUMN approved_at timestamptz,
        ADD CONSTRAINT ck_statement_returned CHECK (state <> 'returned' OR (review_comment IS NOT NULL AND returned_at IS NOT NULL)),
        ADD CONSTRAINT ck_statement_approved CHECK (state <> 'approved' OR approved_at IS NOT NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    // Returned statements go back to the board as drafts and approved ones stay delivered, so the
    // older schema's two states keep what coverage counted.
    await q.query(`UPDATE statement SET state = CASE state WHEN 'returned' THEN 'draft' ELSE 'submitted' END WHERE state IN ('returned', 'approved')`);
    await q.query(`
      ALTER TABLE statement
        DROP CONSTRAINT ck_statement_approved,
        DROP CONSTRAINT ck_statement_returned,
        DROP COLUMN approved_at,
        DROP COLUMN returned_at,
        DROP COLUMN review_comment,
        DROP CONSTRAINT ck_statement_state`);
    await q.query(`ALTER TABLE statement ADD CONSTRAINT ck_statement_state CHECK (state IN ('draft', 'submitted'))`);
  }
}
