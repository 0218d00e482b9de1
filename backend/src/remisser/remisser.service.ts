import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuditEventDto } from '../audit/dto/audit-event.dto.js';
import type { AuthUser } from '../auth/roles.js';
import { AppException } from '../common/errors/app-exception.js';
import { decodeCursor, DEFAULT_PAGE_SIZE, toPage, type Page } from '../common/pagination.js';
import type {
  AnswerSummaryDto,
  ExternalBodyDto,
  OverdueDto,
  PositionCountDto,
  RecipientDto,
  RecipientFollowUpDto,
  RecipientRefDto,
  RemissAnswerDto,
  RemissDetailDto,
  RemissFollowUpDto,
  RemissListItemDto,
  TodoRemissDto,
} from './dto/remiss.dto.js';
import { canAdminOrganisation, canWriteForBoard } from '../auth/roles.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import { answerColumns, lateSql, remissColumns, type AnswerRow, type RecipientKind, type RemissRow } from './remiss.row.js';

/** Today in Stockholm: the day a last answer date is compared with. */
const TODAY = `(now() AT TIME ZONE 'Europe/Stockholm')::date`;

/** Per remiss in one pass over its recipients and answers: recipients, answered, late, missing. */
const COUNTS = (r: string) => `
  CROSS JOIN LATERAL (
    SELECT count(*)::int AS recipients,
           count(*) FILTER (WHERE ca.state = 'submitted')::int AS answered,
           count(*) FILTER (WHERE ${lateSql(r, 'ca')})::int AS late,
           count(*) FILTER (WHERE ca.state IS DISTINCT FROM 'submitted')::int AS missing
      FROM remiss_recipient cr
      LEFT JOIN remiss_answer ca ON ca.organisation_id = cr.organisation_id AND ca.recipient_id = cr.id
     WHERE cr.organisation_id = ${r}.organisation_id AND cr.remiss_id = ${r}.id) c`;

interface RemissViewRow extends RemissRow {
  organisation_slug: string;
  organisation_name: string;
  sender_board_name: string | null;
  recipients: number;
  answered: number;
  late: number;
  missing: number;
}

/** The remisser of `from` (a table expression aliased r) with their organisation, sending board and counts. */
const selectRemisser = (from = 'remiss r') => `
  SELECT ${remissColumns('r')}, o.slug AS organisation_slug, o.name AS organisation_name, sb.name AS sender_board_name,
         c.recipients, c.answered, c.late, c.missing
    FROM ${from}
    JOIN organisation o ON o.id = r.organisation_id
    LEFT JOIN board sb ON sb.id = r.sender_board_id
    ${COUNTS('r')}`;

const recipientKindOrder = (a: string) => `CASE ${a}.kind WHEN 'board' THEN 0 WHEN 'company' THEN 1 WHEN 'organisation' THEN 2 ELSE 3 END`;

/** One remiss with its counts, $1 = id. */
export const REMISS_SQL = `${selectRemisser()} WHERE r.id = $1`;

/**
 * One page of remisser, nearest last answer date first: $1 organisation | null, $2 status | null,
 * $3 recipient kind ('board' | 'external' | 'organisation') | null with $4 its id, $5/$6 draft
 * visibility (`draftRemissVisibility`), keyset after ($7 answer date, $8 id), $9 = limit. The page is
 * chosen first and only its remisser counted.
 */
export const REMISS_LIST_SQL = `${selectRemisser(`(
    SELECT r.* FROM remiss r
     WHERE ($1::int IS NULL OR r.organisation_id = $1)
       AND ($2::text IS NULL OR r.status = $2)
       AND ($3::text IS NULL OR EXISTS (
             SELECT 1 FROM remiss_recipient x
              WHERE x.organisation_id = r.organisation_id AND x.remiss_id = r.id
                AND CASE $3 WHEN 'board' THEN x.board_id = $4 WHEN 'external' THEN x.external_body_id = $4 ELSE x.kind = 'organisation' END))
       AND (r.status <> 'draft' OR $5::boolean OR r.organisation_id = $6)
       AND ($7::text IS NULL OR (coalesce(r.answer_by, '9999-12-31'::date), r.id) > ($7::date, $8::int))
     ORDER BY coalesce(r.answer_by, '9999-12-31'::date), r.id
     LIMIT $9) r`)}
 ORDER BY coalesce(r.answer_by, '9999-12-31'::date), r.id`;

