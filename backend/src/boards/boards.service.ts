import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppException } from '../common/errors/app-exception.js';
import { measureNumberOrder } from '../measures/measure.row.js';
import { BOARD_COLUMNS, boardKindOrder, toBoardDto, type BoardRow } from './board.row.js';
import type { BoardDetailDto, BoardDto, BoardResponsibilityDto } from './dto/board.dto.js';

@Injectable()
export class BoardsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Executive first, then central boards, districts and companies, each in catalogue order. */
  async list(): Promise<BoardDto[]> {
    const rows = await this.dataSource.query<BoardRow[]>(`SELECT ${BOARD_COLUMNS} FROM board t ORDER BY ${boardKindOrder('t')}, t.id`);
    return rows.map(toBoardDto);
  }

  /** One board with the measures it answers for, by report and measure number. */
  async get(id: number): Promise<BoardDetailDto> {
    const [board] = await this.dataSource.query<(BoardRow & { responsibilities: BoardResponsibilityDto[] })[]>(
      `SELECT ${BOARD_COLUMNS},
              COALESCE((SELECT json_agg(json_build_object(
                                 'measure', json_build_object('id', m.id, 'number', m.number, 'report', rep.key, 'title', m.title),
                                 'role', r.role)
                               ORDER BY rep.id, ${measureNumberOrder('m')})
                          FROM responsibility r
                          JOIN measure m ON m.id = r.measure_id
                          JOIN report rep ON rep.id = m.report_id
                         WHERE r.board_id = t.id), '[]'::json) AS responsibilities
         FROM board t WHERE t.id = $1`,
      [id],
    );
    if (!board) throw AppException.notFound('Board', id);
    return { ...toBoardDto(board), slug: board.slug, responsibilities: board.responsibilities, version: board.version };
  }
}
