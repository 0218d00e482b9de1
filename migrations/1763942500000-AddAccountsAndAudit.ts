import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts (users bound to boards), server-side sessions, the append-only audit trail, the
 * late flag of a submitted statement and optimistic locking for boards.
 */
export class AddAccountsAndAudit1763942500000 implements MigrationInterface {
  name = 'AddAccountsAndAudit1763942500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE app_user (
        id serial PRIMARY KEY,
        email text NOT NULL CONSTRAINT ck_app_user_email CHECK (email = lower(email) AND email ~ '^[^@[:space:]]+@[^@[:space:]]+$'),
        password_hash text NOT NULL,
        role text NOT NULL CONSTRAINT ck_app_user_role CHECK (role IN ('admin', 'editor', 'analyst')),
        -- true while the account still has the seed's demo password: production mode refuses to start.
        demo_password boolean NOT NULL DEFAULT false,
        active boolean NOT NULL DEFAULT true,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_app_user_email UNIQUE (email)
      )`);
    await q.query(`
      CREATE TABLE user_board (
        user_id int NOT NULL CONSTRAINT fk_user_board_user REFERENCES app_user(id) ON DELETE CASCADE,
        board_id int NOT NULL CONSTRAINT fk_user_board_board REFERENCES board(id) ON DELETE CASCADE,
        CONSTRAINT pk_user_board PRIMARY KEY (user_id, board_id)
      )`);
    await q.query(`CREATE INDEX ix_user_board_board ON user_board (board_id)`);
    await q.query(`
      CREATE TABLE user_session (
        id serial PRIMARY KEY,
        user_id int NOT NULL CONSTRAINT fk_user_session_user REFERENCES app_user(id) ON DELETE CASCADE,
        token_hash text NOT NULL CONSTRAINT ck_user_session_token_hash CHECK (token_hash ~ '^[0-9a-f]{64}$'),
        csrf_token text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        CONSTRAINT uq_user_session_token_hash UNIQUE (token_hash)
      )`);
    await q.query(`CREATE INDEX ix_user_session_user ON user_session (user_id)`);
    await q.query(`CREATE INDEX ix_user_session_expires ON user_session (expires_at)`);

    // No foreign key to the audited rows: the trail outlives them. The actor's email is copied so the
    // trail stays readable whatever happens to the account.
    await q.query(`
      CREATE TABLE audit_event (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_user_id int CONSTRAINT fk_audit_event_actor REFERENCES app_user(id) ON DELETE RESTRICT,
        actor_email text NOT NULL,
        action text NOT NULL CONSTRAINT ck_audit_event_action CHECK (action ~ '^[a-z]+(\\.[a-z-]+)+$'),
        entity_type text NOT NULL CONSTRAINT ck_audit_event_entity_type CHECK (entity_type IN ('statement', 'measure', 'board', 'cycle', 'user')),
        entity_id int NOT NULL,
        before jsonb,
        after jsonb
      )`);
    await q.query(`CREATE INDEX ix_audit_event_entity ON audit_event (entity_type, entity_id, id)`);
    await q.query(`CREATE INDEX ix_audit_event_at ON audit_event (at)`);
    await q.query(`CREATE INDEX ix_audit_event_actor ON audit_event (actor_email, at)`);
    // Append-only: the application can insert, never rewrite history.
    await q.query(`
      CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await q.query(`
      CREATE TRIGGER tr_audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
        FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`);
    await q.query(`
      CREATE TRIGGER tr_audit_event_no_truncate BEFORE TRUNCATE ON audit_event
        FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`);

    // Submitted after the cycle's deadline: accepted, but marked (recorded at submission).
    await q.query(`ALTER TABLE statement ADD COLUMN late boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE statement ADD CONSTRAINT ck_statement_late CHECK (NOT late OR state = 'submitted')`);
    await q.query(`ALTER TABLE board ADD COLUMN version int NOT NULL DEFAULT 1`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE board DROP COLUMN version`);
    await q.query(`ALTER TABLE statement DROP CONSTRAINT ck_statement_late`);
    await q.query(`ALTER TABLE statement DROP COLUMN late`);
    await q.query(`DROP TABLE audit_event`);
    await q.query(`DROP FUNCTION audit_event_append_only()`);
    await q.query(`DROP TABLE user_session`);
    await q.query(`DROP TABLE user_board`);
    await q.query(`DROP TABLE app_user`);
  }
}