/**
 * A remiss's recipients with their answers and lateness, $1 = remiss id, $2 = its organisation (every
 * index on recipients and answers leads with the organisation).
 */
export const REMISS_RECIPIENTS_SQL = `SELECT rr.id, rr.kind, rr.name, rr.board_id, b.name AS board_name, rr.external_body_id, eb.name AS external_name, rr.via_group,
              ${lateSql('r', 'a')} AS late,
              CASE WHEN r.answer_by IS NULL THEN 0
                   WHEN a.state = 'submitted' THEN greatest(0, coalesce(a.answered_on, (a.submitted_at AT TIME ZONE 'Europe/Stockholm')::date, r.answer_by) - r.answer_by)
                   ELSE greatest(0, ${TODAY} - r.answer_by) END AS days_late,
              a.id AS a_id, a.position AS a_position, to_char(a.answered_on, 'YYYY-MM-DD') AS a_answered_on, a.summary AS a_summary,
              a.signatories AS a_signatories, a.state AS a_state, a.version AS a_version
         FROM remiss_recipient rr
         JOIN remiss r ON r.organisation_id = rr.organisation_id AND r.id = rr.remiss_id
         LEFT JOIN board b ON b.id = rr.board_id
         LEFT JOIN external_body eb ON eb.organisation_id = rr.organisation_id AND eb.id = rr.external_body_id
         LEFT JOIN remiss_answer a ON a.organisation_id = rr.organisation_id AND a.recipient_id = rr.id
        WHERE rr.organisation_id = $2 AND rr.remiss_id = $1
        ORDER BY ${recipientKindOrder('rr')}, rr.name, rr.id`;

/** The positions of a remiss's submitted answers, $1 = remiss id, $2 = its organisation. */
export const REMISS_POSITIONS_SQL = `SELECT coalesce(a.position, 'unknown') AS position, count(*)::int AS count
         FROM remiss_answer a WHERE a.organisation_id = $2 AND a.remiss_id = $1 AND a.state = 'submitted'
        GROUP BY 1
        ORDER BY array_position(ARRAY['supports', 'partly-supports', 'opposes', 'no-comments', 'declined', 'unknown'], coalesce(a.position, 'unknown'))`;

/**
 * Recipients of sent remisser past their last answer date without a submitted answer, oldest date
 * first: $1 organisation | null, keyset after ($2 date, $3 remiss id, $4 recipient id), $5 = limit.
 * The page's remisser are chosen first, in the order of `ix_remiss_status_answer_order` (or the
 * organisation's), each with one look-up for a missing answer, so a page reads at most `limit`
 * remisser instead of every sent remiss of the country (docs/benchmark.md). Every row here has a
 * last answer date, so coalesce() only lets the indexes serve the order.
 */
