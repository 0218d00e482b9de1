import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The reminder outbox (issue 15): one row per e-mail digest, written in the transaction that decides
 * to remind, sent later by a worker (backend/src/reminders). The dedup key — recipient + cycle +
 * phase + date, within the organisation — is UNIQUE, so a scheduler run that catches up after
 * downtime, a second app instance or a second click queue nothing twice. A row is `queued` until
 * sent (`sent`) or given up after the last attempt (`failed`); `locked_until`/`locked_by` are the
 * sender's lease on a queued row while it talks to the SMTP server (claimed with FOR UPDATE SKIP LOCKED).
 * `reminder_outbox_board` names the boards a digest is about and what each still owed when it was
 * queued, for the outbox per board and Sena's "last reminder".
 */
export class AddReminderOutbox1764000000700 implements MigrationInterface {
  name = 'AddReminderOutbox1764000000700';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE reminder_outbox (
        id serial CONSTRAINT pk_reminder_outbox PRIMARY KEY,
        organisation_id int NOT NULL CONSTRAINT fk_reminder_outbox_organisation REFERENCES organisation (id),
        cycle_id int NOT NULL CONSTRAINT fk_reminder_outbox_cycle REFERENCES reporting_cycle (id) ON DELETE CASCADE,
        user_id int CONSTRAINT fk_reminder_outbox_user REFERENCES app_user (id) ON DELETE SET NULL,
        recipient text NOT NULL CONSTRAINT ck_reminder_outbox_recipient CHECK (recipient = lower(recipient) AND recipient LIKE '%_@_%'),
        phase text NOT NULL CONSTRAINT ck_reminder_outbox_phase CHECK (phase IN ('before', 'deadline', 'late', 'manual')),
        due_date date NOT NULL,
        subject text NOT NULL,
        body_text text NOT NULL,
        body_html text NOT NULL,
        state text NOT NULL DEFAULT 'queued' CONSTRAINT ck_reminder_outbox_state CHECK (state IN ('queued', 'sent', 'failed')),
        attempts int NOT NULL DEFAULT 0 CONSTRAINT ck_reminder_outbox_attempts CHECK (attempts >= 0),
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        locked_until timestamptz,
        locked_by text,
        last_error text,
        requested_by int CONSTRAINT fk_reminder_outbox_requested_by REFERENCES app_user (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        message_id text,
        CONSTRAINT uq_reminder_outbox_dedup UNIQUE (organisation_id, recipient, cycle_id, phase, due_date),
        CONSTRAINT ck_reminder_outbox_sent CHECK ((state = 'sent') = (sent_at IS NOT NULL))
      )`);
    // The admin page and the counts per cycle; the sender's claim reads only queued rows that are due
    // (across organisations: one worker serves them all).
    await q.query(`CREATE INDEX ix_reminder_outbox_organisation_cycle ON reminder_outbox (organisation_id, cycle_id, id)`);
    await q.query(`CREATE INDEX ix_reminder_outbox_due ON reminder_outbox (next_attempt_at, id) WHERE state = 'queued'`);
    await q.query(`
      CREATE TABLE reminder_outbox_board (
        reminder_id int NOT NULL CONSTRAINT fk_reminder_outbox_board_reminder REFERENCES reminder_outbox (id) ON DELETE CASCADE,
        organisation_id int NOT NULL CONSTRAINT fk_reminder_outbox_board_organisation REFERENCES organisation (id),
        board_id int NOT NULL CONSTRAINT fk_reminder_outbox_board_board REFERENCES board (id),
        missing int NOT NULL CONSTRAINT ck_reminder_outbox_board_missing CHECK (missing >= 0),
        CONSTRAINT pk_reminder_outbox_board PRIMARY KEY (reminder_id, board_id)
      )`);
    await q.query(`CREATE INDEX ix_reminder_outbox_board_organisation_board ON reminder_outbox_board (organisation_id, board_id, reminder_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE reminder_outbox_board`);
    await q.query(`DROP TABLE reminder_outbox`);
  }
}
