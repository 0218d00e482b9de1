import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in attempts, counted in the database so that every app instance sees the same counts and an
 * attempt is recorded (as pending) before its password is checked. Rows older than a day are pruned.
 */
export class AddLoginAttempts1764000000010 implements MigrationInterface {
  name = 'AddLoginAttempts1764000000010';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE login_attempt (
        id bigserial PRIMARY KEY,
        email text NOT NULL,
        address text NOT NULL,
        at timestamptz NOT NULL DEFAULT now(),
        outcome text NOT NULL DEFAULT 'pending' CONSTRAINT ck_login_attempt_outcome CHECK (outcome IN ('pending', 'failure', 'success'))
      )`);
    await q.query(`CREATE INDEX ix_login_attempt_email_at ON login_attempt (email, at)`);
    await q.query(`CREATE INDEX ix_login_attempt_address_at ON login_attempt (address, at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE login_attempt`);
  }
}
