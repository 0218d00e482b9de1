import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Several municipalities in one install (issue 12):
 *  - every account belongs to one organisation (`app_user.organisation_id`), except the install-level
 *    role `system`, which creates organisations and their first admin and nothing else;
 *  - an editor is bound only to boards of its own organisation (a trigger on `user_board`, the
 *    second wall behind the service's check);
 *  - every audit row names the organisation of the object it describes (NULL only for an
 *    install-level event, e.g. a system account's own);
 *  - boards get a validity period (`valid_from`, `valid_to`, NULL = open-ended), so a group such as
 *    "stadsdelsnämnderna" expands to the boards valid at a date.
 * Existing rows are backfilled: an editor to its boards' organisation, everyone else and audit rows
 * without an owning object to Stockholms stad (the organisation of all data before this migration),
 * or the first organisation when that is not there. A database without any organisation but with
 * an admin (INITIAL_ADMIN_EMAIL on an empty production database) turns that admin into `system`:
 * it can then create the first organisation.
 */
export class AddOrganisationToUsersAndAudit1764000000600 implements MigrationInterface {
  name = 'AddOrganisationToUsersAndAudit1764000000600';

  async up(q: QueryRunner): Promise<void> {
    const DEFAULT_ORG = `(SELECT id FROM organisation ORDER BY (slug = 'stockholms-stad') DESC, id LIMIT 1)`;

    // Accounts.
    await q.query(`ALTER TABLE app_user ADD COLUMN organisation_id int CONSTRAINT fk_app_user_organisation REFERENCES organisation(id) ON DELETE RESTRICT`);
    await q.query(`
      UPDATE app_user u SET organisation_id = (
        SELECT b.organisation_id FROM user_board ub JOIN board b ON b.id = ub.board_id WHERE ub.user_id = u.id ORDER BY b.id LIMIT 1)
       WHERE u.role = 'editor'`);
    await q.query(`UPDATE app_user SET organisation_id = ${DEFAULT_ORG} WHERE organisation_id IS NULL`);
    await q.query(`ALTER TABLE app_user DROP CONSTRAINT ck_app_user_role`);
    await q.query(`ALTER TABLE app_user ADD CONSTRAINT ck_app_user_role CHECK (role IN ('admin', 'editor', 'analyst', 'system'))`);
    await q.query(`UPDATE app_user SET role = 'system' WHERE organisation_id IS NULL AND role = 'admin'`);
    const [{ n }] = await q.query(`SELECT count(*)::int AS n FROM app_user WHERE organisation_id IS NULL AND role <> 'system'`);
    if (n > 0) throw new Error(`${n} accounts cannot be given an organisation: the database has no organisation yet`);
    await q.query(`ALTER TABLE app_user ADD CONSTRAINT ck_app_user_organisation CHECK ((role = 'system') = (organisation_id IS NULL))`);
    await q.query(`CREATE INDEX ix_app_user_organisation ON app_user (organisation_id, role, email)`);

    // An editor's boards are its organisation's: checked on every insert or change of a binding.
    await q.query(`
      CREATE FUNCTION user_board_same_organisation() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM app_user u JOIN board b ON b.organisation_id = u.organisation_id
                        WHERE u.id = NEW.user_id AND b.id = NEW.board_id) THEN
          RAISE EXCEPTION 'board % is not of the organisation of account %', NEW.board_id, NEW.user_id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_user_board_same_organisation';
        END IF;
        RETURN NEW;
      END
      $$`);
    await q.query(`
      CREATE TRIGGER tr_user_board_same_organisation BEFORE INSERT OR UPDATE ON user_board
        FOR EACH ROW EXECUTE FUNCTION user_board_same_organisation()`);

    // Audit rows: the organisation of the object they describe (append-only, so the trigger rests meanwhile).
    await q.query(`ALTER TABLE audit_event ADD COLUMN organisation_id int CONSTRAINT fk_audit_event_organisation REFERENCES organisation(id) ON DELETE RESTRICT`);
    await q.query(`ALTER TABLE audit_event DISABLE TRIGGER tr_audit_event_append_only`);
    await q.query(`
      UPDATE audit_event e SET organisation_id = CASE e.entity_type
          WHEN 'board' THEN (SELECT organisation_id FROM board WHERE id = e.entity_id)
          WHEN 'cycle' THEN (SELECT organisation_id FROM reporting_cycle WHERE id = e.entity_id)
          WHEN 'user' THEN (SELECT organisation_id FROM app_user WHERE id = e.entity_id)
          WHEN 'statement' THEN (SELECT c.organisation_id FROM statement s JOIN reporting_cycle c ON c.id = s.cycle_id WHERE s.id = e.entity_id)
          WHEN 'link_suggestion' THEN (SELECT c.organisation_id FROM link_suggestion l JOIN reporting_cycle c ON c.id = l.cycle_id WHERE l.id = e.entity_id)
          WHEN 'measure' THEN (SELECT k.organisation_id FROM measure m JOIN report r ON r.id = m.report_id JOIN commission k ON k.id = r.commission_id WHERE m.id = e.entity_id)
        END`);
    await q.query(`UPDATE audit_event SET organisation_id = ${DEFAULT_ORG} WHERE organisation_id IS NULL`);
    await q.query(`ALTER TABLE audit_event ENABLE TRIGGER tr_audit_event_append_only`);
    await q.query(`CREATE INDEX ix_audit_event_organisation ON audit_event (organisation_id, id)`);
    await q.query(`ALTER TABLE audit_event DROP CONSTRAINT ck_audit_event_entity_type`);
    await q.query(`
      ALTER TABLE audit_event ADD CONSTRAINT ck_audit_event_entity_type
        CHECK (entity_type IN ('statement', 'measure', 'board', 'cycle', 'user', 'link_suggestion', 'organisation'))`);

    // Board validity.
    await q.query(`
      ALTER TABLE board
        ADD COLUMN valid_from date,
        ADD COLUMN valid_to date,
        ADD CONSTRAINT ck_board_validity CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE board DROP CONSTRAINT ck_board_validity, DROP COLUMN valid_to, DROP COLUMN valid_from`);
    // The audit trail is append-only: its organisation rows stay, so the old CHECK comes back NOT VALID.
    await q.query(`ALTER TABLE audit_event DROP CONSTRAINT ck_audit_event_entity_type`);
    await q.query(`
      ALTER TABLE audit_event ADD CONSTRAINT ck_audit_event_entity_type
        CHECK (entity_type IN ('statement', 'measure', 'board', 'cycle', 'user', 'link_suggestion')) NOT VALID`);
    await q.query(`DROP INDEX ix_audit_event_organisation`);
    await q.query(`ALTER TABLE audit_event DROP COLUMN organisation_id`);
    await q.query(`DROP TRIGGER tr_user_board_same_organisation ON user_board`);
    await q.query(`DROP FUNCTION user_board_same_organisation()`);
    await q.query(`DROP INDEX ix_app_user_organisation`);
    await q.query(`ALTER TABLE app_user DROP CONSTRAINT ck_app_user_organisation`);
    // The older schema knows no install-level role: a system account becomes an admin.
    await q.query(`UPDATE app_user SET role = 'admin' WHERE role = 'system'`);
    await q.query(`ALTER TABLE app_user DROP CONSTRAINT ck_app_user_role`);
    await q.query(`ALTER TABLE app_user ADD CONSTRAINT ck_app_user_role CHECK (role IN ('admin', 'editor', 'analyst'))`);
    await q.query(`ALTER TABLE app_user DROP COLUMN organisation_id`);
  }
}
