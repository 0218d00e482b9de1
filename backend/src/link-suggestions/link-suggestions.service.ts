import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { assertAdminOfOrganisation, assertSameOrganisation, type AuthUser } from '../auth/roles.js';
import { requireOrganisationBySlug } from '../organisations/organisations.service.js';
import { AppException, ErrorCode } from '../common/errors/app-exception.js';
import { decodeCursor, DEFAULT_PAGE_SIZE, toPage, type Page } from '../common/pagination.js';
import { lockForUpdate, versionedUpdate } from '../database/versioned-update.js';
import { STATEMENT_TABLE } from '../statements/statement.row.js';
import { LINK_SUGGESTION_TABLE, type LinkSuggestionRow } from './link-suggestion.row.js';
import type { LinkSuggestionDto, ListLinkSuggestionsQueryDto, SuggestionState } from './dto/link-suggestion.dto.js';

interface SuggestionRow {
  id: number;
  cycle_id: number;
  cycle_name: string;
  board_id: number;
  board_name: string;
  measure_id: number;
  measure_number: string;
  report_key: string;
  measure_title: string;
  passage: string;
  line_from: number;
  line_to: number;
  score: number;
  words: string[];
  planned_years: number[];
  state: SuggestionState;
  statement_id: number | null;
  decided_at: Date | null;
  version: number;
  organisation: { slug: string; name: string };
}

const SELECT = `
  SELECT g.id, g.cycle_id, c.name AS cycle_name, g.board_id, b.name AS board_name, g.measure_id, m.number AS measure_number,
         r.key AS report_key, m.title AS measure_title, g.passage, g.line_from, g.line_to, g.score, g.words, g.planned_years,
         g.state, g.statement_id, g.decided_at, g.version, json_build_object('slug', o.slug, 'name', o.name) AS organisation
    FROM link_suggestion g
    JOIN reporting_cycle c ON c.id = g.cycle_id
    JOIN organisation o ON o.id = c.organisation_id
    JOIN board b ON b.id = g.board_id
    JOIN measure m ON m.id = g.measure_id
    JOIN report r ON r.id = m.report_id`;

function toDto(r: SuggestionRow): LinkSuggestionDto {
  return {
    id: r.id,
    cycle: { id: r.cycle_id, name: r.cycle_name },
    board: { id: r.board_id, name: r.board_name },
    measure: { id: r.measure_id, number: r.measure_number, report: r.report_key, title: r.measure_title },
    passage: r.passage,
    lines: [r.line_from, r.line_to],
    score: Math.round(Number(r.score) * 1000) / 1000,
    words: r.words,
    state: r.state,
    statementId: r.statement_id,
    decidedAt: r.decided_at === null ? null : new Date(r.decided_at).toISOString(),
    version: r.version,
    organisation: r.organisation,
  };
}


/**
 * The importer's doubtful title references and an admin's decisions on them. Confirming makes the
 * passage the board's statement on the measure (link method `confirmed`), so it counts as addressed;
 * rejecting leaves it as it was. Both are audited and version-checked, in one transaction each.
 */
@Injectable()
export class LinkSuggestionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Only the caller's organisation's (admins and analysts read no other's): another's cycle or slug is a 403. */
  async list(q: ListLinkSuggestionsQueryDto, viewer: AuthUser): Promise<Page<LinkSuggestionDto>> {
    const limit = q.limit ?? DEFAULT_PAGE_SIZE;
    const after = (decodeCursor(q.cursor, ['int'])?.[0] as number | undefined) ?? 0;
    if (q.organisation !== undefined) assertSameOrganisation(viewer, (await requireOrganisationBySlug(this.dataSource.manager, q.organisation)).id, "this organisation's link suggestions");
    if (q.cycle !== undefined) {
      const [cycle] = await this.dataSource.query<{ organisation_id: number }[]>(`SELECT organisation_id FROM reporting_cycle WHERE id = $1`, [q.cycle]);
      if (!cycle) throw AppException.notFound('Cycle', q.cycle);
      assertSameOrganisation(viewer, cycle.organisation_id, `the link suggestions of cycle ${q.cycle}`);
    }
    const rows = await this.dataSource.query<SuggestionRow[]>(
      `${SELECT}
        WHERE ($1::int IS NULL OR g.cycle_id = $1) AND ($2::text IS NULL OR g.state = $2) AND g.id > $3 AND c.organisation_id = $5
        ORDER BY g.id
        LIMIT $4`,
      [q.cycle ?? null, q.state ?? null, after, limit + 1, viewer.organisationId],
    );
    return toPage(rows, limit, (r) => [r.id], toDto);
  }

  confirm(id: number, version: number, user: AuthUser): Promise<LinkSuggestionDto> {
    return this.decide(id, version, user, 'confirmed');
  }

  reject(id: number, version: number, user: AuthUser): Promise<LinkSuggestionDto> {
    return this.decide(id, version, user, 'rejected');
  }

  private async decide(id: number, version: number, user: AuthUser, state: 'confirmed' | 'rejected'): Promise<LinkSuggestionDto> {
    return this.dataSource.transaction(async (m) => {
      const before = await lockForUpdate(m, LINK_SUGGESTION_TABLE, id, version, (row) => assertAdminOfOrganisation(user, row.organisation_id, `link suggestion ${id}`));
      if (before.state !== 'pending') {
        throw new AppException(ErrorCode.SuggestionDecided, `Link suggestion ${id} was already ${before.state}`, undefined, {
          currentVersion: before.version,
          state: before.state,
        });
      }
      const statementId = state === 'confirmed' ? await this.createStatement(m, before, user) : null;
      // The audit action grammar is letters and dots: "suggestion.confirm".
      await versionedUpdate(m, user, LINK_SUGGESTION_TABLE, {
        before,
        version,
        set: `state = $3, statement_id = $4, decided_at = now()`,
        params: [state, statementId],
        guard: `t.state = 'pending'`,
        action: `suggestion.${state === 'confirmed' ? 'confirm' : 'reject'}`,
      });
      const [after] = await m.query<SuggestionRow[]>(`${SELECT} WHERE g.id = $1`, [id]);
      return toDto(after);
    });
  }

  /** The passage becomes the board's statement on the measure; a statement already there is kept as it is. */
  private async createStatement(m: EntityManager, g: LinkSuggestionRow, user: AuthUser): Promise<number> {
    const [created] = await m.query(
      `INSERT INTO statement (cycle_id, board_id, measure_id, text, parts, planned_years, state, source_line,
                              link_method, link_line_from, link_line_to, link_score)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6, 'submitted', $7, 'confirmed', $7, $8, $9)
       ON CONFLICT DO NOTHING RETURNING *`,
      [g.cycle_id, g.board_id, g.measure_id, g.passage, JSON.stringify([{ kind: 'text', text: g.passage }]), g.planned_years, g.line_from, g.line_to, g.score],
    );
    if (created) {
      await this.audit.record(m, user, { action: 'statement.create', entityType: 'statement', entityId: created.id, organisationId: g.organisation_id, before: null, after: STATEMENT_TABLE.snapshot(created) });
      return created.id;
    }
    const [existing] = await m.query<{ id: number }[]>(
      `SELECT id FROM statement WHERE cycle_id = $1 AND board_id = $2 AND measure_id = $3`,
      [g.cycle_id, g.board_id, g.measure_id],
    );
    return existing.id;
  }
}