export const REMISS_OVERDUE_SQL = `
WITH page_remiss AS MATERIALIZED (
  SELECT r.id, r.organisation_id, r.case_number, r.title, r.answer_by
    FROM remiss r
   WHERE r.status = 'sent' AND coalesce(r.answer_by, '9999-12-31'::date) < ${TODAY}
     AND ($1::int IS NULL OR r.organisation_id = $1)
     AND ($2::date IS NULL OR (coalesce(r.answer_by, '9999-12-31'::date), r.id) >= ($2::date, $3::int))
     AND EXISTS (
       SELECT 1 FROM remiss_recipient rr
         LEFT JOIN remiss_answer a ON a.organisation_id = rr.organisation_id AND a.recipient_id = rr.id
        WHERE rr.organisation_id = r.organisation_id AND rr.remiss_id = r.id AND a.state IS DISTINCT FROM 'submitted'
          AND ($2::date IS NULL OR (coalesce(r.answer_by, '9999-12-31'::date), r.id, rr.id) > ($2::date, $3::int, $4::int)))
   ORDER BY coalesce(r.answer_by, '9999-12-31'::date), r.id
   LIMIT $5
)
SELECT o.slug, o.name AS org_name, r.id AS remiss_id, r.case_number, r.title, to_char(r.answer_by, 'YYYY-MM-DD') AS answer_by,
       rr.id AS recipient_id, rr.kind, rr.name, rr.board_id, rr.external_body_id, (${TODAY} - r.answer_by)::int AS days
  FROM page_remiss r
  JOIN organisation o ON o.id = r.organisation_id
  JOIN remiss_recipient rr ON rr.organisation_id = r.organisation_id AND rr.remiss_id = r.id
  LEFT JOIN remiss_answer a ON a.organisation_id = rr.organisation_id AND a.recipient_id = rr.id
 WHERE a.state IS DISTINCT FROM 'submitted'
   AND ($2::date IS NULL OR (r.answer_by, r.id, rr.id) > ($2::date, $3::int, $4::int))
 ORDER BY r.answer_by, r.id, rr.id
 LIMIT $5`;

/** Drafts (remisser being prepared) only to the organisation's admins: `[false, $admin_org]`. */
function draftRemissVisibility(viewer: AuthUser | undefined): [boolean, number | null] {
  return viewer?.role === 'admin' ? [false, viewer.organisationId] : [false, null];
}

function toListItem(r: RemissViewRow): RemissListItemDto {
  return {
    id: r.id,
    organisation: { slug: r.organisation_slug, name: r.organisation_name },
    caseNumber: r.case_number,
    title: r.title,
    kind: r.kind,
    sender: { name: r.sender_name, external: r.sender_external_body_id !== null, board: r.sender_board_id === null ? null : { id: r.sender_board_id, name: r.sender_board_name! } },
    decidedOn: r.decided_on,
    answerBy: r.answer_by,
    status: r.status,
    counts: { recipients: r.recipients, answered: r.answered, late: r.late, missing: r.missing },
  };
}

interface RecipientViewRow {
  id: number;
  kind: RecipientKind;
  name: string;
  board_id: number | null;
  board_name: string | null;
  external_body_id: number | null;
  external_name: string | null;
  via_group: string | null;
  late: boolean;
  days_late: number;
  a_id: number | null;
  a_position: AnswerRow['position'];
  a_answered_on: string | null;
  a_summary: string | null;
  a_signatories: string[] | null;
  a_state: AnswerRow['state'] | null;
  a_version: number | null;
}


/** Who may see a recipient's draft answer and write it: the board's editors and the organisation's admins. */
export function canWriteForRecipient(user: AuthUser | undefined, recipient: { board_id: number | null }, organisationId: number): boolean {
  return recipient.board_id !== null ? canWriteForBoard(user, recipient.board_id, organisationId) : canAdminOrganisation(user, organisationId);
}

const recipientKey = (kind: RecipientKind, boardId: number | null, externalId: number | null, name: string): string =>
  boardId !== null ? `board:${boardId}` : externalId !== null ? `external:${externalId}` : kind === 'organisation' ? 'organisation' : `name:${name.toLowerCase()}`;

