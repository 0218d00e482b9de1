import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppException } from '../common/errors/app-exception.js';
import { decodeCursor, DEFAULT_PAGE_SIZE, toPage, type Page } from '../common/pagination.js';
import { measureNumberOrder } from '../measures/measure.row.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import { BOARD_COLUMNS, boardKindOrder, boardValidAt, toBoardDto, type BoardRow } from './board.row.js';
import type { BoardDetailDto, BoardDto, BoardResponsibilityDto, ListBoardsQueryDto } from './dto/board.dto.js';

@Injectable()
export class BoardsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsService,
  ) {}

  /**
   * One page of the boards: by organisation, then executive first, central boards, districts and
   * companies, each in catalogue order; optionally one organisation's, and only the boards valid at
   * a date. The keyset is that order, (organisation, kind rank, id).
   */
  async list(q: ListBoardsQueryDto = {}): Promise<Page<BoardDto>> {
    const after = decodeCursor(q.cursor, ['int', 'int', 'int']);
    const limit = q.limit ?? DEFAULT_PAGE_SIZE;
    const organisationId = await this.organisations.filterId(q.organisation);
    const rows = await this.dataSource.query<(BoardRow & { kind_rank: number })[]>(
      `SELECT ${BOARD_COLUMNS}, ${boardKindOrder('t')} AS kind_rank FROM board t
        WHERE ($1::int IS NULL OR t.organisation_id = $1) AND ${boardValidAt('t', '$2::date')}
          AND ($3::int IS NULL OR (t.organisation_id, ${boardKindOrder('t')}, t.id) > ($3, $4, $5))
        ORDER BY t.organisation_id, ${boardKindOrder('t')}, t.id
        LIMIT $6`,
      [organisationId, q.validAt ?? null, ...(after ?? [null, null, null]), limit + 1],
    );
    return toPage(rows, limit, (b) => [b.organisation_id, b.kind_rank, b.id], toBoardDto);
  }

  /**
   * One board with the measures it answers for, by report and measure number: today's catalogue, or
   * with a cycle id that cycle's scope (and whether the board was asked in it).
   */
  async get(id: number, cycleId?: number): Promise<BoardDetailDto> {
    const responsibilities =
      cycleId === undefined
        ? `SELECT r.measure_id, r.role FROM responsibility r WHERE r.board_id = t.id`
        : `SELECT sr.measure_id, sr.role FROM cycle_scope_responsibility sr WHERE sr.cycle_id = $2 AND sr.board_id = t.id`;
    if (cycleId !== undefined) {
      const [cycle] = await this.dataSource.query<{ id: number }[]>(`SELECT id FROM reporting_cycle WHERE id = $1`, [cycleId]);
      if (!cycle) throw AppException.notFound('Cycle', cycleId);
    }
    const [board] = await this.dataSource.query<(BoardRow & { responsibilities: BoardResponsibilityDto[]; participant: boolean | null })[]>(
      `SELECT ${BOARD_COLUMNS},
              COALESCE((SELECT json_agg(json_build_object(
                                 'measure', json_build_object('id', m.id, 'number', m.number, 'report', rep.key, 'title', m.title),
                                 'role', r.role)
                               ORDER BY rep.id, ${measureNumberOrder('m')})
                          FROM (${responsibilities}) r
                          JOIN measure m ON m.id = r.measure_id
                          JOIN report rep ON rep.id = m.report_id), '[]'::json) AS responsibilities,
              CASE WHEN $2::int IS NULL THEN NULL
                   ELSE EXISTS (SELECT 1 FROM cycle_participant p WHERE p.cycle_id = $2 AND p.board_id = t.id) END AS participant
         FROM board t WHERE t.id = $1`,
      [id, cycleId ?? null],
    );
    if (!board) throw AppException.notFound('Board', id);
    const detail = { ...toBoardDto(board), slug: board.slug, responsibilities: board.responsibilities, version: board.version };
    return board.participant === null ? detail : { ...detail, participant: board.participant };
  }
}
