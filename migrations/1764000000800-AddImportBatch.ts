import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Spreadsheet imports (issue 14): an uploaded file is parsed into a batch whose rows carry what
 * each would do (create, update, unchanged, error); nothing is written to the statements until the
 * batch is applied, once, before it expires. The batch belongs to the cycle's organisation and to
 * the account that uploaded it. Applying it is audited as an `import` beside each row's own audit.
 */
export class AddImportBatch1764000000800 implements MigrationInterface {
  name = 'AddImportBatch1764000000800';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE import_batch (
        id serial CONSTRAINT pk_import_batch PRIMARY KEY,
        organisation_id int NOT NULL CONSTRAINT fk_import_batch_organisation REFERENCES organisation(id),
        cycle_id int NOT NULL CONSTRAINT fk_import_batch_cycle REFERENCES reporting_cycle(id) ON DELETE CASCADE,
        kind text NOT NULL CONSTRAINT ck_import_batch_kind CHECK (kind IN ('statements', 'catalogue')),
        created_by int NOT NULL CONSTRAINT fk_import_batch_created_by REFERENCES app_user(id) ON DELETE CASCADE,
        file_name text NOT NULL CONSTRAINT ck_import_batch_file_name CHECK (length(file_name) BETWEEN 1 AND 255),
        file_sha256 text NOT NULL CONSTRAINT ck_import_batch_file_sha256 CHECK (file_sha256 ~ '^[0-9a-f]{64}$'),
        state text NOT NULL DEFAULT 'preview' CONSTRAINT ck_import_batch_state CHECK (state IN ('preview', 'applied')),
        rows jsonb NOT NULL CONSTRAINT ck_import_batch_rows CHECK (jsonb_typeof(rows) = 'array'),
        summary jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        applied_at timestamptz,
        CONSTRAINT ck_import_batch_applied CHECK ((state = 'applied') = (applied_at IS NOT NULL)),
        CONSTRAINT ck_import_batch_expires CHECK (expires_at > created_at)
      )`);
    // A cycle's batches within its organisation, newest first; and the sweep of expired previews.
    await q.query(`CREATE INDEX ix_import_batch_organisation_cycle ON import_batch (organisation_id, cycle_id, id)`);
    await q.query(`CREATE INDEX ix_import_batch_expires ON import_batch (expires_at) WHERE state = 'preview'`);
    await q.query(`ALTER TABLE audit_event DROP CONSTRAINT ck_audit_event_entity_type`);
    await q.query(`
      ALTER TABLE audit_event ADD CONSTRAINT ck_audit_event_entity_type
        CHECK (entity_type IN ('statement', 'measure', 'board', 'cycle', 'user', 'link_suggestion', 'organisation', 'import'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    // The audit trail is append-only: its import rows stay, so the old CHECK comes back NOT VALID.
    await q.query(`ALTER TABLE audit_event DROP CONSTRAINT ck_audit_event_entity_type`);
    await q.query(`
      ALTER TABLE audit_event ADD CONSTRAINT ck_audit_event_entity_type
        CHECK (entity_type IN ('statement', 'measure', 'board', 'cycle', 'user', 'link_suggestion', 'organisation')) NOT VALID`);
    await q.query(`DROP TABLE import_batch`);
  }
}
