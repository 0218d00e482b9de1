import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The audit entity types this migration adds (remisser, their answers, the external-body register). */
const REMISS_ENTITY_TYPES = ['remiss', 'remiss_answer', 'external_body'];

/**
 * Rewrites `ck_audit_event_entity_type` with `add` added or `remove` removed, starting from the list
 * the database holds now: branches that add entity types in parallel never drop each other's.
 */
async function rewriteAuditTypes(q: QueryRunner, change: { add?: string[]; remove?: string[] }): Promise<void> {
  const [row] = await q.query(
    `SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conname = 'ck_audit_event_entity_type'`,
  ) as { def: string }[];
  const current = row ? [...row.def.matchAll(/'([a-z_]+)'/g)].map((m) => m[1]) : [];
  const next = [...new Set([...current.filter((t) => !(change.remove ?? []).includes(t)), ...(change.add ?? [])])];
  await q.query(`ALTER TABLE audit_event DROP CONSTRAINT IF EXISTS ck_audit_event_entity_type`);
  // Removing types: the append-only trail may hold rows of them, so the narrower CHECK is NOT VALID.
  await q.query(
    `ALTER TABLE audit_event ADD CONSTRAINT ck_audit_event_entity_type CHECK (entity_type IN (${next.map((t) => `'${t}'`).join(', ')}))${change.remove ? ' NOT VALID' : ''}`,
  );
}

/**
 * Remisser (issue 13): a case sent to its remissinstanser with a last answer date, the recipients,
 * their answers, and a register of external bodies per organisation. Every table carries its
 * organisation; recipients and answers reach their remiss through composite foreign keys that
 * include the organisation, so a recipient can never belong to another city's remiss.
 */
