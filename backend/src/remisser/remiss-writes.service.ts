import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/roles.js';
import { AppException, ErrorCode } from '../common/errors/app-exception.js';
import { lockForUpdate, versionedUpdate } from '../database/versioned-update.js';
import type { ExternalBodyDto, RemissAnswerDto, RemissDetailDto } from './dto/remiss.dto.js';
import type { AddRecipientDto, AnswerContentDto, CreateExternalBodyDto, CreateRemissDto, ImportRemissDto, UpdateAnswerDto, UpdateRemissDto } from './dto/write-remiss.dto.js';
import { requireOrganisationBySlug } from '../organisations/organisations.service.js';
import { assertAdminOf } from './remiss-access.js';
import { importRemiss, type RemissImportSummary } from './remiss-import.js';
import { ANSWER_TABLE, answerColumns, RECIPIENT_COLUMNS, recipientSnapshot, REMISS_TABLE, type AnswerRow, type RecipientRow, type RemissRow } from './remiss.row.js';
import { canWriteForRecipient, RemisserService } from './remisser.service.js';
import { RemissParseError } from './parser/types.js';

const isUniqueViolation = (e: unknown) => e instanceof QueryFailedError && (e.driverError as { code?: string }).code === '23505';

/**
 * Admins of the organisation create and edit remisser, their recipients and status; the recipient
 * board's editors (or the organisation's admins) write its answer: draft → submitted, versioned
 * (409 on a stale version) and audited in the same transaction, as statements are.
 */