@Injectable()
export class RemisserService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly organisations: OrganisationsService,
  ) {}

  private organisationId(slug: string | undefined): Promise<number | null> {
    return this.organisations.filterId(slug);
  }

  /** One page of remisser, nearest last answer date first (none last), with their counts, in one query. */
  async list(q: { organisation?: string; status?: string; recipient?: string; limit?: number; cursor?: string }, viewer?: AuthUser): Promise<Page<RemissListItemDto>> {
    const organisationId = await this.organisationId(q.organisation);
    const after = decodeCursor(q.cursor, ['text', 'int']);
    const limit = q.limit ?? DEFAULT_PAGE_SIZE;
    const [kind, id] = (q.recipient ?? '').split(':');
    const [allDrafts, draftOrg] = draftRemissVisibility(viewer);
    const rows = await this.dataSource.query<RemissViewRow[]>(
      REMISS_LIST_SQL,
      [organisationId, q.status ?? null, q.recipient ? kind : null, id ? Number(id) : null, allDrafts, draftOrg, ...(after ?? [null, null]), limit + 1],
    );
    return toPage(rows, limit, (r) => [r.answer_by ?? '9999-12-31', r.id], toListItem);
  }

  async row(id: number, viewer?: AuthUser, m: EntityManager = this.dataSource.manager): Promise<RemissViewRow> {
    const [row] = await m.query<RemissViewRow[]>(REMISS_SQL, [id]);
    if (!row || (row.status === 'draft' && !canAdminOrganisation(viewer, row.organisation_id))) throw AppException.notFound('Remiss', id);
    return row;
  }

  private async recipientRows(remissId: number, organisationId: number, m: EntityManager = this.dataSource.manager): Promise<RecipientViewRow[]> {
    return m.query<RecipientViewRow[]>(REMISS_RECIPIENTS_SQL, [remissId, organisationId]);
  }

  private async positions(remissId: number, organisationId: number): Promise<PositionCountDto[]> {
    const rows = await this.dataSource.query<{ position: string; count: number }[]>(REMISS_POSITIONS_SQL, [remissId, organisationId]);
    return rows as PositionCountDto[];
  }

  async get(id: number, viewer?: AuthUser): Promise<RemissDetailDto> {
    const row = await this.row(id, viewer);
    const [recipients, positions] = await Promise.all([this.recipientRows(id, row.organisation_id), this.positions(id, row.organisation_id)]);
    return {
      ...toListItem(row),
      paragraph: row.paragraph,
      links: row.links,
      handlingOfficer: row.handling_officer,
      version: row.version,
      recipients: recipients.map((r): RecipientDto => {
        const visible = r.a_id !== null && (r.a_state === 'submitted' || canWriteForRecipient(viewer, r, row.organisation_id));
        const answer: AnswerSummaryDto | null = visible
          ? { id: r.a_id!, position: r.a_position, answeredOn: r.a_answered_on, late: r.late, summary: r.a_summary!, signedBy: r.a_signatories!, state: r.a_state!, version: r.a_version! }
          : null;
        return {
          id: r.id,
          name: r.name,
          kind: r.kind,
          board: r.board_id === null ? null : { id: r.board_id, name: r.board_name! },
          externalBody: r.external_body_id === null ? null : { id: r.external_body_id, name: r.external_name! },
          viaGroup: r.via_group,
          late: r.late,
          answer,
        };
      }),
      positions,
    };
  }

  /** Follow-up of one remiss: totals, positions, and each recipient's status (answered, late, missing, overdue). */
  async followUp(id: number, viewer?: AuthUser): Promise<RemissFollowUpDto> {
    const row = await this.row(id, viewer);
    const [recipients, positions] = await Promise.all([this.recipientRows(id, row.organisation_id), this.positions(id, row.organisation_id)]);
    return {
      totals: { recipients: row.recipients, answered: row.answered, late: row.late, missing: row.missing },
      positions,
      recipients: recipients.map((r) => ({
        id: r.id,
        name: r.name,
        kind: r.kind,
        status: r.a_state === 'submitted' ? (r.late ? 'answered-late' : 'answered') : r.late ? 'overdue' : 'missing',
        daysLate: r.days_late,
      })),
    };
  }

  /** Per recipient across the remisser sent (not drafts): answer rate and days late, in one aggregation. */
  async recipientFollowUp(q: { organisation?: string; recipient?: string; limit?: number; cursor?: string }): Promise<Page<RecipientFollowUpDto>> {
    const organisationId = await this.organisationId(q.organisation);
    const after = decodeCursor(q.cursor, ['int', 'text']);
    const limit = q.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await this.dataSource.query<{
      organisation_id: number; slug: string; org_name: string; key: string; kind: RecipientKind; name: string;
      board_id: number | null; external_body_id: number | null; remisser: number; answered: number; late: number; missing: number; days_late: number;
    }[]>(
      `WITH per AS (
         SELECT rr.organisation_id,
                CASE WHEN rr.board_id IS NOT NULL THEN 'board:' || rr.board_id
                     WHEN rr.external_body_id IS NOT NULL THEN 'external:' || rr.external_body_id
                     WHEN rr.kind = 'organisation' THEN 'organisation'
                     ELSE 'name:' || lower(rr.name) END AS key,
                rr.kind, rr.name, rr.board_id, rr.external_body_id,
                a.state = 'submitted' AS answered, ${lateSql('r', 'a')} AS late,
                CASE WHEN r.answer_by IS NULL THEN 0
                     WHEN a.state = 'submitted' THEN greatest(0, coalesce(a.answered_on, (a.submitted_at AT TIME ZONE 'Europe/Stockholm')::date, r.answer_by) - r.answer_by)
                     ELSE greatest(0, ${TODAY} - r.answer_by) END AS days_late
           FROM remiss_recipient rr
           JOIN remiss r ON r.organisation_id = rr.organisation_id AND r.id = rr.remiss_id AND r.status <> 'draft'
           LEFT JOIN remiss_answer a ON a.organisation_id = rr.organisation_id AND a.recipient_id = rr.id
          WHERE ($1::int IS NULL OR rr.organisation_id = $1))
       SELECT p.organisation_id, o.slug, o.name AS org_name, p.key, min(p.kind) AS kind,
              coalesce(min(b.name), min(eb.name), min(p.name)) AS name, min(p.board_id) AS board_id, min(p.external_body_id) AS external_body_id,
              count(*)::int AS remisser, count(*) FILTER (WHERE p.answered)::int AS answered, count(*) FILTER (WHERE p.late)::int AS late,
              count(*) FILTER (WHERE p.answered IS NOT TRUE)::int AS missing, sum(p.days_late)::int AS days_late
         FROM per p
         JOIN organisation o ON o.id = p.organisation_id
         LEFT JOIN board b ON b.id = p.board_id
         LEFT JOIN external_body eb ON eb.id = p.external_body_id
        WHERE ($2::int IS NULL OR (p.organisation_id, p.key) > ($2, $3::text))
          AND ($5::text IS NULL OR p.key = $5)
        GROUP BY p.organisation_id, o.slug, o.name, p.key
        ORDER BY p.organisation_id, p.key
        LIMIT $4`,
      [organisationId, ...(after ?? [null, null]), limit + 1, q.recipient ?? null],
    );
    return toPage(rows, limit, (r) => [r.organisation_id, r.key], (r) => ({
      organisation: { slug: r.slug, name: r.org_name },
      recipient: this.recipientRef(r.key, r.kind, r.name, r.board_id, r.external_body_id),
      remisser: r.remisser,
      answered: r.answered,
      late: r.late,
      missing: r.missing,
      answerRate: r.remisser === 0 ? 0 : Math.round((r.answered / r.remisser) * 1000) / 1000,
      daysLate: r.days_late,
    }));
  }

  private recipientRef(key: string, kind: RecipientKind, name: string, boardId: number | null, externalId: number | null): RecipientRefDto {
    return {
      key,
      name,
      kind,
      board: boardId === null ? null : { id: boardId, name },
      externalBody: externalId === null ? null : { id: externalId, name },
    };
  }

  /** Recipients of sent remisser whose last answer date has passed without a submitted answer, oldest date first. */
  async overdue(q: { organisation?: string; limit?: number; cursor?: string }): Promise<Page<OverdueDto>> {
    const organisationId = await this.organisationId(q.organisation);
    const after = decodeCursor(q.cursor, ['text', 'int', 'int']);
    const limit = q.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await this.dataSource.query<{
      slug: string; org_name: string; remiss_id: number; case_number: string | null; title: string; answer_by: string;
      recipient_id: number; kind: RecipientKind; name: string; board_id: number | null; external_body_id: number | null; days: number;
    }[]>(
      REMISS_OVERDUE_SQL,
      [organisationId, ...(after ?? [null, null, null]), limit + 1],
    );
    return toPage(rows, limit, (r) => [r.answer_by, r.remiss_id, r.recipient_id], (r) => ({
      organisation: { slug: r.slug, name: r.org_name },
      remiss: { id: r.remiss_id, caseNumber: r.case_number, title: r.title, answerBy: r.answer_by },
      recipient: this.recipientRef(recipientKey(r.kind, r.board_id, r.external_body_id, r.name), r.kind, r.name, r.board_id, r.external_body_id),
      daysOverdue: r.days,
    }));
  }

  /** "Att besvara": the sent remisser the editor's boards have not answered yet (drafts begun included). */
  async todo(user: AuthUser): Promise<TodoRemissDto[]> {
    const boards = user.boards.map((b) => b.id);
    const rows = await this.dataSource.query<{
      remiss_id: number; case_number: string | null; title: string; answer_by: string | null; recipient_id: number; name: string; kind: RecipientKind;
      board_id: number; board_name: string; overdue: boolean; a_id: number | null; a_position: AnswerRow['position']; a_answered_on: string | null;
      a_summary: string | null; a_signatories: string[] | null; a_state: AnswerRow['state'] | null; a_version: number | null; late: boolean;
    }[]>(
      `SELECT r.id AS remiss_id, r.case_number, r.title, to_char(r.answer_by, 'YYYY-MM-DD') AS answer_by,
              rr.id AS recipient_id, rr.name, rr.kind, rr.board_id, b.name AS board_name,
              coalesce(r.answer_by < ${TODAY}, false) AS overdue, ${lateSql('r', 'a')} AS late,
              a.id AS a_id, a.position AS a_position, to_char(a.answered_on, 'YYYY-MM-DD') AS a_answered_on, a.summary AS a_summary,
              a.signatories AS a_signatories, a.state AS a_state, a.version AS a_version
         FROM remiss_recipient rr
         JOIN remiss r ON r.organisation_id = rr.organisation_id AND r.id = rr.remiss_id AND r.status = 'sent'
         JOIN board b ON b.id = rr.board_id
         LEFT JOIN remiss_answer a ON a.organisation_id = rr.organisation_id AND a.recipient_id = rr.id
        WHERE rr.board_id = ANY($1::int[]) AND a.state IS DISTINCT FROM 'submitted'
        ORDER BY r.answer_by NULLS LAST, r.id, rr.id`,
      [boards],
    );
    return rows.map((r) => ({
      remiss: { id: r.remiss_id, caseNumber: r.case_number, title: r.title, answerBy: r.answer_by },
      recipient: { id: r.recipient_id, name: r.name, kind: r.kind, board: { id: r.board_id, name: r.board_name } },
      answer:
        r.a_id === null
          ? null
          : { id: r.a_id, position: r.a_position, answeredOn: r.a_answered_on, late: r.late, summary: r.a_summary!, signedBy: r.a_signatories!, state: r.a_state!, version: r.a_version! },
      overdue: r.overdue,
    }));
  }

  /** One answer as its viewer may see it: a draft is as good as absent (404) to anyone but who may write it. */
  async answer(id: number, viewer?: AuthUser, m: EntityManager = this.dataSource.manager): Promise<RemissAnswerDto> {
    const [row] = await m.query<(AnswerRow & {
      case_number: string | null; title: string; answer_by: string | null; remiss_status: string; r_name: string; r_kind: RecipientKind; board_id: number | null; board_name: string | null; late: boolean;
    })[]>(
      `SELECT ${answerColumns('a')}, r.case_number, r.title, to_char(r.answer_by, 'YYYY-MM-DD') AS answer_by, r.status AS remiss_status,
              rr.name AS r_name, rr.kind AS r_kind, rr.board_id, b.name AS board_name, ${lateSql('r', 'a')} AS late
         FROM remiss_answer a
         JOIN remiss r ON r.organisation_id = a.organisation_id AND r.id = a.remiss_id
         JOIN remiss_recipient rr ON rr.organisation_id = a.organisation_id AND rr.id = a.recipient_id
         LEFT JOIN board b ON b.id = rr.board_id
        WHERE a.id = $1`,
      [id],
    );
    if (!row || (row.state !== 'submitted' && !canWriteForRecipient(viewer, row, row.organisation_id))) throw AppException.notFound('Remiss answer', id);
    return {
      id: row.id,
      position: row.position,
      answeredOn: row.answered_on,
      late: row.late,
      summary: row.summary,
      signedBy: row.signatories,
      state: row.state,
      version: row.version,
      remiss: { id: row.remiss_id, caseNumber: row.case_number, title: row.title, answerBy: row.answer_by },
      recipient: { id: row.recipient_id, name: row.r_name, kind: row.r_kind, board: row.board_id === null ? null : { id: row.board_id, name: row.board_name! } },
      parts: row.parts,
      decidedHow: row.decided_how,
      submittedAt: row.submitted_at === null ? null : new Date(row.submitted_at).toISOString(),
      updatedAt: new Date(row.updated_at).toISOString(),
    };
  }

  /** The answer's audit trail; the public sees only submitted versions, without who (as statements). */
  async answerHistory(id: number, viewer?: AuthUser): Promise<AuditEventDto[]> {
    const answer = await this.answer(id, viewer);
    const events = await this.audit.forEntity('remiss_answer', id);
    const [row] = await this.dataSource.query<{ organisation_id: number; board_id: number | null }[]>(
      `SELECT a.organisation_id, rr.board_id FROM remiss_answer a JOIN remiss_recipient rr ON rr.id = a.recipient_id WHERE a.id = $1`,
      [answer.id],
    );
    if (canWriteForRecipient(viewer, row, row.organisation_id)) return events;
    return events
      .filter((e) => (e.after as { state?: string } | null)?.state === 'submitted')
      .map((e, i, all) => ({ ...e, actor: null, before: i === 0 ? null : all[i - 1].after }));
  }

  /** The remiss's own trail (edits, recipients, status), oldest first. */
  async history(id: number, viewer?: AuthUser): Promise<AuditEventDto[]> {
    await this.row(id, viewer);
    return this.audit.forEntity('remiss', id);
  }

  async externalBodies(q: { organisation?: string; limit?: number; cursor?: string }): Promise<Page<ExternalBodyDto>> {
    const organisationId = await this.organisationId(q.organisation);
    const after = decodeCursor(q.cursor, ['int', 'text', 'int']);
    const limit = q.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await this.dataSource.query<{ id: number; organisation_id: number; slug: string; org_name: string; name: string; version: number }[]>(
      `SELECT e.id, e.organisation_id, o.slug, o.name AS org_name, e.name, e.version
         FROM external_body e JOIN organisation o ON o.id = e.organisation_id
        WHERE ($1::int IS NULL OR e.organisation_id = $1)
          AND ($2::int IS NULL OR (e.organisation_id, lower(e.name), e.id) > ($2, $3::text, $4::int))
        ORDER BY e.organisation_id, lower(e.name), e.id
        LIMIT $5`,
      [organisationId, ...(after ?? [null, null, null]), limit + 1],
    );
    return toPage(rows, limit, (r) => [r.organisation_id, r.name.toLowerCase(), r.id], (r) => ({ id: r.id, organisation: { slug: r.slug, name: r.org_name }, name: r.name, version: r.version }));
  }
}