export class AddRemisser1764000000900 implements MigrationInterface {
  name = 'AddRemisser1764000000900';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE external_body (
        id serial PRIMARY KEY,
        organisation_id int NOT NULL CONSTRAINT fk_external_body_organisation REFERENCES organisation(id),
        name text NOT NULL CONSTRAINT ck_external_body_name CHECK (btrim(name) <> '' AND length(name) <= 300),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_external_body_organisation_id UNIQUE (organisation_id, id)
      )`);
    // One register entry per name and organisation, whatever the case ("arbetsförmedlingen").
    await q.query(`CREATE UNIQUE INDEX uq_external_body_organisation_name ON external_body (organisation_id, lower(name))`);

    await q.query(`
      CREATE TABLE remiss (
        id serial PRIMARY KEY,
        organisation_id int NOT NULL CONSTRAINT fk_remiss_organisation REFERENCES organisation(id),
        case_number text CONSTRAINT ck_remiss_case_number CHECK (btrim(case_number) <> '' AND length(case_number) <= 60),
        title text NOT NULL CONSTRAINT ck_remiss_title CHECK (btrim(title) <> '' AND length(title) <= 500),
        kind text CONSTRAINT ck_remiss_kind CHECK (kind ~ '^[a-zåäö-]{1,40}$'),
        sender_name text NOT NULL CONSTRAINT ck_remiss_sender_name CHECK (btrim(sender_name) <> '' AND length(sender_name) <= 300),
        sender_board_id int CONSTRAINT fk_remiss_sender_board REFERENCES board(id),
        sender_external_body_id int,
        decided_on date,
        paragraph text CONSTRAINT ck_remiss_paragraph CHECK (length(paragraph) BETWEEN 1 AND 20),
        answer_by date,
        status text NOT NULL DEFAULT 'draft' CONSTRAINT ck_remiss_status CHECK (status IN ('draft', 'sent', 'closed')),
        links jsonb NOT NULL DEFAULT '[]' CONSTRAINT ck_remiss_links CHECK (jsonb_typeof(links) = 'array'),
        handling_officer text CONSTRAINT ck_remiss_handling_officer CHECK (length(handling_officer) BETWEEN 1 AND 200),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_remiss_sender CHECK (sender_board_id IS NULL OR sender_external_body_id IS NULL),
        CONSTRAINT fk_remiss_sender_external_body FOREIGN KEY (organisation_id, sender_external_body_id) REFERENCES external_body (organisation_id, id),
        CONSTRAINT uq_remiss_organisation_id UNIQUE (organisation_id, id)
      )`);
    // The case number identifies a remiss within its organisation; an incoming one without a number by its title.
    await q.query(`CREATE UNIQUE INDEX uq_remiss_organisation_case_number ON remiss (organisation_id, case_number) WHERE case_number IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX uq_remiss_organisation_title_without_case ON remiss (organisation_id, lower(title)) WHERE case_number IS NULL`);
    // The list: by organisation and status, newest last answer date first (keyset on answer_by, id).
    await q.query(`CREATE INDEX ix_remiss_organisation_status_answer_by ON remiss (organisation_id, status, answer_by DESC, id DESC)`);

    await q.query(`
      CREATE TABLE remiss_recipient (
        id serial PRIMARY KEY,
        organisation_id int NOT NULL,
        remiss_id int NOT NULL,
        kind text NOT NULL CONSTRAINT ck_remiss_recipient_kind CHECK (kind IN ('board', 'company', 'organisation', 'external')),
        name text NOT NULL CONSTRAINT ck_remiss_recipient_name CHECK (btrim(name) <> '' AND length(name) <= 300),
        board_id int CONSTRAINT fk_remiss_recipient_board REFERENCES board(id),
        external_body_id int,
        written_as text,
        via_group text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fk_remiss_recipient_remiss FOREIGN KEY (organisation_id, remiss_id) REFERENCES remiss (organisation_id, id) ON DELETE CASCADE,
        CONSTRAINT fk_remiss_recipient_external_body FOREIGN KEY (organisation_id, external_body_id) REFERENCES external_body (organisation_id, id),
        -- a board or company may still be unresolved (a name the organisation's boards do not know yet: board_id NULL);
        -- an external body is always in the register; the organisation itself names neither.
        CONSTRAINT ck_remiss_recipient_target CHECK (
          (kind IN ('board', 'company') AND external_body_id IS NULL)
          OR (kind = 'external' AND external_body_id IS NOT NULL AND board_id IS NULL)
          OR (kind = 'organisation' AND board_id IS NULL AND external_body_id IS NULL)),
        CONSTRAINT uq_remiss_recipient_organisation_id UNIQUE (organisation_id, id)
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_remiss_recipient_name ON remiss_recipient (organisation_id, remiss_id, lower(name))`);
    await q.query(`CREATE UNIQUE INDEX uq_remiss_recipient_board ON remiss_recipient (organisation_id, remiss_id, board_id) WHERE board_id IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX uq_remiss_recipient_external_body ON remiss_recipient (organisation_id, remiss_id, external_body_id) WHERE external_body_id IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX uq_remiss_recipient_organisation_itself ON remiss_recipient (organisation_id, remiss_id) WHERE kind = 'organisation'`);
    // A recipient's history across remisser, and an editor's "Att besvara".
    await q.query(`CREATE INDEX ix_remiss_recipient_organisation_board ON remiss_recipient (organisation_id, board_id) WHERE board_id IS NOT NULL`);
    await q.query(`CREATE INDEX ix_remiss_recipient_organisation_external_body ON remiss_recipient (organisation_id, external_body_id) WHERE external_body_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE remiss_answer (
        id serial PRIMARY KEY,
        organisation_id int NOT NULL,
        remiss_id int NOT NULL,
        recipient_id int NOT NULL,
        answered_on date,
        position text CONSTRAINT ck_remiss_answer_position CHECK (position IN ('supports', 'partly-supports', 'opposes', 'no-comments', 'declined')),
        summary text NOT NULL DEFAULT '' CONSTRAINT ck_remiss_answer_summary CHECK (length(summary) <= 5000),
        parts jsonb NOT NULL DEFAULT '[]' CONSTRAINT ck_remiss_answer_parts CHECK (jsonb_typeof(parts) = 'array'),
        signatories text[] NOT NULL DEFAULT '{}' CONSTRAINT ck_remiss_answer_signatories CHECK (array_position(signatories, '') IS NULL),
        decided_how text CONSTRAINT ck_remiss_answer_decided_how CHECK (decided_how IN ('board', 'delegation', 'joint')),
        state text NOT NULL DEFAULT 'draft' CONSTRAINT ck_remiss_answer_state CHECK (state IN ('draft', 'submitted')),
        -- when it was submitted in the app (NULL for an imported answer: its document's date is answered_on)
        submitted_at timestamptz,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fk_remiss_answer_remiss FOREIGN KEY (organisation_id, remiss_id) REFERENCES remiss (organisation_id, id) ON DELETE CASCADE,
        CONSTRAINT fk_remiss_answer_recipient FOREIGN KEY (organisation_id, recipient_id) REFERENCES remiss_recipient (organisation_id, id) ON DELETE CASCADE
      )`);
    // One answer per recipient (answers per proposal are not modelled: docs/data-notes.md).
    await q.query(`CREATE UNIQUE INDEX uq_remiss_answer_recipient ON remiss_answer (organisation_id, recipient_id)`);
    // Follow-up per remiss counts submitted answers by remiss.
    await q.query(`CREATE INDEX ix_remiss_answer_organisation_remiss_state ON remiss_answer (organisation_id, remiss_id, state)`);

    await rewriteAuditTypes(q, { add: REMISS_ENTITY_TYPES });
  }

  async down(q: QueryRunner): Promise<void> {
    await rewriteAuditTypes(q, { remove: REMISS_ENTITY_TYPES });
    await q.query(`DROP TABLE remiss_answer`);
    await q.query(`DROP TABLE remiss_recipient`);
    await q.query(`DROP TABLE remiss`);
    await q.query(`DROP TABLE external_body`);
  }
}