@Injectable()
export class RemissWritesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly remisser: RemisserService,
  ) {}

  private async sender(m: EntityManager, organisationId: number, body: { senderBoardId?: number | null; senderExternalBodyId?: number | null; senderName?: string }): Promise<string | null> {
    if (body.senderBoardId != null && body.senderExternalBodyId != null) {
      throw AppException.validation({ senderBoardId: 'name either the sending board or the external body, not both' });
    }
    if (body.senderBoardId != null) {
      const [b] = await m.query<{ name: string }[]>(`SELECT name FROM board WHERE id = $1 AND organisation_id = $2`, [body.senderBoardId, organisationId]);
      if (!b) throw new AppException(ErrorCode.NotFound, `Board ${body.senderBoardId} is not a board of the remiss's organisation`, { senderBoardId: 'unknown board in this organisation' });
      return body.senderName ?? b.name;
    }
    if (body.senderExternalBodyId != null) {
      const [e] = await m.query<{ name: string }[]>(`SELECT name FROM external_body WHERE id = $1 AND organisation_id = $2`, [body.senderExternalBodyId, organisationId]);
      if (!e) throw new AppException(ErrorCode.NotFound, `External body ${body.senderExternalBodyId} is not in the organisation's register`, { senderExternalBodyId: 'unknown external body in this organisation' });
      return body.senderName ?? e.name;
    }
    return body.senderName ?? null;
  }

  private caseNumberTaken(caseNumber: string | null | undefined): AppException {
    return new AppException(ErrorCode.Conflict, `The organisation already has a remiss with case number ${JSON.stringify(caseNumber)} (or, without one, that title)`, {
      caseNumber: 'already used by another remiss of the organisation',
    });
  }

  async create(body: CreateRemissDto, user: AuthUser): Promise<RemissDetailDto> {
    try {
      const id = await this.dataSource.transaction(async (m) => {
        const org = await requireOrganisationBySlug(m, body.organisation);
        assertAdminOf(user, org.id, 'create remisser');
        const senderName = await this.sender(m, org.id, body);
        if (senderName === null) throw AppException.validation({ senderName: 'name the sender: senderBoardId, senderExternalBodyId or senderName' });
        const [row] = await m.query<RemissRow[]>(
          `INSERT INTO remiss AS t (organisation_id, case_number, title, kind, sender_name, sender_board_id, sender_external_body_id, decided_on, paragraph, answer_by, status, links, handling_officer)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::jsonb, $13) RETURNING ${REMISS_TABLE.columns}`,
          [org.id, body.caseNumber?.trim() ?? null, body.title.trim(), body.kind ?? null, senderName, body.senderBoardId ?? null, body.senderExternalBodyId ?? null,
            body.decidedOn ?? null, body.paragraph ?? null, body.answerBy ?? null, body.status ?? 'draft', JSON.stringify(body.links ?? []), body.handlingOfficer ?? null],
        );
        await recordAudit(m, user, { action: 'remiss.create', entityType: 'remiss', entityId: row.id, organisationId: org.id, before: null, after: REMISS_TABLE.snapshot(row) });
        return row.id;
      });
      return this.remisser.get(id, user);
    } catch (error) {
      if (isUniqueViolation(error)) throw this.caseNumberTaken(body.caseNumber);
      throw error;
    }
  }

  async update(id: number, body: UpdateRemissDto, user: AuthUser): Promise<RemissDetailDto> {
    try {
      await this.dataSource.transaction(async (m) => {
        const before = await lockForUpdate(m, REMISS_TABLE, id, undefined);
        assertAdminOf(user, before.organisation_id, 'edit remisser');
        if (before.version !== body.version) throw AppException.versionConflict(REMISS_TABLE.label, id, before.version);
        const senderChanged = body.senderBoardId !== undefined || body.senderExternalBodyId !== undefined || body.senderName !== undefined;
        const senderName = senderChanged
          ? await this.sender(m, before.organisation_id, {
              senderBoardId: body.senderBoardId === undefined ? before.sender_board_id : body.senderBoardId,
              senderExternalBodyId: body.senderExternalBodyId === undefined ? before.sender_external_body_id : body.senderExternalBodyId,
              senderName: body.senderName,
            })
          : before.sender_name;
        const has = (k: keyof UpdateRemissDto) => body[k] !== undefined;
        await versionedUpdate(m, user, REMISS_TABLE, {
          before,
          version: body.version,
          set: `case_number = CASE WHEN $3 THEN $4 ELSE t.case_number END, title = coalesce($5, t.title), kind = CASE WHEN $6 THEN $7 ELSE t.kind END,
                sender_name = $8, sender_board_id = CASE WHEN $9 THEN $10::int ELSE t.sender_board_id END,
                sender_external_body_id = CASE WHEN $11 THEN $12::int ELSE t.sender_external_body_id END,
                decided_on = CASE WHEN $13 THEN $14::date ELSE t.decided_on END, paragraph = CASE WHEN $15 THEN $16 ELSE t.paragraph END,
                answer_by = CASE WHEN $17 THEN $18::date ELSE t.answer_by END, status = coalesce($19, t.status),
                links = coalesce($20::jsonb, t.links), handling_officer = CASE WHEN $21 THEN $22 ELSE t.handling_officer END, updated_at = now()`,
          params: [
            has('caseNumber'), body.caseNumber?.trim() ?? null, body.title?.trim() ?? null, has('kind'), body.kind ?? null, senderName,
            has('senderBoardId'), body.senderBoardId ?? null, has('senderExternalBodyId'), body.senderExternalBodyId ?? null,
            has('decidedOn'), body.decidedOn ?? null, has('paragraph'), body.paragraph ?? null, has('answerBy'), body.answerBy ?? null,
            body.status ?? null, body.links === undefined ? null : JSON.stringify(body.links), has('handlingOfficer'), body.handlingOfficer ?? null,
          ],
          action: body.status !== undefined && body.status !== before.status ? `remiss.status.${body.status}` : 'remiss.update',
        });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw this.caseNumberTaken(body.caseNumber);
      throw error;
    }
    return this.remisser.get(id, user);
  }

  /** Adds a recipient; bumps the remiss's version (the recipients are part of it) and audits on the remiss. */
  async addRecipient(remissId: number, body: AddRecipientDto, user: AuthUser): Promise<RemissDetailDto> {
    try {
      await this.dataSource.transaction(async (m) => {
        const before = await lockForUpdate(m, REMISS_TABLE, remissId, undefined);
        assertAdminOf(user, before.organisation_id, 'change recipients');
        if (before.version !== body.version) throw AppException.versionConflict(REMISS_TABLE.label, remissId, before.version);
        let target: { kind: string; name: string; board: number | null; external: number | null };
        if (body.kind === 'board') {
          const [b] = await m.query<{ name: string; kind: string }[]>(`SELECT name, kind FROM board WHERE id = $1 AND organisation_id = $2`, [body.boardId, before.organisation_id]);
          if (!b) throw new AppException(ErrorCode.NotFound, `Board ${body.boardId} is not a board of the remiss's organisation`, { boardId: 'unknown board in this organisation' });
          target = { kind: b.kind === 'company' ? 'company' : 'board', name: b.name, board: body.boardId!, external: null };
        } else if (body.kind === 'external') {
          const [e] = await m.query<{ name: string }[]>(`SELECT name FROM external_body WHERE id = $1 AND organisation_id = $2`, [body.externalBodyId, before.organisation_id]);
          if (!e) throw new AppException(ErrorCode.NotFound, `External body ${body.externalBodyId} is not in the organisation's register`, { externalBodyId: 'unknown external body in this organisation' });
          target = { kind: 'external', name: e.name, board: null, external: body.externalBodyId! };
        } else {
          const [o] = await m.query<{ name: string }[]>(`SELECT name FROM organisation WHERE id = $1`, [before.organisation_id]);
          target = { kind: 'organisation', name: o.name, board: null, external: null };
        }
        const [row] = await m.query<RecipientRow[]>(
          `INSERT INTO remiss_recipient AS t (organisation_id, remiss_id, kind, name, board_id, external_body_id) VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${RECIPIENT_COLUMNS}`,
          [before.organisation_id, remissId, target.kind, target.name, target.board, target.external],
        );
        await versionedUpdate(m, user, REMISS_TABLE, {
          before, version: body.version, set: 'updated_at = now()', action: 'remiss.recipient.add', after: () => ({ recipientAdded: recipientSnapshot(row) }),
        });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppException(ErrorCode.Conflict, `That recipient is already on remiss ${remissId}`, { [body.kind === 'external' ? 'externalBodyId' : body.kind === 'board' ? 'boardId' : 'kind']: 'already a recipient' });
      throw error;
    }
    return this.remisser.get(remissId, user);
  }

  async removeRecipient(remissId: number, recipientId: number, version: number, user: AuthUser): Promise<RemissDetailDto> {
    await this.dataSource.transaction(async (m) => {
      const before = await lockForUpdate(m, REMISS_TABLE, remissId, undefined);
      assertAdminOf(user, before.organisation_id, 'change recipients');
      if (before.version !== version) throw AppException.versionConflict(REMISS_TABLE.label, remissId, before.version);
      const [row] = await m.query<(RecipientRow & { answer_id: number | null })[]>(
        `SELECT ${RECIPIENT_COLUMNS}, a.id AS answer_id FROM remiss_recipient t LEFT JOIN remiss_answer a ON a.recipient_id = t.id WHERE t.id = $1 AND t.remiss_id = $2`,
        [recipientId, remissId],
      );
      if (!row) throw AppException.notFound('Recipient', recipientId);
      if (row.answer_id !== null) throw new AppException(ErrorCode.Conflict, `Recipient ${recipientId} has an answer (${row.answer_id}); an answered recipient stays`, { recipientId: 'has an answer' });
      await m.query(`DELETE FROM remiss_recipient WHERE id = $1`, [recipientId]);
      await versionedUpdate(m, user, REMISS_TABLE, {
        before, version, set: 'updated_at = now()', action: 'remiss.recipient.remove', after: () => ({ recipientRemoved: recipientSnapshot(row) }),
      });
    });
    return this.remisser.get(remissId, user);
  }

  private async recipientFor(m: EntityManager, recipientId: number, user: AuthUser): Promise<RecipientRow & { remiss_status: string }> {
    const [r] = await m.query<(RecipientRow & { remiss_status: string })[]>(
      // FOR SHARE on the remiss: an admin closing it waits for this write, or this write sees it closed.
      `SELECT ${RECIPIENT_COLUMNS}, r.status AS remiss_status FROM remiss_recipient t JOIN remiss r ON r.organisation_id = t.organisation_id AND r.id = t.remiss_id WHERE t.id = $1 FOR SHARE OF r`,
      [recipientId],
    );
    if (!r) throw AppException.notFound('Recipient', recipientId);
    if (!canWriteForRecipient(user, r, r.organisation_id)) {
      throw AppException.forbidden(r.board_id !== null ? `Only editors of ${r.name} or the organisation's admins may answer for it` : `Only the organisation's admins register the answer of ${r.name}`);
    }
    if (r.remiss_status !== 'sent') {
      throw new AppException(ErrorCode.RemissNotOpen, `Remiss ${r.remiss_id} is ${r.remiss_status}: answers are written only while it is sent`, undefined, { status: r.remiss_status });
    }
    return r;
  }

  async createAnswer(remissId: number, recipientId: number, body: AnswerContentDto, user: AuthUser): Promise<RemissAnswerDto> {
    try {
      const id = await this.dataSource.transaction(async (m) => {
        const r = await this.recipientFor(m, recipientId, user);
        if (r.remiss_id !== remissId) throw AppException.notFound('Recipient', recipientId);
        const [row] = await m.query<AnswerRow[]>(
          `INSERT INTO remiss_answer AS t (organisation_id, remiss_id, recipient_id, answered_on, position, summary, parts, signatories, decided_how, state)
           VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9, 'draft') RETURNING ${answerColumns('t')}`,
          [r.organisation_id, r.remiss_id, r.id, body.answeredOn ?? null, body.position ?? null, body.summary ?? '', JSON.stringify(body.parts ?? []), body.signatories ?? [], body.decidedHow ?? null],
        );
        await recordAudit(m, user, { action: 'remiss.answer.create', entityType: 'remiss_answer', entityId: row.id, organisationId: r.organisation_id, before: null, after: ANSWER_TABLE.snapshot(row) });
        return row.id;
      });
      return this.remisser.answer(id, user);
    } catch (error) {
      if (isUniqueViolation(error)) {
        const [existing] = await this.dataSource.query<{ id: number }[]>(`SELECT id FROM remiss_answer WHERE recipient_id = $1`, [recipientId]);
        throw new AppException(ErrorCode.Conflict, `Recipient ${recipientId} already has an answer: update answer ${existing?.id} instead`, { recipientId: 'already answered' }, { answerId: existing?.id ?? null });
      }
      throw error;
    }
  }

  private async changeAnswer(id: number, version: number, user: AuthUser, change: (before: AnswerRow) => { set: string; params?: unknown[]; action: string }): Promise<RemissAnswerDto> {
    await this.dataSource.transaction(async (m) => {
      const before = await lockForUpdate(m, ANSWER_TABLE, id, undefined);
      await this.recipientFor(m, before.recipient_id, user);
      if (before.version !== version) throw AppException.versionConflict(ANSWER_TABLE.label, id, before.version);
      if (before.state === 'submitted') {
        throw new AppException(ErrorCode.AnswerSubmitted, `Remiss answer ${id} is submitted and can no longer be changed`, undefined, { currentVersion: before.version });
      }
      const c = change(before);
      await versionedUpdate(m, user, ANSWER_TABLE, { before, version, set: c.set, params: c.params, guard: `t.state = 'draft'`, action: c.action });
    });
    return this.remisser.answer(id, user);
  }

  updateAnswer(id: number, body: UpdateAnswerDto, user: AuthUser): Promise<RemissAnswerDto> {
    const has = (k: keyof UpdateAnswerDto) => body[k] !== undefined;
    return this.changeAnswer(id, body.version, user, () => ({
      set: `position = CASE WHEN $3 THEN $4 ELSE t.position END, answered_on = CASE WHEN $5 THEN $6::date ELSE t.answered_on END,
            summary = coalesce($7, t.summary), parts = coalesce($8::jsonb, t.parts), signatories = coalesce($9::text[], t.signatories),
            decided_how = CASE WHEN $10 THEN $11 ELSE t.decided_how END, updated_at = now()`,
      params: [
        has('position'), body.position ?? null, has('answeredOn'), body.answeredOn ?? null, body.summary ?? null,
        body.parts === undefined ? null : JSON.stringify(body.parts), body.signatories ?? null, has('decidedHow'), body.decidedHow ?? null,
      ],
      action: 'remiss.answer.update',
    }));
  }

  /** Draft → submitted; needs a position and a summary; the date defaults to today (Stockholm). */
  submitAnswer(id: number, version: number, user: AuthUser): Promise<RemissAnswerDto> {
    return this.changeAnswer(id, version, user, (before) => {
      const errors: Record<string, string> = {};
      if (before.position === null) errors.position = 'choose a position before submitting';
      if (before.summary.trim() === '') errors.summary = 'write a summary before submitting';
      if (Object.keys(errors).length > 0) throw AppException.validation(errors);
      return {
        set: `state = 'submitted', submitted_at = now(), answered_on = coalesce(t.answered_on, (now() AT TIME ZONE 'Europe/Stockholm')::date), updated_at = now()`,
        action: 'remiss.answer.submit',
      };
    });
  }

  async createExternalBody(body: CreateExternalBodyDto, user: AuthUser): Promise<ExternalBodyDto> {
    try {
      return await this.dataSource.transaction(async (m) => {
        const org = await requireOrganisationBySlug(m, body.organisation);
        assertAdminOf(user, org.id, 'register external bodies');
        const [row] = await m.query<{ id: number; name: string; version: number }[]>(
          `INSERT INTO external_body (organisation_id, name) VALUES ($1, $2) RETURNING id, name, version`,
          [org.id, body.name.trim()],
        );
        await recordAudit(m, user, { action: 'remiss.external-body.create', entityType: 'external_body', entityId: row.id, organisationId: org.id, before: null, after: { ...row, organisationId: org.id } });
        return { id: row.id, organisation: { slug: org.slug, name: org.name }, name: row.name, version: row.version };
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppException(ErrorCode.Conflict, `${JSON.stringify(body.name)} is already in the register`, { name: 'already registered' });
      throw error;
    }
  }

  /** Import through the API: admins of the organisation, dry run for a preview; an unreadable document is a 422. */
  async import(body: ImportRemissDto, user: AuthUser): Promise<RemissImportSummary> {
    try {
      return await importRemiss(this.dataSource, body.text, {
        // Without a slug: the signed-in admin's own organisation.
        organisation: body.organisation ?? user.organisation?.slug,
        kind: body.kind,
        dryRun: body.dryRun,
        actor: user,
        assertMay: (organisationId) => assertAdminOf(user, organisationId, 'import remisser'),
      });
    } catch (error) {
      if (error instanceof RemissParseError) {
        throw new AppException(ErrorCode.UnprocessableEntity, `The document could not be read; nothing was written. ${error.message}`, { text: error.message }, error.line === undefined ? undefined : { line: error.line });
      }
      throw error;
    }
  }
}
